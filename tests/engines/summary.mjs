// A node:test reporter that counts the journeys per engine and writes the counts as JSON, for
// run.mjs's closing line. Each engine's journeys sit in one top-level suite, "in webkit" and
// its siblings (journeys.mjs), which is reported after its tests: the counts gathered since the
// last such suite are that engine's. (A test's `file` names journeys.mjs, where it is
// defined, not the engine's file.) Files run one at a time unless --jobs says otherwise.
export default async function* summary(source) {
  const counts = {};
  let pending = { passed: 0, failed: 0, skipped: 0 };
  const settle = (engine) => {
    const c = (counts[engine] ??= { passed: 0, failed: 0, skipped: 0 });
    for (const k of Object.keys(c)) c[k] += pending[k];
    pending = { passed: 0, failed: 0, skipped: 0 };
  };
  for await (const { type, data } of source) {
    if (type !== 'test:pass' && type !== 'test:fail') continue;
    if (data.details?.type === 'suite') {
      const engine = data.nesting === 0 && data.name.match(/^in (\w+)$/)?.[1];
      if (engine) settle(engine);
      continue;
    }
    // A file that failed before its suite ran (a crash on import) is reported under its path.
    const crashed = data.nesting === 0 && data.name.match(/(\w+)\.test\.mjs$/)?.[1];
    if (data.skip || data.todo) pending.skipped += 1;
    else if (type === 'test:pass') pending.passed += 1;
    else pending.failed += 1;
    if (crashed) settle(crashed);
  }
  yield `${JSON.stringify(counts)}\n`;
}
