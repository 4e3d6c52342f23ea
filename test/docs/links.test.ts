// The README and the guides travel with the package: every relative link in them (and every file a
// guide includes) must resolve in the repository and inside node_modules/chime-sma-kit, that is,
// in the file list of the packed tarball (`npm pack --dry-run`). Links out of the package (the
// benchmark results, the tests) must be absolute URLs.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pages = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((file) => file.endsWith('.md'))
    .map((file) => `docs/${file}`),
].sort();
const packed = new Set(
  (
    JSON.parse(
      String(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] })),
    ) as [{ files: { path: string }[] }]
  )[0].files.map((file) => file.path),
);

/** GitHub's (and the site's) anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

/** The anchors of a Markdown file's headings. */
function anchorsOf(file: string): Set<string> {
  const text = readFileSync(join(root, file), 'utf8').replace(/^(```|~~~)[\s\S]*?^\1/gm, '');
  return new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map((match) => slug((match[1] ?? '').replace(/`/g, ''))));
}

/** The relative targets of a page: Markdown links and {@includeCode} files, outside code blocks. */
function targetsOf(page: string): string[] {
  const text = readFileSync(join(root, page), 'utf8').replace(/^(```|~~~)[\s\S]*?^\1/gm, '');
  const links = [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((match) => match[1] ?? '');
  const includes = [...text.matchAll(/\{@includeCode\s+([^}#\s]+)/g)].map((match) => match[1] ?? '');
  return [...links, ...includes].filter((target) => !/^[a-z][\w+.-]*:/i.test(target));
}

describe('links in the README and the guides', () => {
  it('finds the pages, their links, and a tarball with the guides and examples', () => {
    expect(pages).toContain('README.md');
    expect(pages).toContain('docs/getting-started.md');
    expect(targetsOf('README.md').length).toBeGreaterThan(5);
    expect(packed.has('docs/getting-started.md') && packed.has('examples/getting-started.ts')).toBe(true);
  });

  it('README.md and every guide are in the tarball', () => {
    expect(pages.filter((page) => !packed.has(page))).toEqual([]);
  });

  it.each(pages)('%s: every relative link resolves in the repository and in node_modules/chime-sma-kit', (page) => {
    const broken: string[] = [];
    for (const target of targetsOf(page)) {
      const [path = '', anchor] = target.split('#');
      const file =
        path === ''
          ? page
          : normalize(join(dirname(page), decodeURIComponent(path)))
              .split('\\')
              .join('/');
      if (!existsSync(join(root, file))) broken.push(`${target}: ${file} does not exist`);
      else if (!packed.has(file))
        broken.push(`${target}: ${file} is not in the tarball (link it by URL, or ship it in package.json files)`);
      else if (anchor !== undefined && file.endsWith('.md') && !anchorsOf(file).has(anchor))
        broken.push(`${target}: ${file} has no heading #${anchor}`);
    }
    expect(broken).toEqual([]);
  });
});

describe('package.json', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    exports: Record<string, unknown>;
    typesVersions: Record<string, Record<string, string[]>>;
    homepage?: string;
    repository?: { url?: string };
    bugs?: { url?: string };
  };

  it('names its home, repository and issue tracker (npm shows them; the README links resolve there too)', () => {
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.repository?.url).toMatch(/^git\+https:\/\/.+\.git$/);
    expect(pkg.bugs?.url).toMatch(/^https:\/\//);
  });

  it('maps every subpath of exports in typesVersions, for moduleResolution node10 (classic CDK tsconfig)', () => {
    const subpaths = Object.keys(pkg.exports)
      .filter((key) => key !== '.' && key !== './package.json')
      .map((key) => key.slice(2));
    const mapped = pkg.typesVersions['*'] ?? {};
    expect(Object.keys(mapped).sort()).toEqual([...subpaths].sort());
    for (const subpath of subpaths) {
      const require = (pkg.exports[`./${subpath}`] as { require: { types: string } }).require.types;
      expect(mapped[subpath], `typesVersions "${subpath}" must point at the CommonJS declarations of exports "./${subpath}"`).toEqual([
        require,
      ]);
    }
  });
});
