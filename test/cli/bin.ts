// Builds and runs the command line as users do: the bin is bundled from src/cli/index.ts with
// esbuild (as tsup does for dist/cli.js) and run by `node` in a child process.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/** What a run of the bin gave. */
export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Bundles the bin into `dir/cli.mjs` and returns its path. */
export async function buildCli(dir: string): Promise<string> {
  const cli = join(dir, 'cli.mjs');
  await build({
    entryPoints: ['src/cli/index.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: cli,
    logLevel: 'error',
  });
  return cli;
}

/**
 * Installs a stand-in of the built package as `dir/node_modules/chime-sma-kit` (the root entry,
 * ESM and CommonJS, bundled from src/ like tsup does), so modules written into `dir` can import
 * or require it by name, or by path to `node_modules/chime-sma-kit/index.js`.
 */
export async function installPackage(dir: string): Promise<void> {
  const target = join(dir, 'node_modules', 'chime-sma-kit');
  mkdirSync(target, { recursive: true });
  for (const [format, file] of [
    ['esm', 'index.js'],
    ['cjs', 'index.cjs'],
  ] as const) {
    await build({
      entryPoints: ['src/index.ts'],
      bundle: true,
      platform: 'node',
      format,
      target: 'node20',
      outfile: join(target, file),
      logLevel: 'error',
    });
  }
  const manifest = { name: 'chime-sma-kit', type: 'module', exports: { '.': { import: './index.js', require: './index.cjs' } } };
  writeFileSync(join(target, 'package.json'), JSON.stringify(manifest));
}

/** Runs the bin at `cli` with `args` in `cwd`, with `input` on standard input. */
export function runBin(cli: string, cwd: string, args: readonly string[], input?: string | Uint8Array): Run {
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS; // adds ~40 ms to every start on this machine
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, input: input ?? '', encoding: 'utf8', env, timeout: 20_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The non-empty lines of a text. */
export const lines = (text: string): string[] => text.split('\n').filter((line) => line !== '');

/** One regular expression from pieces that follow each other (a pattern too wide for one line); the flags are the first piece's. */
export const pattern = (first: RegExp, ...rest: RegExp[]): RegExp =>
  new RegExp([first, ...rest].map((piece) => piece.source).join(''), first.flags);
