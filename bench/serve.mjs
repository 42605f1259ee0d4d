// What the page benchmarks (paint/, lighthouse/) share: the pages they load, and a built folder
// served as a static host serves it (tests/e2e/server.mjs with brotli). A folder without a
// 404.html is a client-rendered build (trunk's output alone) and is served as a single-page
// app: index.html for every page address.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Every route in both languages: the page's label and its path. */
export const routes = ['en', 'fr'].flatMap((lang) =>
  ['', 'faq', 'articles', 'timeline'].map((slug) => ({ label: `/${lang}/${slug}`, path: `/${lang}/${slug}` })),
);

/** The not-found page. Lighthouse refuses to score a page answered with status 404, so a
 *  pre-rendered build's is loaded as the file itself (`/404.html`, status 200); a
 *  client-rendered build shows it at any address that names no page. */
export const notFound = (folder) => ({ label: '404', path: folder.prerendered ? '/404.html' : '/en/no-such-page' });

/** `LABEL=DIR` arguments (a bare DIR is labelled by its name), each folder resolved from the
 *  repository's root and checked to hold a build. */
export function folders(args) {
  const list = args.map((arg) => {
    const [label, dir] = arg.includes('=') ? arg.split(/=(.*)/s) : [path.basename(arg), arg];
    const abs = path.resolve(root, dir);
    if (!fs.existsSync(path.join(abs, 'index.html'))) throw new Error(`${dir}: no index.html; build it first`);
    return { label, dir: abs, prerendered: fs.existsSync(path.join(abs, '404.html')) };
  });
  if (list.length === 0) throw new Error('name at least one built folder: LABEL=DIR');
  return list;
}

/** Serves `dir` at http://127.0.0.1:`port` until `close()`, every file already compressed. */
export async function serve(folder, port) {
  const args = [path.join(root, 'tests/e2e/server.mjs'), '--dir', folder.dir, '--port', String(port), '--brotli'];
  if (!folder.prerendered) args.push('--spa');
  const child = spawn(process.execPath, args, { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i += 1) {
    try {
      if ((await fetch(`${origin}/robots.txt`)).ok) break;
    } catch {
      if (i > 100) throw new Error(`the server for ${folder.dir} did not start`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  // Every file asked for once, so the server has compressed it before anything is timed.
  for (const file of fs.readdirSync(folder.dir, { recursive: true, encoding: 'utf8' })) {
    if (fs.statSync(path.join(folder.dir, file)).isFile()) {
      await (await fetch(`${origin}/${file.split(path.sep).join('/')}`, { headers: { 'accept-encoding': 'br' } })).arrayBuffer();
    }
  }
  return { origin, close: () => child.kill() };
}

/** The middle value (the lower middle of an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** A Markdown table from a header row and rows. */
export function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Ends a trace started over CDP with `transferMode: 'ReturnAsStream'` and returns its events. */
export async function endTrace(cdp) {
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  let text = '';
  for (;;) {
    const { data, eof } = await cdp.send('IO.read', { handle: stream });
    text += data;
    if (eof) break;
  }
  const parsed = JSON.parse(text);
  return parsed.traceEvents ?? parsed;
}
