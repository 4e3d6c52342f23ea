import { describe, expect, it } from 'vitest';
import {
  type InvocationEvent,
  actions,
  invokedLeg,
  isActionFailed,
  isActionInterrupted,
  isActionSuccessful,
  isEventType,
  parseInvocationEvent,
  participant,
  targetOf,
} from '../../src/index.js';
import { BASE_CALL_DETAILS, type JsonObject } from './fixtures.js';

const envelope = { SchemaVersion: '1.0', Sequence: 2, CallDetails: BASE_CALL_DETAILS };
const audioSource = { type: 'S3', bucketName: 'prompts', key: 'welcome.wav' } as const;
const wireAudio = { Type: 'S3', BucketName: 'prompts', Key: 'welcome.wav' } as const;

const make = (type: string, extra: JsonObject = {}): InvocationEvent =>
  parseInvocationEvent({ ...envelope, InvocationEventType: type, ...extra });
const actionEvent = (type: string, parameters: JsonObject, extra: JsonObject = {}) =>
  make(type, { ActionData: { Type: 'PlayAudio', Parameters: { AudioSource: wireAudio, ...parameters }, ...extra } });

const inbound = make('NEW_INBOUND_CALL');
const succeeded = actionEvent('ACTION_SUCCESSFUL', {});
const failed = actionEvent('ACTION_FAILED', {}, { ErrorType: 'InvalidAudioSource', ErrorMessage: 'x' });
const interrupted = actionEvent('ACTION_INTERRUPTED', { ParticipantTag: 'LEG-B' });
const hangupB = make('HANGUP', { ActionData: { Type: 'Hangup', Parameters: { CallId: 'call-id-2', ParticipantTag: 'LEG-B' } } });

describe('guards', () => {
  it('isEventType matches exactly one event type', () => {
    expect(isEventType(inbound, 'NEW_INBOUND_CALL')).toBe(true);
    expect(isEventType(inbound, 'HANGUP')).toBe(false);
    expect(isEventType(hangupB, 'HANGUP')).toBe(true);
  });

  it('isActionSuccessful / isActionFailed / isActionInterrupted check both levels', () => {
    expect(isActionSuccessful(succeeded)).toBe(true);
    expect(isActionSuccessful(succeeded, 'PlayAudio')).toBe(true);
    expect(isActionSuccessful(succeeded, 'JoinChimeMeeting')).toBe(false);
    expect(isActionSuccessful(failed, 'PlayAudio')).toBe(false);
    expect(isActionFailed(failed, 'PlayAudio')).toBe(true);
    expect(isActionFailed(failed, 'JoinChimeMeeting')).toBe(false);
    expect(isActionFailed(succeeded)).toBe(false);
    expect(isActionInterrupted(interrupted, 'PlayAudio')).toBe(true);
    expect(isActionInterrupted(interrupted)).toBe(true);
    expect(isActionInterrupted(failed)).toBe(false);
    expect(isActionSuccessful(inbound)).toBe(false);
    expect(isActionSuccessful(inbound, 'PlayAudio')).toBe(false);
  });

  it.each([null, undefined, 'HANGUP', 42, [], {}, { InvocationEventType: null }])(
    'return false, never throw, on a value that is not an event (%j)',
    (value) => {
      const notEvent = value as unknown as InvocationEvent;
      expect(isEventType(notEvent, 'HANGUP')).toBe(false);
      for (const guard of [isActionSuccessful, isActionFailed, isActionInterrupted]) {
        expect(guard(notEvent)).toBe(false);
        expect(guard(notEvent, 'PlayAudio')).toBe(false);
      }
      expect(participant(notEvent, 'LEG-A')).toBeUndefined();
      expect(invokedLeg(notEvent)).toBeUndefined();
      expect(targetOf(actions.playAudio({ audioSource }), notEvent)).toBeUndefined();
    },
  );

  it('do not crash on an unparsed object without ActionData', () => {
    const raw = { ...envelope, InvocationEventType: 'ACTION_SUCCESSFUL' } as unknown as InvocationEvent;
    expect(isActionSuccessful(raw, 'PlayAudio')).toBe(false);
    expect(isActionSuccessful(raw)).toBe(true);
  });
});

describe('participant', () => {
  it('finds a leg by tag or by CallId', () => {
    expect(participant(inbound, 'LEG-A')?.CallId).toBe('call-id-1');
    expect(participant(inbound, 'LEG-B')?.CallId).toBe('call-id-2');
    expect(participant(inbound, 'call-id-2')?.ParticipantTag).toBe('LEG-B');
    expect(participant(inbound, 'call-id-9')).toBeUndefined();
    const single = make('NEW_INBOUND_CALL', {
      CallDetails: { ...BASE_CALL_DETAILS, Participants: [(BASE_CALL_DETAILS.Participants as JsonObject[])[0]!] },
    });
    expect(participant(single, 'LEG-B')).toBeUndefined();
  });
});

describe('invokedLeg', () => {
  it('is LEG-A for call-level events', () => {
    for (const type of ['NEW_INBOUND_CALL', 'NEW_OUTBOUND_CALL', 'RINGING', 'CALL_ANSWERED'])
      expect(invokedLeg(make(type))?.ParticipantTag).toBe('LEG-A');
    expect(invokedLeg(make('INVALID_LAMBDA_RESPONSE', { ErrorType: 'x', ErrorMessage: 'y' }))?.ParticipantTag).toBe('LEG-A');
    expect(
      invokedLeg(make('CALL_UPDATE_REQUESTED', { ActionData: { Type: 'CallUpdateRequest', Parameters: { Arguments: {} } } }))
        ?.ParticipantTag,
    ).toBe('LEG-A');
  });

  it('is the leg the action ran on (CallId, else ParticipantTag, else LEG-A), and the leg that hung up', () => {
    expect(invokedLeg(actionEvent('ACTION_SUCCESSFUL', { CallId: 'call-id-2', ParticipantTag: 'LEG-A' }))?.CallId).toBe('call-id-2');
    expect(invokedLeg(interrupted)?.CallId).toBe('call-id-2');
    expect(invokedLeg(succeeded)?.CallId).toBe('call-id-1');
    expect(invokedLeg(actionEvent('ACTION_SUCCESSFUL', { CallId: 'gone' }))).toBeUndefined();
    expect(invokedLeg(hangupB)?.ParticipantTag).toBe('LEG-B');
    const digits = make('DIGITS_RECEIVED', {
      ActionData: { ReceivedDigits: '1#', Type: 'ReceiveDigits', Parameters: { ParticipantTag: 'LEG-B' } },
    });
    expect(invokedLeg(digits)?.CallId).toBe('call-id-2');
  });
});

describe('targetOf', () => {
  const play = actions.playAudio({ audioSource });

  it('CallId overrides ParticipantTag', () => {
    const both = { Type: 'PlayAudio', Parameters: { CallId: 'call-id-2', ParticipantTag: 'LEG-A', AudioSource: wireAudio } } as const;
    expect(targetOf(both, inbound)).toEqual({ by: 'CallId', participant: participant(inbound, 'LEG-B') });
    expect(targetOf(play.onCall('call-id-2'), inbound)?.participant.ParticipantTag).toBe('LEG-B');
    expect(targetOf(play.onCall('call-id-9'), inbound)).toBeUndefined();
  });

  it('ParticipantTag, else the invoked leg', () => {
    expect(targetOf(play.onLeg('LEG-B'), inbound)).toEqual({ by: 'ParticipantTag', participant: participant(inbound, 'LEG-B') });
    expect(targetOf(play, inbound)).toEqual({ by: 'invokedLeg', participant: participant(inbound, 'LEG-A') });
    expect(targetOf(play, hangupB)).toEqual({ by: 'invokedLeg', participant: participant(inbound, 'LEG-B') });
    expect(targetOf(play.toJSON(), interrupted)?.participant.CallId).toBe('call-id-2');
    expect(targetOf(actions.joinChimeMeeting({ joinToken: 't' }), hangupB)?.participant.ParticipantTag).toBe('LEG-B');
  });

  it('is undefined for an unknown action type or a leg the call does not have', () => {
    expect(targetOf({ Type: 'Nope', Parameters: {} } as never, inbound)).toBeUndefined();
    const single = make('NEW_INBOUND_CALL', {
      CallDetails: { ...BASE_CALL_DETAILS, Participants: [(BASE_CALL_DETAILS.Participants as JsonObject[])[0]!] },
    });
    expect(targetOf(play.onLeg('LEG-B'), single)).toBeUndefined();
  });
});
