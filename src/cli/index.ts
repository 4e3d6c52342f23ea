#!/usr/bin/env node
// The `chime-sma-kit` program (package.json "bin"): checks prompt audio files, validates
// Lambda responses and runs a handler through the simulator from a shell. Built by tsup into
// dist/cli.js (ESM).
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCli } from './run.js';

/** Imports a module from a path resolved against the working directory (ESM or CommonJS). */
async function importFile(path: string): Promise<Record<string, unknown>> {
  const absolute = resolve(path);
  if ((await stat(absolute)).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  return (await import(pathToFileURL(absolute).href)) as Record<string, unknown>;
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
  importFile,
});
