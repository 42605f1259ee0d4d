// The cross-engine journeys: one file, run as it is in WebKit, Firefox and Chromium (see
// webkit.test.mjs and its siblings). Each journey is something a visitor does, found the way
// they find it: by role, accessible name and visible text, never by CSS class, so the same
// journeys hold when the layout changes.
import { describe, it, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import ICAL from 'ical.js';
import { Page } from './page.mjs';

const SCREENSHOTS = path.join(import.meta.dirname, 'screenshots');


const pages = [
  { slug: '', en: 'Sunny Corner', fr: 'Sunny Corner', titleEn: 'Home', titleFr: 'Accueil' },
  { slug: 'faq', en: 'Frequently asked questions', fr: 'Questions fréquentes', titleEn: 'Frequently asked questions', titleFr: 'Questions fréquentes' },
  { slug: 'articles', en: 'Articles', fr: 'Articles', titleEn: 'Articles', titleFr: 'Articles' },
  { slug: 'timeline', en: 'Timeline of the deadlines', fr: 'Chronologie des échéances', titleEn: 'Timeline of the deadlines', titleFr: 'Chronologie des échéances' },
];

const h1 = { role: 'heading', level: 1 };
const searchbox = { role: 'searchbox' };
const countdown = { role: 'region', name: /^(Next deadline|Prochaine échéance)$/ };
// One "Read at …" link per article card: the count of articles a visitor sees.
const readLinks = { role: 'link', name: /^(Read at|Lire sur) .*\((opens the source site|ouvre le site de la source)\)$/ };

/** The file a calendar link saves, with its type: the link's `data:` address as the engine
 *  reports it, decoded by Node's own fetch. (Not fetched inside the page: the portal's
 *  Content-Security-Policy, `connect-src 'self'`, rightly refuses a script's request for a
 *  `data:` address; a click on the link is a download, which the policy does not govern.) */
async function calendarFile(link) {
  const href = await link.getAttribute('href');
  assert.match(href, /^data:text\/calendar;charset=utf-8,/);
  const response = await fetch(href);
  const type = response.headers.get('content-type');
  assert.equal(type.replace(/\s/g, '').toLowerCase(), 'text/calendar;charset=utf-8');
  return response.text();
}

/** The events of an iCalendar file, read by ical.js (an independent RFC 5545 parser). */
function calendarEvents(ics) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  assert.equal(calendar.name, 'vcalendar');
  assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
  return calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
}

const site = {
  plain: process.env.ENGINE_SITE || 'http://127.0.0.1:4180',
  injected: process.env.ENGINE_SITE_INJECTED || 'http://127.0.0.1:4186',
};

/** Runs in the page: what of the site's own stylesheets the engine does not understand, as
 *  "property: value", "selector …" or "@media …" strings. The CSSOM silently drops these, so
 *  the text of each sheet is read again and every declaration, selector and media query in it
 *  is put to CSS.supports or matchMedia. */
async function inPageUnsupportedCss() {
  const sheets = [...document.styleSheets].filter((s) => s.href && new URL(s.href).origin === location.origin);
  const found = new Set();
  for (const sheet of sheets) {
    const css = (await (await fetch(sheet.href)).text()).replace(/\/\*[\s\S]*?\*\//g, '');
    for (const [, prop, value] of css.matchAll(/([-a-zA-Z]+)\s*:\s*([^;{}]+)(?=[;}])/g)) {
      if (!CSS.supports(prop, value.replace(/!important/, '').trim())) found.add(`${prop}: ${value.trim()}`);
    }
    for (const [, prelude] of css.matchAll(/(?:^|[{};])\s*([^{};@]+?)\s*\{/g)) {
      if (/^(from|to|[\d.]+%)$/.test(prelude)) continue; // keyframes
      for (const selector of prelude.split(/,(?![^(]*\))/)) {
        if (!CSS.supports(`selector(${selector.trim()})`)) found.add(`selector ${selector.trim()}`);
      }
    }
    for (const [, query] of css.matchAll(/@media\s*([^{]+?)\s*\{/g)) {
      if (matchMedia(query).media === 'not all') found.add(`@media ${query}`);
    }
  }
  return [...found];
}

/** Stylesheet features some engine lacks, each with why the portal does without it there and
 *  a check that it does. A new feature an engine lacks fails the journey above until it is
 *  listed here with its fallback. */
const optionalCss = {
  // Only phone browsers enlarge text on their own (Safari on iPhone, in landscape); this keeps
  // them from it. WebKitGTK and desktop Firefox never enlarge text, so they need no
  // replacement: at phone width the text is the size the stylesheet sets.
  '-webkit-text-size-adjust': {
    fallback: async (page) => {
      await page.setViewport(390, 844);
      const sizes = await page.eval('return [document.documentElement, document.body].map((e) => getComputedStyle(e).fontSize);');
      assert.deepEqual(sizes, ['16px', '16px'], 'text at its set size on a phone-sized window');
    },
  },
  // Widens the clip of a timeline event, whose dot hangs outside its box, so that it can skip
  // the layout of events off screen (`content-visibility`). Where the clip cannot be widened
  // (WebKit), the events are laid out as usual and nothing clips the dot.
  'overflow-clip-margin': {
    fallback: async (page) => {
      await page.goto('/en/timeline');
      await page.find(h1);
      const kept = await page.eval(
        "return [...document.querySelectorAll('.event')].map((e) => getComputedStyle(e).contentVisibility || 'visible');",
      );
      assert.ok(kept.length > 0, 'the timeline shows its events');
      assert.deepEqual([...new Set(kept)], ['visible'], 'no event is contained, so no dot is clipped');
    },
  },
};

export function journeys(engine) {
  describe(`in ${engine}`, () => {
    withJavaScript(engine);
    withoutJavaScript(engine);
  });
}

function withJavaScript(engine) {
  describe('with JavaScript', () => {
    /** @type {Page} */
    let page;
    before(async () => {
      page = await Page.open(engine, site);
    });
    after(async () => {
      await page?.close();
    });
    beforeEach(async () => {
      await page.reset();
    });

    /** A journey: its steps, then no console error may have been logged along the way. */
    const journey = (name, body, options = {}) =>
      it(name, options, async () => {
        await body(page);
        await page.assertNoConsoleErrors();
      });

    describe('every page renders in both languages with no console error', () => {
      for (const p of pages) {
        for (const lang of ['en', 'fr']) {
          journey(`/${lang}/${p.slug} shows its heading, title and language`, async (page) => {
            await page.goto(`/${lang}/${p.slug}`);
            await page.expectText(await page.find(h1), p[lang]);
            assert.equal(await page.eval('return document.documentElement.lang'), lang);
            await page.waitFor(async () => (await page.driver.getTitle()) === `${lang === 'en' ? p.titleEn : p.titleFr} · Sunny Corner`, 'the title');
            for (const landmark of ['banner', 'main', 'contentinfo']) assert.equal(await page.count({ role: landmark }), 1, landmark);
            await page.find({ role: 'navigation', name: lang === 'en' ? 'Main' : 'Principale' });
          });
        }
      }
    });

    describe('languages and navigation', () => {
      journey('the root sends an English browser to /en/', async (page) => {
        await page.goto('/');
        await page.expectPath(/^\/en\/$/);
        await page.expectText(await page.find(h1), 'Sunny Corner');
      });

      journey('the language switch keeps the page, query and fragment, and the choice is remembered', async (page) => {
        await page.goto('/en/faq?q=virginia#top');
        await page.click({ role: 'link', name: 'Français' });
        await page.expectPath(/^\/fr\/faq\?q=virginia#top$/);
        await page.expectText(await page.find(h1), 'Questions fréquentes');
        assert.equal(await page.eval('return document.documentElement.lang'), 'fr');
        await page.reload();
        await page.expectText(await page.find(h1), 'Questions fréquentes');
        await page.goto('/');
        await page.expectPath(/^\/fr\/$/);
        await page.click({ role: 'link', name: 'English' });
        await page.expectPath(/^\/en\/$/);
        await page.goto('/');
        await page.expectPath(/^\/en\/$/);
      });

      journey('the navigation marks the current page, and back returns', async (page) => {
        await page.goto('/en/');
        const mainNav = { role: 'navigation', name: 'Main' };
        await page.expectAttr(await page.find({ role: 'link', name: 'Home' }, await page.find(mainNav)), 'aria-current', 'page');
        // The home page runs without the app: its link is a full page load, so a new navigation.
        await page.click({ role: 'link', name: 'FAQ' }, await page.find(mainNav));
        await page.expectPath(/^\/en\/faq$/);
        await page.expectText(await page.find(h1), 'Frequently asked questions');
        await page.expectAttr(await page.find({ role: 'link', name: 'FAQ' }, await page.find(mainNav)), 'aria-current', 'page');
        await page.back();
        await page.expectPath(/^\/en\/$/);
        await page.expectText(await page.find(h1), 'Sunny Corner');
      });
    });

    describe('the FAQ search', () => {
      journey('results follow the typing, the query goes into the address and survives a reload', async (page) => {
        await page.goto('/en/faq');
        const box = await page.find(searchbox);
        await page.type(box, 'oracle');
        await page.expectPath(/^\/en\/faq\?q=oracle$/);
        const status = await page.find({ name: /^\d+ answers?$/ });
        const shown = Number((await page.text(status)).split(' ')[0]);
        assert.ok(shown > 0 && shown < 30, `${shown} answers for oracle`);
        await page.reload();
        await page.waitFor(async () => (await (await page.find(searchbox)).getAttribute('value')) === 'oracle', 'the query back in the box');
        await page.find({ name: `${shown} answers` });
      });

      journey('an accent-free query finds the accented word, highlighted: securite → sécurité', async (page) => {
        await page.goto('/fr/faq');
        await page.type(await page.find(searchbox), 'securite');
        await page.expectPath(/\?q=securite$/);
        const mark = await page.find({ role: 'mark', name: /^[Ss]écurité$/ });
        assert.equal(await mark.getTagName(), 'mark');
      });

      journey('one typo is forgiven: virgina → Virginia', async (page) => {
        await page.goto('/en/faq');
        await page.type(await page.find(searchbox), 'virgina');
        const first = (await page.all({ role: 'heading', level: 2 }))[0];
        await page.expectText(first, 'Virginia');
        await page.find({ role: 'mark', name: 'Virginia' }, first);
      });

      journey('a prefix matches the whole word: sing → Singapore', async (page) => {
        await page.goto('/en/faq?q=sing');
        await page.find({ role: 'mark', name: 'Singapore' });
        assert.equal(await page.count({ role: 'mark', name: /^sing$/i }), 0, 'the whole word is marked, not the prefix');
      });

      journey('a permalink opens its entry and scrolls to it', async (page) => {
        await page.goto('/fr/faq');
        const questions = await page.all({ role: 'button', name: /\?$/ });
        const last = questions[questions.length - 1];
        const question = await page.text(last);
        await page.click(last);
        await page.expectAttr(last, 'aria-expanded', 'true');
        const link = await page.find({ role: 'link', name: 'Lien vers cette réponse' }, await page.find({ role: 'region', name: question }));
        const href = await page.eval("return arguments[0].getAttribute('href')", link);
        assert.match(href, /^\/fr\/faq#[\w-]+$/);
        await page.goto('/robots.txt', { app: false });
        await page.goto(href);
        const opened = await page.find({ role: 'button', name: question });
        await page.expectAttr(opened, 'aria-expanded', 'true');
        await page.waitFor(
          () => page.eval('const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight;', opened),
          'the entry scrolled into view',
        );
      });

      journey('"/" focuses the search box and Escape clears it', async (page) => {
        await page.goto('/en/faq?q=oracle');
        await page.click(h1);
        await page.driver.actions().sendKeys('/').perform();
        const box = await page.find(searchbox);
        await page.waitFor(() => page.eval('return document.activeElement === arguments[0]', box), 'focus in the search box');
        await page.driver.actions().sendKeys('\uE00C').perform(); // Escape
        await page.expectPath(/^\/en\/faq$/);
        assert.equal(await box.getAttribute('value'), '');
      });
    });

    describe('the articles', () => {
      const chipCount = async (chip) => Number((await page.text(chip)).match(/(\d+)$/)[1]);
      // The dates of the cards shown, in the order shown (a hidden card may sit anywhere: the
      // list moves as few cards as it can, `list::arrange`).
      const dates = () => page.eval(`return [...document.querySelectorAll('.article-list > li:not([hidden]) time[datetime]')].map((t) => t.getAttribute('datetime'));`);

      journey('a kind filters the list, and its count matches what shows', async (page) => {
        await page.goto('/en/articles');
        const official = await page.find({ role: 'button', name: /^Official document \d+$/ });
        const n = await chipCount(official);
        await page.click(official);
        await page.expectPath(/^\/en\/articles\?kind=official$/);
        await page.expectCount(readLinks, n);
        await page.find({ name: `${n} articles` });
        await page.expectAttr(await page.find({ role: 'button', name: /^Official document \d+$/ }), 'aria-pressed', 'true');
      });

      journey('values combine with OR within a facet and AND across facets', async (page) => {
        await page.goto('/en/articles?tag=courts');
        const courts = await page.count(readLinks);
        await page.click({ role: 'button', name: /^Oracle \d+$/ });
        await page.expectPath(/tag=(courts,oracle|oracle,courts)/);
        await page.waitFor(async () => (await page.count(readLinks)) > courts, 'more articles with either tag');
        const either = await page.count(readLinks);
        await page.click({ role: 'button', name: /^News report \d+$/ });
        await page.expectPath(/kind=news/);
        await page.waitFor(async () => (await page.count(readLinks)) < either, 'fewer articles with a kind as well');
      });

      journey('newest first by default, oldest first on request, and back restores', async (page) => {
        await page.goto('/en/articles');
        const newest = await dates();
        assert.ok(newest.length >= 40, `${newest.length} dated cards`);
        assert.deepEqual([...newest].sort().reverse(), newest);
        await page.click({ role: 'button', name: 'Oldest first' });
        await page.expectPath(/^\/en\/articles\?sort=oldest$/);
        await page.waitFor(async () => {
          const d = await dates();
          return d.length > 0 && d.join() === [...d].sort().join() && d.join() !== newest.join();
        }, 'oldest first');
        await page.back();
        await page.expectPath(/^\/en\/articles$/);
        await page.waitFor(async () => (await dates()).join() === newest.join(), 'newest first again');
      });

      journey('filters and sort round-trip through the address, reload and back', async (page) => {
        await page.goto('/en/articles');
        await page.click({ role: 'button', name: /^News report \d+$/ });
        await page.expectPath(/\?kind=news$/);
        const news = await page.count(readLinks);
        await page.click({ role: 'button', name: /^Courts \d+$/ });
        await page.expectPath(/tag=courts/);
        await page.click({ role: 'button', name: 'Oldest first' });
        await page.expectPath(/sort=oldest/);
        const params = new URL(await page.path(), 'http://x').searchParams;
        assert.deepEqual(Object.fromEntries(params), { kind: 'news', tag: 'courts', sort: 'oldest' });
        const both = await page.count(readLinks);
        assert.ok(both > 0 && both < news, `${both} of ${news}`);
        const firstDate = (await dates())[0];
        await page.reload();
        await page.expectCount(readLinks, both);
        assert.equal((await dates())[0], firstDate);
        await page.expectAttr(await page.find({ role: 'button', name: /^Courts \d+$/ }), 'aria-pressed', 'true');
        await page.back();
        await page.expectPath(/\?kind=news&tag=courts$|\?tag=courts&kind=news$/);
        await page.back();
        await page.expectPath(/\?kind=news$/);
        await page.expectCount(readLinks, news);
      });
    });

    describe('the timeline', () => {
      journey('selecting a deadline highlights its whole chain and summarises it', async (page) => {
        await page.goto('/en/timeline');
        const chain = { role: 'button', name: 'Divest-or-ban Act (2024–2026)' };
        await page.click(chain);
        await page.expectPath(/\?chain=divest-or-ban-act$/);
        await page.expectAttr(await page.find(chain), 'aria-pressed', 'true');
        await page.find({ name: 'set 24 April 2024 for 19 January 2025, moved 5 times' });
        await page.expectCount({ name: 'In the highlighted chain' }, 6);
        await page.click(chain);
        await page.expectCount({ name: 'In the highlighted chain' }, 0);
      });

      journey('a kind filter is in the address and survives a reload', async (page) => {
        await page.goto('/en/timeline');
        // Every event shows its kind as a word: before filtering, laws are listed too.
        await page.waitFor(async () => (await page.count({ name: 'Law' })) > 1, 'laws in the list');
        await page.click({ role: 'button', name: 'Court ruling' });
        await page.expectPath(/\?kind=court_ruling$/);
        await page.reload();
        await page.expectAttr(await page.find({ role: 'button', name: 'Court ruling' }), 'aria-pressed', 'true');
        // Seven court rulings and the button itself; "Law" is left on its button only.
        await page.expectCount({ name: 'Court ruling' }, 8);
        await page.expectCount({ name: 'Law' }, 1);
      });

      journey('jumping to a year scrolls to it, and a reload keeps the place', async (page) => {
        await page.goto('/en/timeline');
        await page.click({ role: 'link', name: '2025' }, await page.find({ role: 'navigation', name: 'Jump to a year' }));
        await page.expectPath(/#year-2025$/);
        const inView = async () => {
          const heading = await page.find({ role: 'heading', level: 2, name: '2025' });
          return page.eval('const r = arguments[0].getBoundingClientRect(); return r.top >= -1 && r.top < innerHeight;', heading);
        };
        await page.waitFor(inView, '2025 in view');
        await page.reload();
        await page.waitFor(inView, '2025 in view after a reload');
      });

      journey('the home page stands by without the app and counts on the days since the last deadline', async (page) => {
        await page.goto('/en/');
        // `data-count`: "since AT …"; `data-shape`: "FROM UNTIL" (components/countdown.rs).
        const at = Number(await page.eval(`return document.querySelector('.countdown-recent .count').dataset.count.split(' ')[1]`));
        const from = Number(await page.eval(`return document.querySelector('.countdown').dataset.shape.split(' ')[0]`)) || 0;
        // Noon of a day's count inside the span the page was built for, a year and more on.
        const n = Math.max(400, Math.ceil((from - at) / 86_400) + 1);
        await page.useClock(new Date((at + n * 86_400 + 43_200) * 1000).toISOString());
        await page.goto('/fr/');
        assert.equal(await page.eval('return document.documentElement.dataset.app'), 'standby');
        const appFiles = await page.eval(
          `return performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /\\.wasm$|\\/content\\//.test(n))`,
        );
        assert.deepEqual(appFiles, []);
        await page.expectText(await page.find(countdown), `il y a ${n} jours`);
      });

      journey('the FAQ and the timeline stand by without the app; the timeline marks today; a question clicked opens once the app runs', async (page) => {
        const standby = async (path) => {
          await page.goto(path, { app: false });
          await page.waitFor(async () => (await page.eval('return document.documentElement.dataset.app')) === 'standby', `${path} to stand by`);
        };
        await standby('/fr/timeline');
        // Eighteen days after the build, at noon: the marker the pre-render wrote is days old.
        const built = Number(await page.eval(`return document.querySelector('.countdown').dataset.shape.split(' ')[0]`));
        const at = new Date((built + 86_400 * 18 + 43_200) * 1000);
        await page.useClock(at.toISOString());
        await standby('/fr/timeline');
        const marker = await page.eval('const m = document.getElementById("today"); return m && [m.dataset.day, m.textContent];');
        assert.deepEqual(marker, [at.toISOString().slice(0, 10), `Aujourd’hui, ${at.getUTCDate() === 1 ? '1er' : at.getUTCDate()} ${new Intl.DateTimeFormat('fr', { month: 'long', timeZone: 'UTC' }).format(at)} ${at.getUTCFullYear()}`]);
        await standby('/en/faq');
        const appFiles = await page.eval(
          `return performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /\\.wasm$|\\/content\\//.test(n))`,
        );
        assert.deepEqual(appFiles, []);
        await page.click(await page.eval('return document.getElementById("q-where-is-data-stored")'));
        await page.waitFor(
          async () => (await page.eval('const q = document.getElementById("q-where-is-data-stored"); return q.tagName === "BUTTON" && q.getAttribute("aria-expanded")')) === 'true',
          'the question to open once the app runs',
        );
        assert.equal(await page.eval('return document.getElementById("a-where-is-data-stored").hidden'), false);
      });

      journey('on 15 September 2020 the countdown shows 5 days 16 hours to 20 September, to midnight Eastern', async (page) => {
        await page.useClock('2020-09-15T12:00:00Z'); // 08:00 in New York
        await page.goto('/en/');
        const card = await page.find(countdown);
        await page.expectText(card, 'App-store ban (2020)');
        await page.expectText(card, '20 September 2020');
        await page.expectText(await page.find({ role: 'timer' }, card), /^5\s*days\s*16\s*hours\s*0\s*minutes$/);
        await page.expectText(card, 'Counting to midnight at the end of 20 September 2020, US Eastern time.');
      });

      journey('le compte à rebours en français, sur la chronologie', async (page) => {
        await page.useClock('2020-09-15T12:00:00Z');
        await page.goto('/fr/timeline');
        const card = await page.find(countdown);
        await page.expectText(card, '20 septembre 2020');
        await page.expectText(await page.find({ role: 'timer' }, card), /^5\s*jours\s*16\s*heures\s*0\s*minute$/);
        await page.click({ role: 'button', name: 'Comment on en est arrivé à cette échéance' }, card);
        await page.expectText(card, 'fixée au 20 septembre 2020');
      });

      journey('the next deadline’s calendar file is valid iCalendar, read back by ical.js', async (page) => {
        await page.useClock('2020-09-15T12:00:00Z');
        await page.goto('/en/');
        const link = await page.find({ role: 'link', name: 'Add to calendar' }, await page.find(countdown));
        assert.equal(await link.getAttribute('download'), 'app-store-ban-2020-09-20.ics');
        const ics = await calendarFile(link);
        assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\n'), 'CRLF line ends');
        const [event, ...more] = calendarEvents(ics);
        assert.equal(more.length, 0);
        assert.equal(event.uid, 'app-store-ban-20200920@sunny-corner');
        assert.equal(event.startDate.toString(), '2020-09-20');
        assert.ok(event.startDate.isDate, 'an all-day event');
        assert.equal(event.endDate.toString(), '2020-09-21');
        assert.match(event.summary, /App-store ban/);
        const stamp = event.component.getFirstPropertyValue('dtstamp');
        assert.equal(stamp.toJSDate().toISOString(), '2020-09-15T12:00:00.000Z');
      });

      journey('every pending deadline in one calendar file, in French', async (page) => {
        await page.useClock('2020-10-01T12:00:00Z');
        await page.goto('/fr/timeline');
        const link = await page.find({ role: 'link', name: 'Ajouter toutes les échéances en cours à votre calendrier' });
        const events = calendarEvents(await calendarFile(link));
        // On 1 October 2020 the shutdown ban and the divestment order (both 12 November) were
        // pending; the app-store ban had been blocked.
        assert.deepEqual(events.map((e) => e.startDate.toString()), ['2020-11-12', '2020-11-12']);
      });
    });

    describe('unknown addresses', () => {
      for (const [address, lang, heading, home] of [
        ['/en/nowhere', 'en', 'Page not found', 'Go to the home page'],
        ['/fr/nulle-part', 'fr', 'Page introuvable', 'Aller à l’accueil'],
      ]) {
        journey(`${address} is a 404 page in its language, with a way home`, async (page) => {
          await page.goto(address);
          await page.expectText(await page.find(h1), heading);
          assert.equal(await page.eval('return document.documentElement.lang'), lang);
          await page.click({ role: 'link', name: home });
          await page.expectPath(new RegExp(`^/${lang}/$`));
        });
      }
    });

    describe('on a 360 px phone', () => {
      for (const p of pages) {
        for (const lang of ['en', 'fr']) {
          journey(`/${lang}/${p.slug} has no horizontal scroll`, async (page) => {
            await page.setViewport(360, 740);
            await page.goto(`/${lang}/${p.slug}`);
            await page.find(h1);
            assert.ok((await page.horizontalOverflow()) <= 0, `${await page.horizontalOverflow()} px too wide`);
          });
        }
      }
    });

    describe('the phone filter panel', () => {
      for (const [address, label, value, param] of [
        ['/en/articles', 'Filters', /^Official document \d+$/, /kind=official/],
        ['/fr/timeline', 'Filtres', /^Décision de justice$/, /kind=court_ruling/],
      ]) {
        journey(
          `${address}: the facets open behind one "${label}" button that counts what is on`,
          async (page) => {
            await page.setViewport(390, 844);
            await page.goto(address);
            const toggle = await page.find({ role: 'button', name: new RegExp(`^${label}( · \\d+)?$`) });
            await page.expectAttr(toggle, 'aria-expanded', 'false');
            assert.equal(await page.count({ role: 'button', name: value }), 0, 'facets hidden while closed');
            await page.click(toggle);
            await page.expectAttr(toggle, 'aria-expanded', 'true');
            await page.click({ role: 'button', name: value });
            await page.expectPath(param);
            await page.find({ role: 'button', name: `${label} · 1` });
            await page.reload();
            const again = await page.find({ role: 'button', name: `${label} · 1` });
            assert.ok(['true', 'false'].includes(await again.getAttribute('aria-expanded')));
            assert.ok((await page.horizontalOverflow()) <= 0);
          },
        );
      }
    });

    describe('what an engine lacks', () => {
      journey('every stylesheet feature this engine lacks is one the portal does without', async (page) => {
        await page.goto('/en/');
        const lacking = await page.eval(`return (${inPageUnsupportedCss})()`);
        const unknown = lacking.filter((f) => !optionalCss[f.split(':')[0]]);
        assert.deepEqual(unknown, [], `${engine} lacks these, with no fallback listed in optionalCss`);
        for (const f of lacking) await optionalCss[f.split(':')[0]].fallback(page);
      });
    });

    describe('pictures of every page', () => {
      journey('a screenshot of each page at phone (390×844) and desktop (1280×900) size', async (page) => {
        for (const [size, w, h] of [['phone', 390, 844], ['desktop', 1280, 900]]) {
          assert.deepEqual(await page.setViewport(w, h), [w, h], `${size} viewport`);
          for (const p of [...pages, { slug: 'nowhere' }]) {
            for (const lang of ['en', 'fr']) {
              await page.goto(`/${lang}/${p.slug}`);
              // Wait for fonts and late layout before the picture.
              await page.eval('return document.fonts ? document.fonts.ready.then(() => true) : true');
              await page.screenshot(path.join(SCREENSHOTS, engine, `${size}-${lang}-${p.slug || 'home'}.png`));
            }
          }
        }
      });
    });
  });
}

/** The pre-rendered pages as a visitor with JavaScript turned off reads them: a second session
 *  whose page scripts are off (engines.mjs says how, per engine); the driver still reads the
 *  page. */
function withoutJavaScript(engine) {
  describe('with JavaScript off', () => {
    /** @type {Page} */
    let page;
    before(async () => {
      page = await Page.open(engine, site, { javascript: false });
    });
    after(async () => {
      await page?.close();
    });
    beforeEach(async () => {
      await page.reset();
    });
    const journey = (name, body) =>
      it(name, async () => {
        await body(page);
        // Nothing ran, so nothing may have taken over.
        assert.equal(await page.eval('return document.documentElement.dataset.app ?? null'), null, 'the app did not run');
        await page.assertNoConsoleErrors();
      });

    for (const p of pages) {
      for (const lang of ['en', 'fr']) {
        journey(`/${lang}/${p.slug} shows its content, says what needs JavaScript`, async (page) => {
          await page.goto(`/${lang}/${p.slug}`, { app: false });
          await page.expectText(await page.find(h1), p[lang]);
          assert.equal(await page.driver.getTitle(), `${lang === 'en' ? p.titleEn : p.titleFr} · Sunny Corner`);
          assert.equal(await page.eval('return document.documentElement.lang'), lang);
          await page.find({ name: lang === 'en' ? /can be read without JavaScript/ : /se lit sans JavaScript/ });
          const main = await page.find({ role: 'main' });
          if (p.slug === '') {
            await page.find({ role: 'heading', name: lang === 'en' ? 'The key statement' : 'La déclaration clé' }, main);
            const timer = await page.count({ role: 'timer' }, main);
            const none = await page.count({ name: lang === 'en' ? /No deadline is pending/ : /Aucune échéance/ }, main);
            assert.ok(timer + none > 0, 'the countdown or its absence');
          } else {
            const articles = await page.count({ role: 'article' }, main);
            assert.ok(articles > 30, `${articles} articles`);
            if (p.slug === 'faq') {
              // Every answer is open, since the disclosures need the app.
              assert.equal(await page.count({ role: 'region' }, main), articles, 'an open answer per entry');
            }
          }
          assert.ok((await page.horizontalOverflow()) <= 0, 'no horizontal scroll');
        });
      }
    }

    journey('the root offers both languages, and links lead between pages and languages', async (page) => {
      await page.goto('/', { app: false });
      await page.click({ role: 'link', name: 'Français' });
      await page.expectPath(/^\/fr\/$/);
      await page.click({ role: 'link', name: 'Chronologie' }, await page.find({ role: 'navigation', name: 'Principale' }));
      await page.expectPath(/^\/fr\/timeline$/);
      await page.expectText(await page.find(h1), 'Chronologie des échéances');
      await page.click({ role: 'link', name: 'English' });
      await page.expectPath(/^\/en\/timeline$/);
      await page.expectText(await page.find(h1), 'Timeline of the deadlines');
    });

    journey('an unknown address is the 404 page, with a way home', async (page) => {
      await page.goto('/en/nowhere', { app: false });
      await page.expectText(await page.find(h1), 'Page not found');
      await page.click({ role: 'link', name: 'Go to the home page' });
      await page.expectPath(/^\/en\/$/);
      await page.expectText(await page.find(h1), 'Sunny Corner');
    });
  });
}
