import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { INVOCATION_EVENT_TYPES, type SmaLogger, actions, createSmaHandler, response, validateResponse } from '../../src/index.js';
import { simulateCall } from '../../src/testing/index.js';
import { complete, invocationFixtures, loadFixture } from '../events/fixtures.js';
import { LONG_RUN, RUNS, TIMEOUT, params } from './config.js';
import { anyValue, hostileValue, mutated } from './mutate.js';
import { anyString, anyValidAction } from './spec-model.js';

const documented = invocationFixtures.map((entry) => complete(entry, loadFixture(entry.file)));
const HANGUP_480 = { SchemaVersion: '1.0', Actions: [{ Type: 'Hangup', Parameters: { SipResponseCode: '480' } }] };

const recording = (): SmaLogger & { lines: string[] } => {
  const lines: string[] = [];
  return { lines, warn: (line) => void lines.push(`warn ${line}`), error: (line) => void lines.push(`error ${line}`) };
};

/** What a misbehaving route may throw: Error objects, but also null, strings, objects that cannot be printed. */
export const thrownValue: fc.Arbitrary<unknown> = fc.oneof(
  anyString({ maxLength: 30 }).map((message) => new Error(message)),
  anyString({ maxLength: 30 }).map((message) => new TypeError(message)),
  fc.constantFrom(null, undefined, 0, '', 'plain string'),
  fc.constant(null).map(() => Object.create(null) as unknown),
  fc.constant(null).map(() => ({ toString: 1, valueOf: 1 })),
  fc.constant(null).map(() =>
    Object.defineProperty(new Error('x'), 'message', {
      get: () => {
        throw new Error('boom');
      },
    }),
  ),
  hostileValue,
);

/** What a misbehaving route may return. */
const garbage: fc.Arbitrary<unknown> = fc.oneof(
  anyValue,
  mutated(fc.constant({ SchemaVersion: '1.0', Actions: [] })),
  fc.array(anyValidAction, { maxLength: 3 }).map((list) => ({ SchemaVersion: '1.0', Actions: list, Extra: 1 })),
);

/** A route that misbehaves in one of the ways a Lambda does. */
type Misbehaviour = { kind: 'throw'; value: unknown } | { kind: 'reject'; value: unknown } | { kind: 'return'; value: unknown };
const misbehaviour: fc.Arbitrary<Misbehaviour> = fc.oneof(
  thrownValue.map((value) => ({ kind: 'throw' as const, value })),
  thrownValue.map((value) => ({ kind: 'reject' as const, value })),
  garbage.map((value) => ({ kind: 'return' as const, value })),
);
const act = (m: Misbehaviour) => (): unknown => {
  if (m.kind === 'throw') throw m.value;
  if (m.kind === 'reject') return Promise.reject(m.value);
  return m.value;
};

afterEach(() => {
  expect(Object.keys(Object.prototype)).toEqual([]);
});

describe('the router (createSmaHandler) never fails the call by throwing', () => {
  it(
    'any input: it resolves with a valid response, whatever the event',
    async () => {
      const logger = recording();
      const handler = createSmaHandler(
        {
          NEW_INBOUND_CALL: () => response(actions.hangup()),
          ACTION_SUCCESSFUL: { default: () => undefined },
          HANGUP: () => response(),
          unrecognized: () => response(),
        },
        { logger },
      );
      await fc.assert(
        fc.asyncProperty(fc.oneof(anyValue, mutated(fc.constantFrom(...documented))), async (raw) => {
          const answer = await handler(raw);
          expect(validateResponse(JSON.parse(JSON.stringify(answer)))).toMatchObject({ ok: true });
        }),
        params(),
      );
    },
    TIMEOUT,
  );

  it(
    'a route that throws, rejects or returns garbage: the documented fallback, one log line, and onError/fallback never needed to be safe',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...documented), misbehaviour, fc.boolean(), async (event, m, withOnError) => {
          const logger = recording();
          const route = act(m);
          const handler = createSmaHandler(
            {
              NEW_INBOUND_CALL: route as never,
              NEW_OUTBOUND_CALL: route as never,
              RINGING: route as never,
              CALL_ANSWERED: route as never,
              ACTION_SUCCESSFUL: { default: route as never },
              ACTION_FAILED: { default: route as never },
              ACTION_INTERRUPTED: { default: route as never },
              HANGUP: route as never,
              INVALID_LAMBDA_RESPONSE: route as never,
              DIGITS_RECEIVED: route as never,
              CALL_UPDATE_REQUESTED: route as never,
              ...(withOnError ? { onError: route as never } : {}),
            },
            { logger },
          );
          const answer = await handler(event);
          expect(validateResponse(JSON.parse(JSON.stringify(answer)))).toMatchObject({ ok: true });
          if (m.kind !== 'return') {
            expect(logger.lines.some((line) => line.startsWith('error '))).toBe(true);
            expect([JSON.stringify(HANGUP_480), JSON.stringify({ SchemaVersion: '1.0', Actions: [] })]).toContain(JSON.stringify(answer));
          }
          for (const line of logger.lines) expect(line).not.toMatch(/[\n\r]/);
        }),
        params(),
      );
    },
    TIMEOUT,
  );
});

describe('forward compatibility: what the package does not know goes to the unrecognized route', () => {
  const unknownName = anyString({ minLength: 1, maxLength: 24 });
  /** The InvocationEventType values the package knows: an unknown name is none of them. */
  const knownTypes: readonly string[] = INVOCATION_EVENT_TYPES;

  it(
    'an unknown event type: the raw event, untouched, to unrecognized; without it the NULL action set and one warning',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...documented),
          unknownName.filter((name) => !knownTypes.includes(name)),
          async (base, type) => {
            const raw = { ...structuredClone(base), InvocationEventType: type };
            const seen: unknown[] = [];
            const handler = createSmaHandler({ unrecognized: (event) => void seen.push(event) }, { logger: recording() });
            expect(await handler(raw)).toEqual({ SchemaVersion: '1.0' });
            expect(seen).toEqual([raw]);
            const logger = recording();
            expect(await createSmaHandler({}, { logger })(raw)).toEqual({ SchemaVersion: '1.0' });
            expect(logger.lines).toEqual([expect.stringMatching(/^warn chime-sma-kit: .*unknown event type/)]);
          },
        ),
        params(),
      );
    },
    TIMEOUT,
  );

  it(
    'an unknown action type in ACTION_SUCCESSFUL / ACTION_FAILED / ACTION_INTERRUPTED: to unrecognized, not to a 480 hang-up',
    async () => {
      const withAction = documented.filter((event) => /^ACTION_/.test(String(event.InvocationEventType)));
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...withAction),
          unknownName.map((name) => `Future${name}`),
          async (base, type) => {
            const raw = structuredClone(base) as { ActionData: { Type: string } };
            raw.ActionData.Type = type;
            const seen: unknown[] = [];
            const answer = await createSmaHandler(
              { ACTION_SUCCESSFUL: { default: () => response(actions.hangup()) }, unrecognized: (event) => void seen.push(event) },
              { logger: recording() },
            )(raw);
            expect(answer).toEqual({ SchemaVersion: '1.0' });
            expect(seen).toEqual([raw]);
          },
        ),
        params(),
      );
    },
    TIMEOUT,
  );
});

describe('simulator faults: the service retries once, then hangs up with 480', () => {
  it(
    'a handler that throws anything, or returns garbage, never breaks the simulation',
    async () => {
      await fc.assert(
        fc.asyncProperty(misbehaviour, fc.nat({ max: 3 }), async (m, failFrom) => {
          let calls = 0;
          const call = await simulateCall((event: { InvocationEventType: string; Sequence: number }) => {
            calls += 1;
            if (event.InvocationEventType === 'HANGUP') return { SchemaVersion: '1.0', Actions: [] };
            if (event.Sequence <= failFrom) return response(actions.pause({ durationInMilliseconds: 100 }));
            return act(m)();
          });
          expect(calls).toBeGreaterThan(0);
          expect(call.transcript.invocations.length).toBeGreaterThan(0);
          if (m.kind !== 'return') {
            expect(call.ended).toBe(true);
            const failed = call.transcript.invocations.find((entry) => entry.handling === 'failed');
            expect(failed?.attempts).toHaveLength(2);
            expect(call.transcript.toText()).toContain('the function failed twice: the service ends the call with 480 Unavailable');
          }
        }),
        // A whole simulated call per case: 10,000 in the long run.
        params(LONG_RUN ? 10_000 : Math.min(RUNS, 300)),
      );
    },
    TIMEOUT,
  );

  it('a handler that never answers times out (20 s), is retried once, and the call ends with 480', async () => {
    const call = await simulateCall(() => new Promise(() => {}), { handlerTimeoutMs: 50 });
    expect(call.ended).toBe(true);
    expect(call.transcript.invocations[0]?.attempts.map((attempt) => attempt.outcome)).toEqual(['timed-out', 'timed-out']);
    expect(call.transcript.toText()).toContain('480 Unavailable');
    // A callback-style handler that never calls back is the same.
    const silent = await simulateCall((_event: unknown, _context: unknown, _callback: unknown) => undefined, { handlerTimeoutMs: 50 });
    expect(silent.transcript.invocations[0]?.attempts.map((attempt) => attempt.outcome)).toEqual(['timed-out', 'timed-out']);
  });

  it('a huge but valid Repeat (2147483647) costs virtual time, not hours of real time', async () => {
    const audio = { type: 'S3' as const, bucketName: 'b', key: 'k.wav' };
    for (const action of [
      actions.playAudio({ audioSource: audio, repeat: 2_147_483_647 }),
      actions.playAudioAndGetDigits({
        audioSource: audio,
        failureAudioSource: audio,
        repeatDurationInMilliseconds: 1000,
        repeat: 2_147_483_647,
      }),
    ]) {
      const started = performance.now();
      const call = await simulateCall((event: { Sequence: number }) =>
        event.Sequence === 1 ? response(action) : response(actions.hangup()),
      );
      expect(performance.now() - started).toBeLessThan(2000);
      expect(call.ended).toBe(true);
    }
  });

  it('a route of the router that throws: the router answers Hangup 480 itself, so the service does not retry', async () => {
    const logger = recording();
    const handler = createSmaHandler(
      {
        NEW_INBOUND_CALL: () => {
          throw new Error('database down for +14155550100');
        },
        HANGUP: () => undefined,
      },
      { logger },
    );
    const call = await simulateCall(handler, { from: '+14155550100' });
    expect(call.transcript.invocations[0]?.attempts).toEqual([{ outcome: 'returned', latencyMs: 0 }]);
    expect(call.transcript.eventSummary[1]).toMatch(/^HANGUP/);
    expect(logger.lines.join('\n')).not.toContain('14155550100');
  });
});
