import { describe, expect, it } from 'vitest';
import { actions, effectiveParameters, validateAction } from '../../src/index.js';
import { examplesOf, expectCleanRoundTrip } from './examples.js';
import { issuesOf, triples } from './issues.js';

describe('Speak', () => {
  it('round-trips the documented example; validateAction finds no issue', () => {
    const examples = examplesOf('Speak');
    expect(examples).toHaveLength(1);
    for (const { action } of examples) {
      expectCleanRoundTrip(action);
    }
  });

  it('needs onCall() before it is ready; it never takes a ParticipantTag', () => {
    const builder = actions.speak({ text: 'Hello' });
    expect(builder.ready).toBe(false);
    expect(builder.toJSON()).toEqual({ Type: 'Speak', Parameters: { Text: 'Hello' } });
    const targeted = builder.onCall('call-id-1');
    expect(targeted.ready).toBe(true);
    expect(targeted.toJSON()).toEqual({ Type: 'Speak', Parameters: { CallId: 'call-id-1', Text: 'Hello' } });
    expect(() => (builder as unknown as { onLeg(tag: string): unknown }).onLeg('LEG-A')).toThrow(/is not accepted: use \.onCall\(callId\)/);
    expect(() => (targeted as unknown as { onCall(id: string): unknown }).onCall('call-id-2')).toThrow(/already targeted/);
  });

  it('rejects every documented rule at its path, all at once', () => {
    expect(issuesOf(() => actions.speak({ text: 'x'.repeat(1001), engine: 'generative', textType: 'html', voiceId: 7 } as never))).toEqual([
      ['Parameters.Text', 'max_length'],
      ['Parameters.Engine', 'enum'],
      ['Parameters.TextType', 'enum'],
      ['Parameters.VoiceId', 'type'],
    ]);
    expect(issuesOf(() => actions.speak({ text: '' }))).toEqual([['Parameters.Text', 'required']]);
    expect(issuesOf(() => actions.speak({} as never))).toEqual([['Parameters.Text', 'required']]);
    expect(issuesOf(() => actions.speak({ text: 'Hi', callId: 'c-1' } as never))).toEqual([['Parameters.callId', 'unknown_parameter']]);
    expect(actions.speak({ text: 'x'.repeat(1000) }).toJSON().Parameters.Text).toHaveLength(1000);
  });

  it('rejects the Polly engines the Chime docs do not list (long-form, generative)', () => {
    for (const engine of ['long-form', 'generative']) {
      const result = validateAction({ Type: 'Speak', Parameters: { CallId: 'c-1', Text: 'Hi', Engine: engine } });
      expect(triples(result)).toEqual([['Parameters.Engine', 'enum', 'error']]);
      expect(result.issues[0]?.message).toBe(`Parameters.Engine must be one of "standard", "neural", got "${engine}"`);
    }
  });

  it('validateAction requires CallId and warns about a ParticipantTag', () => {
    expect(triples(validateAction({ Type: 'Speak', Parameters: { Text: 'Hi' } }))).toEqual([['Parameters.CallId', 'required', 'error']]);
    expect(triples(validateAction({ Type: 'Speak', Parameters: { CallId: 'c-1', ParticipantTag: 'LEG-A', Text: 'Hi' } }))).toEqual([
      ['Parameters.ParticipantTag', 'unknown_parameter', 'warning'],
    ]);
  });

  it('applies the documented defaults (standard engine, plain text, Joanna) in effectiveParameters only', () => {
    const builder = actions.speak({ text: 'Hello' }).onCall('c-1');
    expect(effectiveParameters(builder)).toEqual({ CallId: 'c-1', Text: 'Hello', Engine: 'standard', TextType: 'text', VoiceId: 'Joanna' });
    expect(builder.toJSON().Parameters).toEqual({ CallId: 'c-1', Text: 'Hello' });
    const set = actions
      .speak({ text: '<speak>Hi</speak>', textType: 'ssml', engine: 'neural', voiceId: 'Matthew', languageCode: 'en-US' })
      .onCall('c-1');
    expect(effectiveParameters(set)).toEqual(set.toJSON().Parameters);
  });
});
