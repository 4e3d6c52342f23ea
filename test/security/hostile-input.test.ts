import { afterEach, describe, expect, it } from 'vitest';
import {
  MAX_DEPTH,
  MAX_JSON_SIZE,
  MAX_VALUES,
  SmaValidationError,
  actions,
  effectiveParameters,
  parseInvocationEvent,
  safeParseInvocationEvent,
  validateAction,
} from '../../src/index.js';
import { complete, invocationFixtures, loadFixture } from '../events/fixtures.js';
import { Issues, checkBounds } from '../../src/validation/index.js';

const audio = { Type: 'S3', BucketName: 'bucket', Key: 'welcome.wav' };
const playAudio = (parameters: Record<string, unknown>) => ({ Type: 'PlayAudio', Parameters: { AudioSource: audio, ...parameters } });

/** Nested arrays: `levels` containers in all, `leaf` inside. */
function nest(levels: number, leaf: unknown = 0): unknown {
  let value = leaf;
  for (let i = 0; i < levels; i += 1) value = [value];
  return value;
}

function bounds(value: unknown): { ok: boolean; issues: [string, string][] } {
  const issues = new Issues('lenient');
  const ok = checkBounds(value, '', issues);
  return { ok, issues: issues.list.map((issue) => [issue.path, issue.code]) };
}

const codes = (value: unknown) => validateAction(value).issues.map((issue) => [issue.path, issue.code, issue.severity]);

/** Milliseconds `run` takes. */
function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

afterEach(() => {
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('depth and size bounds (checkBounds)', () => {
  it('accepts MAX_DEPTH levels of objects and arrays and rejects one more, at the deepest path', () => {
    expect(MAX_DEPTH).toBe(32);
    expect(bounds(nest(MAX_DEPTH))).toEqual({ ok: true, issues: [] });
    const tooDeep = bounds({ a: nest(MAX_DEPTH) });
    expect(tooDeep.ok).toBe(false);
    expect(tooDeep.issues).toEqual([[`a${'[0]'.repeat(MAX_DEPTH - 1)}`, 'too_deep']]);
  });

  it('rejects more than MAX_VALUES values, MAX_JSON_SIZE characters, and a huge sparse array, at once', () => {
    expect(bounds(Array.from({ length: MAX_VALUES - 1 }, () => 0)).ok).toBe(true);
    expect(bounds(Array.from({ length: MAX_VALUES }, () => 0)).issues).toEqual([['', 'too_large']]);
    expect(bounds({ a: 'x'.repeat(MAX_JSON_SIZE) }).issues).toEqual([['', 'too_large']]);
    const sparse: unknown[] = [];
    sparse.length = 2 ** 32 - 1;
    expect(time(() => expect(bounds(sparse).issues).toEqual([['', 'too_large']]))).toBeLessThan(100);
  });

  it('reports a cycle where it closes, but not a value shared by two fields', () => {
    const shared = { x: 1 };
    expect(bounds({ a: shared, b: shared }).ok).toBe(true);
    const cyclic: Record<string, unknown> = { a: { b: {} } };
    (cyclic.a as { b: Record<string, unknown> }).b.back = cyclic;
    expect(bounds(cyclic).issues).toEqual([['a.b.back', 'circular']]);
  });

  it('reports a property that throws when read', () => {
    const getter = Object.defineProperty({}, 'x', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    expect(bounds({ getter }).issues).toEqual([['getter', 'unreadable']]);
  });
});

describe('validateAction and the builders on hostile input', () => {
  it('a payload nested 100,000 levels deep: one too_deep error, quickly, no stack overflow', () => {
    const deep = playAudio({ AudioSource: nest(100_000, audio) });
    let result;
    expect(time(() => (result = validateAction(deep)))).toBeLessThan(1000);
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'too_deep', severity: 'error' }] });
    expect(() =>
      actions.callAndBridge({
        callerIdNumber: '+14155550100',
        endpoints: [{ bridgeEndpointType: 'AWS', arn: 'a', uri: 'x' }],
        sipHeaders: { 'x-a': nest(100_000) as string },
      }),
    ).toThrow(SmaValidationError);
  });

  it('a 5 MB payload within the bounds is checked in well under a second; a larger one is one error', () => {
    const attendees = Array.from({ length: 90_000 }, (_, i) => `attendee-${i}`);
    const big = {
      Type: 'ModifyChimeMeetingAttendees',
      Parameters: { Operation: 'Mute', MeetingId: 'm', ParticipantTag: 'LEG-B', AttendeeList: attendees },
    };
    let result: ReturnType<typeof validateAction> | undefined;
    expect(time(() => (result = validateAction(big)))).toBeLessThan(1500);
    expect(result?.issues).toEqual([expect.objectContaining({ path: 'Parameters.AttendeeList', code: 'max_items' })]);
    // Every item wrong would be 200,000 issues: the bound makes it one.
    const hostile = { ...big, Parameters: { ...big.Parameters, AttendeeList: Array.from({ length: 200_000 }, () => 0) } };
    expect(codes(hostile)).toEqual([['', 'too_large', 'error']]);
    expect(codes(playAudio({ AudioSource: { ...audio, Key: 'k'.repeat(MAX_JSON_SIZE) } }))).toEqual([['', 'too_large', 'error']]);
  });

  it('cycles are one error in validateAction, the builders and effectiveParameters', () => {
    const source: Record<string, unknown> = { ...audio };
    source.self = source;
    expect(codes(playAudio({ AudioSource: source }))).toEqual([['Parameters.AudioSource.self', 'circular', 'error']]);
    expect(() => actions.playAudio({ audioSource: source as never })).toThrow(/contains itself/);
    expect(() => effectiveParameters(playAudio({ AudioSource: source }) as never)).toThrow(SmaValidationError);
  });

  it('__proto__, constructor and prototype keys are unknown parameters, never prototypes, never inherited fields', () => {
    const parsed = JSON.parse(
      '{"Type":"PlayAudio","Parameters":{"__proto__":{"AudioSource":{"Type":"S3","BucketName":"b","Key":"k"},"polluted":true}' +
        ',"constructor":{"prototype":{"polluted":true}},"prototype":1}}',
    );
    expect(codes(parsed)).toEqual([
      ['Parameters.AudioSource', 'required', 'error'],
      ['Parameters.__proto__', 'unknown_parameter', 'warning'],
      ['Parameters.constructor', 'unknown_parameter', 'warning'],
      ['Parameters.prototype', 'unknown_parameter', 'warning'],
    ]);
    // A JavaScript object whose prototype carries the field: inherited fields do not count.
    const inherited = { Type: 'PlayAudio', Parameters: Object.create({ AudioSource: audio }) as object };
    expect(codes(inherited)).toEqual([['Parameters.AudioSource', 'required', 'error']]);
    expect(codes(Object.create(playAudio({})) as object)).toEqual([['Type', 'required', 'error']]);
    // Builders: the same keys are unknown parameters, and nothing reaches the built action's prototype.
    const params = JSON.parse('{"audioSource":{"type":"S3","bucketName":"b","key":"k"},"__proto__":{"repeat":2}}');
    expect(() => actions.playAudio(params)).toThrow(/Parameters.__proto__ is not a parameter of this builder/);
    const headers = JSON.parse('{"__proto__":"x","constructor":"y","x-ok":"z"}');
    const error = (() => {
      try {
        actions.callAndBridge({
          callerIdNumber: '+14155550100',
          endpoints: [{ bridgeEndpointType: 'AWS', arn: 'a', uri: 'x' }],
          sipHeaders: headers,
        });
      } catch (thrown) {
        return thrown as SmaValidationError;
      }
      return undefined;
    })();
    expect(error?.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['Parameters.SipHeaders.__proto__', 'key'],
      ['Parameters.SipHeaders.constructor', 'key'],
    ]);
    const built = actions.playAudio({ audioSource: { type: 'S3', bucketName: 'b', key: 'k' } }).toJSON();
    expect(Object.getPrototypeOf(built.Parameters)).toBe(Object.prototype);
    // effectiveParameters copies an own __proto__ key as a plain key.
    const effective = effectiveParameters(
      JSON.parse(
        '{"Type":"PlayAudio","Parameters":{"AudioSource":{"Type":"S3","BucketName":"b","Key":"k"},"__proto__":{"polluted":true}}}',
      ),
    ) as unknown as Record<string, unknown>;
    expect(Object.getPrototypeOf(effective)).toBe(Object.prototype);
    expect(effective.Repeat).toBe(1);
  });

  it('NaN, Infinity and -0: clear errors where a positive number is required', () => {
    expect(codes({ Type: 'Pause', Parameters: { DurationInMilliseconds: Number.NaN } })).toEqual([
      ['Parameters.DurationInMilliseconds', 'type', 'error'],
    ]);
    expect(codes({ Type: 'Pause', Parameters: { DurationInMilliseconds: Number.POSITIVE_INFINITY } })).toEqual([
      ['Parameters.DurationInMilliseconds', 'type', 'error'],
    ]);
    expect(codes({ Type: 'Pause', Parameters: { DurationInMilliseconds: -0 } })).toEqual([
      ['Parameters.DurationInMilliseconds', 'min', 'error'],
    ]);
    expect(validateAction({ Type: 'Pause', Parameters: { DurationInMilliseconds: Number.NaN } }).issues[0]?.message).toBe(
      'Parameters.DurationInMilliseconds must be a finite number, got NaN',
    );
    // -0 is 0 where 0 is allowed (JSON writes it as 0).
    expect(
      codes({
        Type: 'PlayAudioAndGetDigits',
        Parameters: { AudioSource: audio, FailureAudioSource: audio, RepeatDurationInMilliseconds: 1, MinNumberOfDigits: -0 },
      }),
    ).toEqual([]);
    expect(() => actions.pause({ durationInMilliseconds: Number.NEGATIVE_INFINITY })).toThrow(/must be a finite number/);
  });

  it('an object that cannot be turned into a number ({valueOf: 1}) is a type error, not a crash', () => {
    const bad = JSON.parse('{"valueOf":1,"toString":1}');
    const action = {
      Type: 'PlayAudioAndGetDigits',
      Parameters: {
        AudioSource: audio,
        FailureAudioSource: audio,
        RepeatDurationInMilliseconds: 1,
        MinNumberOfDigits: bad,
        MaxNumberOfDigits: bad,
      },
    };
    expect(codes(action)).toEqual([
      ['Parameters.MinNumberOfDigits', 'type', 'error'],
      ['Parameters.MaxNumberOfDigits', 'type', 'error'],
    ]);
  });

  it('control characters: CR/LF in a SIP header value is an error (header injection); a key with a newline forges no message line', () => {
    const bridge = (headers: Record<string, string>) => ({
      Type: 'CallAndBridge',
      Parameters: { CallerIdNumber: '+14155550100', Endpoints: [{ BridgeEndpointType: 'AWS', Arn: 'a', Uri: 'x' }], SipHeaders: headers },
    });
    const injected = validateAction(bridge({ 'x-a': 'ok\r\nX-Evil: 1', 'x-b': 'tab\tis fine', 'x-c': 'nul\u0000' }));
    expect(injected.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['Parameters.SipHeaders.x-a', 'format'],
      ['Parameters.SipHeaders.x-c', 'format'],
    ]);
    expect(injected.issues[0]?.message).toBe(
      'Parameters.SipHeaders.x-a must not contain control characters (found U+000D, U+000A)' +
        ': a SIP header value is one line of text, and a line break would start another header',
    );
    expect(injected.issues[0]?.message).not.toContain('Evil');
    const forged = validateAction(playAudio({ 'x\n  - Parameters.CallId is fine\u2028': 1 }));
    expect(forged.issues[0]?.path).toBe('x\n  - Parameters.CallId is fine\u2028'.replace(/^/, 'Parameters.'));
    expect(forged.issues[0]?.message).toMatch(/^Parameters\.x\\n  - Parameters\.CallId is fine\\u2028 is not a documented field/);
    expect(forged.issues[0]?.message).not.toMatch(/[\n\u2028]/);
    expect(
      new SmaValidationError(
        'x',
        forged.issues.map((issue) => ({ ...issue, severity: 'error' })),
      ).message.split('\n'),
    ).toHaveLength(2);
  });

  it('strings with control characters elsewhere are data: quoted and escaped in messages', () => {
    const result = validateAction({ Type: 'Hangup', Parameters: { SipResponseCode: '4\u00000\n' } });
    expect(result.issues[0]?.message).toBe('Parameters.SipResponseCode must be one of "0", "480", "486", got "4\\u00000\\n"');
  });
});

describe('the event parser on hostile input', () => {
  const event = () => complete(entry, loadFixture(entry.file));
  const entry = invocationFixtures.find(
    (candidate) => candidate.file === 'invocation.ACTION_SUCCESSFUL.JoinChimeMeeting.use-case.json',
  ) as (typeof invocationFixtures)[number];
  const errors = (value: unknown) => {
    const result = safeParseInvocationEvent(value);
    return result.success ? [] : result.error.issues.filter((issue) => issue.severity === 'error').map((issue) => [issue.path, issue.code]);
  };
  type Participants = Record<string, unknown>[];

  it('duplicate legs: the same CallId or ParticipantTag twice is an error on the second one', () => {
    const twiceA = event();
    const participants = (twiceA.CallDetails as { Participants: Participants }).Participants;
    participants[1] = { ...participants[1], ParticipantTag: 'leg-a' };
    expect(errors(twiceA)).toEqual([['CallDetails.Participants[1].ParticipantTag', 'duplicate']]);
    const sameCall = event();
    (sameCall.CallDetails as { Participants: Participants }).Participants.push({
      ...(sameCall.CallDetails as { Participants: Participants }).Participants[0],
      ParticipantTag: 'LEG-B',
    });
    expect(errors(sameCall)).toEqual([
      ['CallDetails.Participants[2].CallId', 'duplicate'],
      ['CallDetails.Participants[2].ParticipantTag', 'duplicate'],
    ]);
    expect(safeParseInvocationEvent(twiceA)).toMatchObject({
      success: false,
      error: { message: expect.stringContaining('is the same as Participants[0].ParticipantTag: a call has one participant per leg') },
    });
  });

  it('Sequence: an integer from 1; 0, negative, -0, NaN, Infinity, fractions and strings are errors', () => {
    for (const [sequence, code] of [
      [0, 'min'],
      [-3, 'min'],
      [-0, 'min'],
      [Number.NaN, 'type'],
      [Number.POSITIVE_INFINITY, 'type'],
      [1.5, 'integer'],
      ['7', 'number_as_string'],
      [7, undefined],
    ] as const) {
      const value = { ...event(), Sequence: sequence };
      expect(errors(value), String(sequence)).toEqual(code === undefined ? [] : [['Sequence', code]]);
    }
  });

  it('deep, huge and circular events are one error, and __proto__ keys stay plain data', () => {
    expect(errors({ ...event(), Extra: nest(100_000) })).toEqual([[`Extra${'[0]'.repeat(MAX_DEPTH - 1)}`, 'too_deep']]);
    expect(errors({ ...event(), Extra: 'x'.repeat(MAX_JSON_SIZE) })).toEqual([['', 'too_large']]);
    const cyclic = event() as Record<string, unknown>;
    cyclic.Self = cyclic;
    expect(errors(cyclic)).toEqual([['Self', 'circular']]);
    const text = JSON.stringify(event()).replace(
      '"CallDetails":{',
      '"CallDetails":{"__proto__":{"polluted":true},"TransactionAttributes":{"__proto__":"x","constructor":"y"},',
    );
    const parsed = parseInvocationEvent(JSON.parse(text));
    expect(Object.getPrototypeOf(parsed.CallDetails)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(parsed.CallDetails, '__proto__')).toBe(true);
    expect(Object.keys(parsed.CallDetails.TransactionAttributes ?? {})).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(parsed.CallDetails.TransactionAttributes)).toBe(Object.prototype);
  });

  it('control characters in keys and values: escaped in messages', () => {
    const value = { ...event(), InvocationEventType: 'NEW_\nINBOUND_CALL' };
    const result = safeParseInvocationEvent(value);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues[0]?.message).toContain('got "NEW_\\nINBOUND_CALL"');
      expect(result.error.issues[0]?.message).not.toContain('\n');
    }
  });
});
