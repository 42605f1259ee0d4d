// A node:test reporter that counts one engine's journeys (run.mjs runs one node --test per
// engine) and writes the counts as JSON, for run.mjs's closing line.
export default async function* summary(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for await (const { type, data } of source) {
    if (type !== 'test:pass' && type !== 'test:fail') continue;
    // Suites are counted through their tests. A file that fails before any test (a crash on
    // import) is reported as one failed test under its path.
    if (data.details?.type === 'suite') continue;
    if (data.skip || data.todo) counts.skipped += 1;
    else if (type === 'test:pass') counts.passed += 1;
    else counts.failed += 1;
  }
  yield `${JSON.stringify(counts)}\n`;
}
