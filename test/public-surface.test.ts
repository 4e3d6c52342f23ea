import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as root from '../src/index.js';
import * as internal from '../src/internal.js';
import * as testing from '../src/testing/index.js';

// The root entry exports what users call and the types they name: no rule machinery, builders only
// under `actions`. (api/*.api.md lists every name and signature; npm test compares it with dist.)
describe('public surface', () => {
  it('the root exports no specs, rules or second names of the builders', () => {
    const names = Object.keys(root);
    expect(names.filter((name) => /Spec$|Specs$|Rules?$|Refinement$|Problem$/.test(name))).toEqual([]);
    expect(names.filter((name) => name in root.actions)).toEqual([]);
    expect(names).not.toContain('applyTransactionAttributes');
    expect(names).not.toContain('compilesAsRegExp');
    // The machinery is still there for the package's own tests, through src/internal.ts.
    expect(Object.keys(internal)).toEqual(expect.arrayContaining(['actionSpecs', 'playAudioSpec', 'sipHeaderNameProblem']));
    expect(typeof testing.applyTransactionAttributes).toBe('function');
  });

  it('src/index.ts is an explicit list: no `export *`', () => {
    const source = readFileSync(fileURLToPath(new URL('../src/index.ts', import.meta.url)), 'utf8');
    expect(source).not.toMatch(/export \*/);
  });

  it('src/internal.ts is not an entry point of the package', () => {
    const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../package.json', import.meta.url)), 'utf8')) as {
      exports: Record<string, unknown>;
    };
    expect(JSON.stringify(pkg.exports)).not.toMatch(/internal/);
  });
});

/** Every relative import of every file under src/, type-only imports included. */
function importGraph(): Map<string, string[]> {
  const src = fileURLToPath(new URL('../src/', import.meta.url));
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(`${src}${file}`, 'utf8'), true, true);
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    const targets = importedFiles
      .map(({ fileName }) => fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => new URL(name.replace(/\.js$/, '.ts'), `file:///${dir}`).pathname.slice(1));
    graph.set(file, targets);
  }
  return graph;
}

describe('module graph', () => {
  it('has no import cycle under src/, type-only imports included', () => {
    const graph = importGraph();
    expect(graph.get('response/response.ts')).toEqual(expect.arrayContaining(['response/types.ts']));
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (file: string, path: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'visiting');
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
