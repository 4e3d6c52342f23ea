import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

// The layout of dist/ (docs/performance.md, "Import time"): the root entry loads two files, its own
// and one chunk, whatever the other entries use. esbuild's code splitting puts code in one chunk per
// combination of entries that reach it, so building all entries together split the root's code into
// five chunks, and each module costs the ESM loader about 0.35 ms at import. So the root is built
// with src/shared.ts only, and the other entries import everything outside their own folders from
// dist/shared.js as an external module: one copy of each class (`SmaValidationError`, builders) per
// format, and the root's code split by nothing the other entries do.

const SRC = fileURLToPath(new URL('./src/', import.meta.url));
const SHARED = `${SRC}shared.ts`;
/** The entries built against dist/shared.js, with the folder each owns. */
const OTHER_ENTRIES = { testing: 'testing', eventbridge: 'eventbridge', meetings: 'meetings', flow: 'flow' };

/** The files src/shared.ts re-exports: those it names, and those they re-export with `export *`. */
function sharedFiles(): Set<string> {
  const reExports = (file: string) =>
    [...readFileSync(file, 'utf8').matchAll(/^export \* from '(\.[^']+)\.js';$/gm)].map(([, path]) => resolve(dirname(file), `${path}.ts`));
  const named = reExports(SHARED);
  return new Set([...named, ...named.flatMap(reExports)]);
}

/** Points the other entries' imports of modules outside their folders at dist/shared (external). */
function sharedModule(extension: '.js' | '.cjs'): Plugin {
  const owned = Object.values(OTHER_ENTRIES).map((folder) => `${SRC}${folder}/`);
  const covered = sharedFiles();
  return {
    name: 'chime-sma-kit-shared',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (!owned.some((folder) => args.importer.startsWith(folder))) return undefined;
        const target = resolve(dirname(args.importer), args.path.replace(/\.js$/, '.ts'));
        if (owned.some((folder) => target.startsWith(folder))) return undefined;
        if (!covered.has(target)) {
          return {
            errors: [{ text: `${relative(SRC, args.importer)} imports src/${relative(SRC, target)}: re-export it from src/shared.ts` }],
          };
        }
        return { path: `./shared${extension}`, external: true };
      });
    },
  };
}

/** Options of every JS build of the library entries. */
const library: Options = {
  target: 'node20',
  sourcemap: false,
  splitting: true,
  treeshake: true,
  // dist/ is emptied by `npm run build` before the configs build in parallel.
  clean: false,
};

export default defineConfig([
  {
    // The declarations of every entry, in one build: one declaration of each class across entries.
    entry: {
      index: 'src/index.ts',
      testing: 'src/testing/index.ts',
      eventbridge: 'src/eventbridge/index.ts',
      meetings: 'src/meetings/index.ts',
      flow: 'src/flow/index.ts',
    },
    format: ['esm', 'cjs'],
    target: 'node20',
    dts: { only: true, compilerOptions: { ignoreDeprecations: '6.0' } },
    clean: false,
  },
  ...(['esm', 'cjs'] as const).flatMap((format): Options[] => [
    { ...library, entry: { index: 'src/index.ts', shared: SHARED }, format: [format], dts: false },
    {
      ...library,
      entry: Object.fromEntries(Object.entries(OTHER_ENTRIES).map(([name, folder]) => [name, `src/${folder}/index.ts`])),
      format: [format],
      dts: false,
      esbuildPlugins: [sharedModule(format === 'esm' ? '.js' : '.cjs')],
    },
  ]),
  {
    // The `chime-sma-kit` bin (package.json "bin"): one self-contained ESM file with its shebang.
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    // The bin carries the simulator: minified, it keeps the package small for every install.
    minify: true,
    target: 'node20',
    platform: 'node',
    dts: false,
    clean: false,
    sourcemap: false,
    splitting: false,
    treeshake: true,
  },
]);
