import { describe, expect, it } from 'vitest';
import { actions, effectiveParameters, validateAction } from '../../src/index.js';
import { examplesOf, rebuild } from './examples.js';
import { issuesOf, triples } from './issues.js';

describe('Hangup', () => {
  it('round-trips the documented example (CallId wins over ParticipantTag)', () => {
    const examples = examplesOf('Hangup');
    expect(examples).toHaveLength(1);
    for (const { action } of examples) {
      const { actual, expected } = rebuild(action);
      expect(actual).toEqual(expected);
      expect(actual).toEqual({ Type: 'Hangup', Parameters: { CallId: 'call-id-1', SipResponseCode: '0' } });
      const result = validateAction(action);
      expect(result.ok).toBe(true);
      expect(triples(result)).toEqual([['Parameters.ParticipantTag', 'target_conflict', 'warning']]);
    }
  });

  it('builds without params, and with the contract check sipResponseCode "0"', () => {
    expect(actions.hangup().toJSON()).toEqual({ Type: 'Hangup', Parameters: {} });
    expect(actions.hangup({}).toJSON()).toEqual({ Type: 'Hangup', Parameters: {} });
    expect(actions.hangup({ sipResponseCode: '0' }).toJSON()).toEqual({ Type: 'Hangup', Parameters: { SipResponseCode: '0' } });
    expect(actions.hangup({ sipResponseCode: '480' }).onLeg('LEG-B').toJSON()).toEqual({
      Type: 'Hangup',
      Parameters: { ParticipantTag: 'LEG-B', SipResponseCode: '480' },
    });
    expect(actions.hangup({ sipResponseCode: '486' }).onCall('c-2').toJSON()).toEqual({
      Type: 'Hangup',
      Parameters: { CallId: 'c-2', SipResponseCode: '486' },
    });
  });

  it('takes SipResponseCode "0", "480" or "486" as a string only', () => {
    expect(issuesOf(() => actions.hangup({ sipResponseCode: '200' } as never))).toEqual([['Parameters.SipResponseCode', 'enum']]);
    expect(issuesOf(() => actions.hangup({ sipResponseCode: 486 } as never))).toEqual([['Parameters.SipResponseCode', 'number_as_string']]);
    // The HANGUP event echoes the code as a number: the service accepts it, validateAction warns.
    expect(triples(validateAction({ Type: 'Hangup', Parameters: { SipResponseCode: 486 } }))).toEqual([
      ['Parameters.SipResponseCode', 'number_as_string', 'warning'],
    ]);
    expect(triples(validateAction({ Type: 'Hangup', Parameters: { SipResponseCode: 404 } }))).toEqual([
      ['Parameters.SipResponseCode', 'type', 'error'],
    ]);
    expect(triples(validateAction({ Type: 'Hangup', Parameters: { SipResponseCode: '404' } }))).toEqual([
      ['Parameters.SipResponseCode', 'enum', 'error'],
    ]);
  });

  it('runs on LEG-A or LEG-B only', () => {
    expect(() => (actions.hangup() as unknown as { onLeg(tag: string): unknown }).onLeg('LEG-C')).toThrow(
      /must be one of "LEG-A", "LEG-B"/,
    );
    expect(triples(validateAction({ Type: 'Hangup', Parameters: { ParticipantTag: 'LEG-C' } }))).toEqual([
      ['Parameters.ParticipantTag', 'enum', 'error'],
    ]);
  });

  it('applies the documented default SipResponseCode "0" in effectiveParameters only', () => {
    const builder = actions.hangup().onLeg('LEG-A');
    expect(builder.toJSON().Parameters).not.toHaveProperty('SipResponseCode');
    expect(effectiveParameters(builder)).toEqual({ ParticipantTag: 'LEG-A', SipResponseCode: '0' });
    expect(effectiveParameters({ Type: 'Hangup', Parameters: { SipResponseCode: '486' } })).toEqual({ SipResponseCode: '486' });
  });
});
