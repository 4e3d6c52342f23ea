// The documented targeting rules of the action specs (src/actions/spec.ts): which leg an action
// runs on (chooseLeg, through targetOf), the issues of CallId / ParticipantTag (checkTarget,
// through validateAction), and what the service does with a broken rule (ruleEffect).
// actions.json "targeting": CallId overrides ParticipantTag; ParticipantTag is LEG-A or LEG-B and
// defaults to the invoked leg; ModifyChimeMeetingAttendees runs on LEG-B with no default;
// CallAndBridge takes neither.
import { describe, expect, it } from 'vitest';
import { type AnyActionSpec, type Targeting, chooseLeg, checkParameters, ruleEffect } from '../../src/actions/spec.js';
import { type InvocationEvent, parseInvocationEvent, participant, targetOf, validateAction } from '../../src/index.js';
import { actionSpecs } from '../../src/internal.js';
import { Issues } from '../../src/validation/engine.js';
import { BASE_CALL_DETAILS } from '../events/fixtures.js';

/** An ACTION_SUCCESSFUL of a PlayAudio that ran on LEG-B: the invoked leg is LEG-B. */
const onLegB: InvocationEvent = parseInvocationEvent({
  SchemaVersion: '1.0',
  Sequence: 3,
  InvocationEventType: 'ACTION_SUCCESSFUL',
  ActionData: { Type: 'PlayAudio', Parameters: { ParticipantTag: 'LEG-B', AudioSource: { Type: 'S3', BucketName: 'b', Key: 'k' } } },
  CallDetails: BASE_CALL_DETAILS,
});
const legA = participant(onLegB, 'LEG-A');
const legB = participant(onLegB, 'LEG-B');

const target = (Type: string, Parameters?: unknown) =>
  targetOf((Parameters === undefined ? { Type } : { Type, Parameters }) as never, onLegB);

/** A validation result's issues as `[path, code, severity, message]`. */
const issuesOf = (Type: string, Parameters: unknown) =>
  validateAction({ Type, Parameters }).issues.map((issue) => [issue.path, issue.code, issue.severity, issue.message]);

describe('chooseLeg: the leg an action runs on (targetOf)', () => {
  it('CallId chooses the leg, and overrides ParticipantTag', () => {
    expect(target('Hangup', { CallId: legA?.CallId, ParticipantTag: 'LEG-B' })).toEqual({ by: 'CallId', participant: legA });
  });

  it('ParticipantTag chooses the leg when CallId is not set (any case: the tag is compared in upper case)', () => {
    expect(target('Hangup', { ParticipantTag: 'LEG-A' })).toEqual({ by: 'ParticipantTag', participant: legA });
    expect(target('Pause', { ParticipantTag: 'leg-a', DurationInMilliseconds: 100 })).toEqual({ by: 'ParticipantTag', participant: legA });
  });

  it('a ParticipantTag that is not a leg chooses no leg (not the invoked one)', () => {
    expect(target('Hangup', { ParticipantTag: 'LEG-C' })).toBeUndefined();
  });

  it('neither: the invoked leg, even for an action documented on one leg that has a default (JoinChimeMeeting)', () => {
    expect(target('Hangup', {})).toEqual({ by: 'invokedLeg', participant: legB });
    expect(target('JoinChimeMeeting', { JoinToken: 't' })).toEqual({ by: 'invokedLeg', participant: legB });
    expect(target('Pause', { DurationInMilliseconds: 100 })).toEqual({ by: 'invokedLeg', participant: legB });
  });

  it('neither, on the action with no default leg (ModifyChimeMeetingAttendees): its only leg, LEG-B', () => {
    const mute = { Operation: 'Mute', MeetingId: 'm', AttendeeList: ['a'] };
    expect(targetOf({ Type: 'ModifyChimeMeetingAttendees', Parameters: mute } as never, parseInvocationEvent(onLegA()))).toEqual({
      by: 'actionLeg',
      participant: legB,
    });
  });

  it('no default leg but more than one documented leg: the invoked leg (the rule picks a leg only when it is the only one)', () => {
    const twoLegs: Targeting = { kind: 'callIdOrLeg', legs: ['LEG-A', 'LEG-B'], noDefaultLeg: true };
    expect(chooseLeg(twoLegs, {})).toEqual({ by: 'invokedLeg' });
    expect(chooseLeg({ kind: 'callIdOrLeg', legs: ['LEG-A'], noDefaultLeg: true }, {})).toEqual({ by: 'actionLeg', tag: 'LEG-A' });
  });

  it('Parameters absent, null, or not an object: no CallId and no tag (never a throw)', () => {
    expect(target('Hangup')).toEqual({ by: 'invokedLeg', participant: legB });
    expect(target('Hangup', null)).toEqual({ by: 'invokedLeg', participant: legB });
    expect(target('Hangup', 'CallId')).toEqual({ by: 'invokedLeg', participant: legB });
    expect(target('Speak', null)).toBeUndefined();
  });

  it('a CallId or ParticipantTag that is not a non-empty own string is not set', () => {
    expect(target('Hangup', { CallId: 7 })).toEqual({ by: 'invokedLeg', participant: legB });
    expect(target('Hangup', { CallId: '', ParticipantTag: 'LEG-A' })).toEqual({ by: 'ParticipantTag', participant: legA });
    expect(target('Hangup', { ParticipantTag: '' })).toEqual({ by: 'invokedLeg', participant: legB });
    // An inherited key is not part of the JSON.
    expect(target('Hangup', Object.create({ CallId: legA?.CallId }))).toEqual({ by: 'invokedLeg', participant: legB });
  });
});

/** A NEW_INBOUND_CALL: the invoked leg is LEG-A. */
function onLegA() {
  return { SchemaVersion: '1.0', Sequence: 1, InvocationEventType: 'NEW_INBOUND_CALL', CallDetails: BASE_CALL_DETAILS };
}

describe('checkTarget: the issues of CallId and ParticipantTag (validateAction)', () => {
  const bridge = { CallerIdNumber: '+12065550100', Endpoints: [{ BridgeEndpointType: 'PSTN', Uri: '+17035550122' }] };

  it('CallAndBridge takes neither: each is an unknown parameter, tolerated', () => {
    const message = 'is not a documented parameter of this action; it always runs on the invoked leg';
    expect(issuesOf('CallAndBridge', { ...bridge, CallId: 'c-1', ParticipantTag: 'LEG-A' })).toEqual([
      ['Parameters.CallId', 'unknown_parameter', 'warning', `Parameters.CallId ${message}`],
      ['Parameters.ParticipantTag', 'unknown_parameter', 'warning', `Parameters.ParticipantTag ${message}`],
    ]);
    expect(issuesOf('CallAndBridge', bridge)).toEqual([]);
  });

  it('an empty CallId is an error, on every targeting kind that takes one', () => {
    for (const [Type, parameters] of [
      ['Hangup', {}],
      ['SendDigits', { Digits: '1' }],
    ] as const) {
      expect(issuesOf(Type, { ...parameters, CallId: '' })).toEqual([
        ['Parameters.CallId', 'required', 'error', 'Parameters.CallId must not be empty'],
      ]);
    }
  });

  it('a CallId that is not a string is a type error', () => {
    expect(issuesOf('Hangup', { CallId: 7 }).map(([path, code, severity]) => [path, code, severity])).toEqual([
      ['Parameters.CallId', 'type', 'error'],
    ]);
  });

  it('ModifyChimeMeetingAttendees with neither: a warning that names its leg', () => {
    const mute = { Operation: 'Mute', MeetingId: 'm', AttendeeList: ['a'] };
    expect(issuesOf('ModifyChimeMeetingAttendees', mute)).toEqual([
      [
        'Parameters.ParticipantTag',
        'untargeted',
        'warning',
        'Parameters.ParticipantTag is not set, and neither is CallId: the docs give this action no default leg; ' +
          'target it with ParticipantTag "LEG-B" or a CallId',
      ],
    ]);
    expect(issuesOf('ModifyChimeMeetingAttendees', { ...mute, ParticipantTag: 'LEG-B' })).toEqual([]);
    expect(issuesOf('ModifyChimeMeetingAttendees', { ...mute, CallId: 'c-1' })).toEqual([]);
  });

  it('the untargeted warning lists every leg of such an action, and only when nothing targets it', () => {
    const spec = {
      ...actionSpecs.Hangup,
      targeting: { kind: 'callIdOrLeg', legs: ['LEG-A', 'LEG-B'], noDefaultLeg: true },
    } as AnyActionSpec;
    const issues = new Issues('lenient');
    checkParameters(spec, {}, 'Parameters', issues);
    expect(issues.list.map((issue) => issue.message)).toEqual([
      'Parameters.ParticipantTag is not set, and neither is CallId: the docs give this action no default leg; ' +
        'target it with ParticipantTag "LEG-A" or "LEG-B" or a CallId',
    ]);
    const pending = new Issues('lenient');
    checkParameters(spec, {}, 'Parameters', pending, true);
    expect(pending.list).toEqual([]);
  });

  it('an action that takes CallId only: a ParticipantTag is ignored, said so', () => {
    expect(issuesOf('SendDigits', { CallId: 'c-1', Digits: '1', ParticipantTag: 'LEG-A' })).toEqual([
      [
        'Parameters.ParticipantTag',
        'unknown_parameter',
        'warning',
        'Parameters.ParticipantTag is not a documented parameter of this action (it takes CallId only); the service ignores it',
      ],
    ]);
  });

  it('CallId and ParticipantTag: the tag is ignored, and a tag that is not a leg of the action is named', () => {
    const conflict = 'Parameters.ParticipantTag is ignored because CallId is also set (CallId overrides ParticipantTag)';
    expect(issuesOf('Hangup', { CallId: 'c-1', ParticipantTag: 'LEG-B' })).toEqual([
      ['Parameters.ParticipantTag', 'target_conflict', 'warning', conflict],
    ]);
    expect(issuesOf('JoinChimeMeeting', { CallId: 'c-1', ParticipantTag: 'LEG-B', JoinToken: 't' })).toEqual([
      ['Parameters.ParticipantTag', 'target_conflict', 'warning', `${conflict}; its value "LEG-B" is not a leg of this action: remove it`],
    ]);
  });

  it('an empty CallId with a tag: the CallId error, and the tag checked as if CallId were not set', () => {
    expect(issuesOf('Hangup', { CallId: '', ParticipantTag: 'LEG-C' })).toEqual([
      ['Parameters.CallId', 'required', 'error', 'Parameters.CallId must not be empty'],
      [
        'Parameters.ParticipantTag',
        'enum',
        'error',
        'Parameters.ParticipantTag must be one of "LEG-A", "LEG-B" for this action, got "LEG-C"',
      ],
    ]);
    expect(issuesOf('Hangup', { CallId: '', ParticipantTag: 'LEG-A' })).toEqual([
      ['Parameters.CallId', 'required', 'error', 'Parameters.CallId must not be empty'],
      [
        'Parameters.ParticipantTag',
        'target_conflict',
        'warning',
        'Parameters.ParticipantTag is ignored because CallId is also set (CallId overrides ParticipantTag)',
      ],
    ]);
  });

  it('Parameters that are not an object: one type error', () => {
    expect(issuesOf('Hangup', 'LEG-A')).toEqual([['Parameters', 'type', 'error', 'Parameters must be an object, got "LEG-A"']]);
  });

  it("a cross-field rule of a spec reports at the Parameters path for the key '', else under it", () => {
    const spec = {
      ...actionSpecs.Hangup,
      refine: (_parameters, report) => {
        report('', 'cross_field', 'must name a leg');
        report('SipResponseCode', 'cross_field', 'must be set', 'warning');
      },
    } as AnyActionSpec;
    const issues = new Issues('lenient');
    checkParameters(spec, {}, 'Actions[0].Parameters', issues);
    expect(issues.list.map((issue) => [issue.path, issue.severity, issue.message])).toEqual([
      ['Actions[0].Parameters', 'error', 'Actions[0].Parameters must name a leg'],
      ['Actions[0].Parameters.SipResponseCode', 'warning', 'Actions[0].Parameters.SipResponseCode must be set'],
    ]);
  });

  it('a cross-field rule of a field reported on the whole field lands on its path', () => {
    const big = { CallId: 'c-1', BotAliasArn: 'arn:aws:lex:us-east-1:123456789012:bot-alias/ABCDEFGHIJ/TSTALIASID' };
    const configuration = { SessionState: { SessionAttributes: { note: 'x'.repeat(11_000) } } };
    const issues = validateAction({ Type: 'StartBotConversation', Parameters: { ...big, Configuration: configuration } }).issues;
    expect(issues.map((issue) => [issue.path, issue.code])).toContainEqual(['Parameters.Configuration', 'max_size']);
  });
});

describe('ruleEffect: what the service does with a broken rule', () => {
  const hangup = actionSpecs.Hangup as AnyActionSpec;
  const playAudio = actionSpecs.PlayAudio as AnyActionSpec;

  it('an error rejects the action; a value sent as a string is coerced; any other warning is ignored', () => {
    expect(ruleEffect(playAudio, { path: 'Parameters.Repeat', code: 'type', severity: 'error' })).toBe('reject');
    expect(ruleEffect(playAudio, { path: 'Parameters.Repeat', code: 'number_as_string', severity: 'warning' })).toBe('coerce');
    expect(ruleEffect(playAudio, { path: 'Parameters.Extra', code: 'unknown_parameter', severity: 'warning' })).toBe('ignore');
  });

  it('the effect a spec states for a field, by fidelity (observed by default), at any depth of the path', () => {
    const issue = { path: 'Parameters.ParticipantTag', code: 'enum', severity: 'error' } as const;
    expect(ruleEffect(hangup, issue)).toBe('ignore');
    expect(ruleEffect(hangup, issue, 'observed')).toBe('ignore');
    expect(ruleEffect(hangup, issue, 'docs')).toBe('reject');
    expect(ruleEffect(hangup, { ...issue, path: 'Actions[0].Parameters.ParticipantTag' }, 'docs')).toBe('reject');
    expect(ruleEffect(hangup, { ...issue, path: 'Actions[0].Parameters.ParticipantTag' })).toBe('ignore');
  });

  it('an issue outside Parameters takes the default of its severity', () => {
    expect(ruleEffect(hangup, { path: 'Type', code: 'required', severity: 'error' })).toBe('reject');
    expect(ruleEffect(hangup, { path: '', code: 'unknown_parameter', severity: 'warning' })).toBe('ignore');
  });
});
