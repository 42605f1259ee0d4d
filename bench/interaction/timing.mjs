// What the interaction benchmarks read from a page (interaction.mjs, floor.mjs): each
// interaction's Event Timing duration, and when the page showed its answer to it.
//
// - Event Timing: a PerformanceObserver of type "event", durationThreshold 16 (from the input to
//   the next paint). An interaction's time is its longest event (keydown/keyup, pointerdown/
//   pointerup/click share an interactionId), as INP counts it; an interaction with no entry took
//   under 16 ms (counted as 0, shown as "<16 ms").
// - The answer: from the key or button going down to the end of the frame that paints the
//   page's first change after it (a MutationObserver's record; the end of a frame: a task queued
//   from an animation frame), or to the end of the frame that paints the key or press itself, if
//   later or if the page did not change. Event Timing ends at the first paint after the event,
//   which may show only the letter in the box (the FAQ shows its list in the frame after, since
//   the fifteenth round); this goes on to the list.

/** Records both on every page `page` opens from now on. */
export async function watch(page) {
  await page.addInitScript(() => {
    const seen = (window.__events = []);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.interactionId) seen.push({ id: e.interactionId, duration: e.duration });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
    const answers = (window.__answers = []);
    const afterPaint = (f) => requestAnimationFrame(() => setTimeout(f, 0));
    let waiting = null;
    const start = (e) => {
      const one = { start: e.timeStamp, input: null, page: null };
      answers.push(one);
      waiting = one;
      afterPaint(() => (one.input = performance.now() - one.start));
    };
    addEventListener('keydown', start, true);
    addEventListener('pointerdown', start, true);
    new MutationObserver(() => {
      const one = waiting;
      if (!one) return;
      waiting = null;
      afterPaint(() => (one.page = performance.now() - one.start));
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/** Forgets what was recorded so far (the page's load, a click to focus the box). */
export async function restart(page) {
  await page.evaluate(() => {
    window.__events.length = 0;
    window.__answers.length = 0;
  });
}

/**
 * The `count` interactions made since `restart`, once they have settled: their Event Timing
 * durations, sorted, with `.answers`, the times to the answer, sorted.
 */
export async function durations(page, count) {
  await page.waitForTimeout(1000);
  const { events, answers } = await page.evaluate(() => ({
    events: window.__events,
    answers: window.__answers.map((a) => Math.max(a.input, a.page ?? 0)),
  }));
  if (answers.length !== count) throw new Error(`${count} interactions made, ${answers.length} seen`);
  const byId = new Map();
  for (const e of events) byId.set(e.id, Math.max(byId.get(e.id) ?? 0, e.duration));
  const list = [...byId.values()];
  while (list.length < count) list.push(0);
  list.sort((a, b) => a - b);
  list.answers = answers.sort((a, b) => a - b);
  return list;
}

/** The `p`th percentile of `sorted` (nearest rank). */
export const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** An Event Timing duration as the tables show it. */
export const ms = (v) => (v < 16 ? '<16 ms' : `${Math.round(v)} ms`);
