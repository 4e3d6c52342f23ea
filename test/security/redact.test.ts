import { describe, expect, it } from 'vitest';
import joinedEvent from '../fixtures/invocation.ACTION_SUCCESSFUL.JoinChimeMeeting.use-case.json' with { type: 'json' };
import sipHeadersEvent from '../fixtures/invocation.ACTION_FAILED.CallAndBridge.sip-headers.json' with { type: 'json' };
import updateEvent from '../fixtures/invocation.CALL_UPDATE_REQUESTED.update-sip-call.json' with { type: 'json' };
import setAttributes from '../fixtures/response.set-transaction-attributes.json' with { type: 'json' };
import { MAX_DEPTH, actions, redact } from '../../src/index.js';

const TOKEN = 'ZTJmNjI2NmQtYjE5Ny00ZjQ5LWJhMjEtNWFmMWM2ZTk2NWJmOjcwNGU3ZGQ3';
const PHONE = '+14155550123';

describe('redact: what it masks by default', () => {
  it('masks join tokens anywhere, in wire and builder form', () => {
    const wire = { Type: 'JoinChimeMeeting', Parameters: { JoinToken: TOKEN, MeetingId: 'm-1' } };
    expect(redact(wire)).toEqual({
      Type: 'JoinChimeMeeting',
      Parameters: { JoinToken: `[redacted, ${TOKEN.length} characters]`, MeetingId: 'm-1' },
    });
    expect(redact({ attendee: { joinToken: TOKEN } })).toEqual({ attendee: { joinToken: `[redacted, ${TOKEN.length} characters]` } });
    const built = actions.joinChimeMeeting({ joinToken: TOKEN }).onLeg('LEG-A').toJSON();
    expect(JSON.stringify(redact(built))).not.toContain(TOKEN);
    expect(redact({ JoinToken: 42 })).toEqual({ JoinToken: '[redacted value]' });
  });

  it('masks the phone numbers of a documented event, keeping the last four digits and "SMA"', () => {
    const copy = redact(joinedEvent) as typeof joinedEvent;
    expect(copy.CallDetails.Participants[0]).toMatchObject({ To: '+*******7890', From: '+*******3210', CallId: 'call-id-1' });
    expect(copy.CallDetails.Participants[1]).toMatchObject({ To: 'SMA', From: '+*******0122' });
    expect(copy.ActionData.Parameters.JoinToken).toBe('[redacted, 27 characters]');
    // Everything else is kept as it was.
    expect(copy.CallDetails.TransactionId).toBe('transaction-id');
    expect(copy.CallDetails.Participants[0]?.StartTimeInMilliseconds).toBe('159700958834234');
    expect(copy.Sequence).toBe(3);
  });

  it('masks CallerIdNumber, PSTN and AWS endpoint Uris, EventBridge fromNumber/toNumber', () => {
    const action = actions
      .callAndBridge({
        callerIdNumber: PHONE,
        endpoints: [
          { bridgeEndpointType: 'PSTN', uri: '+14155550199' },
          { bridgeEndpointType: 'AWS', arn: 'arn:aws:chime:us-east-1:1:vc/x', uri: '5105550122' },
        ],
      })
      .toJSON();
    expect(redact(action)).toEqual({
      Type: 'CallAndBridge',
      Parameters: {
        CallerIdNumber: '+*******0123',
        Endpoints: [
          { BridgeEndpointType: 'PSTN', Uri: '+*******0199' },
          { BridgeEndpointType: 'AWS', Arn: 'arn:aws:chime:us-east-1:1:vc/x', Uri: '******0122' },
        ],
      },
    });
    expect(redact({ detail: { fromNumber: '+12065550100', toNumber: '+13605550199' } })).toEqual({
      detail: { fromNumber: '+*******0100', toNumber: '+*******0199' },
    });
    expect(redact({ Uri: 'alice' })).toEqual({ Uri: 'alice' });
  });

  it('masks E.164 numbers inside any other string, and leaves other digit runs alone', () => {
    expect(redact({ ErrorMessage: `Cannot call ${PHONE}: busy`, StartTimeInMilliseconds: '1641998241509' })).toEqual({
      ErrorMessage: 'Cannot call +*******0123: busy',
      StartTimeInMilliseconds: '1641998241509',
    });
    expect(redact(`log ${PHONE}`)).toBe('log +*******0123');
  });

  it('masks credential-like runs inside any other string (a token in an error), not UUIDs or ARNs; joinTokens: false keeps them', () => {
    const error = {
      ErrorMessage: `join failed with ${TOKEN} for meeting 1e6bf4f5-f4b5-4917-b8c9-bda45c340706`,
      BotAliasArn: 'arn:aws:lex:us-east-1:123456789012:bot-alias/GHJ5K0PQ1R/TSTALIASID',
    };
    expect(redact(error)).toEqual({
      ErrorMessage: `join failed with [redacted, ${TOKEN.length} characters] for meeting 1e6bf4f5-f4b5-4917-b8c9-bda45c340706`,
      BotAliasArn: error.BotAliasArn,
    });
    expect(redact(new Error(`token ${TOKEN}`))).toEqual({ name: 'Error', message: `token [redacted, ${TOKEN.length} characters]` });
    expect(redact(error, { joinTokens: false })).toEqual(error);
  });

  it('masks SIP header values, TransactionAttributes, SessionAttributes and Arguments values, keeping keys', () => {
    const headers = redact(sipHeadersEvent) as typeof sipHeadersEvent;
    expect(headers.ActionData.Parameters.SipHeaders).toEqual({
      'X-AMZN': '[redacted, 6 characters]',
      'User-to-User': '[redacted, 77 characters]',
      Diversion: '[redacted, 53 characters]',
    });
    expect(JSON.stringify(headers)).not.toContain('11234567891');
    expect((redact(setAttributes) as typeof setAttributes).TransactionAttributes).toEqual({
      key1: '[redacted, 6 characters]',
      key2: '[redacted, 6 characters]',
    });
    expect((redact(updateEvent) as typeof updateEvent).ActionData.Parameters.Arguments).toEqual({ string: '[redacted, 6 characters]' });
    expect(redact({ IntentResult: { SessionState: { SessionAttributes: { pin: '1234', nested: { a: 1 } } } } })).toEqual({
      IntentResult: { SessionState: { SessionAttributes: { pin: '[redacted, 4 characters]', nested: '[redacted value]' } } },
    });
    // A map that is not an object is masked whole; null stays null.
    expect(redact({ TransactionAttributes: 'pin=1234', SipHeaders: null, ArgumentsMap: ['x'] })).toEqual({
      TransactionAttributes: '[redacted, 8 characters]',
      SipHeaders: null,
      ArgumentsMap: '[redacted value]',
    });
  });

  it('masks DTMF digits (a PIN)', () => {
    expect(redact({ ActionData: { ReceivedDigits: '4321' }, Parameters: { Digits: '1234#' } })).toEqual({
      ActionData: { ReceivedDigits: '[redacted, 4 characters]' },
      Parameters: { Digits: '[redacted, 5 characters]' },
    });
  });

  it('redacts JSON text held in a string as the value it holds', () => {
    const text = JSON.stringify({ JoinToken: TOKEN, From: PHONE, Note: 'kept' });
    const copy = redact({ body: text }) as { body: string };
    expect(JSON.parse(copy.body)).toEqual({ JoinToken: `[redacted, ${TOKEN.length} characters]`, From: '+*******0123', Note: 'kept' });
    expect(redact('{not json +14155550123')).toBe('{not json +*******0123');
    // Encoded twice: a JSON string literal holding JSON text.
    const twice = redact(JSON.stringify(text)) as string;
    expect(twice).not.toContain(TOKEN);
    expect(JSON.parse(JSON.parse(twice) as string)).toMatchObject({ From: '+*******0123', Note: 'kept' });
  });
});

describe('redact: options', () => {
  it('turns categories off one by one', () => {
    const value = {
      JoinToken: TOKEN,
      From: PHONE,
      Text: `call ${PHONE}`,
      SipHeaders: { 'x-a': 'v' },
      TransactionAttributes: { k: 'v' },
      SessionAttributes: { k: 'v' },
      Arguments: { k: 'v' },
      ReceivedDigits: '12',
    };
    expect(redact(value, { joinTokens: false })).toMatchObject({ JoinToken: TOKEN, From: '+*******0123' });
    expect(redact(value, { phoneNumbers: false })).toMatchObject({
      From: PHONE,
      Text: `call ${PHONE}`,
      JoinToken: `[redacted, ${TOKEN.length} characters]`,
    });
    expect(redact(value, { sipHeaders: false })).toMatchObject({
      SipHeaders: { 'x-a': 'v' },
      TransactionAttributes: { k: '[redacted, 1 characters]' },
    });
    expect(redact(value, { transactionAttributes: false })).toMatchObject({
      TransactionAttributes: { k: 'v' },
      SessionAttributes: { k: '[redacted, 1 characters]' },
    });
    expect(redact(value, { sessionAttributes: false })).toMatchObject({
      SessionAttributes: { k: 'v' },
      Arguments: { k: '[redacted, 1 characters]' },
    });
    expect(redact(value, { arguments: false })).toMatchObject({ Arguments: { k: 'v' }, ReceivedDigits: '[redacted, 2 characters]' });
    expect(redact(value, { digits: false })).toMatchObject({ ReceivedDigits: '12', SipHeaders: { 'x-a': '[redacted, 1 characters]' } });
  });

  it('masks extra keys completely, without letter case', () => {
    expect(redact({ attendee: { ExternalUserId: 'alice@example.com', AttendeeId: 'a-1' } }, { keys: ['externalUserId'] })).toEqual({
      attendee: { ExternalUserId: '[redacted, 17 characters]', AttendeeId: 'a-1' },
    });
  });

  it('truncates below maxDepth', () => {
    expect(redact({ a: { b: { c: 1 } } }, { maxDepth: 2 })).toEqual({ a: { b: '[Truncated]' } });
    let deep: unknown = 'leaf';
    for (let i = 0; i < 10_000; i += 1) deep = [deep];
    let copy = redact(deep);
    let levels = 0;
    while (Array.isArray(copy)) {
      copy = copy[0];
      levels += 1;
    }
    expect(levels).toBe(MAX_DEPTH);
    expect(copy).toBe('[Truncated]');
  });
});

describe('redact: hostile values', () => {
  it('copies __proto__, constructor and prototype keys as plain keys, polluting nothing', () => {
    const hostile = JSON.parse(`{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "To": "${PHONE}"}`);
    const copy = redact(hostile) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__', 'constructor', 'To']);
    expect(Object.getOwnPropertyDescriptor(copy, '__proto__')?.value).toEqual({ polluted: 'yes' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(copy.To).toBe('+*******0123');
  });

  it('replaces cycles, keeps shared references, and never changes its input', () => {
    const shared = { From: PHONE };
    const cyclic: Record<string, unknown> = { a: shared, b: shared };
    cyclic.self = cyclic;
    const before = structuredClone(cyclic);
    expect(redact(cyclic)).toEqual({ a: { From: '+*******0123' }, b: { From: '+*******0123' }, self: '[Circular]' });
    expect(cyclic).toEqual(before);
    expect(shared.From).toBe(PHONE);
  });

  it('never throws: getters that throw, proxies, odd types', () => {
    const getter = Object.defineProperty({ ok: 1 }, 'bad', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    expect(redact(getter)).toEqual({ ok: 1, bad: '[Unreadable]' });
    const proxy = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('boom');
        },
      },
    );
    expect(redact({ proxy })).toEqual({ proxy: '[Unreadable]' });
    expect(
      redact({
        big: 12n,
        when: new Date(0),
        bad: new Date(Number.NaN),
        f: function named() {},
        s: Symbol('x'),
        u: undefined,
        n: Number.NaN,
      }),
    ).toEqual({
      big: '12n',
      when: '1970-01-01T00:00:00.000Z',
      bad: 'Invalid Date',
      f: '[function named]',
      s: 'Symbol(x)',
      u: undefined,
      n: Number.NaN,
    });
    expect(redact(new Uint8Array(3))).toBe('[binary, 3 bytes]');
    expect(
      redact(
        new Map<unknown, unknown>([
          ['JoinToken', TOKEN],
          [1, PHONE],
        ]),
      ),
    ).toEqual([
      ['JoinToken', `[redacted, ${TOKEN.length} characters]`],
      [1, '+*******0123'],
    ]);
    expect(redact(new Set([PHONE]))).toEqual(['+*******0123']);
    const hostileOptions = Object.defineProperty({}, 'joinTokens', {
      get: () => {
        throw new Error('boom');
      },
    });
    expect(redact({ a: 1 }, hostileOptions)).toBe('[Unreadable]');
    expect(() => JSON.stringify(redact({ big: 1n, cyc: getter }))).not.toThrow();
  });

  it('masks an Error, with its own fields', () => {
    const error = Object.assign(new Error(`cannot call ${PHONE}`), { JoinToken: TOKEN });
    expect(redact(error)).toEqual({
      name: 'Error',
      message: 'cannot call +*******0123',
      JoinToken: `[redacted, ${TOKEN.length} characters]`,
    });
  });
});
