import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';
import ts from 'typescript';

// The layout of dist/ (docs/performance.md, "Import time"): the root entry loads two files, its own
// and one chunk, whatever the other entries use. esbuild's code splitting puts each file in one chunk
// per combination of entries that reach it, so building all entries together split the root's code
// into five chunks, and each module costs the ESM loader a few tenths of a millisecond at import.
// So the root is built together with the shared module only (src/shared.ts, whose exports are
// derived from the other entries' imports), and the other entries import everything outside their
// own folders from dist/shared as an external module: one copy of each class (`SmaValidationError`,
// the builders' brand) per format, and the root's code split by nothing the other entries do.

const SRC = fileURLToPath(new URL('./src/', import.meta.url));
const SHARED = `${SRC}shared.ts`;
/** The entries built against dist/shared.js, with the folder each owns. */
const OTHER_ENTRIES = { testing: 'testing', eventbridge: 'eventbridge', meetings: 'meetings', flow: 'flow' };
/** Their entry files, by name in dist/. */
const OTHER_ENTRY_FILES = Object.fromEntries(Object.entries(OTHER_ENTRIES).map(([name, folder]) => [name, `src/${folder}/index.ts`]));

/** Every .ts file under `folder`. */
const sourcesIn = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(folder, file));

/**
 * What the other entries take from outside their folders, by source file: the names of their
 * run-time imports and re-exports (type-only ones are erased and need nothing at run time).
 */
function sharedImports(): Map<string, Set<string>> {
  const owned = Object.values(OTHER_ENTRIES).map((folder) => `${SRC}${folder}/`);
  const imports = new Map<string, Set<string>>();
  for (const file of owned.flatMap(sourcesIn)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
    for (const statement of source.statements) {
      const isImport = ts.isImportDeclaration(statement);
      if (!isImport && !ts.isExportDeclaration(statement)) continue;
      const specifier = statement.moduleSpecifier;
      if (specifier === undefined || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) continue;
      const target = resolve(dirname(file), specifier.text.replace(/\.js$/, '.ts'));
      if (owned.some((folder) => target.startsWith(folder))) continue;
      const names = imports.get(target) ?? new Set<string>();
      imports.set(target, names);
      if (isImport) {
        const clause = statement.importClause;
        if (clause === undefined || clause.isTypeOnly) continue;
        const bindings = clause.namedBindings;
        if (clause.name !== undefined || (bindings !== undefined && !ts.isNamedImports(bindings))) {
          throw new Error(`${relative(SRC, file)}: import names from src/${relative(SRC, target)} ({ … }), for dist/shared`);
        }
        for (const element of bindings?.elements ?? []) {
          if (!element.isTypeOnly) names.add((element.propertyName ?? element.name).text);
        }
      } else if (!statement.isTypeOnly) {
        const clause = statement.exportClause;
        if (clause === undefined || !ts.isNamedExports(clause)) {
          throw new Error(`${relative(SRC, file)}: re-export names from src/${relative(SRC, target)} ({ … }), for dist/shared`);
        }
        for (const element of clause.elements) if (!element.isTypeOnly) names.add((element.propertyName ?? element.name).text);
      }
    }
  }
  return imports;
}

/** The source of the shared module: one `export { … } from` per file the other entries import from. */
function sharedExports(): string {
  return [...sharedImports()]
    .filter(([, names]) => names.size > 0)
    .map(([file, names]) => `export { ${[...names].sort().join(', ')} } from ${JSON.stringify(file)};`)
    .join('\n');
}

/** Builds src/shared.ts as the exports the other entries import (see `sharedExports`). */
const sharedSource: Plugin = {
  name: 'chime-sma-kit-shared-source',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]shared\.ts$/ }, () => ({ contents: sharedExports(), loader: 'ts', resolveDir: SRC }));
  },
};

/** Points the other entries' imports of modules outside their folders at dist/shared (external). */
function sharedModule(extension: '.js' | '.cjs'): Plugin {
  const owned = Object.values(OTHER_ENTRIES).map((folder) => `${SRC}${folder}/`);
  return {
    name: 'chime-sma-kit-shared',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (!owned.some((folder) => args.importer.startsWith(folder))) return undefined;
        const target = resolve(dirname(args.importer), args.path.replace(/\.js$/, '.ts'));
        if (owned.some((folder) => target.startsWith(folder))) return undefined;
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
    entry: { index: 'src/index.ts', ...OTHER_ENTRY_FILES },
    format: ['esm', 'cjs'],
    target: 'node20',
    dts: { only: true, compilerOptions: { ignoreDeprecations: '6.0' } },
    clean: false,
  },
  ...(['esm', 'cjs'] as const).flatMap((format): Options[] => [
    { ...library, entry: { index: 'src/index.ts', shared: SHARED }, format: [format], dts: false, esbuildPlugins: [sharedSource] },
    {
      ...library,
      entry: OTHER_ENTRY_FILES,
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
