// The CPU profile behind wasm-profile.sh: the FAQ page of a build whose wasm keeps its names,
// the app started, the CPU slowed 4×, V8's sampling profiler (CDP Profiler, every 100 µs) over
// the 88 keystrokes interaction.mjs types, each followed by a frame; or, with --page articles,
// over its facet clicks on the articles page (clicks.mjs). Prints the functions with the most
// self time and the most inclusive time, in ms per keystroke or click; Rust's mangled names
// (v0) shortened to the identifiers they hold, hashes left out.
//
//   node bench/interaction/wasm-profile.mjs DIR [--page faq|articles] [--lang en|fr] [--save FILE.cpuprofile]
//
// --save keeps the whole profile, which Chrome DevTools' Performance panel opens.
import { chromium } from '../../tests/e2e/node_modules/playwright-core/index.mjs';
import { chromiumArgs, chromiumPath } from '../../tests/e2e/chromium.mjs';
import { serve } from '../serve.mjs';
import { keystrokes } from './typing.mjs';
import { clickChips } from './clicks.mjs';
import fs from 'node:fs';

const [dir, ...rest] = process.argv.slice(2);
const option = (flag) => (rest.includes(flag) ? rest[rest.indexOf(flag) + 1] : undefined);
const lang = option('--lang') ?? 'en';
if (!['en', 'fr'].includes(lang)) throw new Error(`--lang ${lang}: en or fr`);
const save = option('--save');
const where = option('--page') ?? 'faq';
if (!['faq', 'articles'].includes(where)) throw new Error(`--page ${where}: faq or articles`);
if (!dir) throw new Error('usage: node bench/interaction/wasm-profile.mjs DIR [--page faq|articles] [--lang en|fr] [--save FILE]');

/** A v0-mangled Rust symbol as the identifiers it names (`sunny_corner::faq::Listing::…`). */
function identifiers(symbol) {
  let [name, ...shims] = symbol.split(' ');
  if (!name.startsWith('_R')) return symbol;
  // A crate's hash (`Cs<base62>_` before its name) holds digits that would read as lengths.
  name = name.replace(/Cs[0-9A-Za-z]+_/g, 'C');
  const found = [];
  for (let i = 2; i < name.length; ) {
    const digits = /^\d+/.exec(name.slice(i));
    if (!digits) {
      i += 1;
      continue;
    }
    let start = i + digits[0].length;
    if (name[start] === '_') start += 1;
    const id = name.slice(start, start + Number(digits[0]));
    if (id.length > 1 && /^[A-Za-z_]/.test(id)) found.push(id);
    i = start + Number(digits[0]);
  }
  return [found.join('::'), ...shims].join(' ');
}

const server = await serve({ dir, prerendered: true }, Number(process.env.BENCH_PORT || 4275));
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${server.origin}/${lang}/${where}`);
  // A page as built stands by without the app until the visitor reaches for a control.
  if (where === 'faq') await page.locator('#faq-search').click();
  else await page.keyboard.press('Shift');
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready' && !document.querySelector('[aria-busy="true"]'));
  await page.waitForTimeout(500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const frame = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  let count = 0;
  await cdp.send('Profiler.start');
  if (where === 'faq') {
    for (const key of keystrokes) {
      await page.keyboard.press(key);
      await frame();
    }
    count = keystrokes.length;
  } else {
    count = await clickChips(page, frame);
  }
  const { profile } = await cdp.send('Profiler.stop');
  if (save) fs.writeFileSync(save, JSON.stringify(profile));

  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const sampled = new Map();
  profile.samples.forEach((id, i) => sampled.set(id, (sampled.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  // Each node's name worked out once: every sample walks its whole stack.
  const names = new Map();
  const name = (id) => {
    if (!names.has(id)) {
      const f = byId.get(id).callFrame;
      names.set(id, identifiers(f.functionName || `(${f.url.split('/').pop() || 'anonymous'})`));
    }
    return names.get(id);
  };
  const self = new Map();
  const inclusive = new Map();
  for (const [id, us] of sampled) {
    const own = name(id);
    self.set(own, (self.get(own) ?? 0) + us);
    // Each name once per stack, however deep it recurses.
    const seen = new Set();
    for (let x = id; x !== undefined; x = parent.get(x)) seen.add(name(x));
    for (const n of seen) inclusive.set(n, (inclusive.get(n) ?? 0) + us);
  }
  const top = (map, rows) =>
    [...map]
      .filter(([n]) => !['(root)', '(idle)', '(program)'].includes(n))
      .sort((a, b) => b[1] - a[1])
      .slice(0, rows)
      .map(([n, us]) => `${(us / 1000 / count).toFixed(2).padStart(7)}  ${n.slice(0, 180)}`)
      .join('\n');
  const what = where === 'faq' ? `FAQ (${lang}), ${count} keystrokes` : `articles (${lang}), ${count} facet clicks`;
  console.log(`${what}, CPU 4×: ms per ${where === 'faq' ? 'keystroke' : 'click'} (V8 sampling profile)`);
  console.log(`\nself time\n${top(self, 30)}\n\ninclusive time\n${top(inclusive, 60)}`);
} finally {
  await browser.close();
  server.close();
}
