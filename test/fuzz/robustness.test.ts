import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import examples from '../fixtures/action-examples.json' with { type: 'json' };
import { ACTION_TYPES, actions, effectiveParameters, redact, validateAction } from '../../src/index.js';
import { assertResult, onlySmaErrors } from './assert.js';
import { RUNS, TIMEOUT, params } from './config.js';
import { anyValue, hostileValue, mutated } from './mutate.js';
import { anyValidAction } from './spec-model.js';

/** The documented example actions, every type. */
const documented = Object.values(examples as unknown as Record<string, { action: unknown }[]>).flatMap((list) =>
  list.map((entry) => entry.action),
);

afterEach(() => {
  // No input may ever reach Object.prototype.
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

const anyType = fc.oneof(fc.constantFrom(...ACTION_TYPES), fc.string());

describe('validateAction never throws', () => {
  it(
    'on arbitrary values (any JavaScript shape, __proto__ keys, null prototypes, bigint, Map …)',
    () => {
      fc.assert(
        fc.property(anyValue, (value) => assertResult(validateAction(value))),
        params(),
      );
    },
    TIMEOUT,
  );

  it(
    'on arbitrary Parameters of every type',
    () => {
      fc.assert(
        fc.property(anyType, fc.oneof(anyValue, fc.dictionary(fc.string(), anyValue)), (Type, Parameters) =>
          assertResult(validateAction({ Type, Parameters })),
        ),
        params(),
      );
    },
    TIMEOUT,
  );

  it(
    'on mutated documented examples and mutated generated actions',
    () => {
      fc.assert(
        fc.property(mutated(fc.constantFrom(...documented)), (value) => assertResult(validateAction(value))),
        params(),
      );
      fc.assert(
        fc.property(mutated(anyValidAction), (value) => assertResult(validateAction(value))),
        params(),
      );
    },
    TIMEOUT,
  );
});

describe('builders, effectiveParameters and redact never throw anything but SmaValidationError', () => {
  const factories = Object.entries(actions) as [
    string,
    (params: unknown) => { toJSON(): unknown; onCall?: (id: unknown) => unknown; onLeg?: (tag: unknown) => unknown },
  ][];

  it(
    'builders given arbitrary params, then onCall / onLeg with arbitrary values',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...factories),
          fc.oneof(anyValue, fc.dictionary(fc.string(), hostileValue)),
          hostileValue,
          ([, factory], input, target) => {
            onlySmaErrors(() => {
              const builder = factory(input);
              onlySmaErrors(() => builder.onCall?.(target));
              onlySmaErrors(() => builder.onLeg?.(target));
              expect(validateAction(JSON.parse(JSON.stringify(builder.toJSON())))).toBeDefined();
            });
          },
        ),
        params(),
      );
    },
    TIMEOUT,
  );

  it(
    'effectiveParameters on mutated actions',
    () => {
      fc.assert(
        fc.property(fc.oneof(mutated(anyValidAction), anyValue), (value) => onlySmaErrors(() => effectiveParameters(value as never))),
        params(),
      );
    },
    TIMEOUT,
  );

  it(
    'redact on anything, and its result is JSON',
    () => {
      fc.assert(
        fc.property(fc.oneof(anyValue, mutated(fc.constantFrom(...documented))), (value) => {
          const copy = redact(value);
          expect(() => JSON.stringify(copy)).not.toThrow();
        }),
        params(RUNS),
      );
    },
    TIMEOUT,
  );
});
