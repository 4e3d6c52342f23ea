import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { INVOCATION_EVENT_TYPES, SmaValidationError, parseInvocationEvent, safeParseInvocationEvent } from '../../src/index.js';
import { complete, invocationFixtures, loadFixture } from '../events/fixtures.js';
import { onlySmaErrors } from './assert.js';
import { TIMEOUT, params } from './config.js';
import { anyValue, mutated } from './mutate.js';
import { anyString } from './spec-model.js';

/** Every documented invocation event, made complete (each parses: test/events checks it). */
const documented = invocationFixtures.map((entry) => complete(entry, loadFixture(entry.file)));
/** The raw examples too, incomplete ones included. */
const raw = invocationFixtures.map((entry) => loadFixture(entry.file));

afterEach(() => {
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('the event parser on arbitrary and mutated events', () => {
  it('every completed documented event parses (the base of the properties below)', () => {
    for (const event of documented) expect(safeParseInvocationEvent(event).success, JSON.stringify(event)).toBe(true);
  });

  it(
    'never throws from safeParseInvocationEvent, and parseInvocationEvent throws only SmaValidationError',
    () => {
      fc.assert(
        fc.property(fc.oneof(anyValue, mutated(fc.constantFrom(...documented)), mutated(fc.constantFrom(...raw))), (value) => {
          const result = safeParseInvocationEvent(value);
          if (!result.success) {
            expect(result.error).toBeInstanceOf(SmaValidationError);
            expect(result.error.issues.some((issue) => issue.severity === 'error')).toBe(true);
          }
          onlySmaErrors(() => parseInvocationEvent(value));
        }),
        params(),
      );
    },
    TIMEOUT,
  );

  it(
    'never changes its input, and is idempotent: a parsed event parses to itself',
    () => {
      fc.assert(
        fc.property(mutated(fc.constantFrom(...documented)), (value) => {
          const before = structuredClone(value);
          const result = safeParseInvocationEvent(value);
          expect(value).toEqual(before);
          if (result.success) {
            const again = safeParseInvocationEvent(result.data);
            expect(again.success).toBe(true);
            if (again.success) expect(again.data).toEqual(result.data);
          }
        }),
        params(),
      );
    },
    TIMEOUT,
  );

  it(
    'an event type it does not know is unknown_event_type, never a crash (forward compatibility)',
    () => {
      const unknownType = anyString({ minLength: 1, maxLength: 30 }).filter(
        (type) => !(INVOCATION_EVENT_TYPES as readonly string[]).includes(type),
      );
      fc.assert(
        fc.property(fc.constantFrom(...documented), unknownType, fc.boolean(), (event, type, legacyKey) => {
          const { InvocationEventType: _type, InvocationEvent: _legacy, ...rest } = event;
          const result = safeParseInvocationEvent({ ...rest, [legacyKey ? 'InvocationEvent' : 'InvocationEventType']: type });
          expect(result.success).toBe(false);
          if (!result.success)
            expect(result.error.issues).toContainEqual(
              expect.objectContaining({ path: 'InvocationEventType', code: 'unknown_event_type', severity: 'error' }),
            );
        }),
        params(),
      );
    },
    TIMEOUT,
  );
});
