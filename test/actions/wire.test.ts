// Wire validation and the builders' own errors (src/actions/wire.ts, builder.ts,
// src/response/validate.ts): the paths, codes, severities and messages users see.
import { describe, expect, it } from 'vitest';
import { SmaValidationError, actions, effectiveParameters, validateAction, validateResponse } from '../../src/index.js';
import { canonicalAction, runParameters } from '../../src/actions/wire.js';
import { allSites } from '../fuzz/spec-model.js';
import { errorOf } from './issues.js';

const all = (result: { issues: { path: string; code: string; severity: string; message: string }[] }) =>
  result.issues.map((issue) => [issue.path, issue.code, issue.severity, issue.message]);

describe('validateAction: the action object', () => {
  it('not an object, no Type, an unknown Type', () => {
    expect(all(validateAction('PlayAudio'))).toEqual([
      ['', 'type', 'error', 'The value must be an action object ({ Type, Parameters }), got "PlayAudio"'],
    ]);
    for (const Type of [undefined, '']) {
      expect(all(validateAction({ Type, Parameters: {} }))).toEqual([
        ['Type', 'required', 'error', 'Type is required (the action type, such as "PlayAudio")'],
      ]);
    }
    expect(all(validateAction({ Type: 'Dance', Parameters: {} }))).toEqual([
      ['Type', 'unknown_action_type', 'error', 'Type is not a returnable action type, got "Dance"'],
    ]);
  });

  it('a key besides Type and Parameters: a warning, the action still valid', () => {
    const result = validateAction({ Type: 'Hangup', Parameters: {}, Params: {} });
    expect(result.ok).toBe(true);
    expect(all(result)).toEqual([
      ['Params', 'unknown_parameter', 'warning', 'Params is not part of an action (only Type and Parameters are); the service ignores it'],
    ]);
  });
});

describe('validateResponse: the envelope', () => {
  it('not an object; SchemaVersion missing or empty; Actions not an array', () => {
    expect(all(validateResponse(7))).toEqual([
      ['', 'type', 'error', 'The value must be a response object ({ SchemaVersion: "1.0", Actions: [...] }), got 7'],
    ]);
    for (const SchemaVersion of [undefined, '']) {
      expect(all(validateResponse({ SchemaVersion, Actions: [] }))).toEqual([
        ['SchemaVersion', 'required', 'error', 'SchemaVersion is required and must be "1.0"'],
      ]);
    }
    expect(all(validateResponse({ SchemaVersion: '1.0', Actions: {} }))).toEqual([
      ['Actions', 'type', 'error', 'Actions must be an array of actions, got an object'],
    ]);
  });

  it('an API Gateway response is named as such, by statusCode or body', () => {
    for (const value of [{ statusCode: 200 }, { body: '{}' }]) {
      const [issue] = validateResponse(value).issues;
      expect(issue?.code).toBe('api_gateway_response');
      expect(issue?.message).toContain('the response object itself ({ SchemaVersion: "1.0", Actions: [...] }); ');
    }
    expect(validateResponse({ SchemaVersion: '1.0', Actions: [], body: '{}' }).issues.map((issue) => issue.code)).toEqual([
      'unknown_parameter',
    ]);
  });

  it('the envelope keys are known; any other is a warning that lists them', () => {
    expect(all(validateResponse({ SchemaVersion: '1.0', Actions: [], TransactionAttributes: { a: '1' } }))).toEqual([]);
    expect(all(validateResponse({ SchemaVersion: '1.0', Actions: [], Extra: 1 }))).toEqual([
      [
        'Extra',
        'unknown_parameter',
        'warning',
        'Extra is not part of an SMA response (SchemaVersion, Actions, TransactionAttributes); the service ignores it',
      ],
    ]);
  });

  it('more than 10 actions: the documented limit in the message', () => {
    const pause = { Type: 'Pause', Parameters: { DurationInMilliseconds: 100 } };
    expect(all(validateResponse({ SchemaVersion: '1.0', Actions: Array.from({ length: 11 }, () => pause) }))).toEqual([
      ['Actions', 'max_items', 'error', 'Actions must have at most 10 actions (the documented limit per response), got 11'],
    ]);
  });

  it('a value past the bounds is one issue where it breaks them, and is not checked further', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100; i++) deep = { a: deep };
    const result = validateResponse(deep);
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => issue.code)).toEqual(['too_deep']);
    expect(result.issues[0]?.path).toMatch(/^a(\.a)+$/);
  });
});

describe('effectiveParameters', () => {
  it('not an action of a known Type: one unknown_action_type error', () => {
    const error = errorOf(() => effectiveParameters({ Type: 'Dance', Parameters: {} } as never));
    expect(error.message.startsWith('Invalid action (')).toBe(true);
    expect(error.issues).toEqual([
      { path: 'Type', code: 'unknown_action_type', message: 'Type is not a returnable action type, got "Dance"', severity: 'error' },
    ]);
    expect(errorOf(() => effectiveParameters('Pause' as never)).issues[0]?.message).toBe(
      'Type is not a returnable action type, got "Pause"',
    );
  });

  it('Parameters that are not an object: one type error; absent Parameters: the defaults', () => {
    const error = errorOf(() => effectiveParameters({ Type: 'PlayAudio', Parameters: 'x' } as never));
    expect(error.message.startsWith('Invalid PlayAudio action (')).toBe(true);
    expect(error.issues).toEqual([
      { path: 'Parameters', code: 'type', message: 'Parameters must be an object, got "x"', severity: 'error' },
    ]);
    expect(effectiveParameters({ Type: 'Hangup' } as never)).toEqual({ SipResponseCode: '0' });
  });

  it('no action documents a default inside array items (applyDefaults does not walk arrays)', () => {
    const inArrays = allSites().filter((site) => site.segments.includes(0) && (site.rule.default !== undefined || site.rule.defaultFrom));
    expect(inArrays.map((site) => site.key)).toEqual([]);
  });

  it('a default computed from other fields is left out when it gives nothing', () => {
    const parameters = effectiveParameters({
      Type: 'RecordAudio',
      Parameters: { CallId: 'c-1', RecordingDestination: { Type: 'S3', BucketName: 'b' } },
    } as never);
    expect(Object.keys(parameters)).not.toContain('SilenceThreshold');
  });

  it('a scalar field holding an object is kept as sent (no defaults walked into it)', () => {
    expect(effectiveParameters({ Type: 'PlayAudio', Parameters: { Repeat: { n: 1 }, AudioSource: {} } } as never)).toEqual({
      Repeat: { n: 1 },
      AudioSource: {},
    });
  });
});

describe("the builders' own errors", () => {
  it('onCall with an empty or non-string CallId', () => {
    const empty = errorOf(() => actions.speak({ text: 'Hi' }).onCall(''));
    expect(empty.message.startsWith('Invalid Speak action (')).toBe(true);
    expect(empty.issues).toEqual([
      { path: 'Parameters.CallId', code: 'required', message: 'Parameters.CallId must not be empty', severity: 'error' },
    ]);
    expect(errorOf(() => actions.speak({ text: 'Hi' }).onCall(7 as never)).issues.map((i) => [i.path, i.code])).toEqual([
      ['Parameters.CallId', 'type'],
    ]);
  });

  it('onLeg with a leg the action does not take', () => {
    const error = errorOf(() => actions.joinChimeMeeting({ joinToken: 't' }).onLeg('LEG-B' as never));
    expect(error.message.startsWith('Invalid JoinChimeMeeting action (')).toBe(true);
    expect(error.issues).toEqual([
      {
        path: 'Parameters.ParticipantTag',
        code: 'leg_not_allowed',
        message: 'Parameters.ParticipantTag must be one of "LEG-A" for JoinChimeMeeting, got "LEG-B"',
        severity: 'error',
      },
    ]);
  });

  // The types reject a second target (hangup.test-d.ts); plain JavaScript reaches the runtime check.
  type Retargetable = { onCall(callId: string): unknown; onLeg(tag: string): unknown };
  it('targeted twice', () => {
    const error = errorOf(() => (actions.hangup().onLeg('LEG-A') as unknown as Retargetable).onCall('c-1'));
    expect(error.message.startsWith('Invalid Hangup action (')).toBe(true);
    expect(error.issues).toEqual([
      {
        path: 'Parameters.CallId',
        code: 'target_conflict',
        message: 'Parameters.CallId cannot be set: the action is already targeted (CallId and ParticipantTag are exclusive)',
        severity: 'error',
      },
    ]);
    expect(errorOf(() => (actions.hangup().onCall('c-1') as unknown as Retargetable).onLeg('LEG-A')).issues[0]?.path).toBe(
      'Parameters.ParticipantTag',
    );
  });

  it('params that are not an object', () => {
    const error = errorOf(() => actions.pause('500' as never));
    expect(error.message.startsWith('Invalid Pause action (')).toBe(true);
    expect(error.issues).toEqual([
      { path: 'Parameters', code: 'type', message: 'Parameters must be an object of camelCase parameters, got "500"', severity: 'error' },
    ]);
  });

  it('targeting keys passed as params name the method to use', () => {
    for (const [name, method] of [
      ['callId', 'onCall'],
      ['participantTag', 'onLeg'],
    ]) {
      const [issue] = errorOf(() => actions.hangup({ [name as string]: 'x' } as never)).issues;
      expect(issue?.message).toContain(`; use .${method}()`);
    }
  });

  it('a PascalCase key is named with its camelCase spelling; undefined values are left out', () => {
    const [issue] = errorOf(() => actions.pause({ DurationInMilliseconds: 100 } as never)).issues;
    expect(issue?.message).toContain('durationInMilliseconds');
    expect(actions.pause({ durationInMilliseconds: 100, participantTag: undefined } as never).toJSON()).toEqual({
      Type: 'Pause',
      Parameters: { DurationInMilliseconds: 100 },
    });
  });

  it('a null value in nested params is sent as null; toJSON gives a copy', () => {
    const builder = actions.playAudio({ audioSource: { type: 'S3', bucketName: 'b', key: 'k' } });
    const json = builder.toJSON();
    (json.Parameters.AudioSource as { Key: string }).Key = 'changed';
    expect((builder.toJSON().Parameters.AudioSource as { Key: string }).Key).toBe('k');
  });
});

it('SmaValidationError is what the builders throw', () => {
  expect(() => actions.pause({} as never)).toThrow(SmaValidationError);
});

describe('builder and wire edges', () => {
  it('a list where the rule wants a scalar: a validation error, never a crash', () => {
    expect(() => actions.pause({ durationInMilliseconds: [{ n: 1 }] } as never)).toThrow(SmaValidationError);
    const wire = { Type: 'Pause', Parameters: { DurationInMilliseconds: [1] } } as never;
    expect(canonicalAction(wire)).toEqual(wire);
  });

  it('params past the bounds: one issue under Parameters', () => {
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 100; i++) deep = { a: deep };
    const [issue] = errorOf(() => actions.pause(deep as never)).issues;
    expect(issue?.code).toBe('too_deep');
    expect(issue?.path).toMatch(/^Parameters\.a(\.a)+$/);
    const error = errorOf(() => effectiveParameters({ Type: 'Pause', Parameters: deep } as never));
    expect(error.message.startsWith('Invalid action (')).toBe(true);
    expect(error.issues[0]?.path).toMatch(/^Parameters\.a(\.a)+$/);
  });

  it('an unknown key two objects deep is reported at its full path', () => {
    const [issue] = errorOf(() =>
      actions.startBotConversation({
        botAliasArn: 'arn:aws:lex:us-east-1:123456789012:bot-alias/ABCDEFGHIJ/TSTALIASID',
        configuration: { sessionState: { dialogAction: { type: 'ElicitIntent', bogus: 1 } } },
      } as never),
    ).issues;
    expect(issue?.path).toBe('Parameters.Configuration.SessionState.DialogAction.bogus');
  });

  it('runParameters of a value that is not an accepted action: no parameters', () => {
    expect(runParameters({ Type: 'Dance', Parameters: {} } as never)).toEqual({});
    expect(runParameters({ Type: 'Pause', Parameters: 'x' } as never)).toEqual({});
    expect(runParameters({ Type: 'Hangup', Parameters: {} } as never)).toEqual({ SipResponseCode: '0' });
  });
});
