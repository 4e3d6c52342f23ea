// Run with every mutation group (mutation/run.mjs): a mutant that throws while the package loads
// (a module constant built wrongly) makes every test file fail at import, and vitest then reports
// no test at all, which Stryker would count as "Survived". Here the import runs inside a test,
// so such a mutant fails it and is counted as killed.
import { expect, it } from 'vitest';

it('the package and its entry points load', async () => {
  for (const entry of [
    import('../src/index.js'),
    import('../src/internal.js'),
    import('../src/testing/index.js'),
    import('../src/flow/index.js'),
    import('../src/meetings/index.js'),
    import('../src/eventbridge/index.js'),
  ]) {
    expect(Object.keys(await entry).length).toBeGreaterThan(0);
  }
});
