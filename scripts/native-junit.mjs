#!/usr/bin/env node
// The native tests' results as a JUnit XML report, for CI to keep beside Playwright's
// (tests/e2e/results/e2e.junit.xml). Reads the plain output of `cargo test` (libtest's JSON
// output needs a nightly flag), which scripts/test.sh keeps in target/native-tests.log:
//
//   node scripts/native-junit.mjs target/native-tests.log > target/native-tests.junit.xml
//
// One <testsuite> per test binary ("unittests src/lib.rs", "tests/content.rs", doc tests), one
// <testcase> per `test NAME ... ok|FAILED|ignored` line; a failure carries the test's captured
// output from the log's "---- NAME stdout ----" section.
import fs from 'node:fs';

const [file] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/native-junit.mjs target/native-tests.log');
  process.exit(2);
}
const lines = fs.readFileSync(file, 'utf8').split('\n');

const suites = [];
let suite = null;
const output = new Map(); // "suite\u0000test" → captured output of a failed test
let capturing = null;
for (const line of lines) {
  const running = line.match(/^\s+(?:Running|Doc-tests)\s+(.+?)(?:\s+\(.*\))?$/);
  if (running) {
    suite = { name: line.trim().startsWith('Doc-tests') ? `doc tests ${running[1]}` : running[1], cases: [] };
    suites.push(suite);
    capturing = null;
    continue;
  }
  const result = line.match(/^test (.+?) \.\.\. (ok|FAILED|ignored)(?:, .*)?$/);
  if (result && suite) {
    suite.cases.push({ name: result[1], status: result[2] });
    continue;
  }
  const section = line.match(/^---- (.+?) stdout ----$/);
  if (section && suite) {
    capturing = `${suite.name}\u0000${section[1]}`;
    output.set(capturing, []);
    continue;
  }
  if (capturing && (/^failures:$/.test(line) || /^test result:/.test(line))) capturing = null;
  if (capturing) output.get(capturing).push(line);
}

const escape = (s) =>
  s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c])
    // XML 1.0 forbids most control characters, which a test's output may hold (colours).
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

const count = (cases, status) => cases.filter((c) => c.status === status).length;
const all = suites.flatMap((s) => s.cases);
const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
out.push(`<testsuites name="native tests (cargo test)" tests="${all.length}" failures="${count(all, 'FAILED')}" skipped="${count(all, 'ignored')}">`);
for (const s of suites.filter((x) => x.cases.length)) {
  out.push(`  <testsuite name="${escape(s.name)}" tests="${s.cases.length}" failures="${count(s.cases, 'FAILED')}" skipped="${count(s.cases, 'ignored')}">`);
  for (const c of s.cases) {
    const dot = c.name.lastIndexOf('::');
    const classname = dot < 0 ? s.name : c.name.slice(0, dot);
    const open = `    <testcase classname="${escape(classname)}" name="${escape(c.name)}"`;
    if (c.status === 'ok') out.push(`${open}/>`);
    else if (c.status === 'ignored') out.push(`${open}><skipped/></testcase>`);
    else {
      const text = (output.get(`${s.name}\u0000${c.name}`) || []).join('\n');
      out.push(`${open}><failure message="failed">${escape(text)}</failure></testcase>`);
    }
  }
  out.push('  </testsuite>');
}
out.push('</testsuites>');
console.log(out.join('\n'));
