// examples/testing-pin-to-meeting.ts is a vitest suite itself (what docs/testing.md shows): importing
// it here registers its tests in this file, so they run, and fail, with the rest of the suite.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import '../../examples/testing-pin-to-meeting.js';
import { runDemo } from '../../examples/demo.js';
import { handler } from '../../examples/pin-to-meeting.js';
import { newInboundCallEvent } from '../../src/testing/index.js';
import documented from '../fixtures/invocation.ACTION_SUCCESSFUL.PlayAudioAndGetDigits.use-case.json' with { type: 'json' };

describe('docs/pin-to-meeting.md', () => {
  it('the PIN prompt sends exactly the parameters the documented ACTION_SUCCESSFUL event echoes', async () => {
    const answer = await handler(newInboundCallEvent());
    const prompt = answer.Actions?.find((action) => action.Type === 'PlayAudioAndGetDigits');
    expect(prompt?.Parameters).toStrictEqual(documented.ActionData.Parameters);
  });
});

describe('docs/testing.md', () => {
  it('shows the transcript of `npm run demo` as the demo prints it', async () => {
    const guide = readFileSync(new URL('../../docs/testing.md', import.meta.url), 'utf8');
    const blocks = [...guide.matchAll(/^```text\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? '');
    expect(blocks).toEqual([`${(await runDemo()).transcript.toText()}\n`]);
  });
});
