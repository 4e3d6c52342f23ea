import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleSize } from '../../bench/bundle.mjs';

/**
 * A regression guard, not a timing: the PIN-to-meeting flow handler (bench/fixtures/flow-handler.ts,
 * esbuild, minified) must not grow past its size when the guard was set (17,428 gzip bytes against
 * dist) plus a small margin, raised once to 18,176 when the per-action contracts landed under it (measured
 * 18,012), then to 18,688 for the router's warning hints and the generative-only voice check (measured
 * 18,344), nor pull the simulator or the diagram script into a Lambda bundle.
 * `npm run bench` compares it with the same call written with createSmaHandler.
 */
const GUARD_GZIP_BYTES = 18_688;

const src = (path: string) => fileURLToPath(new URL(`../../src/${path}`, import.meta.url));

describe('flow handler bundle', () => {
  it(`bundles the PIN-to-meeting flow within ${GUARD_GZIP_BYTES} gzip bytes, without the simulator`, async () => {
    const entry = fileURLToPath(new URL('../../bench/fixtures/flow-handler.ts', import.meta.url));
    const { gzipBytes, code } = await bundleSize({
      entry,
      alias: { 'chime-sma-kit/flow': src('flow/index.ts'), 'chime-sma-kit': src('index.ts') },
    });
    expect(gzipBytes).toBeLessThanOrEqual(GUARD_GZIP_BYTES);
    expect(code).toContain('flow.step');
    expect(code).not.toContain('CallSimulation');
    expect(code).not.toContain('flowchartSvg');
  });
});
