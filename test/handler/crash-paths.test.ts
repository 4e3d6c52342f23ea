/**
 * The router's crash paths: whatever the service or a route hands it, the handler answers a
 * response and logs one masked line, never an unhandled error (which makes the service retry,
 * then drop the call with 480).
 */
import { describe, expect, it } from 'vitest';
import { createSmaHandler, type SmaLogger } from '../../src/index.js';
import { newInboundCallEvent } from '../../src/testing/index.js';

const HANGUP_480 = { SchemaVersion: '1.0', Actions: [{ Type: 'Hangup', Parameters: { SipResponseCode: '480' } }] };

const recording = (): SmaLogger & { lines: string[] } => {
  const lines: string[] = [];
  return { lines, warn: (line) => lines.push(`warn ${line}`), error: (line) => lines.push(`error ${line}`) };
};

/** A handler whose NEW_INBOUND_CALL route throws `thrown`, and its log. */
function throwing(thrown: () => unknown) {
  const logger = recording();
  const handler = createSmaHandler(
    {
      NEW_INBOUND_CALL: () => {
        throw thrown();
      },
    },
    { logger },
  );
  return { handler, logger };
}

describe('router crash paths', () => {
  it.each([
    [null, 'null'],
    [undefined, 'undefined'],
    [42, '42'],
    ['NEW_INBOUND_CALL', '"NEW_INBOUND_CALL"'],
    [[], 'an array of 0'],
  ])('handler(%s) answers the fallback and logs why, without calling a route', async (raw, shown) => {
    const logger = recording();
    let called = false;
    const handler = createSmaHandler({ NEW_INBOUND_CALL: () => void (called = true) }, { logger });
    expect(await handler(raw)).toEqual(HANGUP_480);
    expect(called).toBe(false);
    expect(logger.lines).toEqual([`error chime-sma-kit: event: could not parse the event: The value must be an invocation event object, got ${shown}`]);
  });

  it('handler(null) with an unrecognized route still answers the fallback (null is not an unknown event type)', async () => {
    let unrecognized = false;
    const handler = createSmaHandler({ unrecognized: () => void (unrecognized = true) }, { logger: recording() });
    expect(await handler(null)).toEqual(HANGUP_480);
    expect(unrecognized).toBe(false);
  });

  it.each([
    ['null', () => null, 'null'],
    ['undefined', () => undefined, 'undefined'],
    ['a string', () => 'plain text', 'plain text'],
    ['an object', () => ({ code: 1 }), 'a thrown object'],
    ['an array', () => [1], 'a thrown array'],
    ['an object without a prototype', () => Object.create(null) as object, 'a thrown object'],
    ['an Error', () => new RangeError('out of range'), 'RangeError: out of range'],
  ])('a route that throws %s answers the fallback and logs it', async (_name, thrown, shown) => {
    const { handler, logger } = throwing(thrown);
    const event = newInboundCallEvent();
    expect(await handler(event)).toEqual(HANGUP_480);
    expect(logger.lines).toEqual([`error chime-sma-kit: NEW_INBOUND_CALL TransactionId=${event.CallDetails.TransactionId} Sequence=1: route threw: ${shown}`]);
  });

  it('a thrown value that cannot be printed (a throwing getter, a symbol description) is logged as such', async () => {
    const unprintable = new Error('x');
    Object.defineProperty(unprintable, 'message', {
      get() {
        throw new Error('no message');
      },
    });
    const { handler, logger } = throwing(() => unprintable);
    expect(await handler(newInboundCallEvent())).toEqual(HANGUP_480);
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]).toMatch(/: route threw: a thrown value that cannot be printed$/);

    const symbol = throwing(() => Symbol('s'));
    expect(await symbol.handler(newInboundCallEvent())).toEqual(HANGUP_480);
    expect(symbol.logger.lines[0]).toMatch(/: route threw: Symbol\(s\)$/);
  });

  it('a log line stays one line: newlines and control characters of a thrown message are flattened or escaped', async () => {
    const { handler, logger } = throwing(() => new Error('first\nFAKE second\r\n\tthird\u0000'));
    await handler(newInboundCallEvent());
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]).toMatch(/: route threw: Error: first FAKE second third\\u0000$/);
  });
});
