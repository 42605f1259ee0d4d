// The browser's own floor for a keystroke in the FAQ search: the 88 keystrokes interaction.mjs
// types, into the pre-rendered FAQ page with the app's files blocked (the browser edits the
// input and paints, nothing else runs), against the same page with the app, the CPU slowed 4×,
// Event Timing and the answer as interaction.mjs reads them (timing.mjs). Prints p50, p95 and max
// of each, and the answer's p95, run after run.
//
//   node bench/interaction/floor.mjs [DIR] [--runs 3]     (default: dist)
import { chromium } from '../../tests/e2e/node_modules/playwright-core/index.mjs';
import { chromiumArgs, chromiumPath } from '../../tests/e2e/chromium.mjs';
import { folders, serve } from '../serve.mjs';
import { keystrokes } from './typing.mjs';
import { durations, ms, pct, restart, watch } from './timing.mjs';

const args = process.argv.slice(2);
const at = args.indexOf('--runs');
const runs = at >= 0 ? Number(args.splice(at, 2)[1]) : 3;
const [build] = folders(args.length ? args : ['dist']);
const server = await serve(build, Number(process.env.BENCH_PORT || 4296));
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });

async function typed(app) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    if (!app) await page.route(/\.(js|wasm)$/, (route) => route.abort());
    await watch(page);
    await page.goto(server.origin + '/en/faq');
    if (app) {
      if (await page.evaluate(() => document.documentElement.dataset.app === 'standby')) await page.keyboard.press('Shift');
      await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    }
    await page.waitForTimeout(500);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.locator('#faq-search').click();
    await page.waitForTimeout(300);
    await restart(page);
    for (const key of keystrokes) {
      await page.keyboard.press(key);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
      await page.waitForTimeout(120);
    }
    const list = await durations(page, keystrokes.length);
    return `p50 ${ms(pct(list, 50))}, p95 ${ms(pct(list, 95))}, max ${ms(list.at(-1))}; answer shown p95 ${Math.round(pct(list.answers, 95))} ms`;
  } finally {
    await context.close();
  }
}

try {
  for (let run = 1; run <= runs; run += 1) {
    console.log(`run ${run}/${runs}, FAQ keystrokes (en), CPU 4×, no app: ${await typed(false)}`);
    console.log(`run ${run}/${runs}, FAQ keystrokes (en), CPU 4×, the app: ${await typed(true)}`);
  }
} finally {
  await browser.close();
  server.close();
}
