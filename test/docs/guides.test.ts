// The guides in docs/*.md become pages of the reference site (typedoc projectDocuments). Their
// TypeScript must come from examples/ through {@includeCode}, so that every line a reader copies
// is type-checked and run by the tests, never a pasted copy that drifts.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const docs = join(root, 'docs');
const guides = readdirSync(docs)
  .filter((file) => file.endsWith('.md'))
  .sort();
const examples = readdirSync(join(root, 'examples')).filter((file) => /\.[cm]?tsx?$/.test(file));
const tests = readdirSync(join(root, 'test'), { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.test\.ts$/.test(file))
  .map((file) => readFileSync(join(root, 'test', file), 'utf8'));

/** The files a guide pulls in with {@includeCode path} or {@includeCode path#region}, relative to the repository. */
function includesOf(text: string): string[] {
  return [...text.matchAll(/\{@includeCode\s+([^}#\s]+)[^}]*\}/g)].map((match) => relative(root, resolve(docs, match[1] ?? '')));
}

/** The language of every fenced code block. */
function fencedLanguages(text: string): string[] {
  return [...text.matchAll(/^(?:```|~~~)\s*([\w-]*)/gm)].map((match) => match[1] ?? '');
}

describe('guides (docs/*.md)', () => {
  it('finds the guides and the examples', () => {
    expect(guides).toContain('getting-started.md');
    expect(guides).toContain('service-quirks.md');
    expect(examples).toContain('getting-started.ts');
  });

  it.each(guides)('%s has a title in its front matter', (guide) => {
    expect(readFileSync(join(docs, guide), 'utf8')).toMatch(/^---\n(?:.*\n)*?title: \S.*\n(?:.*\n)*?---\n/);
  });

  it('the guides have distinct `order:` numbers (the navigation order), Getting started first', () => {
    const orders = guides.map((guide) => Number(/^order: (\d+)$/m.exec(readFileSync(join(docs, guide), 'utf8'))?.[1]));
    expect(
      orders.every(Number.isInteger),
      `guides without order: ${guides.filter((_, i) => !Number.isInteger(orders[i])).join(', ')}`,
    ).toBe(true);
    expect(new Set(orders).size).toBe(orders.length);
    expect(guides[orders.indexOf(Math.min(...orders))]).toBe('getting-started.md');
  });

  it.each(guides)('%s shows no pasted TypeScript or JavaScript: code comes from examples/', (guide) => {
    const pasted = fencedLanguages(readFileSync(join(docs, guide), 'utf8')).filter((lang) =>
      /^(ts|typescript|tsx|js|javascript|mjs|cjs|jsx)$/i.test(lang),
    );
    expect(pasted).toEqual([]);
  });

  it.each(guides)('%s includes only existing files of examples/', (guide) => {
    for (const file of includesOf(readFileSync(join(docs, guide), 'utf8'))) {
      expect(file.startsWith('examples/'), `${file} is outside examples/`).toBe(true);
      expect(existsSync(join(root, file)), `${file} does not exist`).toBe(true);
    }
  });

  it.each(guides)('%s qualifies its {@link} targets by module (they must resolve once there are several entry points)', (guide) => {
    const links = [...readFileSync(join(docs, guide), 'utf8').matchAll(/\{@link(?:code|plain)?\s+([^}|\s]+)/g)].map(
      (match) => match[1] ?? '',
    );
    expect(links.filter((target) => !/^(chime-sma-kit(\/[\w-]+)?!|https?:)/.test(target))).toEqual([]);
  });

  it('the getting-started guide shows examples/getting-started.ts', () => {
    expect(includesOf(readFileSync(join(docs, 'getting-started.md'), 'utf8'))).toContain('examples/getting-started.ts');
  });

  it.each(examples)('examples/%s is run by a test', (example) => {
    const importPath = `examples/${example.replace(/\.([cm]?)tsx?$/, '.$1js')}`;
    expect(tests.some((source) => source.includes(`'../../${importPath}'`))).toBe(true);
  });
});
