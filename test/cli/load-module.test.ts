// TypeScript loading falls back from Node.js's type stripping to the project's own tools when
// Node.js cannot run the file (an enum needs a transform; an older Node.js does not strip).
// Run in a child process: under vitest, import() of a .ts file would always succeed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let dir = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chime-sma-kit-load-'));
  await build({
    entryPoints: ['src/cli/load-module.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: join(dir, 'load.mjs'),
    logLevel: 'error',
  });
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(resolve('node_modules', 'esbuild'), join(dir, 'node_modules', 'esbuild'), 'dir');
  writeFileSync(join(dir, 'enum.ts'), "enum Leg { A = 'LEG-A' }\nexport const handler = async (): Promise<string> => Leg.A;\n");
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Imports enum.ts with the loaders given, in a child process; prints what its handler returns. */
const load = (loaders: string[]) =>
  spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const { importModule } = await import('./load.mjs'); ` +
        `const m = await importModule('enum.ts', ${JSON.stringify(loaders)}); ` +
        `console.log(await m.handler());`,
    ],
    {
      cwd: dir,
      encoding: 'utf8',
      timeout: 20_000,
    },
  );

describe('importModule for TypeScript', () => {
  it('falls back from Node.js to esbuild when Node.js cannot run the file', () => {
    const result = load(['node', 'esbuild']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('LEG-A\n');
  });

  it('reports the error of the last loader tried', () => {
    const result = load(['node']);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/ERR_UNKNOWN_FILE_EXTENSION|ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX/);
  });
});
