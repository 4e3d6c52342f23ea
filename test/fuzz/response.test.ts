import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_ACTIONS_PER_RESPONSE, response, validateResponse } from '../../src/index.js';
import { RUNS, TIMEOUT, params } from './config.js';
import { anyValue, mutated } from './mutate.js';
import { assertResult, onlySmaErrors } from './assert.js';
import { anyString, anyValidAction, anyViolation, builderOf } from './spec-model.js';

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const fixtures = new URL('../fixtures/', import.meta.url);
const documentedResponses = readdirSync(fixtures)
  .filter((name) => name.startsWith('response.'))
  .map((name) => JSON.parse(readFileSync(new URL(name, fixtures), 'utf8')) as unknown);

/** TransactionAttributes within every documented limit (10 pairs: the legacy limit warns above it). */
const attributes = fc.dictionary(anyString({ maxLength: 20 }), anyString({ maxLength: 40 }), { maxKeys: 10 });

const validResponse = fc.record(
  {
    SchemaVersion: fc.constant('1.0' as const),
    Actions: fc.oneof(fc.array(anyValidAction, { maxLength: MAX_ACTIONS_PER_RESPONSE }), fc.constant(null)),
    TransactionAttributes: fc.oneof(attributes, fc.constant(null)),
  },
  { requiredKeys: ['SchemaVersion'] },
);

afterEach(() => {
  expect(Object.keys(Object.prototype)).toEqual([]);
});

describe('responses (validateResponse, response())', () => {
  it(
    'a generated valid response validates without any issue; response() of the builders gives the same actions',
    () => {
      fc.assert(
        fc.property(validResponse, (value) => {
          expect(validateResponse(json(value))).toEqual({ ok: true, issues: [] });
          const list = value.Actions ?? [];
          const built = response(...(list.map((action) => builderOf(action)) as never[]));
          expect(built).toEqual({ SchemaVersion: '1.0', Actions: list });
          expect(response(...(list as never[]))).toEqual(built);
          expect(validateResponse(json(built))).toEqual({ ok: true, issues: [] });
        }),
        params(),
      );
    },
    TIMEOUT,
  );

  it(
    'a violation in any action of a response is reported at Actions[i] plus its path',
    () => {
      fc.assert(
        fc.property(
          fc.array(anyValidAction, { maxLength: MAX_ACTIONS_PER_RESPONSE - 1 }),
          fc.nat(),
          anyViolation(),
          (others, at, broken) => {
            const index = at % (others.length + 1);
            const actions = [...others.slice(0, index), broken.action, ...others.slice(index)];
            const result = validateResponse(json({ SchemaVersion: '1.0', Actions: actions }));
            const path = broken.expected.path === '' ? `Actions[${index}]` : `Actions[${index}].${broken.expected.path}`;
            expect(result.issues).toContainEqual(
              expect.objectContaining({ path, code: broken.expected.code, severity: broken.expected.severity }),
            );
            if (broken.expected.severity === 'error') {
              expect(result.ok).toBe(false);
              expect(() => response(...(actions as never[]))).toThrow(
                expect.objectContaining({
                  issues: expect.arrayContaining([expect.objectContaining({ path, code: broken.expected.code })]),
                }),
              );
            }
          },
        ),
        params(),
      );
    },
    TIMEOUT,
  );

  it('more than 10 actions is a max_items error', () => {
    fc.assert(
      fc.property(
        fc.array(anyValidAction, { minLength: MAX_ACTIONS_PER_RESPONSE + 1, maxLength: MAX_ACTIONS_PER_RESPONSE + 5 }),
        (actions) => {
          expect(validateResponse(json({ SchemaVersion: '1.0', Actions: actions })).issues).toEqual([
            expect.objectContaining({ path: 'Actions', code: 'max_items', severity: 'error' }),
          ]);
        },
      ),
      params(Math.min(RUNS, 20)),
    );
  });

  it(
    'validateResponse never throws, on arbitrary values and mutated documented responses',
    () => {
      fc.assert(
        fc.property(fc.oneof(anyValue, mutated(fc.constantFrom(...documentedResponses)), mutated(validResponse)), (value) =>
          assertResult(validateResponse(value)),
        ),
        params(),
      );
    },
    TIMEOUT,
  );

  it(
    'response() throws nothing but SmaValidationError, whatever it is given',
    () => {
      fc.assert(
        fc.property(fc.array(fc.oneof(anyValue, mutated(anyValidAction)), { maxLength: 12 }), (items) =>
          onlySmaErrors(() => response(...(items as never[]))),
        ),
        params(),
      );
    },
    TIMEOUT,
  );
});
