#!/usr/bin/env node
// Consumer test: packs the built package with `npm pack`, unpacks it into a throw-away
// project's node_modules, then imports it by name from ESM and CJS and type-checks consumer
// files against the published .d.ts (node16 ESM and CJS, bundler; strict,
// exactOptionalPropertyTypes, skipLibCheck off). Prints "consumer: N passed, N failed".
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordCounts } from '../../.ci/results.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const fixture = join(root, 'test/consumer/fixture');
const work = mkdtempSync(join(tmpdir(), 'chime-sma-kit-consumer-'));
const results = [];

function step(name, run) {
  try {
    run();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name}`);
  } catch (error) {
    results.push({ name, ok: false });
    const output = [error.stdout, error.stderr].filter(Boolean).map(String).join('\n');
    console.log(`  ✗ ${name}\n${(output || error.message).trim().split('\n').map((l) => `      ${l}`).join('\n')}`);
  }
}

try {
  execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
  const target = join(work, 'node_modules', 'chime-sma-kit');
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', join(work, tarball), '-C', target, '--strip-components=1']);
  cpSync(fixture, work, { recursive: true });
  // @types/node for the type-check, from the project's own install.
  mkdirSync(join(work, 'node_modules', '@types'), { recursive: true });
  cpSync(join(root, 'node_modules/@types/node'), join(work, 'node_modules/@types/node'), { recursive: true });
  cpSync(join(root, 'node_modules/undici-types'), join(work, 'node_modules/undici-types'), { recursive: true });

  console.log('consumer test of the packed package:');
  for (const file of readdirSync(work).filter((f) => /^run\..*\.(mjs|cjs)$/.test(f)).sort()) {
    step(`node ${file}`, () => execFileSync(process.execPath, [file], { cwd: work, stdio: 'pipe' }));
  }
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  for (const config of readdirSync(work).filter((f) => /^tsconfig\..*\.json$/.test(f)).sort()) {
    step(`tsc -p ${config}`, () => execFileSync(process.execPath, [tsc, '-p', config], { cwd: work, stdio: 'pipe' }));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
recordCounts('consumer', passed, failed);
console.log(`consumer: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
