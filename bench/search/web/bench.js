// The browser half of the search benchmark: the same corpus and queries through
// sunny_corner::search (wasm), MiniSearch and Fuse.js, in one page. browser.mjs calls
// window.runBench() and prints what it returns.
import init, { SearchIndex } from './pkg/search_bench_wasm.js';
import MiniSearch from './node_modules/minisearch/dist/es/index.js';
import Fuse from './node_modules/fuse.js/dist/fuse.mjs';

// Diacritic-insensitive terms for MiniSearch, as its documentation suggests.
const fold = (term) => term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const records = (docs) => docs.map(([question, answer], id) => ({ id, question, answer }));

// Fuse's settings shared by both of its rows. Without ignoreLocation, Fuse only accepts matches
// near the start of a field (location 0, distance 100), which 60-word answers defeat.
const fuseOptions = {
  keys: [
    { name: 'question', weight: 2 },
    { name: 'answer', weight: 1 },
  ],
  threshold: 0.3,
  ignoreDiacritics: true,
  ignoreLocation: true,
};

// Each engine: input prepared untimed, a timed build, a search, the id of the first result.
// `passes` timed passes over the queries, after one to warm up when `warmUp`; Fuse takes
// seconds a query, so its one pass is all the time allows (and warm enough).
const engines = [
  {
    name: 'sunny-corner (wasm)',
    passes: 50,
    warmUp: true,
    prepare: (docs) => docs.map(([q, a]) => `${q}\u001f${a}`).join('\u001e'),
    build: (packed) => new SearchIndex(packed),
    search: (index, text) => index.search(text),
    top: (hits) => (hits.length > 0 ? hits[0] : undefined),
  },
  {
    name: 'MiniSearch 7.2.0',
    passes: 20,
    warmUp: true,
    prepare: records,
    build: (docs) => {
      const index = new MiniSearch({
        fields: ['question', 'answer'],
        processTerm: fold,
        searchOptions: { prefix: true, fuzzy: 0.2, boost: { question: 2 } },
      });
      index.addAll(docs);
      return index;
    },
    search: (index, text) => index.search(text),
    top: (results) => results[0]?.id,
  },
  {
    name: 'Fuse.js 7.5.0',
    passes: 1,
    warmUp: false,
    prepare: records,
    build: (docs) => new Fuse(docs, fuseOptions),
    search: (index, text) => index.search(text),
    top: (results) => results[0]?.item.id,
  },
  {
    name: 'Fuse.js 7.5.0 (token search)',
    passes: 1,
    warmUp: false,
    prepare: records,
    build: (docs) => new Fuse(docs, { ...fuseOptions, useTokenSearch: true }),
    search: (index, text) => index.search(text),
    top: (results) => results[0]?.item.id,
  },
];

// Nearest-rank percentile of sorted numbers.
const percentile = (sorted, p) => sorted[Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length))) - 1];

// Runs the queries, timing each call; returns p50, p95 and each query's first result (from
// the first pass).
function run(engine, indexes, queries) {
  const samples = [];
  const tops = [];
  const first = engine.warmUp ? 1 : 0;
  for (let pass = 0; pass < first + engine.passes; pass++) {
    for (const q of queries) {
      const started = performance.now();
      const results = engine.search(indexes[q.lang], q.text);
      const elapsed = performance.now() - started;
      if (pass === 0) tops.push(engine.top(results));
      if (pass >= first) samples.push(elapsed);
    }
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 0.5), p95: percentile(samples, 0.95), tops };
}

// The smallest step performance.now() takes here (5 µs when the page is cross-origin
// isolated, 100 µs otherwise).
function timerStep() {
  let step = Infinity;
  for (let i = 0; i < 200; i++) {
    const a = performance.now();
    let b = performance.now();
    while (b === a) b = performance.now();
    step = Math.min(step, b - a);
  }
  return step;
}

window.runBench = async () => {
  await init();
  const corpus = await (await fetch('out/corpus.json')).json();
  const { planted, typing } = await (await fetch('out/queries.json')).json();
  const results = [];
  for (const engine of engines) {
    const inputs = { en: engine.prepare(corpus.en), fr: engine.prepare(corpus.fr) };
    const started = performance.now();
    const indexes = { en: engine.build(inputs.en), fr: engine.build(inputs.fr) };
    const buildMs = performance.now() - started;

    const plantedRun = run(engine, indexes, planted);
    const typingRun = run(engine, indexes, typing);
    const misses = [];
    planted.forEach((q, i) => {
      const top = plantedRun.tops[i];
      if (top !== q.expected) {
        misses.push(`${JSON.stringify(q.text)} (${q.kind}): got ${top}, expected ${q.expected}`);
      }
    });
    results.push({
      engine: engine.name,
      build_ms: buildMs,
      p50_ms: plantedRun.p50,
      p95_ms: plantedRun.p95,
      precision: (planted.length - misses.length) / planted.length,
      typing_p50_ms: typingRun.p50,
      typing_p95_ms: typingRun.p95,
      misses,
    });
    indexes.en.free?.();
    indexes.fr.free?.();
  }
  return {
    crossOriginIsolated: self.crossOriginIsolated,
    timerStepMs: timerStep(),
    userAgent: navigator.userAgent,
    results,
  };
};
window.benchReady = true;
