// Serves a built site the way GitHub Pages, Netlify and Cloudflare Pages do: existing files as
// they are, `/en/faq` from `en/faq.html`, `/en/` from `en/index.html` (and `/en` redirected to
// `/en/`), and `404.html` with status 404 for anything else.
// Optionally under a base path, to test deployments in a sub-folder. With --spa, a client-rendered
// build (trunk's output alone, no pre-rendered pages) is served as single-page-app hosts serve
// it: index.html, status 200, for any page address without a file (the benchmarks' "before").
// With --brotli, text and wasm go out brotli-compressed to browsers that accept it, as static
// hosts and CDNs send them (the benchmarks; the tests do without).
//
//   node server.mjs --dir ../../dist --port 4173 [--base /portal/] [--spa] [--brotli]
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const root = path.resolve(arg('dir', '../../dist'));
const port = Number(arg('port', '4173'));
const base = arg('base', '/');
const spa = process.argv.includes('--spa');
const brotli = process.argv.includes('--brotli');
const compressed = new Map();

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

function send(res, status, file, req) {
  const type = types[path.extname(file)] || 'application/octet-stream';
  const compressible = /^(text\/|application\/(json|wasm|xml|manifest)|image\/svg)/.test(type);
  if (brotli && compressible && /\bbr\b/.test(req.headers['accept-encoding'] || '')) {
    // Compressed once per file at the highest quality, as a host's build step does.
    if (!compressed.has(file)) {
      const params = { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 };
      compressed.set(file, zlib.brotliCompressSync(fs.readFileSync(file), { params }));
    }
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache', 'content-encoding': 'br', vary: 'accept-encoding' });
    res.end(compressed.get(file));
    return;
  }
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache' });
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
    if (isFile(file)) return send(res, 200, file, req);
    if (isFile(path.join(file, 'index.html'))) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { location: pathname + '/' + new URL(req.url, 'http://x').search }).end();
        return;
      }
      return send(res, 200, path.join(file, 'index.html'), req);
    }
    if (path.extname(rel) === '' && isFile(file + '.html')) return send(res, 200, file + '.html', req);
    if (spa && path.extname(rel) === '') return send(res, 200, path.join(root, 'index.html'), req);
    const notFound = path.join(root, '404.html');
    if (isFile(notFound)) return send(res, 404, notFound, req);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  })
  .listen(port, '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}${base}`));
