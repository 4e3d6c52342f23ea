import { describe, expect, it, vi } from 'vitest';
import { actions, createSmaHandler, response, type SmaLogger, validateResponse } from '../../src/index.js';
import {
  actionFailedEvent,
  actionSuccessfulEvent,
  callUpdateRequestedEvent,
  hangupEvent,
  newInboundCallEvent,
  ringingEvent,
} from '../../src/testing/index.js';

const silent = (): SmaLogger & { lines: string[] } => {
  const lines: string[] = [];
  return { lines, warn: (line) => lines.push(`warn ${line}`), error: (line) => lines.push(`error ${line}`) };
};
const welcome = actions.playAudio({ audioSource: { type: 'S3', bucketName: 'b', key: 'welcome.wav' } });
const getDigits = actions.playAudioAndGetDigits({
  audioSource: { type: 'S3', bucketName: 'b', key: 'pin.wav' },
  failureAudioSource: { type: 'S3', bucketName: 'b', key: 'bad.wav' },
  repeatDurationInMilliseconds: 5000,
});
const HANGUP_480 = { SchemaVersion: '1.0', Actions: [{ Type: 'Hangup', Parameters: { SipResponseCode: '480' } }] };

describe('routing', () => {
  it('routes by event type, then by action type, with a default for the rest', async () => {
    const calls: string[] = [];
    const handler = createSmaHandler(
      {
        NEW_INBOUND_CALL: () => {
          calls.push('inbound');
          return response(welcome);
        },
        ACTION_SUCCESSFUL: {
          PlayAudioAndGetDigits: (event) => {
            calls.push(`digits ${event.ActionData.ReceivedDigits}`);
            return response();
          },
          default: (event) => {
            calls.push(`default ${event.ActionData.Type}`);
            return undefined;
          },
        },
        ACTION_FAILED: (event) => {
          calls.push(`failed ${event.ActionData.Type} ${event.ActionData.ErrorType}`);
          return response();
        },
      },
      { logger: silent() },
    );
    expect(await handler(newInboundCallEvent())).toEqual(response(welcome));
    expect(await handler(actionSuccessfulEvent(getDigits, { ReceivedDigits: '1234' }))).toEqual({ SchemaVersion: '1.0', Actions: [] });
    expect(await handler(actionSuccessfulEvent(welcome))).toEqual({ SchemaVersion: '1.0' });
    await handler(actionFailedEvent({ Type: 'JoinChimeMeeting', Parameters: { JoinToken: 't' } }, 'ErrorJoiningMeeting'));
    expect(calls).toEqual(['inbound', 'digits 1234', 'default PlayAudio', 'failed JoinChimeMeeting ErrorJoiningMeeting']);
  });

  it('answers the NULL action set for an event without a route', async () => {
    const handler = createSmaHandler({});
    expect(await handler(callUpdateRequestedEvent({ a: '1' }))).toEqual({ SchemaVersion: '1.0' });
    expect(await handler(actionSuccessfulEvent(welcome))).toEqual({ SchemaVersion: '1.0' });
  });

  it('gives each route the parsed, normalised event, the stored attributes and the Lambda context', async () => {
    const route = vi.fn((_event: unknown, _context: unknown) => undefined);
    const lambdaContext = { functionName: 'f' };
    const handler = createSmaHandler<{ step: string }>({ NEW_INBOUND_CALL: route });
    const raw = newInboundCallEvent({ smaIdKey: 'SipApplicationId', transactionAttributes: { step: 'two' } }) as unknown as Record<
      string,
      unknown
    >;
    const legacy: Record<string, unknown> = { ...raw, InvocationEvent: raw.InvocationEventType };
    delete legacy.InvocationEventType;
    await handler(legacy, lambdaContext);
    const [event, context] = route.mock.calls[0] as unknown as [Record<string, unknown>, { attributes: unknown; lambdaContext: unknown }];
    expect(event.InvocationEventType).toBe('NEW_INBOUND_CALL');
    expect(event.CallDetails).toHaveProperty('SipMediaApplicationId');
    expect(context.attributes).toEqual({ step: 'two' });
    expect(context.lambdaContext).toBe(lambdaContext);
  });

  it('sends events the parser rejects as unknown_event_type to the unrecognized route, or answers NULL with a warning', async () => {
    const future = { ...newInboundCallEvent(), InvocationEventType: 'CALL_TRANSFERRED' };
    const unrecognized = vi.fn((_event: unknown) => response());
    expect(await createSmaHandler({ unrecognized }, { logger: silent() })(future)).toEqual({ SchemaVersion: '1.0', Actions: [] });
    expect(unrecognized.mock.calls[0]?.[0]).toBe(future);
    const logger = silent();
    expect(await createSmaHandler({}, { logger })(future)).toEqual({ SchemaVersion: '1.0' });
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]).toMatch(/^warn chime-sma-kit: CALL_TRANSFERRED TransactionId=\S+ Sequence=1: unknown event type/);
  });
});

describe('safety', () => {
  /** The one line logged when the PlayAudioAndGetDigits route below throws. */
  const ROUTE_THREW_LINE =
    /^error chime-sma-kit: ACTION_SUCCESSFUL\/PlayAudioAndGetDigits TransactionId=\S+ Sequence=7: route threw: TypeError: directory down$/;

  it('answers the documented fallback (Hangup 480) and logs one line when a route throws', async () => {
    const logger = silent();
    const handler = createSmaHandler(
      {
        ACTION_SUCCESSFUL: {
          PlayAudioAndGetDigits: () => {
            throw new TypeError('directory down');
          },
        },
      },
      { logger },
    );
    expect(await handler(actionSuccessfulEvent(getDigits, { ReceivedDigits: '1' }, { sequence: 7 }))).toEqual(HANGUP_480);
    expect(logger.lines).toEqual([expect.stringMatching(ROUTE_THREW_LINE)]);
  });

  it('never logs a join token or a phone number', async () => {
    const logger = silent();
    const token = 'c2VjcmV0LWpvaW4tdG9rZW4tMTIzNDU2Nzg5MA==';
    const handler = createSmaHandler(
      {
        ACTION_FAILED: (event) => {
          const parameters = event.ActionData.Parameters as unknown as Record<string, unknown>;
          throw new Error(`cannot rejoin ${String(parameters.JoinToken)} for caller ${event.CallDetails.Participants[0]?.From}`);
        },
      },
      { logger },
    );
    await handler(
      actionFailedEvent({ Type: 'JoinChimeMeeting', Parameters: { JoinToken: token } }, 'SystemException', { from: '+15105550199' }),
    );
    const [line] = logger.lines;
    expect(line).not.toContain(token);
    expect(line).not.toContain('+15105550199');
    expect(line).toContain('[redacted, 40 characters]');
    expect(line).toContain('+*******0199');
  });

  it('masks a credential that never appeared in the event (a token from a lookup), and keeps UUIDs', async () => {
    const logger = silent();
    const lookedUp = 'ZTAzNzhmYWEtMDdmZi00ZjQ1LTk1YzAtOWRhYWYyNjI0NWNhOjdmNTIyYWZi';
    const meetingId = '1e6bf4f5-f4b5-4917-b8c9-bda45c340706';
    let callId = '';
    const handler = createSmaHandler(
      {
        ACTION_SUCCESSFUL: (event) => {
          callId = event.CallDetails.Participants[0]?.CallId ?? '';
          throw new Error(`cannot join meeting ${meetingId} on call ${callId} with token ${lookedUp}`);
        },
      },
      { logger },
    );
    const event = actionSuccessfulEvent(getDigits, { ReceivedDigits: '1' });
    expect(JSON.stringify(event)).not.toContain(lookedUp);
    await handler(event);
    const [line] = logger.lines;
    expect(line).not.toContain(lookedUp);
    expect(line).toContain(`with token [redacted, ${lookedUp.length} characters]`);
    expect(line).toContain(`cannot join meeting ${meetingId} on call ${callId}`);
    expect(callId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(line).toContain(`TransactionId=${event.CallDetails.TransactionId}`);
  });

  it('uses onError first, and the fallback when onError throws too', async () => {
    const onError = vi.fn((_error: unknown) => response(welcome));
    const throwing = () => {
      throw new Error('boom');
    };
    const logger = silent();
    expect(await createSmaHandler({ NEW_INBOUND_CALL: throwing, onError }, { logger })(newInboundCallEvent())).toEqual(response(welcome));
    expect(onError.mock.calls[0]?.[0]).toEqual(new Error('boom'));
    const failing = createSmaHandler({ NEW_INBOUND_CALL: throwing, onError: throwing }, { logger });
    expect(await failing(newInboundCallEvent())).toEqual(HANGUP_480);
    expect(logger.lines.filter((line) => line.includes('onError threw'))).toHaveLength(1);
  });

  it('takes a fallback response or function', async () => {
    const throwing = () => {
      throw new Error('boom');
    };
    const fixed = createSmaHandler({ NEW_INBOUND_CALL: throwing }, { logger: silent(), fallback: response(welcome) });
    expect(await fixed(newInboundCallEvent())).toEqual(response(welcome));
    const fallback = vi.fn((_info: unknown) => response());
    await createSmaHandler({ NEW_INBOUND_CALL: throwing }, { logger: silent(), fallback })(newInboundCallEvent());
    expect(fallback.mock.calls[0]?.[0]).toMatchObject({ reason: 'route_error', event: { InvocationEventType: 'NEW_INBOUND_CALL' } });
  });

  it('answers the fallback for an event that does not parse, without calling any route', async () => {
    const logger = silent();
    const route = vi.fn();
    const handler = createSmaHandler({ NEW_INBOUND_CALL: route }, { logger });
    const broken: Record<string, unknown> = { ...newInboundCallEvent() };
    delete broken.CallDetails;
    expect(await handler(broken)).toEqual(HANGUP_480);
    expect(await handler('not an event')).toEqual(HANGUP_480);
    expect(route).not.toHaveBeenCalled();
    expect(logger.lines[0]).toMatch(/^error chime-sma-kit: NEW_INBOUND_CALL Sequence=1: could not parse the event: CallDetails/);
  });

  it('checks route responses with validateResponse unless told not to', async () => {
    const bad = () => ({ SchemaVersion: '1.0' as const, Actions: Array.from({ length: 11 }, () => welcome.toJSON()) });
    const logger = silent();
    expect(await createSmaHandler({ NEW_INBOUND_CALL: bad }, { logger })(newInboundCallEvent())).toEqual(HANGUP_480);
    expect(logger.lines[0]).toMatch(/route returned an invalid response: Actions must have at most 10/);
    expect((await createSmaHandler({ NEW_INBOUND_CALL: bad }, { validateResponses: false })(newInboundCallEvent())).Actions).toHaveLength(
      11,
    );
  });

  it("logs the validator's warnings, with their hints, for a response it returns, and next to the errors of one it rejects", async () => {
    const callId = newInboundCallEvent().CallDetails.Participants[0]?.CallId ?? '';
    // Plain wire actions, as a route that skips the builders returns them (hence `as never`).
    // A misspelt key: the service ignores it (a warning), so Text is missing (an error).
    const misspelt = { Type: 'Speak', Parameters: { CallId: callId, Txt: 'Hello' } };
    const ignoredKey = { Type: 'Speak', Parameters: { CallId: callId, Text: 'Hello', VoiceID: 'Joanna' } };
    const expectedHints = (action: unknown) =>
      validateResponse({ SchemaVersion: '1.0', Actions: [action] })
        .issues.filter((issue) => issue.severity === 'warning')
        .map((issue) => issue.message);

    const logger = silent();
    const handler = createSmaHandler({ NEW_INBOUND_CALL: () => ({ SchemaVersion: '1.0', Actions: [ignoredKey] }) as never }, { logger });
    expect(await handler(newInboundCallEvent())).toEqual({ SchemaVersion: '1.0', Actions: [ignoredKey] });
    const [hint] = expectedHints(ignoredKey);
    expect(hint).toMatch(/^Actions\[0\]\.Parameters\.VoiceID /);
    expect(logger.lines).toEqual([expect.stringMatching(/^warn chime-sma-kit: NEW_INBOUND_CALL .*: the response has a warning: /)]);
    expect(logger.lines[0]).toContain(hint);

    const rejecting = silent();
    expect(
      await createSmaHandler(
        { NEW_INBOUND_CALL: () => ({ SchemaVersion: '1.0', Actions: [misspelt] }) as never },
        { logger: rejecting },
      )(newInboundCallEvent()),
    ).toEqual(HANGUP_480);
    expect(rejecting.lines).toHaveLength(1);
    expect(rejecting.lines[0]).toMatch(/route returned an invalid response: Actions\[0\]\.Parameters\.Text is required/);
    for (const message of expectedHints(misspelt)) expect(rejecting.lines[0]).toContain(message);
    expect(rejecting.lines[0]).toContain('Actions[0].Parameters.Txt');
  });

  it('counts the warnings of a response it returns and joins their messages with "; "', async () => {
    const callId = newInboundCallEvent().CallDetails.Participants[0]?.CallId ?? '';
    const twoKeys = { Type: 'Speak', Parameters: { CallId: callId, Text: 'Hello', VoiceID: 'Joanna', Lang: 'en' } };
    const hints = validateResponse({ SchemaVersion: '1.0', Actions: [twoKeys] }).issues.map((issue) => issue.message);
    expect(hints).toHaveLength(2);
    const logger = silent();
    await createSmaHandler(
      { NEW_INBOUND_CALL: () => ({ SchemaVersion: '1.0', Actions: [twoKeys] }) as never },
      { logger },
    )(newInboundCallEvent());
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]).toMatch(/^warn chime-sma-kit: NEW_INBOUND_CALL .*: the response has 2 warnings: /);
    expect(logger.lines[0]?.endsWith(`: the response has 2 warnings: ${hints.join('; ')}`)).toBe(true);
  });

  it('handles the responses the service ignores: no hang-up fallback, a warning for ignored actions', async () => {
    const logger = silent();
    const throwing = () => {
      throw new Error('boom');
    };
    const handler = createSmaHandler({ RINGING: throwing, HANGUP: () => response(welcome) }, { logger });
    expect(await handler(ringingEvent())).toEqual({ SchemaVersion: '1.0', Actions: [] });
    // Single-leg HANGUP: ignored by the service.
    expect(await handler(hangupEvent())).toEqual(response(welcome));
    expect(logger.lines[1]).toMatch(/^warn chime-sma-kit: HANGUP .*: the service ignores the actions of a response to this event/);
    // Bridged call, LEG-B hung up, LEG-A still connected: the actions run; no warning.
    await handler(hangupEvent({ legB: 'pstn', leg: 'LEG-B' }));
    expect(logger.lines).toHaveLength(2);
  });
});
