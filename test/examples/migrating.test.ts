import { describe, expect, it } from 'vitest';
import { handler as after } from '../../examples/migrating-after.js';
import { type SipMediaApplicationEvent, handler as before } from '../../examples/migrating-before.js';
import { type Action, SmaValidationError, validateResponse } from '../../src/index.js';
import { merge } from '../events/fixtures.js';
import newInboundCall from '../fixtures/invocation.NEW_INBOUND_CALL.use-case.json' with { type: 'json' };
import digitsReceived from '../fixtures/invocation.ACTION_SUCCESSFUL.PlayAudioAndGetDigits.use-case.json' with { type: 'json' };
import playAudioFailed from '../fixtures/invocation.ACTION_FAILED.PlayAudio.use-case-2.json' with { type: 'json' };
import hangup from '../fixtures/invocation.HANGUP.use-case.json' with { type: 'json' };

/** The documented PIN-to-meeting events: the call, a wrong PIN, the right one, a failure, the hang-up. */
const events: [string, unknown][] = [
  ['NEW_INBOUND_CALL', newInboundCall],
  ['wrong PIN', merge(digitsReceived, { ActionData: { ReceivedDigits: '000000' } })],
  ['right PIN', merge(digitsReceived, { ActionData: { ReceivedDigits: '123456' } })],
  ['ACTION_FAILED', playAudioFailed],
  ['HANGUP', hangup],
];

/**
 * The before file's action as the after file writes it: the caller's leg by tag rather than by
 * its CallId (call-id-1 is LEG-A in every event here), and the regex key spelt as documented.
 */
function asAfterWritesIt(action: { Type: string; Parameters: Record<string, unknown> }): unknown {
  const { CallId, InputDigitRegex, ...rest } = action.Parameters;
  expect(CallId).toBe('call-id-1');
  return {
    Type: action.Type,
    Parameters: { ParticipantTag: 'LEG-A', ...rest, ...(InputDigitRegex === undefined ? {} : { InputDigitsRegex: InputDigitRegex }) },
  };
}

describe('examples/migrating-before.ts and migrating-after.ts (shown in docs/migrating.md)', () => {
  it.each(events)('%s: both answer with the same actions, up to the leg reference and the typo', async (_name, event) => {
    const old = await before(event as SipMediaApplicationEvent);
    const now = await after(event);
    expect(now.SchemaVersion).toBe('1.0');
    expect(old.Actions.map(asAfterWritesIt)).toStrictEqual(now.Actions);
    expect(validateResponse(now)).toEqual({ ok: true, issues: [] });
  });

  it('the flow is the documented one: ask, ask again, join, hang up, stop', async () => {
    const types = [];
    for (const [, event] of events) types.push((await after(event)).Actions?.map((action: Action) => action.Type));
    expect(types).toEqual([['PlayAudioAndGetDigits'], ['PlayAudioAndGetDigits'], ['JoinChimeMeeting'], ['Hangup'], []]);
  });

  it('the hand-copied typo compiled, and the service would ignore the regex: validateResponse finds it', async () => {
    const old = await before(newInboundCall as unknown as SipMediaApplicationEvent);
    expect(validateResponse(old).issues.map((issue) => [issue.path, issue.code, issue.severity])).toEqual([
      ['Actions[0].Parameters.InputDigitRegex', 'unknown_parameter', 'warning'],
    ]);
  });

  it('a broken event: a TypeError deep in the old handler, a SmaValidationError naming the field in the new one', async () => {
    const broken = merge(newInboundCall, { CallDetails: { Participants: [] } });
    await expect(before(broken as unknown as SipMediaApplicationEvent)).rejects.toThrow(TypeError);
    const error: unknown = await after(broken).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SmaValidationError);
    expect((error as SmaValidationError).issues.map((issue) => issue.path)).toContain('CallDetails.Participants');
  });
});
