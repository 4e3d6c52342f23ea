#!/usr/bin/env node
// Consumer test: packs the built package with `npm pack`, installs the tarball into a throw-away
// project, then imports it by name from ESM and CJS and type-checks consumer files against the
// published .d.ts (node16 ESM and CJS, bundler; strict, exactOptionalPropertyTypes, skipLibCheck
// off). Prints "consumer: N passed, N failed". The same checks across Node 20/22/24 and
// TypeScript 5.4–7.0 are `npm run test:matrix` (test/matrix/run.mjs).
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createConsumer, createSteps, pack, remove, root, tempDir } from './harness.mjs';

const { step, finish } = createSteps('consumer');
const work = tempDir('consumer');

try {
  console.log('consumer test of the packed package:');
  const consumer = join(work, 'consumer');
  const ready = await step('npm pack, then npm install of the tarball', () => createConsumer(consumer, pack(work).tarball));
  if (ready) {
    for (const file of readdirSync(consumer).filter((f) => /^run\..*\.(mjs|cjs)$/.test(f)).sort()) {
      await step(`node ${file}`, () => execFileSync(process.execPath, [file], { cwd: consumer, stdio: 'pipe' }));
    }
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    for (const config of readdirSync(consumer).filter((f) => /^tsconfig\..*\.json$/.test(f)).sort()) {
      await step(`tsc -p ${config}`, () => execFileSync(process.execPath, [tsc, '-p', config], { cwd: consumer, stdio: 'pipe' }));
    }
  }
} finally {
  remove(work);
}

process.exit(finish());
