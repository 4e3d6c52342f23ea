import { afterEach, describe, expect, it, vi } from 'vitest';
import { handler } from '../../examples/getting-started.js';
import { SmaValidationError, validateResponse } from '../../src/index.js';
import { merge } from '../events/fixtures.js';
import newInboundCall from '../fixtures/invocation.NEW_INBOUND_CALL.use-case.json' with { type: 'json' };
import hangup from '../fixtures/invocation.HANGUP.use-case.json' with { type: 'json' };
import playAudioSucceeded from '../fixtures/invocation.ACTION_SUCCESSFUL.PlayAudio.attribute-trans-success.json' with { type: 'json' };
import playAudioFailed from '../fixtures/invocation.ACTION_FAILED.PlayAudio.use-case-2.json' with { type: 'json' };

afterEach(() => {
  vi.restoreAllMocks();
});

describe('examples/getting-started.ts (shown in docs/getting-started.md)', () => {
  it('answers NEW_INBOUND_CALL with a valid PlayAudio on LEG-A', async () => {
    const response = await handler(newInboundCall);
    expect(response).toStrictEqual({
      SchemaVersion: '1.0',
      Actions: [
        {
          Type: 'PlayAudio',
          Parameters: { ParticipantTag: 'LEG-A', AudioSource: { Type: 'S3', BucketName: 'my-prompts-bucket', Key: 'welcome.wav' } },
        },
      ],
    });
    expect(validateResponse(response)).toEqual({ ok: true, issues: [] });
  });

  it('hangs up when the prompt fails, logging the narrowed error type', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const response = await handler(playAudioFailed);
    expect(response).toStrictEqual({ SchemaVersion: '1.0', Actions: [{ Type: 'Hangup', Parameters: { ParticipantTag: 'LEG-A' } }] });
    expect(warn).toHaveBeenCalledWith('welcome prompt failed: InvalidAudioSource');
  });

  it('stops running actions on the other events of the call', async () => {
    for (const event of [playAudioSucceeded, hangup]) {
      expect(await handler(event)).toStrictEqual({ SchemaVersion: '1.0', Actions: [] });
    }
  });

  it('rejects a malformed event with SmaValidationError naming the field', async () => {
    const broken = merge(newInboundCall, { CallDetails: { Participants: 'none' } });
    const error: unknown = await handler(broken).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SmaValidationError);
    expect((error as SmaValidationError).issues.map((issue) => issue.path)).toContain('CallDetails.Participants');
  });

  it('returns a new action object on every invocation (the builder is reused, not its output)', async () => {
    const first = await handler(newInboundCall);
    const second = await handler(newInboundCall);
    expect(second).toStrictEqual(first);
    expect(second.Actions?.[0]).not.toBe(first.Actions?.[0]);
  });
});
