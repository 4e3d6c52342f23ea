import { describe, expect, it } from 'vitest';
import { actions, effectiveParameters, validateAction } from '../../src/index.js';
import { examplesOf, expectCleanRoundTrip } from './examples.js';
import { issuesOf, triples } from './issues.js';

describe('VoiceFocus', () => {
  it('round-trips the documented example without any issue', () => {
    const examples = examplesOf('VoiceFocus');
    expect(examples).toHaveLength(1);
    for (const { action } of examples) {
      expectCleanRoundTrip(action);
    }
  });

  it('takes Enable true or false, and is not ready until onCall()', () => {
    const off = actions.voiceFocus({ enable: false });
    expect(off.ready).toBe(false);
    expect(off.toJSON()).toEqual({ Type: 'VoiceFocus', Parameters: { Enable: false } });
    expect(off.onCall('c-1').toJSON()).toEqual({ Type: 'VoiceFocus', Parameters: { CallId: 'c-1', Enable: false } });
    expect(off.onCall('c-1').ready).toBe(true);
    expect(() => (off as unknown as { onLeg(tag: string): unknown }).onLeg('LEG-A')).toThrow(/use \.onCall\(callId\)/);
  });

  it('requires Enable as a JSON boolean', () => {
    expect(issuesOf(() => actions.voiceFocus({} as never))).toEqual([['Parameters.Enable', 'required']]);
    expect(issuesOf(() => actions.voiceFocus({ enable: 'True' } as never))).toEqual([['Parameters.Enable', 'boolean_as_string']]);
    expect(issuesOf(() => actions.voiceFocus({ enable: 1 } as never))).toEqual([['Parameters.Enable', 'type']]);
    // A public sample sends the string 'True': the service is lenient, validateAction warns.
    expect(triples(validateAction({ Type: 'VoiceFocus', Parameters: { Enable: 'True', CallId: 'c' } }))).toEqual([
      ['Parameters.Enable', 'boolean_as_string', 'warning'],
    ]);
  });

  it('requires CallId on the wire (a community demo omits it)', () => {
    expect(triples(validateAction({ Type: 'VoiceFocus', Parameters: { Enable: true } }))).toEqual([
      ['Parameters.CallId', 'required', 'error'],
    ]);
    expect(effectiveParameters(actions.voiceFocus({ enable: true }).onCall('c'))).toEqual({ CallId: 'c', Enable: true });
  });
});
