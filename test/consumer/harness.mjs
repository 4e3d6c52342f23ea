// Shared by the consumer test (test/consumer/run.mjs, part of `npm test`) and the package matrix
// (test/matrix/run.mjs, `npm run test:matrix`): named steps with a pass/fail count, and a
// throw-away consumer project with the packed package installed from its tarball.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordCounts } from '../../.ci/results.mjs';

/** The repository root. */
export const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** The consumer project template: package.json, consumer sources, tsconfig.*.json, run.* files. */
export const fixture = join(root, 'test/consumer/fixture');

/** Named steps: each passes or fails on its own; `finish()` prints and records the counts. */
export function createSteps(suite) {
  const results = [];
  return {
    results,
    /** Runs one step; a thrown error (with the output of a failed command) fails it. */
    async step(name, run) {
      const started = Date.now();
      try {
        await run();
        results.push({ name, ok: true });
        console.log(`  ✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
        return true;
      } catch (error) {
        results.push({ name, ok: false });
        const output = [error.stdout, error.stderr].filter(Boolean).map(String).join('\n');
        const text = (output || error.stack || String(error)).trim();
        console.log(
          `  ✗ ${name}\n${text
            .split('\n')
            .map((l) => `      ${l}`)
            .join('\n')}`,
        );
        return false;
      }
    },
    /** Prints "suite: N passed, N failed", records the counts and returns the exit code. */
    finish() {
      const passed = results.filter((r) => r.ok).length;
      const failed = results.length - passed;
      recordCounts(suite, passed, failed);
      console.log(`${suite}: ${passed} passed, ${failed} failed`);
      return failed === 0 && passed > 0 ? 0 : 1;
    },
  };
}

/** A new empty temporary folder. */
export function tempDir(prefix) {
  return mkdtempSync(join(tmpdir(), `chime-sma-kit-${prefix}-`));
}

/** `npm pack` of the repository (build it first) into `dir`; returns npm's report of the tarball. */
export function pack(dir) {
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const [report] = JSON.parse(String(out));
  return { ...report, tarball: join(dir, report.filename) };
}

/**
 * Makes a consumer project in `dir` from the fixture and installs the tarball into it with npm,
 * as a user would. @types/node (for the type-checks) comes from the repository's own install.
 */
export function createConsumer(dir, tarball) {
  cpSync(fixture, dir, { recursive: true });
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock', tarball], {
    cwd: dir,
    stdio: 'pipe',
  });
  mkdirSync(join(dir, 'node_modules/@types'), { recursive: true });
  cpSync(join(root, 'node_modules/@types/node'), join(dir, 'node_modules/@types/node'), { recursive: true });
  cpSync(join(root, 'node_modules/undici-types'), join(dir, 'node_modules/undici-types'), { recursive: true });
  return dir;
}

/** The version of an installed package of the repository (`ts54` → 5.4.5). */
export function installedVersion(name) {
  return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
}

/** Removes a temporary folder. */
export function remove(dir) {
  rmSync(dir, { recursive: true, force: true });
}
