#!/usr/bin/env node
// Fails when a line is wider than Biome's lineWidth (biome.jsonc, the one place it is set).
// Biome breaks code, but never a string literal, template literal, regex or comment, so those can
// stay over the width after `npm run format`; `npm run lint:code` runs this after Biome.
//
//   node scripts/check-line-width.mjs              # the files of CHECKED that git does not ignore
//   node scripts/check-line-width.mjs FILE...      # these files only
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
/** What Biome formats and this checks. */
const CHECKED = ['src', 'examples', 'bench', 'scripts', 'docs/*.mjs', 'docs/*.mts', 'test'];
// test/fixtures/ is not checked: events copied verbatim from the AWS docs, data rather than source (Biome skips it too).
const EXCLUDED = ['test/fixtures/'];
const FIX =
  'Biome cannot break it: split a long string into concatenated pieces that give the same text, ' +
  'rewrap a comment, or give a long regex its own named const';

/** Biome's `formatter.lineWidth` from biome.jsonc. */
function lineWidth() {
  const match = /"lineWidth"\s*:\s*(\d+)/.exec(readFileSync(join(root, 'biome.jsonc'), 'utf8'));
  if (match === null) throw new Error('biome.jsonc sets no formatter.lineWidth');
  return Number(match[1]);
}

/** Whether `.gitignore` excludes `path` (its simple forms: `name/`, `dir/sub/`, `*.ext`). */
function ignoredBy(patterns, path) {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return patterns.some((pattern) => {
    const bare = pattern.replace(/\/$/, '');
    if (bare.includes('/')) return path === bare.replace(/^\//, '');
    return bare.startsWith('*') ? name.endsWith(bare.slice(1)) : name === bare;
  });
}

/** The files of CHECKED that git does not ignore, new ones too; without git (a downloaded archive), .gitignore's simple forms. */
function checkedFiles() {
  const pathspecs = CHECKED.map((entry) => (entry.includes('*') ? `:(glob)${entry}` : entry));
  try {
    const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...pathspecs], {
      cwd: root,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    // --cached lists a tracked file deleted from the work tree, too.
    return out.split('\0').filter((file) => file !== '' && existsSync(join(root, file)));
  } catch {
    const patterns = readFileSync(join(root, '.gitignore'), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'));
    const walk = (dir, deep) =>
      readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
        const path = `${dir}/${entry.name}`;
        if (ignoredBy(patterns, path)) return [];
        if (entry.isDirectory()) return deep ? walk(path, deep) : [];
        return [path];
      });
    return CHECKED.flatMap((entry) => {
      const [dir, glob] = entry.split('/*');
      return glob === undefined ? walk(dir, true) : walk(dir, false).filter((path) => path.endsWith(glob));
    });
  }
}

const width = lineWidth();
const args = process.argv.slice(2);
const skipped = EXCLUDED;
const files = args.length > 0 ? args : checkedFiles().filter((file) => !skipped.some((prefix) => file.startsWith(prefix)));
const problems = [];
for (const file of files) {
  const text = readFileSync(args.length > 0 ? file : join(root, file), 'utf8');
  if (text.includes('\0')) continue; // binary
  text.split('\n').forEach((line, index) => {
    // Columns are characters (code points), as an editor shows them: not UTF-8 bytes, not UTF-16 units.
    const columns = [...line.replace(/\r$/, '')].length;
    if (columns > width) problems.push(`${file}:${index + 1}: ${columns} columns`);
  });
}
if (problems.length > 0) {
  process.stderr.write(
    `${problems.length} line${problems.length === 1 ? '' : 's'} over Biome's lineWidth of ${width} (biome.jsonc):\n` +
      `${problems.map((problem) => `  ${problem}\n`).join('')}${FIX}.\n`,
  );
  process.exitCode = 1;
}
