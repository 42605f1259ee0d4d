import { test, expect, open } from './fixtures';
import fs from 'node:fs';

const countdown = (page) => page.getByRole('region', { name: /Next deadline|Prochaine échéance/ });

test.describe('the countdown, at fixed moments', () => {
  test('on 15 September 2020 it shows 5 days to 20 September 2020, counted to midnight Eastern', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2020-09-15T12:00:00Z')); // 08:00 in New York
    await open(page, '/en/');
    const card = countdown(page);
    await expect(card).toContainText('App-store ban (2020)');
    await expect(card).toContainText('20 September 2020');
    await expect(card.getByRole('timer')).toHaveText(/5\s*days\s*16\s*hours\s*0\s*minutes/);
    await expect(card).toContainText('Counting to midnight at the end of 20 September 2020, US Eastern time.');
  });

  test('en français aussi, sur la chronologie', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2020-09-15T12:00:00Z'));
    await open(page, '/fr/timeline');
    const card = countdown(page);
    await expect(card).toContainText('20 septembre 2020');
    await expect(card.getByRole('timer')).toHaveText(/5\s*jours\s*16\s*heures\s*0\s*minute\b/);
    await card.getByText('Comment on en est arrivé à cette échéance').click();
    await expect(card).toContainText('fixée au 20 septembre 2020');
  });

  test('on 18 January 2025 it shows the 19 January 2025 deadline and the chain so far', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2025-01-18T17:00:00Z'));
    await open(page, '/en/');
    const card = countdown(page);
    await expect(card).toContainText('Divest-or-ban Act (2024–2026)');
    await expect(card).toContainText('19 January 2025');
    await expect(card.getByRole('timer')).toHaveText(/1\s*day\s*12\s*hours\s*0\s*minutes/);
    await card.getByText('How this deadline got here').click();
    await expect(card).toContainText('set for 19 January 2025');
    await expect(card).not.toContainText('5 April 2025');
  });

  test('it counts down live', async ({ page }) => {
    // Paused, so the page's load time does not eat into the first minute; runFor then moves
    // time on and fires the page's timers.
    await page.clock.install({ time: new Date('2020-09-15T11:59:00Z') });
    await page.clock.pauseAt(new Date('2020-09-15T12:00:00Z'));
    await open(page, '/en/');
    const timer = countdown(page).getByRole('timer');
    await expect(timer).toHaveText(/5\s*days\s*16\s*hours\s*0\s*minutes/);
    await page.clock.runFor('02:00');
    await expect(timer).toHaveText(/5\s*days\s*15\s*hours\s*58\s*minutes/);
  });

  test('after the last deadline it says nothing is pending and how long ago the last one fell', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-02-02T17:00:00Z'));
    await open(page, '/en/');
    const card = countdown(page);
    await expect(card).toContainText('No deadline is pending.');
    await expect(card).toContainText('The most recent, Divest-or-ban Act (2024–2026), fell on 23 January 2026, 9 days ago (outcome: met).');
    await expect(card.getByRole('timer')).toHaveCount(0);
  });

  test('the calendar file of the next deadline is valid iCalendar', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2020-09-15T12:00:00Z'));
    await open(page, '/en/');
    const download = page.waitForEvent('download');
    await countdown(page).getByRole('link', { name: 'Add to calendar' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('app-store-ban-2020-09-20.ics');
    const ics = fs.readFileSync(await file.path(), 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics).toContain('BEGIN:VEVENT\r\n');
    expect(ics).toContain('UID:app-store-ban-20200920@sunny-corner');
    expect(ics).toContain('DTSTART;VALUE=DATE:20200920');
    expect(ics).toContain('DTEND;VALUE=DATE:20200921');
    expect(ics).toMatch(/DTSTAMP:20200915T120000Z/);
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  });
});

const events = (page) => page.getByRole('main').getByRole('article');
/** The deadline chain whose button is pressed, in the chain list named `list`. */
const selectedChain = (page, list: string) =>
  page.getByRole('list', { name: list }).getByRole('listitem').filter({ has: page.getByRole('button', { pressed: true }) });
/** The events marked as part of the highlighted chain. */
const inChain = (page, label: string) => events(page).filter({ hasText: label });

test.describe('the timeline page', () => {
  test('shows moved deadlines and their outcomes in words, with an icon', async ({ page }) => {
    await open(page, '/en/timeline');
    const event = events(page).filter({ hasText: '27 November 2020' }).first();
    await expect(page.getByText('moved 12 November 2020 → 27 November 2020')).toBeVisible();
    await expect(page.getByRole('heading', { name: '2020', exact: true })).toBeVisible();
    await expect(event).toBeVisible();
    const blocked = page.getByRole('list', { name: 'Deadlines set or moved' }).getByRole('listitem').filter({ hasText: 'moved 20 September 2020 → 27 September 2020' });
    await expect(blocked).toContainText(/⛔\s*blocked/);
  });

  test('filters by kind, in the URL, and survives a reload', async ({ page }) => {
    await open(page, '/en/timeline');
    const all = await events(page).count();
    await page.getByRole('button', { name: 'Court ruling' }).click();
    await expect(page).toHaveURL(/\?kind=court_ruling$/);
    await expect(page.getByRole('button', { name: 'Court ruling' })).toHaveAttribute('aria-pressed', 'true');
    await expect(events(page)).toHaveCount(7);
    for (const e of await events(page).all()) await expect(e.getByText('Court ruling', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Law' }).click();
    await expect(page).toHaveURL(/\?kind=law,court_ruling$/);
    await page.reload();
    await expect(page.getByRole('button', { name: 'Law' })).toHaveAttribute('aria-pressed', 'true');
    expect(await events(page).count()).toBeGreaterThan(7);
    await page.getByRole('button', { name: 'All kinds' }).click();
    await expect(page).toHaveURL(/\/en\/timeline$/);
    await expect(events(page)).toHaveCount(all);
  });

  test('filtre par type en français', async ({ page }) => {
    await open(page, '/fr/timeline?kind=court_ruling');
    await expect(page.getByRole('button', { name: 'Décision de justice' })).toHaveAttribute('aria-pressed', 'true');
    await expect(events(page).first().getByText('Décision de justice', { exact: true })).toBeVisible();
  });

  test('an unknown kind in the address is ignored with a note', async ({ page }) => {
    await open(page, '/en/timeline?kind=tweet,law&year=20x5');
    await expect(page.getByText('Unknown kind ignored: tweet.')).toBeVisible();
    await expect(events(page).first()).toBeVisible();
  });

  test('jumps to a year', async ({ page }) => {
    await open(page, '/en/timeline');
    await page.getByRole('navigation', { name: 'Jump to a year' }).getByRole('link', { name: '2025' }).click();
    await expect(page).toHaveURL(/#year-2025$/);
    await expect(page.getByRole('heading', { name: '2025', exact: true })).toBeInViewport();
    await page.reload();
    await expect(page.getByRole('heading', { name: '2025', exact: true })).toBeInViewport();
  });

  test('selecting a deadline highlights its whole chain and summarises it', async ({ page }) => {
    await open(page, '/en/timeline');
    await page.getByRole('button', { name: 'Divest-or-ban Act (2024–2026)' }).click();
    await expect(page).toHaveURL(/\?chain=divest-or-ban-act$/);
    await expect(selectedChain(page, 'Deadline chains')).toContainText('set 24 April 2024 for 19 January 2025, moved 5 times');
    await expect(inChain(page, 'In the highlighted chain')).toHaveCount(6);
    await page.getByRole('button', { name: 'Divest-or-ban Act (2024–2026)' }).click();
    await expect(inChain(page, 'In the highlighted chain')).toHaveCount(0);
  });

  test('la chaîne résumée en français', async ({ page }) => {
    await open(page, '/fr/timeline?chain=divestment-order');
    await expect(selectedChain(page, 'Les chaînes d’échéances')).toContainText('reportée deux fois');
    await expect(inChain(page, 'Dans la chaîne mise en évidence')).toHaveCount(3);
  });

  test('a today marker sits at the current date', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2025-03-01T12:00:00Z'));
    await open(page, '/en/timeline');
    await expect(page.getByText(/^Today, /)).toHaveText('Today, 1 March 2025');
    // It comes after the events of February 2025 and before those of April 2025.
    const order = await page.getByRole('region', { name: '2025', exact: true }).evaluate((year) =>
      [...year.querySelector('ol')!.children].map((li) => li.querySelector('time')?.getAttribute('datetime') ?? li.textContent),
    );
    const at = order.indexOf('Today, 1 March 2025');
    expect(order[at - 1]! < '2025-03-01').toBe(true);
    expect(order[at + 1]! > '2025-03-01').toBe(true);
  });
});

test.describe('en français', () => {
  test('aller à une année et exporter toutes les échéances en cours', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2020-10-01T12:00:00Z'));
    await open(page, '/fr/timeline');
    await page.getByRole('navigation', { name: 'Aller à l’année' }).getByRole('link', { name: '2024' }).click();
    await expect(page).toHaveURL(/\/fr\/timeline#year-2024$/);
    await expect(page.getByRole('heading', { name: '2024', exact: true })).toBeInViewport();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Ajouter toutes les échéances en cours à votre calendrier' }).click();
    const ics = fs.readFileSync(await (await download).path(), 'utf8');
    // On 1 October 2020 the shutdown ban (12 November) and the divestment order (12 November)
    // were pending; the app-store ban had been blocked.
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('DTSTART;VALUE=DATE:20201112');
    expect(ics).not.toContain('DTSTART;VALUE=DATE:20200927');
  });
});
