// Serves a built site the way GitHub Pages, Netlify and Cloudflare Pages do: existing files as
// they are, `/en/faq` from `en/faq.html`, `/en/` from `en/index.html` (and `/en` redirected to
// `/en/`), and for anything else the nearest `404.html` up the folders (`fr/404.html` under
// `/fr/`, as Cloudflare Pages finds it and Netlify's `_redirects` rule gives it), with status 404.
// An address that cannot be decoded (`/en/%E0%A4%A`) names no file either: a 404 too.
// Optionally under a base path, to test deployments in a sub-folder. The build's precompressed
// copies (`.br`, `.gz`) are served to browsers that accept them. With --spa, a client-rendered
// build (trunk's output alone, no pre-rendered pages) is served as single-page-app hosts serve
// it: index.html, status 200, for any page address without a file (the benchmarks' "before").
// With --brotli, files without a `.br` copy go out brotli-compressed on the fly to browsers that
// accept it (the benchmarks' client-rendered build has no copies).
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
  const compressible = /^(text\/|application\/(json|wasm|xml|manifest)|image\/svg)/.test(type);
  if (brotli && compressible && /\bbr\b/.test(accepted)) {
    // Compressed once per file at the highest quality, as a host's build step does.
    if (!compressed.has(file)) {
      const params = { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 };
      compressed.set(file, zlib.brotliCompressSync(fs.readFileSync(file), { params }));
    }
    res.writeHead(status, { ...headers, 'content-encoding': 'br' });
    res.end(compressed.get(file));
    return;
  }
  res.writeHead(status, headers);
  fs.createReadStream(file).pipe(res);
}

http
  .createServer((req, res) => {
    const isFile = (f) => fs.existsSync(f) && fs.statSync(f).isFile();
    const raw = new URL(req.url, 'http://x').pathname;
    // The nearest 404 page up the folders of the address, within the site.
    const notFound = () => {
      let dir = path.dirname(path.join(root, raw.startsWith(base) ? raw.slice(base.length) : ''));
      for (; dir.startsWith(root); dir = path.dirname(dir)) {
        if (isFile(path.join(dir, '404.html'))) return send(req, res, 404, path.join(dir, '404.html'));
        if (dir === root) break;
      }
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    };
    let pathname;
    try {
      pathname = decodeURIComponent(raw);
    } catch {
      return notFound();
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
    if (isFile(file)) return send(req, res, 200, file);
    if (isFile(path.join(file, 'index.html'))) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { location: pathname + '/' + new URL(req.url, 'http://x').search }).end();
        return;
      }
      return send(req, res, 200, path.join(file, 'index.html'));
    }
    if (path.extname(rel) === '' && isFile(file + '.html')) return send(req, res, 200, file + '.html');
    if (spa && path.extname(rel) === '') return send(req, res, 200, path.join(root, 'index.html'));
    return notFound();
  })
  .listen(port, '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}${base}`));
