// The drawing of the guide docs/flows.md is made by docs/flowchart-svg.mjs from the example flow's
// toMermaid(): it must be what the script writes today (run `npx tsx docs/flowchart-svg.mjs`).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flowchartSvg, guideDiagrams } from '../../docs/flowchart-svg.mjs';
import { pinToMeetingFlow } from '../../examples/flow-pin-to-meeting.js';

describe('flow diagrams of the guide', () => {
  it('docs/media holds the current drawing of each diagram, and the guide shows it', async () => {
    const guide = readFileSync(new URL('../../docs/flows.md', import.meta.url), 'utf8');
    for (const [file, mermaid] of Object.entries(await guideDiagrams())) {
      expect(
        readFileSync(new URL(`../../docs/media/${file}`, import.meta.url), 'utf8'),
        `docs/media/${file} is stale: run npx tsx docs/flowchart-svg.mjs`,
      ).toBe(flowchartSvg(mermaid));
      expect(guide).toContain(`(./media/${file})`);
    }
  });

  it('draws every step, every labelled transition and the end of the call', () => {
    const svg = flowchartSvg(pinToMeetingFlow.toMermaid());
    for (const step of pinToMeetingFlow.steps) expect(svg).toContain(`>${step}</text>`);
    // One arrow per edge of the Mermaid text (no two edges of this flow join the same two steps).
    expect(svg.match(/marker-end=/g)).toHaveLength(
      pinToMeetingFlow
        .toMermaid()
        .split('\n')
        .filter((line) => line.includes('-->')).length,
    );
    expect(svg).toContain('>failed ?</text>');
    expect(svg).toContain('>end</text>');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });
});
