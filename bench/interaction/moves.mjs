// How much of each list the page moves in the DOM: the elements inserted into the FAQ's list
// per keystroke (a move is a removal and an insertion; an entry taken off the page and put back
// is styled and laid out again), and into the articles' list per facet click. Counted with a
// MutationObserver in headless Chromium, no CPU slowdown (the counts do not depend on speed).
// The keystrokes are interaction.mjs's; the clicks turn the first 20 chips on, then off.
//
//   node bench/interaction/moves.mjs LABEL=DIR [LABEL=DIR…]
import { chromium } from '../../tests/e2e/node_modules/playwright-core/index.mjs';
import { chromiumArgs, chromiumPath } from '../../tests/e2e/chromium.mjs';
import { folders, serve, table } from '../serve.mjs';
import { keystrokes } from './typing.mjs';

const builds = folders(process.argv.slice(2));
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 30)))));

async function counted(origin, path, list, act) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(origin + path);
    if (await page.evaluate(() => document.documentElement.dataset.app === 'standby')) await page.keyboard.press('Shift');
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready' && !document.querySelector('[aria-busy="true"]'));
    await page.evaluate((list) => {
      window.__inserted = 0;
      new MutationObserver((records) => {
        for (const r of records) window.__inserted += [...r.addedNodes].filter((n) => n.nodeType === 1).length;
      }).observe(document.querySelector(list), { childList: true });
    }, list);
    const per = [];
    for await (const _ of act(page)) {
      await settle(page);
      per.push(await page.evaluate(() => window.__inserted));
      await page.evaluate(() => (window.__inserted = 0));
    }
    return per;
  } finally {
    await page.close();
  }
}

async function* typed(page) {
  await page.locator('#faq-search').click();
  for (const key of keystrokes) {
    await page.keyboard.press(key);
    yield;
  }
}

async function* clicked(page) {
  const chips = page.locator('#filters-panel div.facet ul:not([aria-labelledby="facet-sort"]) a.chip');
  const total = Math.min(20, await chips.count());
  for (const n of [...Array(total).keys(), ...Array(total).keys()]) {
    if ((await chips.nth(n).getAttribute('href')) === null) continue;
    await chips.nth(n).click();
    yield;
  }
}

const rows = [];
try {
  for (const [i, build] of builds.entries()) {
    const server = await serve(build, Number(process.env.BENCH_PORT || 4275) + i);
    try {
      for (const [what, path, list, act] of [
        ['FAQ keystrokes (en)', '/en/faq', '.faq-list', typed],
        ['FAQ keystrokes (fr)', '/fr/faq', '.faq-list', typed],
        ['facet clicks (en)', '/en/articles', '.article-list', clicked],
      ]) {
        const per = await counted(server.origin, path, list, act);
        const sum = per.reduce((a, b) => a + b, 0);
        rows.push([what, build.label, per.length, sum, Math.max(...per), per.filter((n) => n > 0).length]);
      }
    } finally {
      server.close();
    }
  }
} finally {
  await browser.close();
}
console.log('Elements inserted into the list (moved or built), Chromium, 1280×900:\n');
console.log(table(['interaction', 'build', 'interactions', 'inserted in all', 'most at once', 'interactions that insert'], rows));
