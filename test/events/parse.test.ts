import { describe, expect, it } from 'vitest';
import { SmaValidationError, parseInvocationEvent, safeParseInvocationEvent } from '../../src/index.js';
import { BASE_CALL_DETAILS, type JsonObject } from './fixtures.js';

const inbound = (): JsonObject => ({
  SchemaVersion: '1.0',
  Sequence: 1,
  InvocationEventType: 'NEW_INBOUND_CALL',
  CallDetails: structuredClone(BASE_CALL_DETAILS),
});

const event = (type: string, extra: JsonObject = {}): JsonObject => ({ ...inbound(), InvocationEventType: type, ...extra });

const playAudio = { Type: 'PlayAudio', Parameters: { CallId: 'call-id-1', AudioSource: { Type: 'S3', BucketName: 'b', Key: 'k.wav' } } };

/** `[path, code]` of every error the parser reports. */
function errorsOf(value: unknown): [string, string][] {
  const result = safeParseInvocationEvent(value);
  if (result.success) throw new Error('parsed');
  return result.error.issues.filter((i) => i.severity === 'error').map((i) => [i.path, i.code]);
}

function parse(value: unknown) {
  const result = safeParseInvocationEvent(value);
  if (!result.success) throw result.error;
  return result.data as unknown as JsonObject & {
    CallDetails: JsonObject & { Participants: JsonObject[] };
    ActionData: JsonObject & { Parameters: JsonObject };
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

describe('parseInvocationEvent: envelope', () => {
  it('returns a new object equal to a complete canonical event, and never mutates its input', () => {
    const input = deepFreeze(inbound());
    const parsed = parseInvocationEvent(input);
    expect(parsed).toEqual(input);
    expect(parsed).not.toBe(input);
    expect(parsed.CallDetails).not.toBe(input.CallDetails);
  });

  it('throws SmaValidationError; the safe form returns it; neither crashes on non-objects', () => {
    expect(() => parseInvocationEvent({})).toThrow(SmaValidationError);
    for (const value of [null, undefined, 42, 'NEW_INBOUND_CALL', [], true]) {
      expect(errorsOf(value)).toEqual([['', 'type']]);
    }
  });

  it('accepts the InvocationEvent key and returns InvocationEventType only', () => {
    const { InvocationEventType, ...rest } = inbound();
    const parsed = parse({ ...rest, InvocationEvent: InvocationEventType });
    expect(parsed.InvocationEventType).toBe('NEW_INBOUND_CALL');
    expect('InvocationEvent' in parsed).toBe(false);
    expect('InvocationEvent' in parse({ ...inbound(), InvocationEvent: 'NEW_INBOUND_CALL' })).toBe(false);
    expect(errorsOf({ ...inbound(), InvocationEvent: 'HANGUP' })).toEqual([['InvocationEvent', 'conflict']]);
  });

  it('requires a known event type: unknown_event_type for anything else', () => {
    const { InvocationEventType: _, ...missing } = inbound();
    expect(errorsOf(missing)).toEqual([['InvocationEventType', 'required']]);
    expect(errorsOf(event('NEW_INCOMING_CALL'))).toEqual([['InvocationEventType', 'unknown_event_type']]);
    expect(errorsOf(event('FUTURE_EVENT', { CallDetails: 'broken' }))).toEqual([['InvocationEventType', 'unknown_event_type']]);
    expect(errorsOf(event('constructor'))).toEqual([['InvocationEventType', 'unknown_event_type']]);
    const result = safeParseInvocationEvent(event('FUTURE_EVENT'));
    expect(!result.success && result.error.issues[0]?.message).toMatch(
      /^InvocationEventType is not a known invocation event type \(NEW_INBOUND_CALL, .*\), got "FUTURE_EVENT"$/,
    );
  });

  it('checks SchemaVersion and Sequence', () => {
    expect(errorsOf({ ...inbound(), SchemaVersion: '2.0' })).toEqual([['SchemaVersion', 'enum']]);
    expect(errorsOf({ ...inbound(), Sequence: 'INTEGER' })).toEqual([['Sequence', 'type']]);
    expect(errorsOf({ ...inbound(), Sequence: '3' })).toEqual([['Sequence', 'number_as_string']]);
    expect(errorsOf({ ...inbound(), Sequence: 1.5 })).toEqual([['Sequence', 'integer']]);
    const { Sequence: _, ...missing } = inbound();
    expect(errorsOf(missing)).toEqual([['Sequence', 'required']]);
  });

  it('keeps unknown extra fields everywhere', () => {
    const input = inbound();
    input.Future = { a: 1 };
    (input.CallDetails as JsonObject).Extra = 'x';
    ((input.CallDetails as JsonObject).Participants as JsonObject[])[0]!.Codec = 'opus';
    const parsed = parse(input);
    expect(parsed.Future).toEqual({ a: 1 });
    expect(parsed.CallDetails.Extra).toBe('x');
    expect(parsed.CallDetails.Participants[0]?.Codec).toBe('opus');
  });

  it('is safe against __proto__, constructor and prototype keys', () => {
    const text = JSON.stringify(inbound()).replace('{', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}},');
    const withProto = JSON.parse(text.replace('"Participants"', '"__proto__":{"bad":true},"Participants"')) as JsonObject;
    const parsed = parse(withProto);
    expect(({} as JsonObject).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(parsed.CallDetails)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(parsed, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(parsed, '__proto__')?.value).toEqual({ polluted: true });
    expect(parsed.polluted).toBeUndefined();
    expect(errorsOf(event('ACTION_SUCCESSFUL', { ActionData: { Type: '__proto__', Parameters: {} } }))).toEqual([
      ['ActionData.Type', 'unknown_action_type'],
    ]);
    expect(
      errorsOf(event('ACTION_FAILED', { ActionData: { Type: 'toString', Parameters: {}, ErrorType: 'x', ErrorMessage: 'y' } })),
    ).toEqual([['ActionData.Type', 'unknown_action_type']]);
  });
});

describe('parseInvocationEvent: CallDetails and participants', () => {
  it('requires CallDetails as an object', () => {
    const { CallDetails: _, ...missing } = inbound();
    expect(errorsOf(missing)).toEqual([['CallDetails', 'required']]);
    expect(errorsOf({ ...inbound(), CallDetails: [] })).toEqual([['CallDetails', 'type']]);
  });

  it('requires the documented CallDetails fields', () => {
    expect(errorsOf({ ...inbound(), CallDetails: {} })).toEqual([
      ['CallDetails.SipMediaApplicationId', 'required'],
      ['CallDetails.TransactionId', 'required'],
      ['CallDetails.AwsAccountId', 'required'],
      ['CallDetails.AwsRegion', 'required'],
      ['CallDetails.Participants', 'required'],
    ]);
    expect(errorsOf({ ...inbound(), CallDetails: { ...BASE_CALL_DETAILS, SipRuleId: 5 } })).toEqual([['CallDetails.SipRuleId', 'type']]);
  });

  it("reads a call's only participant without ParticipantTag as LEG-A (a public sample's hand-written fixture); two stay an error", () => {
    const details = structuredClone(BASE_CALL_DETAILS) as JsonObject & { Participants: JsonObject[] };
    const only = { ...(details.Participants[0] as JsonObject) };
    delete only.ParticipantTag;
    const parsed = parse({ ...inbound(), CallDetails: { ...details, Participants: [only] } });
    expect(parsed.CallDetails.Participants[0]?.ParticipantTag).toBe('LEG-A');
    expect(only).not.toHaveProperty('ParticipantTag');
    const second = { ...only, CallId: 'call-id-2' };
    expect(errorsOf({ ...inbound(), CallDetails: { ...details, Participants: [only, second] } })).toEqual([
      ['CallDetails.Participants[0].ParticipantTag', 'required'],
      ['CallDetails.Participants[1].ParticipantTag', 'required'],
    ]);
  });

  it('accepts both SMA id spellings and returns SipMediaApplicationId', () => {
    const { SipMediaApplicationId: id, ...rest } = BASE_CALL_DETAILS;
    const parsed = parse({ ...inbound(), CallDetails: { ...rest, SipApplicationId: id } });
    expect(parsed.CallDetails.SipMediaApplicationId).toBe(id);
    expect('SipApplicationId' in parsed.CallDetails).toBe(false);
    expect('SipApplicationId' in parse({ ...inbound(), CallDetails: { ...BASE_CALL_DETAILS, SipApplicationId: id } }).CallDetails).toBe(
      false,
    );
    expect(errorsOf({ ...inbound(), CallDetails: { ...BASE_CALL_DETAILS, SipApplicationId: 'other' } })).toEqual([
      ['CallDetails.SipApplicationId', 'conflict'],
    ]);
  });

  it('requires Participants to be a non-empty array of participants', () => {
    expect(errorsOf({ ...inbound(), CallDetails: { ...BASE_CALL_DETAILS, Participants: { 0: {} } } })).toEqual([
      ['CallDetails.Participants', 'type'],
    ]);
    expect(errorsOf({ ...inbound(), CallDetails: { ...BASE_CALL_DETAILS, Participants: [] } })).toEqual([
      ['CallDetails.Participants', 'min_items'],
    ]);
    expect(errorsOf({ ...inbound(), CallDetails: { ...BASE_CALL_DETAILS, Participants: ['call-id-1'] } })).toEqual([
      ['CallDetails.Participants[0]', 'type'],
    ]);
    expect(errorsOf({ ...inbound(), CallDetails: { ...BASE_CALL_DETAILS, Participants: [{}] } })).toEqual(
      ['CallId', 'ParticipantTag', 'To', 'From', 'Direction', 'StartTimeInMilliseconds'].map((key) => [
        `CallDetails.Participants[0].${key}`,
        'required',
      ]),
    );
  });

  const withLeg = (patch: JsonObject): JsonObject => {
    const input = inbound();
    const participants = (input.CallDetails as JsonObject).Participants as JsonObject[];
    Object.assign(participants[1] as JsonObject, patch);
    return input;
  };

  it('accepts ParticipantTag in any letter case and returns LEG-A / LEG-B', () => {
    expect(parse(withLeg({ ParticipantTag: 'Leg-B' })).CallDetails.Participants[1]?.ParticipantTag).toBe('LEG-B');
    expect(parse(withLeg({ ParticipantTag: 'leg-b' })).CallDetails.Participants[1]?.ParticipantTag).toBe('LEG-B');
    expect(errorsOf(withLeg({ ParticipantTag: 'LEG-C' }))).toEqual([['CallDetails.Participants[1].ParticipantTag', 'enum']]);
    expect(errorsOf(withLeg({ ParticipantTag: 'LEGB' }))).toEqual([['CallDetails.Participants[1].ParticipantTag', 'enum']]);
  });

  it('checks Direction and Status against their documented values', () => {
    expect(errorsOf(withLeg({ Direction: 'Inbound/Outbound' }))).toEqual([['CallDetails.Participants[1].Direction', 'enum']]);
    expect(errorsOf(withLeg({ Status: 'Ringing' }))).toEqual([['CallDetails.Participants[1].Status', 'enum']]);
    const input = inbound();
    delete (((input.CallDetails as JsonObject).Participants as JsonObject[])[1] as JsonObject).Status;
    expect(parse(input).CallDetails.Participants[1]).not.toHaveProperty('Status');
  });

  it('takes StartTimeInMilliseconds as a string of digits of any length', () => {
    for (const time of ['15010595', '1597009588', '1641998241509', '159700958834234']) {
      expect(parse(withLeg({ StartTimeInMilliseconds: time })).CallDetails.Participants[1]?.StartTimeInMilliseconds).toBe(time);
    }
    expect(errorsOf(withLeg({ StartTimeInMilliseconds: 1641998241509 }))).toEqual([
      ['CallDetails.Participants[1].StartTimeInMilliseconds', 'type'],
    ]);
    expect(errorsOf(withLeg({ StartTimeInMilliseconds: '2022-01-12T10:00:00Z' }))).toEqual([
      ['CallDetails.Participants[1].StartTimeInMilliseconds', 'pattern'],
    ]);
  });

  it('never echoes phone numbers, SIP header or TransactionAttributes values', () => {
    const result = safeParseInvocationEvent(withLeg({ To: 14155550100, SipHeaders: { 'X-Secret': 42 } }));
    expect(result.success).toBe(false);
    const text = result.success ? '' : result.error.message;
    expect(text).toContain('CallDetails.Participants[1].To must be a string');
    expect(text).toContain('CallDetails.Participants[1].SipHeaders.X-Secret must be a string');
    expect(text).not.toMatch(/14155550100|42/);
    const attributes = safeParseInvocationEvent({
      ...inbound(),
      CallDetails: { ...BASE_CALL_DETAILS, TransactionAttributes: { pin: 123456 } },
    });
    expect(attributes.success ? [] : attributes.error.issues.map((i) => [i.path, i.code])).toEqual([
      ['CallDetails.TransactionAttributes.pin', 'type'],
    ]);
    expect(attributes.success ? '' : attributes.error.message).not.toContain('123456');
  });
});

describe('parseInvocationEvent: ActionData of ACTION_* events', () => {
  for (const type of ['ACTION_SUCCESSFUL', 'ACTION_FAILED', 'ACTION_INTERRUPTED']) {
    it(`${type}: ActionData with a known Type and a Parameters object is required`, () => {
      expect(errorsOf(event(type))).toEqual([['ActionData', 'required']]);
      expect(errorsOf(event(type, { ActionData: 'PlayAudio' }))).toEqual([['ActionData', 'type']]);
      const failure = type === 'ACTION_FAILED' ? { ErrorType: 'SystemException', ErrorMessage: 'x' } : {};
      expect(errorsOf(event(type, { ActionData: { Parameters: {}, ...failure } }))).toEqual([['ActionData.Type', 'required']]);
      expect(errorsOf(event(type, { ActionData: { Type: 7, Parameters: {}, ...failure } }))).toEqual([['ActionData.Type', 'type']]);
      expect(errorsOf(event(type, { ActionData: { Type: 'RecordMeeting', Parameters: {}, ...failure } }))).toEqual([
        ['ActionData.Type', 'unknown_action_type'],
      ]);
      expect(errorsOf(event(type, { ActionData: { Type: 'PlayAudio', ...failure } }))).toEqual([['ActionData.Parameters', 'required']]);
      expect(errorsOf(event(type, { ActionData: { Type: 'PlayAudio', Parameters: [], ...failure } }))).toEqual([
        ['ActionData.Parameters', 'type'],
      ]);
      expect(parse(event(type, { ActionData: { ...playAudio, ...failure } })).ActionData.Type).toBe('PlayAudio');
    });
  }

  it('keeps echoed Parameters verbatim (not validated: a failed action echoes its bad values) but normalises ParticipantTag', () => {
    const echoed = { ParticipantTag: 'leg-a', AudioSource: { Type: 'S3' }, Repeat: '0', Extra: true };
    const parsed = parse(
      event('ACTION_FAILED', {
        ActionData: { Type: 'PlayAudio', Parameters: echoed, ErrorType: 'InvalidActionParameter', ErrorMessage: 'bad' },
      }),
    );
    expect(parsed.ActionData.Parameters).toEqual({ ...echoed, ParticipantTag: 'LEG-A' });
  });

  it('ACTION_FAILED: ErrorType + ErrorMessage, or Error split into both (and kept)', () => {
    const base = { Type: 'JoinChimeMeeting', Parameters: { JoinToken: 't' } };
    expect(
      parse(event('ACTION_FAILED', { ActionData: { ...base, Error: 'ErrorJoiningMeeting: Error while joining meeting: timeout' } }))
        .ActionData,
    ).toEqual({
      ...base,
      Error: 'ErrorJoiningMeeting: Error while joining meeting: timeout',
      ErrorType: 'ErrorJoiningMeeting',
      ErrorMessage: 'Error while joining meeting: timeout',
    });
    expect(errorsOf(event('ACTION_FAILED', { ActionData: { ...base, Error: 'it broke' } }))).toEqual([['ActionData.Error', 'format']]);
    expect(errorsOf(event('ACTION_FAILED', { ActionData: { ...base, Error: { ErrorType: 'x' } } }))).toEqual([
      ['ActionData.Error', 'type'],
    ]);
    expect(errorsOf(event('ACTION_FAILED', { ActionData: base }))).toEqual([['ActionData.ErrorType', 'required']]);
    expect(errorsOf(event('ACTION_FAILED', { ActionData: { ...base, ErrorType: 'SystemException' } }))).toEqual([
      ['ActionData.ErrorMessage', 'required'],
    ]);
    expect(errorsOf(event('ACTION_FAILED', { ActionData: { ...base, ErrorType: 500, ErrorMessage: 'x' } }))).toEqual([
      ['ActionData.ErrorType', 'type'],
    ]);
    expect(
      errorsOf(event('ACTION_FAILED', { ActionData: { ...base, ErrorType: 'SystemException', ErrorMessage: 'x', ErrorList: {} } })),
    ).toEqual([['ActionData.ErrorList', 'type']]);
  });

  it('passes an undocumented ErrorType through verbatim (the closed union is the documented list)', () => {
    const parsed = parse(event('ACTION_FAILED', { ActionData: { ...playAudio, ErrorType: 'FutureError', ErrorMessage: 'x' } }));
    expect(parsed.ActionData.ErrorType).toBe('FutureError');
  });
});

describe('parseInvocationEvent: per-event ActionData', () => {
  const hangup = (parameters: JsonObject, type = 'Hangup') => event('HANGUP', { ActionData: { Type: type, Parameters: parameters } });

  it('HANGUP: SipResponseCode as number or numeric string (returned as a number)', () => {
    expect(
      parse(hangup({ SipResponseCode: 486, CallId: 'call-id-1', ParticipantTag: 'LEG-A' })).ActionData.Parameters.SipResponseCode,
    ).toBe(486);
    expect(
      parse(hangup({ SipResponseCode: '480', CallId: 'call-id-1', ParticipantTag: 'LEG-A' })).ActionData.Parameters.SipResponseCode,
    ).toBe(480);
    expect(
      parse(hangup({ SipResponseCode: '0', CallId: 'call-id-1', ParticipantTag: 'LEG-A' })).ActionData.Parameters.SipResponseCode,
    ).toBe(0);
    expect(errorsOf(hangup({ SipResponseCode: 'busy', CallId: 'call-id-1', ParticipantTag: 'LEG-A' }))).toEqual([
      ['ActionData.Parameters.SipResponseCode', 'type'],
    ]);
    expect(errorsOf(hangup({ SipResponseCode: -1, CallId: 'call-id-1', ParticipantTag: 'LEG-A' }))).toEqual([
      ['ActionData.Parameters.SipResponseCode', 'min'],
    ]);
  });

  it('HANGUP: which leg hung up is required; the tag in any case', () => {
    expect(parse(hangup({ CallId: 'call-id-2', ParticipantTag: 'Leg-B' })).ActionData.Parameters.ParticipantTag).toBe('LEG-B');
    expect(errorsOf(event('HANGUP'))).toEqual([['ActionData', 'required']]);
    expect(errorsOf(hangup({ ParticipantTag: 'LEG-A' }))).toEqual([['ActionData.Parameters.CallId', 'required']]);
    expect(errorsOf(hangup({ CallId: 'call-id-1' }))).toEqual([['ActionData.Parameters.ParticipantTag', 'required']]);
    expect(errorsOf(event('HANGUP', { ActionData: { Type: 'Hangup' } }))).toEqual([['ActionData.Parameters', 'required']]);
  });

  it('HANGUP: ActionData.Type may name the action that was running (PlayAudio here), not an unknown one', () => {
    expect(parse(hangup({ CallId: 'call-id-2', ParticipantTag: 'LEG-B' }, 'PlayAudio')).ActionData.Type).toBe('PlayAudio');
    expect(errorsOf(hangup({ CallId: 'call-id-2', ParticipantTag: 'LEG-B' }, 'HangUp'))).toEqual([
      ['ActionData.Type', 'unknown_action_type'],
    ]);
  });

  it('INVALID_LAMBDA_RESPONSE: errors at the top level or in ActionData (with or without Type), returned at the top level', () => {
    const top = parse(event('INVALID_LAMBDA_RESPONSE', { ErrorType: 'SchemaVersionMismatch', ErrorMessage: 'bad' }));
    expect([top.ErrorType, top.ErrorMessage, top.ActionData]).toEqual(['SchemaVersionMismatch', 'bad', undefined]);
    const inData = parse(event('INVALID_LAMBDA_RESPONSE', { ActionData: { ErrorType: 'error-type-1', ErrorMessage: 'error-msg-1' } }));
    expect([inData.ErrorType, inData.ErrorMessage]).toEqual(['error-type-1', 'error-msg-1']);
    expect(inData.ActionData).toEqual({ ErrorType: 'error-type-1', ErrorMessage: 'error-msg-1' });
    const typed = parse(
      event('INVALID_LAMBDA_RESPONSE', { ActionData: { Type: 'PlayAudio', Parameters: {}, ErrorType: 'x', ErrorMessage: 'y' } }),
    );
    expect(typed.ErrorType).toBe('x');
    expect(errorsOf(event('INVALID_LAMBDA_RESPONSE'))).toEqual([
      ['ErrorType', 'required'],
      ['ErrorMessage', 'required'],
    ]);
    expect(errorsOf(event('INVALID_LAMBDA_RESPONSE', { ActionData: { Type: 3, ErrorType: 'x', ErrorMessage: 'y' } }))).toEqual([
      ['ActionData.Type', 'type'],
    ]);
    expect(errorsOf(event('INVALID_LAMBDA_RESPONSE', { ErrorType: 1, ErrorMessage: 'y' }))).toEqual([['ErrorType', 'type']]);
  });

  it('NEW_OUTBOUND_CALL: CreateSipMediaApplicationCall arguments in ActionData.Parameters.Arguments', () => {
    const parsed = parse(event('NEW_OUTBOUND_CALL', { ActionData: { Parameters: { Arguments: { meetingId: 'm-1' } } } }));
    expect(parsed.ActionData.Parameters).toEqual({ Arguments: { meetingId: 'm-1' } });
    expect(parse(event('NEW_OUTBOUND_CALL')).ActionData).toBeUndefined();
    expect(errorsOf(event('NEW_OUTBOUND_CALL', { ActionData: { Parameters: { Arguments: { n: 1 } } } }))).toEqual([
      ['ActionData.Parameters.Arguments.n', 'type'],
    ]);
    const many = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, 'v']));
    expect(errorsOf(event('NEW_OUTBOUND_CALL', { ActionData: { Parameters: { Arguments: many } } }))).toEqual([
      ['ActionData.Parameters.Arguments', 'max_items'],
    ]);
    expect(errorsOf(event('NEW_OUTBOUND_CALL', { ActionData: [] }))).toEqual([['ActionData', 'type']]);
  });

  it('DIGITS_RECEIVED: ReceiveDigits with its ReceivedDigits', () => {
    const data = { ReceivedDigits: '11#', Type: 'ReceiveDigits', Parameters: { CallId: 'call-id-1' } };
    expect(parse(event('DIGITS_RECEIVED', { ActionData: data })).ActionData).toEqual(data);
    expect(errorsOf(event('DIGITS_RECEIVED'))).toEqual([['ActionData', 'required']]);
    expect(errorsOf(event('DIGITS_RECEIVED', { ActionData: { ...data, Type: 'PlayAudio' } }))).toEqual([['ActionData.Type', 'enum']]);
    expect(errorsOf(event('DIGITS_RECEIVED', { ActionData: { Type: 'ReceiveDigits', Parameters: {} } }))).toEqual([
      ['ActionData.ReceivedDigits', 'required'],
    ]);
    expect(errorsOf(event('DIGITS_RECEIVED', { ActionData: { ...data, ReceivedDigits: 11 } }))).toEqual([
      ['ActionData.ReceivedDigits', 'type'],
    ]);
  });

  it('CALL_UPDATE_REQUESTED: CallUpdateRequest with its Arguments', () => {
    const data = { Type: 'CallUpdateRequest', Parameters: { Arguments: { action: 'hangup' } } };
    expect(parse(event('CALL_UPDATE_REQUESTED', { ActionData: data })).ActionData).toEqual(data);
    expect(errorsOf(event('CALL_UPDATE_REQUESTED', { ActionData: { ...data, Type: 'CallUpdateRequested' } }))).toEqual([
      ['ActionData.Type', 'enum'],
    ]);
    expect(errorsOf(event('CALL_UPDATE_REQUESTED', { ActionData: { Type: 'CallUpdateRequest', Parameters: {} } }))).toEqual([
      ['ActionData.Parameters.Arguments', 'required'],
    ]);
  });
});
