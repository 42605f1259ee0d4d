// For engines without WebDriver BiDi (WebKitGTK): a second address for the same site, which
// passes every response through unchanged except HTML pages, where it adds one script at the
// top of <head>, preload.js, so that it runs before anything of the portal's (see there why).
// The site itself is still tests/e2e/server.mjs; this only sits in front of it.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const SCRIPT_PATH = '/__engines/preload.js';
// fixed-clock.js is a function expression; preload.js calls it by this name. The block keeps
// the name out of the page's globals.
const read = (file) => fs.readFileSync(path.join(import.meta.dirname, file), 'utf8');
const script = `{\nconst installFixedClock = ${read('fixed-clock.js').trim()};\n${read('preload.js')}}\n`;

export function startInjectingProxy({ upstream, port }) {
  const server = http.createServer((req, res) => {
    if (req.url === SCRIPT_PATH) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
      res.end(script);
      return;
    }
    const forward = http.request(
      // Uncompressed from upstream (which serves the build's .br/.gz copies to whoever accepts
      // them), so that the HTML can be edited here.
      { host: '127.0.0.1', port: upstream, path: req.url, method: req.method, headers: { ...req.headers, 'accept-encoding': 'identity' } },
      (up) => {
        const type = up.headers['content-type'] || '';
        if (!type.startsWith('text/html')) {
          res.writeHead(up.statusCode, up.headers);
          up.pipe(res);
          return;
        }
        const chunks = [];
        up.on('data', (c) => chunks.push(c));
        up.on('end', () => {
          const html = Buffer.concat(chunks).toString('utf8');
          // After <head>, or after the doctype when a minifier left out the optional tags
          // (a script there still lands first in the head).
          const open = html.match(/<head[^>]*>|<!doctype[^>]*>/i);
          const end = open ? open.index + open[0].length : 0;
          const body = `${html.slice(0, end)}<script src="${SCRIPT_PATH}"></script>${html.slice(end)}`;
          const headers = { ...up.headers, 'content-length': Buffer.byteLength(body) };
          delete headers['transfer-encoding'];
          res.writeHead(up.statusCode, headers);
          res.end(body);
        });
      },
    );
    forward.on('error', (e) => res.writeHead(502).end(String(e)));
    req.pipe(forward);
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}
