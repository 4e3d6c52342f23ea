import { expect, it } from 'vitest';
import { type ActionType, SmaValidationError, validateAction } from '../../src/index.js';
import { examplesOf, rebuild } from './examples.js';

/** A builder of an action whose only parameter is the required `CallId`. */
type CallIdOnlyFactory = () => { ready: boolean; toJSON(): unknown; onCall(callId: string): { ready: boolean; toJSON(): unknown } };

/**
 * The shared behaviour of Stop/Pause/ResumeCallRecording: `()` builders, `CallId` required by
 * `.onCall()`, no `ParticipantTag`, documented examples round-trip.
 */
export function callIdOnlyActionTests(type: ActionType, build: CallIdOnlyFactory): void {
  it('round-trips every documented example and validates it without issues', () => {
    const examples = examplesOf(type);
    expect(examples.length).toBeGreaterThan(0);
    for (const { action } of examples) {
      const { actual, expected } = rebuild(action);
      expect(actual).toEqual(expected);
      expect(validateAction(action)).toEqual({ ok: true, issues: [] });
    }
  });

  it('takes () and is ready only after onCall()', () => {
    const base = build();
    expect(base.ready).toBe(false);
    expect(base.toJSON()).toEqual({ Type: type, Parameters: {} });
    const targeted = base.onCall('call-id-1');
    expect(targeted.ready).toBe(true);
    expect(targeted.toJSON()).toEqual({ Type: type, Parameters: { CallId: 'call-id-1' } });
    expect(base.toJSON()).toEqual({ Type: type, Parameters: {} });
    expect(() => base.onCall('')).toThrow(/CallId must not be empty/);
  });

  it('has no onLeg(), and reports params passed by untyped callers', () => {
    expect(() => (build() as unknown as { onLeg(tag: string): unknown }).onLeg('LEG-A')).toThrow(/is not accepted: use \.onCall\(callId\)/);
    const untyped = build as unknown as (params: unknown) => unknown;
    expect(() => untyped({ callId: 'call-id-1' })).toThrow(SmaValidationError);
    expect(() => untyped({ callId: 'call-id-1' })).toThrow(
      /Parameters\.callId is not a parameter of this builder \(parameters: none\); use \.onCall\(\)/,
    );
  });

  it('validateAction requires CallId and warns about ParticipantTag and other keys', () => {
    const missing = validateAction({ Type: type, Parameters: { ParticipantTag: 'LEG-A', Track: 'BOTH' } });
    expect(missing.ok).toBe(false);
    expect(missing.issues.map((i) => [i.path, i.code, i.severity])).toEqual([
      ['Parameters.CallId', 'required', 'error'],
      ['Parameters.ParticipantTag', 'unknown_parameter', 'warning'],
      ['Parameters.Track', 'unknown_parameter', 'warning'],
    ]);
    expect(validateAction({ Type: type }).issues.map((i) => [i.path, i.code])).toEqual([['Parameters.CallId', 'required']]);
    expect(validateAction({ Type: type, Parameters: { CallId: 7 } }).issues.map((i) => [i.path, i.code])).toEqual([
      ['Parameters.CallId', 'type'],
    ]);
  });
}
