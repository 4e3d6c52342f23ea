// Loading the user's code for `simulate`: JavaScript (ESM or CommonJS), TypeScript by whatever
// the user's setup can run (Node.js type stripping, else tsx or esbuild from the handler's own
// project: never a dependency of this package), and the --require/--import preloads.
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isRecord } from '../validation/index.js';

/** A TypeScript file name. */
export const TYPESCRIPT_FILE = /\.[cm]?tsx?$/;

/** How a TypeScript handler can be loaded, in order of preference. */
export type TypeScriptLoader = 'node' | 'tsx' | 'esbuild';

/** Thrown when no way to run TypeScript is available: the message says what to install. */
export class NoTypeScriptLoader extends Error {
  override name = 'NoTypeScriptLoader';
}

/** Whether this Node.js runs TypeScript itself (23.6+ and 22.18+ by default, 22.6+ with a flag). */
export function nodeStripsTypes(): boolean {
  if ((process.features as { typescript?: unknown }).typescript) return true;
  const flags = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  return flags.some((flag) => flag === '--experimental-strip-types' || flag === '--experimental-transform-types');
}

/** The file of package `name` as the module at `from` would resolve it, if installed there. */
function resolveFrom(from: string, name: string): string | undefined {
  try {
    return createRequire(from).resolve(name);
  } catch {
    return undefined;
  }
}

/** The loaders usable for a TypeScript file at `file`, best first. */
export function typeScriptLoaders(file: string): TypeScriptLoader[] {
  const loaders: TypeScriptLoader[] = [];
  if (nodeStripsTypes()) loaders.push('node');
  if (resolveFrom(file, 'tsx/package.json') !== undefined) loaders.push('tsx');
  if (resolveFrom(file, 'esbuild') !== undefined) loaders.push('esbuild');
  return loaders;
}

/**
 * Imports a module from a path resolved against the working directory (ESM or CommonJS; a
 * TypeScript file through the first of `loaders` available). Rejects with the file system's
 * error for a missing file or a directory.
 */
export async function importModule(path: string, loaders?: readonly TypeScriptLoader[]): Promise<Record<string, unknown>> {
  const absolute = resolve(path);
  if ((await stat(absolute)).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  const url = pathToFileURL(absolute).href;
  if (!TYPESCRIPT_FILE.test(absolute)) return (await import(url)) as Record<string, unknown>;
  const available = loaders ?? typeScriptLoaders(absolute);
  if (available.length === 0) {
    throw new NoTypeScriptLoader(
      'TypeScript needs a loader: this Node.js does not strip types (22.18+ and 23.6+ do, 22.6+ with --experimental-strip-types), ' +
        "and neither tsx nor esbuild is installed in the handler's project; " +
        'install one there (npm install --save-dev tsx) or build the handler to .js first',
    );
  }
  for (const [index, loader] of available.entries()) {
    try {
      return await importTypeScript(loader, absolute, url);
    } catch (error) {
      // Node.js strips types only: an enum or a namespace, or a file under node_modules, needs tsx or esbuild.
      const code = isRecord(error) ? error.code : undefined;
      if (loader !== 'node' || index === available.length - 1 || typeof code !== 'string' || !NODE_CANNOT_STRIP.has(code)) throw error;
    }
  }
  throw new NoTypeScriptLoader('TypeScript needs a loader');
}

/** Errors of Node.js's type stripping that another loader may not have. */
const NODE_CANNOT_STRIP: ReadonlySet<string> = new Set([
  'ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX',
  'ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING',
  'ERR_UNKNOWN_FILE_EXTENSION',
]);

/** Imports a TypeScript file with one loader. */
async function importTypeScript(loader: TypeScriptLoader, absolute: string, url: string): Promise<Record<string, unknown>> {
  if (loader === 'node') return (await import(url)) as Record<string, unknown>;
  if (loader === 'tsx') {
    const api = (await import(await tsxEsmApi(absolute))) as { tsImport?: TsImport; default?: { tsImport?: TsImport } };
    const tsImport = api.tsImport ?? api.default?.tsImport;
    if (tsImport === undefined) throw new Error('the installed tsx has no tsImport (tsx 4.8 or later is needed)');
    return (await tsImport(url, url)) as Record<string, unknown>;
  }
  return importWithEsbuild(absolute);
}

/**
 * The URL of tsx's ESM API (`tsx/esm/api`, import condition) as the handler's project has it:
 * `createRequire` resolves only the CommonJS condition, whose file does not load from ESM.
 */
async function tsxEsmApi(from: string): Promise<string> {
  const manifestPath = resolveFrom(from, 'tsx/package.json') as string;
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { exports?: Record<string, unknown> };
  const entry = manifest.exports?.['./esm/api'];
  const target = isRecord(entry) ? (isRecord(entry.import) ? entry.import.default : entry.import) : entry;
  if (typeof target !== 'string') throw new Error('the installed tsx has no ESM API (tsx 4.8 or later is needed)');
  return pathToFileURL(join(dirname(manifestPath), target)).href;
}

type TsImport = (specifier: string, parent: string) => Promise<unknown>;

interface Esbuild {
  build(options: Record<string, unknown>): Promise<{ outputFiles: { text: string }[] }>;
}

/**
 * Bundles the handler's own files with the project's esbuild (packages stay imports) into a
 * temporary module beside it, so that its imports resolve as they would from the handler, and
 * imports that.
 */
async function importWithEsbuild(absolute: string): Promise<Record<string, unknown>> {
  const loaded = (await import(pathToFileURL(resolveFrom(absolute, 'esbuild') as string).href)) as Esbuild & { default?: Esbuild };
  const esbuild = typeof loaded.build === 'function' ? loaded : (loaded.default as Esbuild);
  const result = await esbuild.build({
    entryPoints: [absolute],
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node.split('.')[0]}`,
    write: false,
    logLevel: 'silent',
    banner: {
      js: "import { createRequire as __chimeSmaKitRequire } from 'node:module'; const require = __chimeSmaKitRequire(import.meta.url);",
    },
  });
  const output = join(dirname(absolute), `.${basename(absolute)}.chime-sma-kit-${process.pid}.mjs`);
  await writeFile(output, result.outputFiles[0]?.text ?? '');
  try {
    return (await import(pathToFileURL(output).href)) as Record<string, unknown>;
  } finally {
    await rm(output, { force: true });
  }
}

/**
 * Preloads a module before the handler, as `node --require` / `node --import` would: a mock of
 * the AWS SDK, an environment set-up, a loader hook. A relative path or a package name is
 * resolved from the working directory.
 */
export async function preload(kind: 'require' | 'import', specifier: string): Promise<void> {
  const base = join(process.cwd(), 'noop.js');
  const local = specifier.startsWith('.') || specifier.startsWith('/') ? resolve(specifier) : undefined;
  if (kind === 'require') {
    createRequire(base)(local ?? specifier);
    return;
  }
  await import(local !== undefined ? pathToFileURL(local).href : pathToFileURL(createRequire(base).resolve(specifier)).href);
}
