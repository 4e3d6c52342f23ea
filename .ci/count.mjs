// Sums the counts recorded by the suites and prints the plain "N passed, N failed" line.
// vitest writes its JSON report (numPassedTests/numFailedTests); other suites write { passed, failed }.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.CHIME_SMA_KIT_RESULTS;
const expected = process.argv.slice(2);
let passed = 0;
let failed = 0;
for (const suite of expected) {
  const file = join(dir, `${suite}.json`);
  if (!existsSync(file)) {
    console.log(`${suite}: no results (the suite did not run to the end)`);
    failed += 1;
    continue;
  }
  const data = JSON.parse(readFileSync(file, 'utf8'));
  const p = data.numPassedTests ?? data.passed ?? 0;
  const f = (data.numFailedTests ?? data.failed ?? 0) + (data.numRuntimeErrorTestSuites ?? 0);
  console.log(`${suite}: ${p} passed, ${f} failed`);
  passed += p;
  failed += f;
}
for (const extra of existsSync(dir) ? readdirSync(dir) : []) {
  if (!expected.includes(extra.replace(/\.json$/, ''))) console.log(`(ignored unexpected results file ${extra})`);
}
console.log(`${passed} passed, ${failed} failed`);
