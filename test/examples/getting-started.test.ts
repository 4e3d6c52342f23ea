import { describe, expect, it } from 'vitest';
import { handler } from '../../examples/getting-started.js';
import { validateAction } from '../../src/index.js';
import newInboundCall from '../fixtures/invocation.NEW_INBOUND_CALL.use-case.json' with { type: 'json' };
import hangup from '../fixtures/invocation.HANGUP.use-case.json' with { type: 'json' };
import playAudioSucceeded from '../fixtures/invocation.ACTION_SUCCESSFUL.PlayAudio.json' with { type: 'json' };

describe('examples/getting-started.ts (shown in docs/getting-started.md)', () => {
  it('answers NEW_INBOUND_CALL with a valid PlayAudio on LEG-A', async () => {
    const response = await handler(newInboundCall);
    expect(response).toEqual({
      SchemaVersion: '1.0',
      Actions: [
        {
          Type: 'PlayAudio',
          Parameters: { ParticipantTag: 'LEG-A', AudioSource: { Type: 'S3', BucketName: 'my-prompts-bucket', Key: 'welcome.wav' } },
        },
      ],
    });
    for (const action of response.Actions) expect(validateAction(action)).toEqual({ ok: true, issues: [] });
  });

  it('stops running actions on the other events of the call', async () => {
    for (const event of [playAudioSucceeded, hangup]) {
      expect(await handler(event)).toEqual({ SchemaVersion: '1.0', Actions: [] });
    }
  });

  it('returns a new action object on every invocation (the builder is reused, not its output)', async () => {
    const first = await handler(newInboundCall);
    const second = await handler(newInboundCall);
    expect(second).toEqual(first);
    expect(second.Actions[0]).not.toBe(first.Actions[0]);
  });
});
