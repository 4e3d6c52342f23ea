/**
 * Property-test generators derived from the action specs (`actionSpecs`): they walk the rule
 * objects, so a new action or rule is fuzzed without touching this file. What a rule object
 * cannot say (a cross-field refinement, a custom `check`) comes from small tables below, and a
 * test checks that the tables cover every refinement and name only existing rule sites.
 */
import fc from 'fast-check';
import { ACTION_TYPES, type ActionType, actions } from '../../src/index.js';
import { actionSpecs, sipHeaderNameProblem } from '../../src/internal.js';
import type { AnyActionSpec, WireAction } from '../../src/actions/spec.js';
import { DEFAULT_MAX_NUMBER_OF_DIGITS } from '../../src/actions/shapes/digit-collection.js';
import { E164 } from '../../src/actions/shapes/phone-number.js';
import { GENERATIVE_ONLY_VOICES, generativeOnlyVoiceProblem } from '../../src/actions/shapes/polly-voices.js';
import { type FieldRule, type MapRule, type Refinement, type Severity, joinPath } from '../../src/validation/index.js';

/** A path inside a wire action: keys, and `0` for "the first item of an array". */
export type Segments = readonly (string | 0)[];

/** One rule of one action, where it applies. */
export interface Site {
  type: ActionType;
  /** Where the rule's value sits in the wire action; arrays are entered at item 0. */
  segments: Segments;
  /** `segments` as a `ValidationIssue.path`. */
  path: string;
  /** `segments` with `[]` for array items: the key of the tables below. */
  key: string;
  rule: FieldRule;
  /** The documented fields of the object holding this value, when it is an object's field. */
  siblings?: Readonly<Record<string, FieldRule>>;
}

export const specOf = (type: ActionType): AnyActionSpec => actionSpecs[type] as unknown as AnyActionSpec;
const fieldsOf = (rule: { fields: unknown }): Readonly<Record<string, FieldRule>> => rule.fields as Record<string, FieldRule>;

const pathOf = (segments: Segments): string => segments.reduce<string>((path, segment) => joinPath(path, segment), '');
const keyOf = (type: string, segments: Segments): string =>
  `${type}:${segments
    .map((s) => (s === 0 ? '[]' : `.${s}`))
    .join('')
    .slice(1)}`;

/** Every rule site of every action (depth-first, in field order). */
export function allSites(): Site[] {
  const sites: Site[] = [];
  const visit = (type: ActionType, rule: FieldRule, segments: Segments, siblings?: Readonly<Record<string, FieldRule>>): void => {
    sites.push({ type, segments, path: pathOf(segments), key: keyOf(type, segments), rule, ...(siblings ? { siblings } : {}) });
    if (rule.type === 'object')
      for (const [name, inner] of Object.entries(fieldsOf(rule))) visit(type, inner, [...segments, name], fieldsOf(rule));
    if (rule.type === 'array') visit(type, rule.items, [...segments, 0]);
  };
  for (const type of ACTION_TYPES) {
    const fields = specOf(type).parameters as Record<string, FieldRule>;
    for (const [name, rule] of Object.entries(fields)) visit(type, rule, ['Parameters', name], fields);
  }
  return sites;
}

/** Every object in a spec that carries a refinement or a `requiredWhen`, by table key. */
export function crossFieldSites(): string[] {
  const keys: string[] = [];
  for (const type of ACTION_TYPES) {
    if (specOf(type).refine) keys.push(keyOf(type, ['Parameters']));
  }
  for (const site of allSites()) {
    if (site.rule.type === 'object' && site.rule.refine) keys.push(site.key);
    if (site.rule.requiredWhen) keys.push(site.key);
  }
  return keys;
}

// ---------------------------------------------------------------------------------------------
// Valid values

/** Valid values the rule object cannot describe (a refinement decides them), by site key. */
export const VALID_OVERRIDES: Readonly<Record<string, fc.Arbitrary<unknown>>> = {
  // E.164 suits both endpoint types; the AWS form is filtered by the endpoint refinement.
  'CallAndBridge:Parameters.Endpoints[].Uri': fc.oneof(fc.stringMatching(E164), fc.stringMatching(/^[A-Za-z0-9&=+$/%\-_!~*().]{1,30}$/)),
  'SendDigits:Parameters.Digits': fc.string({ unit: fc.constantFrom(...'0123456789*#ABCD,'), minLength: 1, maxLength: 50 }),
};

/** Valid map keys for a map rule's `key` check (by function), else filtered at random. */
const MAP_KEYS = new Map<unknown, fc.Arbitrary<string>>([
  [
    sipHeaderNameProblem,
    fc.oneof(
      fc.stringMatching(/^[xX]-[A-Za-z0-9\-.!%*_+`'~]{1,16}$/).filter((name) => !name.toLowerCase().startsWith('x-amzn')),
      fc.constantFrom('User-to-User', 'Diversion', 'user-to-user', 'DIVERSION'),
    ),
  ],
]);

/** Values a string rule's `check` rejects that random strings almost never hit (by function), else filtered at random. */
const CHECK_FAILURES = new Map<unknown, fc.Arbitrary<string>>([
  [generativeOnlyVoiceProblem, fc.constantFrom(...Object.keys(GENERATIVE_ONLY_VOICES))],
]);

/** Any string: printable, or any code point including control characters. */
export const anyString = (constraints: fc.StringConstraints = {}): fc.Arbitrary<string> =>
  fc.oneof(fc.string(constraints), fc.string({ ...constraints, unit: 'binary' }));

function stringArb(rule: Extract<FieldRule, { type: 'string' }>, required: boolean): fc.Arbitrary<string> {
  if (rule.enum !== undefined) return fc.constantFrom(...(rule.enum as string[]));
  const minLength = Math.max(rule.minLength ?? 0, required ? 1 : 0);
  const maxLength = rule.maxLength;
  let arb =
    rule.pattern !== undefined
      ? fc.stringMatching(rule.pattern)
      : anyString({ minLength, ...(maxLength !== undefined ? { maxLength: Math.min(maxLength, 60) } : { maxLength: 60 }) });
  if (rule.pattern !== undefined)
    arb = arb.filter((text) => text.length >= minLength && (maxLength === undefined || text.length <= maxLength));
  const check = rule.check;
  return check === undefined ? arb : arb.filter((text) => check(text) === undefined);
}

/** The inclusive integer bounds a number rule allows (within 32 bits, for generation). */
export function numberBounds(rule: Extract<FieldRule, { type: 'number' }>): { lo: number; hi: number } {
  const lo = rule.min ?? (rule.exclusiveMin !== undefined ? Math.floor(rule.exclusiveMin) + 1 : -(2 ** 31));
  return { lo, hi: rule.max ?? 2 ** 31 - 1 };
}

function numberArb(rule: Extract<FieldRule, { type: 'number' }>): fc.Arbitrary<number> {
  const { lo, hi } = numberBounds(rule);
  if (rule.integer) return fc.oneof(fc.integer({ min: lo, max: Math.min(hi, lo + 200) }), fc.integer({ min: lo, max: hi }));
  return fc
    .double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true })
    .filter((n) => rule.exclusiveMin === undefined || n > rule.exclusiveMin);
}

function mapArb(rule: MapRule): fc.Arbitrary<Record<string, string>> {
  const check = rule.key;
  const keys =
    check === undefined
      ? anyString({ maxLength: 20 })
      : (MAP_KEYS.get(check) ?? anyString({ maxLength: 20 }).filter((key) => check(key) === undefined));
  const valueCheck = rule.value;
  const values = anyString({ maxLength: Math.min(rule.maxValueLength ?? 40, 40) }).filter((value) => valueCheck?.(value) === undefined);
  return fc.dictionary(keys, values, { maxKeys: Math.min(rule.maxEntries ?? 4, 4) });
}

/** Reports of a refinement (none means the cross-field rules hold). */
function refinementReports(refine: Refinement | undefined, value: Readonly<Record<string, unknown>>): string[] {
  const reports: string[] = [];
  refine?.(value, (key, code) => reports.push(`${key}:${code}`));
  return reports;
}

const present = (value: unknown): boolean => value !== undefined && value !== '';

/** Cross-field rules of an object's fields hold: each `requiredWhen` met, no refinement report. */
function crossFieldsHold(
  fields: Readonly<Record<string, FieldRule>>,
  refine: Refinement | undefined,
  value: Record<string, unknown>,
): boolean {
  for (const [key, rule] of Object.entries(fields)) {
    if (rule.requiredWhen?.test(value) && !present(value[key])) return false;
  }
  return refinementReports(refine, value).length === 0;
}

/** `true` when `segments` starts with `prefix`. */
const startsWith = (segments: Segments, prefix: Segments): boolean =>
  prefix.length <= segments.length && prefix.every((s, i) => segments[i] === s);

function fieldsArb(
  type: ActionType,
  fields: Readonly<Record<string, FieldRule>>,
  refine: Refinement | undefined,
  at: Segments,
  force: Segments,
): fc.Arbitrary<Record<string, unknown>> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  const requiredKeys: string[] = [];
  for (const [key, rule] of Object.entries(fields)) {
    const segments = [...at, key];
    const forced = startsWith(force, segments);
    model[key] = valueArb(type, rule, segments, force, rule.required === true || forced);
    if (rule.required || forced) requiredKeys.push(key);
  }
  return fc
    .record(model, { requiredKeys })
    .filter((value) => crossFieldsHold(fields, refine, value as Record<string, unknown>)) as fc.Arbitrary<Record<string, unknown>>;
}

/** A valid value for `rule` at `segments`; the values on the path `force` are always present. */
function valueArb(type: ActionType, rule: FieldRule, segments: Segments, force: Segments, required: boolean): fc.Arbitrary<unknown> {
  const override = VALID_OVERRIDES[keyOf(type, segments)];
  if (override !== undefined) return override;
  switch (rule.type) {
    case 'string':
      return stringArb(rule, required);
    case 'number':
      return numberArb(rule);
    case 'boolean':
      return fc.boolean();
    case 'map':
      return mapArb(rule);
    case 'object':
      return fieldsArb(type, fieldsOf(rule), rule.refine, segments, force);
    case 'array': {
      const itemPath = [...segments, 0 as const];
      const minLength = Math.max(rule.minItems ?? 0, startsWith(force, itemPath) ? 1 : 0);
      return fc.array(valueArb(type, rule.items, itemPath, force, true), {
        minLength,
        maxLength: Math.max(minLength, Math.min(rule.maxItems ?? 3, 3)),
      });
    }
  }
}

/** A valid `CallId`: any non-empty string. */
export const callIdArb = anyString({ minLength: 1, maxLength: 40 });

/** The targeting parameters an action may carry, always valid (and never both). */
function targetArb(spec: AnyActionSpec, force: Segments): fc.Arbitrary<Record<string, unknown>> {
  const { targeting } = spec;
  if (targeting.kind === 'none') return fc.constant({});
  if (targeting.kind === 'callId' || startsWith(force, ['Parameters', 'CallId'])) return callIdArb.map((CallId) => ({ CallId }));
  const options: fc.Arbitrary<Record<string, unknown>>[] = [
    callIdArb.map((CallId) => ({ CallId })),
    fc.constantFrom(...targeting.legs).map((ParticipantTag) => ({ ParticipantTag })),
  ];
  if (!targeting.noDefaultLeg && !startsWith(force, ['Parameters', 'ParticipantTag'])) options.push(fc.constant({}));
  if (startsWith(force, ['Parameters', 'ParticipantTag'])) return options[1] as fc.Arbitrary<Record<string, unknown>>;
  return fc.oneof(...options);
}

/**
 * A valid wire action of `type` (no error and no warning), with every value on the path
 * `force` present (arrays on it have an item 0).
 */
export function validAction(type: ActionType, force: Segments = []): fc.Arbitrary<WireAction> {
  const spec = specOf(type);
  const fields = spec.parameters as Record<string, FieldRule>;
  return fc
    .tuple(targetArb(spec, force), fieldsArb(type, fields, undefined, ['Parameters'], force))
    .map(([target, parameters]) => ({ Type: type, Parameters: { ...target, ...parameters } }))
    .filter((action) => refinementReports(spec.refine, action.Parameters).length === 0);
}

/** A valid wire action of any type. */
export const anyValidAction: fc.Arbitrary<WireAction> = fc.constantFrom(...ACTION_TYPES).chain((type) => validAction(type));

// ---------------------------------------------------------------------------------------------
// Builders

const camel = (key: string): string => key.charAt(0).toLowerCase() + key.slice(1);

/** Wire parameters to builder params, driven by the rules (user maps kept verbatim). */
function toParams(fields: Readonly<Record<string, FieldRule>>, wire: Record<string, unknown>): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const key of Object.keys(wire)) {
    if (key === 'CallId' || key === 'ParticipantTag') continue;
    const rule = Object.prototype.hasOwnProperty.call(fields, key) ? fields[key] : undefined;
    params[camel(key)] = convert(rule, wire[key]);
  }
  return params;
}

function convert(rule: FieldRule | undefined, value: unknown): unknown {
  if (rule?.type === 'object' && typeof value === 'object' && value !== null && !Array.isArray(value))
    return toParams(fieldsOf(rule), value as Record<string, unknown>);
  if (rule?.type === 'array' && Array.isArray(value)) return value.map((item) => convert(rule.items, item));
  return value;
}

type AnyBuilder = { toJSON(): unknown; onCall?(id: string): AnyBuilder; onLeg?(tag: string): AnyBuilder };

/** Builds the wire action back with `actions.<camelCase>(params)` and `.onCall()` / `.onLeg()`. */
export function build(action: WireAction): unknown {
  return builderOf(action).toJSON();
}

/** The builder of a wire action: `actions.<camelCase>(params)` then `.onCall()` / `.onLeg()`. */
export function builderOf(action: WireAction): AnyBuilder {
  const parameters = action.Parameters as Record<string, unknown>;
  const factory = (actions as unknown as Record<string, (params: unknown) => AnyBuilder>)[camel(action.Type)];
  if (factory === undefined) throw new Error(`no builder for ${action.Type}`);
  let builder = factory(toParams(specOf(action.Type as ActionType).parameters as Record<string, FieldRule>, parameters));
  if (parameters.CallId !== undefined) builder = (builder.onCall as (id: string) => AnyBuilder)(parameters.CallId as string);
  else if (parameters.ParticipantTag !== undefined)
    builder = (builder.onLeg as (tag: string) => AnyBuilder)(parameters.ParticipantTag as string);
  return builder;
}

/** Calls the builder of `action.Type` with the (possibly broken) parameters, untargeted. */
export function buildUntargeted(action: WireAction): unknown {
  const factory = (actions as unknown as Record<string, (params: unknown) => AnyBuilder>)[camel(action.Type)];
  return (factory as (params: unknown) => AnyBuilder)(
    toParams(specOf(action.Type as ActionType).parameters as Record<string, FieldRule>, action.Parameters as Record<string, unknown>),
  );
}

// ---------------------------------------------------------------------------------------------
// Violations

/** What a violation must produce. */
export interface Expected {
  path: string;
  code: string;
  severity: Severity;
}

/** A broken action and the issue it must produce; `builder`: the builder must reject it too. */
export interface Case {
  action: WireAction;
  expected: Expected;
  builder: boolean;
}

/** Removes the value at `segments` when `value` is this marker. */
export const DELETE = Symbol('delete');

/** A deep copy of `action` with the value at `segments` replaced (or deleted). */
export function setAt(action: WireAction, segments: Segments, value: unknown): WireAction {
  const copy = structuredClone(action);
  let target: Record<string | number, unknown> = copy as unknown as Record<string, unknown>;
  for (const segment of segments.slice(0, -1)) target = target[segment] as Record<string | number, unknown>;
  const last = segments[segments.length - 1] as string | 0;
  if (value === DELETE) delete target[last];
  else Object.defineProperty(target, last, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** Reads the value at `segments`. */
export const getAt = (action: WireAction, segments: Segments): unknown =>
  segments.reduce<unknown>((value, segment) => (value as Record<string | number, unknown>)[segment], action);

/** JSON values that are none of the types in `not` ('' excluded: it counts as missing). */
function wrongType(not: ReadonlyArray<'string' | 'number' | 'boolean' | 'array' | 'object'>): fc.Arbitrary<unknown> {
  const all: Record<string, fc.Arbitrary<unknown>> = {
    string: anyString({ minLength: 1, maxLength: 20 }),
    number: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })),
    boolean: fc.boolean(),
    array: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
    object: fc.dictionary(anyString({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
  };
  return fc.oneof(
    fc.constant(null),
    ...Object.entries(all)
      .filter(([kind]) => !not.includes(kind as never))
      .map(([, arb]) => arb),
  );
}

const NUMERIC_STRING = /^-?\d+(\.\d+)?$/;

/** A violation at a site: a bad value (or DELETE) and the issue it must produce. */
interface Bad {
  value: unknown;
  code: string;
  severity?: Severity;
  /** Where the issue is, when not at the site itself (a map entry). */
  path?: string;
  /** The builder cannot be given this (or reports it differently). */
  notViaBuilder?: boolean;
}

/** Every kind of bad value for one rule, as arbitraries. */
export function badValues(site: Site): fc.Arbitrary<Bad>[] {
  const { rule } = site;
  const out: fc.Arbitrary<Bad>[] = [];
  const bad = (arb: fc.Arbitrary<unknown>, code: string, extra: Omit<Bad, 'value' | 'code'> = {}): void => {
    out.push(arb.map((value) => ({ value, code, ...extra })));
  };
  const isItem = site.segments[site.segments.length - 1] === 0;
  if (rule.required && !isItem) {
    bad(fc.constant(DELETE), 'required');
    bad(fc.constant(''), 'required');
  }
  switch (rule.type) {
    case 'string': {
      const enumValues = rule.enum as readonly string[] | undefined;
      bad(
        wrongType(['string']).filter((v) => !(typeof v === 'number' && enumValues?.includes(String(v)))),
        'type',
      );
      if (enumValues !== undefined) {
        bad(
          anyString({ minLength: 1, maxLength: 12 }).filter((v) => !enumValues.includes(v)),
          'enum',
        );
        const numeric = enumValues.filter((v) => NUMERIC_STRING.test(v));
        if (numeric.length > 0)
          bad(fc.constantFrom(...numeric.map(Number)), 'number_as_string', { severity: 'warning', notViaBuilder: true });
        break;
      }
      if (rule.maxLength !== undefined)
        bad(
          fc.integer({ min: rule.maxLength + 1, max: rule.maxLength + 40 }).map((n) => 'a'.repeat(n)),
          'max_length',
        );
      if (rule.minLength !== undefined && rule.minLength > 1)
        bad(
          fc.integer({ min: 1, max: rule.minLength - 1 }).map((n) => 'a'.repeat(n)),
          'min_length',
        );
      const pattern = rule.pattern;
      if (pattern !== undefined)
        bad(
          anyString({ minLength: 1, maxLength: 20 }).filter((v) => !pattern.test(v)),
          'pattern',
        );
      const check = rule.check;
      if (check !== undefined) {
        bad(
          CHECK_FAILURES.get(check) ??
            fc
              .oneof(anyString({ maxLength: 20 }), fc.constantFrom('(', '[', '*', 'x', 'a)', ''))
              .filter((v) => (v !== '' || isItem || !rule.required) && check(v) !== undefined),
          'format',
        );
      }
      break;
    }
    case 'number': {
      const { lo, hi } = numberBounds(rule);
      bad(
        wrongType(['number']).filter((v) => !(typeof v === 'string' && NUMERIC_STRING.test(v))),
        'type',
      );
      bad(fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY), 'type');
      const rangeCode = rule.min !== undefined && rule.max !== undefined ? 'range' : 'min';
      if (rule.min !== undefined || rule.exclusiveMin !== undefined) bad(fc.integer({ min: lo - 1_000_000, max: lo - 1 }), rangeCode);
      if (rule.max !== undefined) bad(fc.integer({ min: hi + 1, max: hi + 1_000_000 }), rule.min !== undefined ? 'range' : 'max');
      if (rule.integer && hi > lo)
        bad(
          fc.integer({ min: lo, max: Math.min(hi - 1, lo + 1000) }).map((n) => n + 0.5),
          'integer',
        );
      bad(fc.integer({ min: lo, max: Math.min(hi, lo + 1000) }).map(String), 'number_as_string', {
        severity: 'warning',
        notViaBuilder: true,
      });
      break;
    }
    case 'boolean':
      bad(
        wrongType(['boolean']).filter((v) => !(typeof v === 'string' && /^(true|false)$/i.test(v))),
        'type',
      );
      bad(fc.constantFrom('true', 'false', 'TRUE', 'False'), 'boolean_as_string', { severity: 'warning', notViaBuilder: true });
      break;
    case 'array': {
      bad(wrongType(['array']), 'type');
      if (rule.minItems !== undefined && rule.minItems > 0) bad(fc.constant([]), 'min_items');
      break;
    }
    case 'object':
      bad(wrongType(['object']), 'type');
      break;
    case 'map': {
      bad(wrongType(['object']), 'type');
      const check = rule.key;
      if (check !== undefined) {
        bad(
          anyString({ maxLength: 16 })
            .filter((key) => check(key) !== undefined)
            .map((key) => ({ [key]: 'v' })),
          'key',
          { path: 'entry' },
        );
      }
      bad(
        wrongType(['string']).map((v) => ({ 'x-fuzz': v })),
        'type',
        { path: 'entry' },
      );
      const valueCheck = rule.value;
      if (valueCheck !== undefined) {
        const control = fc.constantFrom('\r', '\n', '\r\n', '\u0000', '\u0007', '\u001b', '\u007f');
        bad(
          fc.tuple(anyString({ maxLength: 10 }), control, anyString({ maxLength: 10 })).map(([a, c, b]) => ({ 'x-fuzz': `${a}${c}${b}` })),
          'format',
          { path: 'entry' },
        );
      }
      if (rule.maxValueLength !== undefined)
        bad(
          fc.integer({ min: rule.maxValueLength + 1, max: rule.maxValueLength + 40 }).map((n) => ({ 'x-fuzz': 'v'.repeat(n) })),
          'max_length',
          { path: 'entry' },
        );
      break;
    }
  }
  return out;
}

/** An action with a violation of one site's rule, and the issue it must produce. */
export function violationCase(site: Site, bad: fc.Arbitrary<Bad>): fc.Arbitrary<Case> {
  return fc.tuple(validAction(site.type, site.segments), bad).map(([action, b]) => {
    let broken = setAt(action, site.segments, b.value);
    let path = site.path;
    if (b.path === 'entry') {
      // A map entry: merged into the (valid) map, the issue is on the entry.
      const map = { ...(getAt(action, site.segments) as Record<string, unknown>) };
      const [key] = Object.keys(b.value as object) as [string];
      Object.defineProperty(map, key, {
        value: (b.value as Record<string, unknown>)[key],
        enumerable: true,
        writable: true,
        configurable: true,
      });
      broken = setAt(action, site.segments, map);
      path = joinPath(site.path, key);
    }
    return { action: broken, expected: { path, code: b.code, severity: b.severity ?? 'error' }, builder: !b.notViaBuilder };
  });
}

/** Unknown keys, including the keys that could reach `Object.prototype`. */
export const unknownKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'),
  anyString({ minLength: 1, maxLength: 12 }),
);

/** An action with an undocumented key in the object at `segments` (a warning there). */
export function unknownKeyCase(type: ActionType, segments: Segments, fields: Readonly<Record<string, FieldRule>>): fc.Arbitrary<Case> {
  const skip = segments.length === 1 ? ['CallId', 'ParticipantTag'] : [];
  return fc
    .tuple(
      validAction(type, segments),
      unknownKey.filter((key) => !Object.prototype.hasOwnProperty.call(fields, key) && !skip.includes(key)),
      fc.jsonValue({ maxDepth: 2 }),
    )
    .map(([action, key, value]) => ({
      action: setAt(action, [...segments, key], value),
      expected: { path: joinPath(pathOf(segments), key), code: 'unknown_parameter', severity: 'warning' as const },
      builder: false,
    }));
}

/** Targeting violations of one action: wrong leg, missing or broken CallId, targeting where none exists. */
export function targetingCases(type: ActionType): fc.Arbitrary<Case>[] {
  const spec = specOf(type);
  const { targeting } = spec;
  const with_ = (force: Segments, extra: Record<string, unknown>, expected: Expected): fc.Arbitrary<Case> =>
    validAction(type, force).map((action) => {
      const parameters = { ...(action.Parameters as Record<string, unknown>), ...extra };
      for (const [key, value] of Object.entries(extra)) if (value === DELETE) delete parameters[key];
      return { action: { ...action, Parameters: parameters }, expected, builder: false };
    });
  const cases: fc.Arbitrary<Case>[] = [];
  if (targeting.kind === 'none') {
    cases.push(
      callIdArb.chain((CallId) => with_([], { CallId }, { path: 'Parameters.CallId', code: 'unknown_parameter', severity: 'warning' })),
    );
    cases.push(
      with_([], { ParticipantTag: 'LEG-A' }, { path: 'Parameters.ParticipantTag', code: 'unknown_parameter', severity: 'warning' }),
    );
    return cases;
  }
  cases.push(with_(['Parameters', 'CallId'], { CallId: '' }, { path: 'Parameters.CallId', code: 'required', severity: 'error' }));
  cases.push(
    wrongType(['string']).chain((CallId) =>
      with_(['Parameters', 'CallId'], { CallId }, { path: 'Parameters.CallId', code: 'type', severity: 'error' }),
    ),
  );
  if (targeting.kind === 'callId') {
    cases.push(with_([], { CallId: DELETE }, { path: 'Parameters.CallId', code: 'required', severity: 'error' }));
    cases.push(
      with_([], { ParticipantTag: 'LEG-A' }, { path: 'Parameters.ParticipantTag', code: 'unknown_parameter', severity: 'warning' }),
    );
  } else {
    const legs = targeting.legs as readonly string[];
    const wrongLeg = fc
      .oneof(fc.constantFrom('LEG-A', 'LEG-B', 'leg-a', 'LEG-C', 'A'), anyString({ minLength: 1, maxLength: 8 }))
      .filter((tag) => !legs.includes(tag));
    cases.push(
      wrongLeg.chain((ParticipantTag) =>
        with_(['Parameters', 'ParticipantTag'], { ParticipantTag }, { path: 'Parameters.ParticipantTag', code: 'enum', severity: 'error' }),
      ),
    );
    cases.push(
      fc
        .tuple(callIdArb, fc.constantFrom(...legs))
        .chain(([CallId, ParticipantTag]) =>
          with_([], { CallId, ParticipantTag }, { path: 'Parameters.ParticipantTag', code: 'target_conflict', severity: 'warning' }),
        ),
    );
    if (targeting.noDefaultLeg) {
      cases.push(
        with_(
          ['Parameters', 'ParticipantTag'],
          { ParticipantTag: DELETE },
          { path: 'Parameters.ParticipantTag', code: 'untargeted', severity: 'warning' },
        ),
      );
    }
  }
  return cases;
}

/**
 * Violations of the cross-field rules (refinements and `requiredWhen`), which the rule objects
 * cannot describe, by the key of the object carrying them. A test checks that every one in
 * the specs has an entry here.
 */
export const CROSS_FIELD_CASES: Readonly<Record<string, () => fc.Arbitrary<Case>[]>> = {
  'CallAndBridge:Parameters': () => [
    validAction('CallAndBridge', ['Parameters', 'Endpoints', 0]).map((action) => {
      const broken = setAt(
        setAt(action, ['Parameters', 'Endpoints', 0], { BridgeEndpointType: 'PSTN', Uri: '+14155550100' }),
        ['Parameters', 'SipHeaders'],
        { 'x-a': 'b' },
      );
      return {
        action: broken,
        expected: { path: 'Parameters.SipHeaders', code: 'pstn_sip_headers', severity: 'warning' as const },
        builder: false,
      };
    }),
  ],
  'CallAndBridge:Parameters.Endpoints[]': () => [
    fc
      .tuple(
        validAction('CallAndBridge', ['Parameters', 'Endpoints', 0]),
        anyString({ minLength: 1, maxLength: 20 }).filter((uri) => !E164.test(uri)),
      )
      .map(([action, Uri]) => ({
        action: setAt(setAt(action, ['Parameters', 'SipHeaders'], DELETE), ['Parameters', 'Endpoints', 0], {
          BridgeEndpointType: 'PSTN',
          Uri,
        }),
        expected: { path: 'Parameters.Endpoints[0].Uri', code: 'pattern', severity: 'error' as const },
        builder: true,
      })),
    fc
      .tuple(
        validAction('CallAndBridge', ['Parameters', 'Endpoints', 0]),
        fc.oneof(
          fc.string({ minLength: 31, maxLength: 40, unit: fc.constantFrom('a', '1') }),
          fc.constantFrom('a b', 'x@y', 'é', 'a#b', 'a?b'),
        ),
      )
      .map(([action, Uri]) => ({
        action: setAt(action, ['Parameters', 'Endpoints', 0], { BridgeEndpointType: 'AWS', Arn: 'arn:aws:chime:us-east-1:1:vc/x', Uri }),
        expected: { path: 'Parameters.Endpoints[0].Uri', code: 'pattern', severity: 'error' as const },
        builder: true,
      })),
    validAction('CallAndBridge', ['Parameters', 'Endpoints', 0]).map((action) => ({
      action: setAt(setAt(action, ['Parameters', 'SipHeaders'], DELETE), ['Parameters', 'Endpoints', 0], {
        BridgeEndpointType: 'PSTN',
        Uri: '+14155550100',
        Arn: 'arn:aws:chime:us-east-1:1:vc/x',
      }),
      expected: { path: 'Parameters.Endpoints[0].Arn', code: 'ignored_parameter', severity: 'warning' as const },
      builder: false,
    })),
  ],
  'CallAndBridge:Parameters.Endpoints[].Arn': () => [
    fc.tuple(validAction('CallAndBridge', ['Parameters', 'Endpoints', 0]), fc.constantFrom(DELETE, '')).map(([action, arn]) => ({
      action: setAt(
        setAt(action, ['Parameters', 'Endpoints', 0], { BridgeEndpointType: 'AWS', Uri: 'alice' }),
        ['Parameters', 'Endpoints', 0, 'Arn'],
        arn === DELETE ? DELETE : arn,
      ),
      expected: { path: 'Parameters.Endpoints[0].Arn', code: 'required', severity: 'error' as const },
      builder: true,
    })),
  ],
  ...Object.fromEntries(
    (['PlayAudioAndGetDigits', 'SpeakAndGetDigits'] as const).map((type) => [
      `${type}:Parameters`,
      () => [
        fc
          .tuple(validAction(type), fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 100 }), fc.boolean())
          .map(([action, max, gap, asString]) => ({
            action: setAt(
              setAt(action, ['Parameters', 'MaxNumberOfDigits'], asString ? String(max) : max),
              ['Parameters', 'MinNumberOfDigits'],
              max + gap,
            ),
            expected: { path: 'Parameters.MaxNumberOfDigits', code: 'cross_field', severity: 'error' as const },
            builder: !asString,
          })),
        // MaxNumberOfDigits left out defaults to 128.
        fc.tuple(validAction(type), fc.integer({ min: DEFAULT_MAX_NUMBER_OF_DIGITS + 1, max: 100_000 })).map(([action, min]) => ({
          action: setAt(setAt(action, ['Parameters', 'MaxNumberOfDigits'], DELETE), ['Parameters', 'MinNumberOfDigits'], min),
          expected: { path: 'Parameters.MaxNumberOfDigits', code: 'cross_field', severity: 'error' as const },
          builder: true,
        })),
      ],
    ]),
  ),
  'StartBotConversation:Parameters.Configuration': () => [
    fc
      .tuple(validAction('StartBotConversation', ['Parameters', 'Configuration']), fc.constantFrom(DELETE, 'Delegate'))
      .map(([action, type]) => {
        const withMessages = setAt(
          action,
          ['Parameters', 'Configuration', 'WelcomeMessages'],
          [{ ContentType: 'PlainText', Content: 'Hello' }],
        );
        return {
          action: setAt(
            withMessages,
            ['Parameters', 'Configuration', 'SessionState'],
            type === DELETE ? {} : { DialogAction: { Type: type } },
          ),
          expected: { path: 'Parameters.Configuration.SessionState.DialogAction.Type', code: 'cross_field', severity: 'error' as const },
          builder: true,
        };
      }),
    fc
      .tuple(validAction('StartBotConversation', ['Parameters', 'Configuration']), fc.integer({ min: 10_300, max: 40_000 }))
      .map(([action, size]) => ({
        action: setAt(action, ['Parameters', 'Configuration', 'SessionState'], { SessionAttributes: { big: 'x'.repeat(size) } }),
        expected: { path: 'Parameters.Configuration', code: 'max_size', severity: 'error' as const },
        builder: true,
      })),
  ],
  'RecordAudio:Parameters': () => [
    fc.tuple(validAction('RecordAudio'), fc.integer({ min: 1, max: 1000 })).map(([action, threshold]) => ({
      action: setAt(setAt(action, ['Parameters', 'SilenceDurationInSeconds'], DELETE), ['Parameters', 'SilenceThreshold'], threshold),
      expected: { path: 'Parameters.SilenceThreshold', code: 'ignored', severity: 'warning' as const },
      builder: false,
    })),
  ],
};

/** Every site whose value is an object with documented fields (Parameters included). */
export function objectSites(): { type: ActionType; segments: Segments; fields: Readonly<Record<string, FieldRule>> }[] {
  const out = ACTION_TYPES.map((type) => ({
    type,
    segments: ['Parameters'] as Segments,
    fields: specOf(type).parameters as Record<string, FieldRule>,
  }));
  for (const site of allSites())
    if (site.rule.type === 'object') out.push({ type: site.type, segments: site.segments, fields: fieldsOf(site.rule) });
  return out;
}

/** The table key of a site path. */
export { keyOf };

/** A violation of any rule of any action, drawn at random. */
export function anyViolation(): fc.Arbitrary<Case> {
  const sites = allSites();
  return fc.oneof(
    ...sites.flatMap((site) => badValues(site).map((kind) => violationCase(site, kind))),
    ...objectSites().map(({ type, segments, fields }) => unknownKeyCase(type, segments, fields)),
    ...ACTION_TYPES.flatMap((type) => targetingCases(type)),
    ...Object.values(CROSS_FIELD_CASES).flatMap((cases) => cases()),
  );
}
