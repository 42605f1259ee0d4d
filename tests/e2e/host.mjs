// Serves a built folder with Cloudflare's own runtime, `wrangler pages dev` (workerd, from npm;
// no network needed), which applies `_headers` and `_redirects` as Cloudflare Pages does.
// A build under a sub-path is uploaded as a folder whose `portal/` holds the site and whose top
// holds `_headers` and `_redirects` (README, "Deploying"); this script lays that folder out.
//
//   node host.mjs --dir ../../dist --port 4175 [--base /portal/]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const dir = path.resolve(arg('dir', '../../dist'));
const port = arg('port', '4175');
const base = arg('base', '/');

let root = dir;
if (base !== '/') {
  root = path.join(here, 'test-results', `host-root-${port}`);
  fs.rmSync(root, { recursive: true, force: true });
  const site = path.join(root, base);
  fs.mkdirSync(path.dirname(site), { recursive: true });
  fs.cpSync(dir, site, { recursive: true });
  for (const f of ['_headers', '_redirects']) fs.renameSync(path.join(site, f), path.join(root, f));
}

const wrangler = spawn(
  path.join(here, 'node_modules', '.bin', 'wrangler'),
  ['pages', 'dev', root, '--ip', '127.0.0.1', '--port', port, '--compatibility-date', '2026-05-01', '--log-level', 'warn', '--persist-to', path.join(here, 'test-results', 'wrangler-state')],
  // No metrics, and no fetch of Cloudflare's request metadata: the tests need no network.
  { stdio: 'inherit', env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' } },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => wrangler.kill(signal));
wrangler.on('exit', (code) => process.exit(code ?? 0));
