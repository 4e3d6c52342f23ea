/**
 * The router's contract, pinned: which route runs, what each fallback answers, and the exact log
 * lines (what happened, to which event, and why), for each branch of createSmaHandler.
 */
import { describe, expect, it } from 'vitest';
import { actions, createSmaHandler, isIgnoredEvent, response, type SmaLogger } from '../../src/index.js';
import {
  actionFailedEvent,
  actionInterruptedEvent,
  actionSuccessfulEvent,
  callAnsweredEvent,
  hangupEvent,
  newInboundCallEvent,
  newOutboundCallEvent,
  ringingEvent,
} from '../../src/testing/index.js';

const HANGUP_480 = { SchemaVersion: '1.0', Actions: [{ Type: 'Hangup', Parameters: { SipResponseCode: '480' } }] };
const NULL_SET = { SchemaVersion: '1.0' };
const EMPTY = { SchemaVersion: '1.0', Actions: [] };
const welcome = actions.playAudio({ audioSource: { type: 'S3', bucketName: 'b', key: 'welcome.wav' } });
const pause = actions.pause({ durationInMilliseconds: 100 });

const recording = (): SmaLogger & { lines: string[] } => {
  const lines: string[] = [];
  return { lines, warn: (line) => lines.push(`warn ${line}`), error: (line) => lines.push(`error ${line}`) };
};
const boom = (): never => {
  throw new Error('boom');
};

describe('isIgnoredEvent', () => {
  it('is true for NEW_OUTBOUND_CALL, RINGING, ACTION_INTERRUPTED and a HANGUP with no connected participant', () => {
    expect(isIgnoredEvent(newOutboundCallEvent())).toBe(true);
    expect(isIgnoredEvent(ringingEvent())).toBe(true);
    expect(isIgnoredEvent(actionInterruptedEvent(pause))).toBe(true);
    expect(isIgnoredEvent(hangupEvent())).toBe(true);
    expect(isIgnoredEvent(hangupEvent({ legB: 'pstn', leg: 'LEG-B' }))).toBe(false);
    expect(isIgnoredEvent(newInboundCallEvent())).toBe(false);
    expect(isIgnoredEvent(callAnsweredEvent())).toBe(false);
    expect(isIgnoredEvent(actionSuccessfulEvent(welcome))).toBe(false);
  });
});

describe('routing by action type', () => {
  it('uses the route of the action type, else default, else the NULL action set; only own keys, only functions', async () => {
    const calls: string[] = [];
    const handler = createSmaHandler({
      ACTION_SUCCESSFUL: {
        PlayAudio: () => void calls.push('PlayAudio'),
        Pause: 'not a function' as never,
        default: () => void calls.push('default'),
      },
      ACTION_FAILED: { PlayAudio: () => void calls.push('failed PlayAudio'), default: 'nothing' as never },
      ACTION_INTERRUPTED: 'not a route' as never,
    });
    expect(await handler(actionSuccessfulEvent(welcome))).toEqual(NULL_SET);
    expect(await handler(actionSuccessfulEvent(pause))).toEqual(NULL_SET);
    expect(await handler(actionFailedEvent(pause, 'SystemException'))).toEqual(NULL_SET);
    expect(await handler(actionInterruptedEvent(pause))).toEqual(NULL_SET);
    expect(calls).toEqual(['PlayAudio', 'default']);
    const inherited = createSmaHandler({ ACTION_SUCCESSFUL: Object.create({ PlayAudio: () => void calls.push('inherited') }) as never });
    await inherited(actionSuccessfulEvent(welcome));
    expect(calls).toEqual(['PlayAudio', 'default']);
  });
});

describe('fallbacks and log lines', () => {
  it('a route that throws: one error line naming the event, the action, the transaction and the sequence', async () => {
    const logger = recording();
    const event = actionFailedEvent(pause, 'SystemException', { sequence: 3 });
    expect(await createSmaHandler({ ACTION_FAILED: boom }, { logger })(event)).toEqual(HANGUP_480);
    expect(logger.lines).toEqual([`error chime-sma-kit: ACTION_FAILED/Pause TransactionId=${event.CallDetails.TransactionId} Sequence=3: route threw: Error: boom`]);
  });

  it('an ignored event gets the empty action list when its route throws, not a hang-up, and no fallback is asked', async () => {
    let asked = false;
    const handler = createSmaHandler(
      { RINGING: boom, NEW_OUTBOUND_CALL: boom, ACTION_INTERRUPTED: boom },
      { logger: recording(), fallback: () => ((asked = true), response(welcome)) },
    );
    expect(await handler(ringingEvent())).toEqual(EMPTY);
    expect(await handler(newOutboundCallEvent())).toEqual(EMPTY);
    expect(await handler(actionInterruptedEvent(pause))).toEqual(EMPTY);
    expect(asked).toBe(false);
  });

  it('onError answers for a route error and a parse error, not for an invalid response', async () => {
    const reasons: string[] = [];
    const logger = recording();
    const handler = createSmaHandler(
      {
        NEW_INBOUND_CALL: boom,
        CALL_ANSWERED: () => ({ SchemaVersion: '2.0' }) as never,
        onError: (error, event) => {
          reasons.push(`${event?.InvocationEventType ?? 'no event'}: ${(error as Error).message.split('\n')[0]}`);
          return response(welcome);
        },
      },
      { logger },
    );
    expect(await handler(newInboundCallEvent())).toEqual(response(welcome));
    expect(await handler({ SchemaVersion: '1.0' })).toEqual(response(welcome));
    expect(await handler(callAnsweredEvent())).toEqual(HANGUP_480);
    expect(reasons).toEqual(['NEW_INBOUND_CALL: boom', 'no event: Invalid invocation event (1 issue):']);
    expect(logger.lines[2]).toMatch(/^error chime-sma-kit: CALL_ANSWERED TransactionId=\S+ Sequence=\d+: route returned an invalid response: SchemaVersion must be one of "1.0", got "2.0"$/);
  });

  it('an onError that returns an invalid response gets the fallback, and its problem is logged', async () => {
    const logger = recording();
    const handler = createSmaHandler({ NEW_INBOUND_CALL: boom, onError: () => ({ SchemaVersion: '2.0' }) as never }, { logger });
    expect(await handler(newInboundCallEvent())).toEqual(HANGUP_480);
    expect(logger.lines.map((line) => line.replace(/: NEW_INBOUND_CALL TransactionId=\S+ Sequence=1:/, ': <event>:'))).toEqual([
      'error chime-sma-kit: <event>: route threw: Error: boom',
      'error chime-sma-kit: <event>: route returned an invalid response: SchemaVersion must be one of "1.0", got "2.0"',
    ]);
  });

  it('an onError that throws is logged as such, then the fallback answers', async () => {
    const logger = recording();
    const handler = createSmaHandler({ NEW_INBOUND_CALL: boom, onError: () => boom() }, { logger, fallback: response(pause) });
    expect(await handler(newInboundCallEvent())).toEqual(response(pause));
    expect(logger.lines[1]).toMatch(/^error chime-sma-kit: NEW_INBOUND_CALL TransactionId=\S+ Sequence=1: onError threw: Error: boom$/);
  });

  it('the fallback function gets the reason, the event and the error', async () => {
    const infos: unknown[] = [];
    const handler = createSmaHandler({ NEW_INBOUND_CALL: boom }, { logger: recording(), fallback: (info) => (infos.push(info), response()) });
    await handler(null);
    const event = newInboundCallEvent();
    await handler(event);
    expect(infos).toEqual([
      { reason: 'parse_error', event: undefined, error: expect.objectContaining({ name: 'SmaValidationError' }) },
      { reason: 'route_error', event: expect.objectContaining({ InvocationEventType: 'NEW_INBOUND_CALL' }), error: new Error('boom') },
    ]);
  });

  it('a parse error is logged with the errors only, joined by "; "', async () => {
    const logger = recording();
    const broken = { ...newInboundCallEvent(), SchemaVersion: '2.0', Sequence: 0 };
    await createSmaHandler({}, { logger })(broken);
    expect(logger.lines).toEqual([
      `error chime-sma-kit: NEW_INBOUND_CALL TransactionId=${broken.CallDetails.TransactionId} Sequence=0: could not parse the event: SchemaVersion must be one of "1.0", got "2.0"; Sequence must be at least 1, got 0`,
    ]);
  });

  it('labels an event by its InvocationEvent spelling, and cuts long or odd labels', async () => {
    const logger = recording();
    const handler = createSmaHandler({}, { logger });
    const raw = newInboundCallEvent() as unknown as Record<string, unknown>;
    const { InvocationEventType: _type, ...rest } = raw;
    await handler({ ...rest, InvocationEvent: 'SOMETHING_NEW' });
    await handler({ ...rest, InvocationEventType: 'X'.repeat(150), Sequence: '7', CallDetails: { ...(raw.CallDetails as object), TransactionId: 42 } });
    await handler({ ...rest, InvocationEventType: 7, CallDetails: 'none' });
    expect(logger.lines[0]).toMatch(/^warn chime-sma-kit: SOMETHING_NEW TransactionId=\S+ Sequence=1: unknown event type, answered with the NULL action set \(add an "unrecognized" route to handle it\)$/);
    expect(logger.lines[1]).toMatch(new RegExp(`^warn chime-sma-kit: ${'X'.repeat(100)} TransactionId=42: unknown event type`));
    expect(logger.lines[2]).toBe('warn chime-sma-kit: 7 Sequence=1: unknown event type, answered with the NULL action set (add an "unrecognized" route to handle it)');
  });

  it('an unknown action type goes to unrecognized (or the NULL action set with a warning naming the action)', async () => {
    const future = { ...actionSuccessfulEvent(welcome), ActionData: { Type: 'PlayVideo', Parameters: {} } };
    const logger = recording();
    expect(await createSmaHandler({ ACTION_SUCCESSFUL: boom }, { logger })(future)).toEqual(NULL_SET);
    expect(logger.lines).toEqual([
      `warn chime-sma-kit: ACTION_SUCCESSFUL/PlayVideo TransactionId=${future.CallDetails.TransactionId} Sequence=${future.Sequence}: unknown action type, answered with the NULL action set (add an "unrecognized" route to handle it)`,
    ]);
    const seen: unknown[] = [];
    expect(await createSmaHandler({ unrecognized: (raw) => (seen.push(raw), response(welcome)) })(future)).toEqual(response(welcome));
    expect(seen).toEqual([future]);
    // An unrecognized route that throws or answers an invalid response gets the fallback.
    const throwing = recording();
    expect(await createSmaHandler({ unrecognized: boom }, { logger: throwing })(future)).toEqual(HANGUP_480);
    expect(throwing.lines[0]).toMatch(/^error chime-sma-kit: ACTION_SUCCESSFUL\/PlayVideo TransactionId=\S+ Sequence=\d+: route threw: Error: boom$/);
    expect(await createSmaHandler({ unrecognized: () => ({ SchemaVersion: '2.0' }) as never }, { logger: recording() })(future)).toEqual(HANGUP_480);
    // Not a forward-compatible case: an unknown action type in a broken event is a parse error.
    const broken = { ...future, SchemaVersion: '2.0' };
    expect(await createSmaHandler({ unrecognized: () => response() }, { logger: recording() })(broken)).toEqual(response());
  });

  it('warns once when actions are answered to an event whose actions the service ignores, and keeps the answer', async () => {
    const logger = recording();
    const handler = createSmaHandler({ RINGING: () => response(welcome), NEW_OUTBOUND_CALL: () => response() }, { logger });
    expect(await handler(ringingEvent())).toEqual(response(welcome));
    expect(await handler(newOutboundCallEvent())).toEqual(response());
    expect(logger.lines).toEqual([
      expect.stringMatching(/^warn chime-sma-kit: RINGING TransactionId=\S+ Sequence=\d+: the service ignores the actions of a response to this event \(TransactionAttributes are kept\)$/),
    ]);
  });

  it('with validateResponses false, an invalid answer is returned as it is', async () => {
    const invalid = { SchemaVersion: '2.0' };
    expect(await createSmaHandler({ NEW_INBOUND_CALL: () => invalid as never }, { validateResponses: false })(newInboundCallEvent())).toBe(invalid);
  });

  it('an event without a type is labelled "event" in the log', async () => {
    const logger = recording();
    await createSmaHandler({}, { logger })({ SchemaVersion: '1.0' });
    expect(logger.lines).toEqual([
      'error chime-sma-kit: event: could not parse the event: InvocationEventType is required (the event type, such as "NEW_INBOUND_CALL"; also accepted as InvocationEvent)',
    ]);
  });

  it('a log line has no trailing whitespace from a thrown message', async () => {
    const logger = recording();
    await createSmaHandler({ NEW_INBOUND_CALL: () => { throw new Error('boom \n\t'); } }, { logger })(newInboundCallEvent());
    expect(logger.lines[0]).toMatch(/route threw: Error: boom$/);
  });

  it('an invalid response is logged with its errors only (not its warnings), and the fallback gets the error', async () => {
    const logger = recording();
    const errors: unknown[] = [];
    const answer = { SchemaVersion: '2.0', Actions: [{ Type: 'Pause', Parameters: { DurationInMilliseconds: 100, Extra: 1 } }] };
    const handler = createSmaHandler({ NEW_INBOUND_CALL: () => answer as never }, { logger, fallback: ({ error }) => (errors.push(error), response()) });
    expect(await handler(newInboundCallEvent())).toEqual(response());
    expect(logger.lines).toEqual([expect.stringMatching(/: route returned an invalid response: SchemaVersion must be one of "1.0", got "2.0"$/)]);
    expect((errors[0] as Error).message).toMatch(/^Invalid SMA response \(1 issue\):\n {2}- SchemaVersion must be one of "1.0", got "2.0"$/);
  });

  it('a null route entry answers the NULL action set', async () => {
    expect(await createSmaHandler({ ACTION_SUCCESSFUL: null as never }, { logger: recording() })(actionSuccessfulEvent(welcome))).toEqual(NULL_SET);
  });

  it('an event missing its ActionData.Type is a parse error (fallback), not an unknown action type', async () => {
    const broken = { ...actionSuccessfulEvent(welcome), ActionData: { Parameters: {} } };
    let unrecognized = false;
    const logger = recording();
    expect(await createSmaHandler({ unrecognized: () => void (unrecognized = true) }, { logger })(broken)).toEqual(HANGUP_480);
    expect(unrecognized).toBe(false);
    expect(logger.lines[0]).toMatch(/could not parse the event: ActionData.Type is required/);
  });

  it('the unrecognized route gets the raw event, its stored attributes, the Lambda context and the logger', async () => {
    const logger = recording();
    const lambdaContext = { functionName: 'f' };
    const future = { ...newInboundCallEvent({ transactionAttributes: { step: 'two' } }), InvocationEventType: 'CALL_TRANSFERRED' };
    const contexts: unknown[] = [];
    await createSmaHandler({ unrecognized: (_raw, context) => void contexts.push(context) }, { logger })(future, lambdaContext);
    expect(contexts).toEqual([{ attributes: { step: 'two' }, lambdaContext, logger }]);
  });
});

