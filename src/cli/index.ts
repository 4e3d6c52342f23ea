#!/usr/bin/env node
// The `chime-sma-kit` program (package.json "bin"): checks prompt audio files, validates
// Lambda responses and runs a handler through the simulator from a shell. Built by tsup into
// dist/cli.js (ESM).
import { readFile } from 'node:fs/promises';
import { importModule } from './load-module.js';
import { runCli } from './run.js';

/** The version in the package.json of the installed package (dist/cli.js → ../package.json). */
async function packageVersion(): Promise<string | undefined> {
  try {
    const manifest: unknown = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
    const { name, version } = manifest as { name?: unknown; version?: unknown };
    return name === 'chime-sma-kit' && typeof version === 'string' ? version : undefined;
  } catch {
    return undefined;
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

// A reader that stops early (`| head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path),
  readStdin,
  importFile: (path) => importModule(path),
  version: await packageVersion(),
});
