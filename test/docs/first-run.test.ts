// A quiet first run: `npm ci` prints no install-script warning a newcomer must learn to ignore
// (npm lists every dependency whose install script package.json `allowScripts` does not cover).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

describe('npm ci', () => {
  it('has every dependency install script reviewed in allowScripts (no "npm warn install-scripts")', () => {
    const out = String(execFileSync('npm', ['install-scripts', 'ls'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] }));
    expect(out.trim()).toBe('No packages with unreviewed install scripts.');
  });
});
