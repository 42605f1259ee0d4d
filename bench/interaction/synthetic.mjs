// A 10,000-entry faq.json for the interaction benchmark, made from the real one: entry i takes
// its question from one real entry and its answer from another (a seeded shuffle), with an id
// and a numbered question of its own, so that queries hit hundreds of entries and the words,
// accents and lengths are the real file's. Deterministic; keeps the content contract (unique
// ids, known categories, sources kept).
//
//   node bench/interaction/synthetic.mjs public/content/faq.json 10000 > faq-10000.json
import fs from 'node:fs';

const [file, count = '10000'] = process.argv.slice(2);
const real = JSON.parse(fs.readFileSync(file, 'utf8'));
const n = Number(count);
let state = 0x2545f491n;
const next = () => {
  // xorshift64*, the same every run and platform
  state ^= state >> 12n;
  state ^= (state << 25n) & 0xffffffffffffffffn;
  state ^= state >> 27n;
  return Number(((state * 0x2545f4914f6cdd1dn) & 0xffffffffffffffffn) >> 33n);
};
const pick = () => real.entries[next() % real.entries.length];
const entries = [];
for (let i = 0; i < n; i += 1) {
  const q = pick();
  const a = pick();
  entries.push({
    id: `synthetic-${String(i).padStart(5, '0')}`,
    category: q.category,
    question: { en: `${q.question.en} (${i + 1})`, fr: `${q.question.fr} (${i + 1})` },
    answer: a.answer,
    sources: a.sources,
  });
}
process.stdout.write(JSON.stringify({ ...real, entries }));
