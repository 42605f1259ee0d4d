// Serves a built site the way GitHub Pages, Netlify and Cloudflare Pages do: existing files as
// they are, `/en/faq` from `en/faq.html`, `/en/` from `en/index.html` (and `/en` redirected to
// `/en/`), and `404.html` with status 404 for anything else.
// Optionally under a base path, to test deployments in a sub-folder. Precompressed copies are
// served to browsers that accept them.
//
//   node server.mjs --dir ../../dist --port 4173 [--base /portal/]
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const root = path.resolve(arg('dir', '../../dist'));
const port = Number(arg('port', '4173'));
const base = arg('base', '/');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml; charset=utf-8',
};

// The build's own precompressed copies (`.br`, `.gz`, written by `make dist`) when the browser
// accepts them, as nginx's brotli_static/gzip_static and Caddy's `precompressed` serve them.
function send(req, res, status, file) {
  const type = types[path.extname(file)] || 'application/octet-stream';
  const headers = { 'content-type': type, 'cache-control': 'no-cache', vary: 'accept-encoding' };
  const accepted = String(req.headers['accept-encoding'] || '');
  for (const [encoding, ext] of [['br', '.br'], ['gzip', '.gz']]) {
    if (new RegExp(`\\b${encoding}\\b`).test(accepted) && fs.existsSync(file + ext)) {
      res.writeHead(status, { ...headers, 'content-encoding': encoding });
      fs.createReadStream(file + ext).pipe(res);
      return;
    }
  }
  res.writeHead(status, headers);
  fs.createReadStream(file).pipe(res);
}

http
  .createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    if (!pathname.startsWith(base) && pathname + '/' !== base) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const rel = pathname.slice(base.length);
    const file = path.join(root, rel);
    if (!file.startsWith(root)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    const isFile = (f) => fs.existsSync(f) && fs.statSync(f).isFile();
    if (isFile(file)) return send(req, res, 200, file);
    if (isFile(path.join(file, 'index.html'))) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { location: pathname + '/' + new URL(req.url, 'http://x').search }).end();
        return;
      }
      return send(req, res, 200, path.join(file, 'index.html'));
    }
    if (path.extname(rel) === '' && isFile(file + '.html')) return send(req, res, 200, file + '.html');
    const notFound = path.join(root, '404.html');
    if (isFile(notFound)) return send(req, res, 404, notFound);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  })
  .listen(port, '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}${base}`));
