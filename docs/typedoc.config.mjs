// typedoc configuration for `npm run docs` (the reference site in docs/site/).
//
// Entry points come from package.json `exports`: "." documents src/index.ts and every subpath
// "./name" documents src/name/index.ts, so a new entry point (chime-sma-kit/testing …) is
// documented as soon as it is exported, with no change here. Each module is named by its
// import path (chime-sma-kit, chime-sma-kit/eventbridge …) by docs/typedoc-plugin.mjs.
//
// Guides are the Markdown files in docs/ (every docs/*.md); adding a guide is adding one file
// there with `title:` and `order:` front matter lines. Guides show code with {@includeCode ../examples/…}
// so the code on the site is the type-checked, tested example file itself.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const docs = dirname(fileURLToPath(import.meta.url));
const root = dirname(docs);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** The source file of each exported subpath, in the order of `exports`. */
function entryPointsOf(exportsField) {
  return Object.keys(exportsField)
    .filter((subpath) => subpath !== './package.json')
    .map((subpath) => {
      const file = subpath === '.' ? 'src/index.ts' : `src/${subpath.slice(2)}/index.ts`;
      if (!existsSync(join(root, file))) {
        throw new Error(
          `package.json exports "${subpath}" but ${file} does not exist: ` +
            'the docs expect each subpath "./name" to be built from src/name/index.ts',
        );
      }
      return file;
    });
}

/** @type {Partial<import('typedoc').TypeDocOptions>} */
const config = {
  name: pkg.name,
  entryPoints: entryPointsOf(pkg.exports).map((file) => join(root, file)),
  entryPointStrategy: 'resolve',
  tsconfig: join(root, 'tsconfig.json'),
  out: join(docs, 'site'),
  readme: join(root, 'README.md'),
  projectDocuments: [join(docs, '*.md')],
  plugin: [join(docs, 'typedoc-plugin.mjs')],
  // One module per entry point, named by its import path, even while there is only one.
  alwaysCreateEntryPointModule: true,
  githubPages: false,
  // Every public symbol carries TSDoc; a missing comment, a broken {@link} or an exported type
  // that is used but not exported fails the build.
  validation: { notExported: true, invalidLink: true, rewrittenLink: true, notDocumented: true, unusedMergeModuleWith: true },
  treatWarningsAsErrors: true,
  // docs/flows.md shows a flow's Mermaid source: plain text on this offline-built site.
  ignoredHighlightLanguages: ['mermaid'],
  // Referenced by public builder types but not exported by the package (yet).
  // Type-level helpers of ChimeDetailPattern, shown by name in its definition.
  // ActionResultOf reads each action's result contract from the (internal) table of specs.
  intentionallyNotExported: [
    'WireAction',
    'src/eventbridge/pattern.ts:StringKeys',
    'src/eventbridge/pattern.ts:ValueAt',
    'src/actions/index.ts:ActionResultOf',
  ],
  treatValidationWarningsAsErrors: true,
  requiredToBeDocumented: [
    'Enum',
    'EnumMember',
    'Variable',
    'Function',
    'Class',
    'Interface',
    'Property',
    'Method',
    'Accessor',
    'TypeAlias',
    'Namespace',
  ],
  excludePrivate: true,
  excludeInternal: true,
  categorizeByGroup: false,
  categoryOrder: [
    'Actions',
    'Events',
    'Responses',
    'Validation',
    'Handler',
    'Flow',
    'Calls',
    'Testing',
    'EventBridge',
    'Meetings',
    'Audio',
    '*',
  ],
  navigation: { includeCategories: true, includeGroups: false, includeFolders: false, compactFolders: true, excludeReferences: false },
  searchInComments: true,
  searchInDocuments: true,
  sort: ['kind', 'instance-first', 'alphabetical-ignoring-documents'],
  includeVersion: false,
  disableSources: true,
  hideGenerator: true,
};

export default config;
