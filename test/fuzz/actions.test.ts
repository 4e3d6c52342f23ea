import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTION_TYPES, SmaValidationError, effectiveParameters, validateAction } from '../../src/index.js';
import type { WireAction } from '../../src/actions/spec.js';
import { RUNS, RUNS_PER_SITE, TIMEOUT, params } from './config.js';
import {
  CROSS_FIELD_CASES,
  type Case,
  VALID_OVERRIDES,
  allSites,
  anyValidAction,
  anyViolation,
  badValues,
  build,
  buildUntargeted,
  crossFieldSites,
  objectSites,
  targetingCases,
  unknownKeyCase,
  validAction,
  violationCase,
} from './spec-model.js';

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The violation must be reported at its path with its code and severity, by the validator and (errors) the builder. */
function assertReported(c: Case): void {
  const result = validateAction(json(c.action));
  const { path, code, severity } = c.expected;
  const hit = result.issues.find((issue) => issue.path === path && issue.code === code);
  if (hit === undefined || hit.severity !== severity) {
    throw new Error(`expected ${severity} ${code} at ${path} for ${JSON.stringify(c.action)}; got ${JSON.stringify(result.issues)}`);
  }
  if (severity === 'error') expect(result.ok).toBe(false);
  if (c.builder && severity === 'error') {
    let thrown: unknown;
    try {
      buildUntargeted(c.action);
    } catch (error) {
      thrown = error;
    }
    expect(thrown, `the builder accepted ${JSON.stringify(c.action)}`).toBeInstanceOf(SmaValidationError);
    expect((thrown as SmaValidationError).issues).toContainEqual(expect.objectContaining({ path, code, severity: 'error' }));
  }
}

describe('generated valid actions (from actionSpecs)', () => {
  it(
    'validate without any issue after a JSON round trip, and build back to the same JSON',
    () => {
      fc.assert(
        fc.property(anyValidAction, (action) => {
          expect(validateAction(json(action))).toEqual({ ok: true, issues: [] });
          const built = build(action);
          expect(built).toEqual(action);
          expect(validateAction(json(built))).toEqual({ ok: true, issues: [] });
        }),
        params(),
      );
    },
    TIMEOUT,
  );

  it.each(ACTION_TYPES)(
    '%s: valid, round trip, and valid with its documented defaults applied',
    (type) => {
      fc.assert(
        fc.property(validAction(type), (action) => {
          expect(validateAction(json(action)).issues).toEqual([]);
          expect(build(action)).toEqual(action);
          const effective = { Type: action.Type, Parameters: effectiveParameters(action as never) } as WireAction;
          expect(validateAction(json(effective)).issues.filter((issue) => issue.severity === 'error')).toEqual([]);
        }),
        params(RUNS_PER_SITE * 4),
      );
    },
    TIMEOUT,
  );
});

const sites = allSites();

describe('every rule of every action: a generated violation is reported at its path with its code', () => {
  it('the generators cover every cross-field rule, and name only existing rule sites', () => {
    expect(Object.keys(CROSS_FIELD_CASES).sort()).toEqual([...new Set(crossFieldSites())].sort());
    const keys = new Set(sites.map((site) => site.key));
    for (const key of Object.keys(VALID_OVERRIDES)) expect(keys, key).toContain(key);
  });

  for (const site of sites) {
    const kinds = badValues(site);
    it.each(kinds.map((kind, index) => [index, kind] as const))(
      `${site.type} ${site.path} (${site.rule.type}) violation #%i`,
      (_index, kind) => {
        fc.assert(fc.property(violationCase(site, kind), assertReported), params(RUNS_PER_SITE));
      },
      TIMEOUT,
    );
  }

  for (const { type, segments, fields } of objectSites()) {
    it(
      `${type} ${segments.join('.')}: an undocumented key is a warning there`,
      () => {
        fc.assert(fc.property(unknownKeyCase(type, segments, fields), assertReported), params(RUNS_PER_SITE));
      },
      TIMEOUT,
    );
  }

  it.each(ACTION_TYPES)(
    '%s: targeting violations (leg, CallId)',
    (type) => {
      for (const arb of targetingCases(type)) fc.assert(fc.property(arb, assertReported), params(RUNS_PER_SITE));
    },
    TIMEOUT,
  );

  it.each(Object.entries(CROSS_FIELD_CASES))(
    '%s: cross-field violations',
    (_key, cases) => {
      for (const arb of cases()) fc.assert(fc.property(arb, assertReported), params(RUNS_PER_SITE));
    },
    TIMEOUT,
  );

  it(
    'any rule, drawn at random: reported at its path with its code',
    () => {
      fc.assert(fc.property(anyViolation(), assertReported), params(RUNS));
    },
    TIMEOUT,
  );
});
