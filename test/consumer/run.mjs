#!/usr/bin/env node
// Consumer test: packs the built package with `npm pack`, installs the tarball into a throw-away
// project, then imports it by name from ESM and CJS and type-checks consumer files against the
// published .d.ts (node16 ESM and CJS, bundler; strict, exactOptionalPropertyTypes, skipLibCheck
// off; and the classic CDK tsconfig: "module": "commonjs", no moduleResolution, which is node10
// on TypeScript 5.x), then runs a jest + ts-jest suite in that classic setup. Prints
// "consumer: N passed, N failed". The same checks across Node 20/22/24 and TypeScript 5.4–7.0
// are `npm run test:matrix` (test/matrix/run.mjs).
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createConsumer, createSteps, installedVersion, pack, remove, root, tempDir } from './harness.mjs';

/** The tsconfig of a classic CDK app (test/consumer/fixture). */
const CLASSIC_CDK = 'tsconfig.cdk.json';

const { step, finish } = createSteps('consumer');
const work = tempDir('consumer');

try {
  console.log('consumer test of the packed package:');
  const consumer = join(work, 'consumer');
  const ready = await step('npm pack, then npm install of the tarball', () => createConsumer(consumer, pack(work).tarball));
  if (ready) {
    for (const file of readdirSync(consumer)
      .filter((f) => /^run\..*\.(mjs|cjs)$/.test(f))
      .sort()) {
      await step(`node ${file}`, () => execFileSync(process.execPath, [file], { cwd: consumer, stdio: 'pipe' }));
    }
    const tsc = (name) => join(root, 'node_modules', name, 'bin/tsc');
    for (const config of readdirSync(consumer)
      .filter((f) => /^tsconfig\..*\.json$/.test(f))
      .sort()) {
      await step(`tsc -p ${config}`, () =>
        execFileSync(process.execPath, [tsc('typescript'), '-p', config], { cwd: consumer, stdio: 'pipe' }),
      );
    }
    // TypeScript 6 reads "module": "commonjs" alone as bundler resolution; 5.x as node10, the
    // resolution that needs typesVersions for the subpaths.
    await step(`TypeScript ${installedVersion('ts54')}: tsc -p ${CLASSIC_CDK}`, () =>
      execFileSync(process.execPath, [tsc('ts54'), '-p', CLASSIC_CDK], { cwd: consumer, stdio: 'pipe' }),
    );
    await step(`jest + ts-jest (TypeScript ${installedVersion('ts59')}, ${CLASSIC_CDK}): a whole call through the simulator`, () =>
      execFileSync(
        process.execPath,
        [join(root, 'node_modules/jest/bin/jest.js'), '--ci', '--silent', '--no-watchman', '--config', 'jest.config.cjs'],
        {
          cwd: consumer,
          stdio: 'pipe',
          env: {
            ...process.env,
            CONSUMER_TS_JEST: join(root, 'node_modules/ts-jest'),
            CONSUMER_TYPESCRIPT: join(root, 'node_modules/ts59'),
          },
        },
      ),
    );
  }
} finally {
  remove(work);
}

process.exit(finish());
