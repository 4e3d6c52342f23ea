import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Biome cannot break a string, template literal, regex or comment, so `npm run lint:code` runs
// scripts/check-line-width.mjs after it: no line of src/, examples/, bench/, scripts/ or test/ may be
// wider than the lineWidth set in biome.jsonc (test/fixtures/ aside: data copied from the AWS docs).
const script = 'scripts/check-line-width.mjs';
const width = Number(/"lineWidth"\s*:\s*(\d+)/.exec(readFileSync('biome.jsonc', 'utf8'))?.[1]);
const dir = mkdtempSync(join(tmpdir(), 'line-width-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the check on `files` (name → text) written to a temporary directory. */
function check(files: Record<string, string>): { status: number; stderr: string } {
  const paths = Object.entries(files).map(([name, text]) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  });
  try {
    execFileSync(process.execPath, [script, ...paths], { stdio: 'pipe', encoding: 'utf8' });
    return { status: 0, stderr: '' };
  } catch (error) {
    const failed = error as { status: number; stderr: string };
    return { status: failed.status, stderr: failed.stderr };
  }
}

describe('line width check', () => {
  it('reads the width from biome.jsonc', () => {
    expect(width).toBe(140);
  });

  it('passes the files it checks in this repository', () => {
    expect(() => execFileSync(process.execPath, [script], { stdio: 'pipe' })).not.toThrow();
  });

  it('checks test/, a file git does not track yet included', () => {
    const probe = join('test', 'style', `line-width-probe-${process.pid}.txt`);
    writeFileSync(probe, `${'x'.repeat(width + 1)}\n`);
    try {
      const result = spawnSync(process.execPath, [script], { encoding: 'utf8' });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`${probe}:1: ${width + 1} columns`);
    } finally {
      rmSync(probe, { force: true });
    }
  });

  it('leaves out test/fixtures/, whose AWS documentation examples hold lines over the width', () => {
    const fixtures = execFileSync('git', ['ls-files', 'test/fixtures'], { encoding: 'utf8' }).split('\n').filter(Boolean);
    const asChecked = check(Object.fromEntries(fixtures.map((file, i) => [`fixture-${i}`, readFileSync(file, 'utf8')])));
    expect(asChecked.status, 'no fixture line is over the width: drop the exclusion').toBe(1);
    expect(() => execFileSync(process.execPath, [script], { stdio: 'pipe' })).not.toThrow();
  });

  it('passes a line of exactly the width, counting characters rather than bytes', () => {
    const line = `const s = '${'…'.repeat(width - 13)}';`;
    expect([...line]).toHaveLength(width);
    expect(check({ 'exact.ts': `${line}\r\n${line}\n` })).toEqual({ status: 0, stderr: '' });
  });

  it('fails a line one column wider, naming the file, the line and the fix', () => {
    const long = `// ${'x'.repeat(width - 2)}`;
    const { status, stderr } = check({ 'ok.ts': 'export {};\n', 'long.ts': `export {};\n\n${long}\n` });
    expect(status).toBe(1);
    expect(stderr).toContain(`1 line over Biome's lineWidth of ${width} (biome.jsonc)`);
    expect(stderr).toContain(`${join(dir, 'long.ts')}:3: ${width + 1} columns`);
    expect(stderr).not.toContain('ok.ts');
    expect(stderr).toContain('split a long string into concatenated pieces that give the same text, rewrap a comment');
  });
});
