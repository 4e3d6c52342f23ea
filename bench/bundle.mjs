// @ts-check
// Bundles the example handler the way a Lambda build would (esbuild, minified, ESM, Node 20) and
// measures it. Shared by `npm run bench` (against dist/) and the bundle budget test (against src/).
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The example handler bundled by the benchmark and the budget test. */
export const HANDLER_ENTRY = fileURLToPath(new URL('./fixtures/handler.mjs', import.meta.url));

/** The handler bundle's budget, in gzip bytes (the README's target). */
export const HANDLER_GZIP_BUDGET = 4096;

/**
 * Bundles `entry` with esbuild (minified, tree-shaken, ESM for Node 20) and returns its size.
 * @param {{ entry: string; alias?: Record<string, string>; nodePaths?: string[]; banner?: string }} options
 * @returns {Promise<{ bytes: number; gzipBytes: number; code: string }>}
 */
export async function bundleSize({ entry, alias, nodePaths, banner }) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
    ...(alias ? { alias } : {}),
    ...(nodePaths ? { nodePaths } : {}),
    ...(banner ? { banner: { js: banner } } : {}),
  });
  const file = result.outputFiles[0];
  if (file === undefined) throw new Error(`esbuild produced no output for ${entry}`);
  const code = file.text;
  return { bytes: file.contents.byteLength, gzipBytes: gzipSync(file.contents).byteLength, code };
}
