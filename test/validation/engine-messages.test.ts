/**
 * The rule engine's messages are part of the contract (they name the field, the rule, the
 * documented limit and the fix), so each one is pinned word for word here, with every bound
 * checked at its boundary (the limit itself is valid, one step past it is not).
 */
import { describe, expect, it } from 'vitest';
import {
  type FieldRule,
  Issues,
  SmaValidationError,
  canonicalScalar,
  checkFields,
  checkValue,
  deepFreeze,
  escapeControls,
  jsonByteLength,
  numericValue,
  ownRule,
  presentRule,
  throwOnErrors,
} from '../../src/validation/index.js';

/** `[code, message, severity]` of each issue of `value` under the path `X`. */
function issuesOf(rule: FieldRule, value: unknown, mode: 'strict' | 'lenient' = 'lenient'): [string, string, string][] {
  const issues = new Issues(mode);
  checkValue(rule, value, 'X', issues);
  return issues.list.map((issue) => [issue.code, issue.message, issue.severity]);
}

const messagesOf = (rule: FieldRule, value: unknown, mode: 'strict' | 'lenient' = 'lenient'): string[] => issuesOf(rule, value, mode).map(([, message]) => message);

describe('string messages and bounds', () => {
  it('type, with the value masked when the field is sensitive', () => {
    expect(issuesOf({ type: 'string' }, 5)).toEqual([['type', 'X must be a string, got 5', 'error']]);
    expect(messagesOf({ type: 'string', sensitive: 'secret' }, 5)).toEqual(['X must be a string, got [redacted value]']);
    expect(messagesOf({ type: 'string' }, null)).toEqual(['X must be a string, got null']);
  });

  it('a number where a numeric-string enum is documented: the fix in the message, tolerated when lenient', () => {
    expect(issuesOf({ type: 'string', enum: ['0', '486'] }, 486)).toEqual([['number_as_string', 'X is the number 486; send the string "486"', 'warning']]);
    expect(issuesOf({ type: 'string', enum: ['0', '486'] }, 404)).toEqual([['type', 'X must be a string, got 404', 'error']]);
    expect(issuesOf({ type: 'string' }, 486)).toEqual([['type', 'X must be a string, got 486', 'error']]);
  });

  it('enum lists every allowed value, and stops there (no length or pattern message on top)', () => {
    expect(issuesOf({ type: 'string', enum: ['a', 'b'], maxLength: 0, pattern: /^z$/ }, 'c')).toEqual([['enum', 'X must be one of "a", "b", got "c"', 'error']]);
    expect(issuesOf({ type: 'string', enum: ['a', 'b'] }, 'b')).toEqual([]);
  });

  it('minLength and maxLength at their boundaries', () => {
    const rule: FieldRule = { type: 'string', minLength: 2, maxLength: 4 };
    expect(issuesOf(rule, 'ab')).toEqual([]);
    expect(issuesOf(rule, 'abcd')).toEqual([]);
    expect(issuesOf(rule, 'a')).toEqual([['min_length', 'X must be at least 2 characters long, got 1', 'error']]);
    expect(issuesOf(rule, 'abcde')).toEqual([['max_length', 'X must be at most 4 characters long, got 5', 'error']]);
  });

  it('pattern, in words when a format is given, else the pattern itself; then the custom check', () => {
    expect(messagesOf({ type: 'string', pattern: /^\d+$/ }, 'a1')).toEqual(['X must be a string matching /^\\d+$/, got "a1"']);
    expect(messagesOf({ type: 'string', pattern: /^\d+$/, format: 'digits only' }, 'a1')).toEqual(['X must be digits only, got "a1"']);
    expect(messagesOf({ type: 'string', pattern: /^\d+$/, sensitive: 'phone' }, '+1415555010x')).toEqual(['X must be a string matching /^\\d+$/, got "+******5010*"']);
    const checked: FieldRule = { type: 'string', maxLength: 1, check: (v) => (v.includes('!') ? 'must not hold "!"' : undefined) };
    expect(issuesOf(checked, 'a!')).toEqual([
      ['max_length', 'X must be at most 1 characters long, got 2', 'error'],
      ['format', 'X must not hold "!"', 'error'],
    ]);
    expect(issuesOf(checked, 'a')).toEqual([]);
  });
});

describe('number messages and bounds', () => {
  it('a numeric string: the fix in the message, tolerated when lenient, an error when strict, and still checked', () => {
    expect(issuesOf({ type: 'number' }, '30')).toEqual([['number_as_string', 'X is the string "30"; send the number 30', 'warning']]);
    expect(issuesOf({ type: 'number' }, '-2.50', 'strict')).toEqual([['number_as_string', 'X is the string "-2.50"; send the number -2.5', 'error']]);
    expect(issuesOf({ type: 'number', max: 5 }, '6')).toEqual([
      ['number_as_string', 'X is the string "6"; send the number 6', 'warning'],
      ['max', 'X must be at most 5, got 6', 'error'],
    ]);
    for (const text of ['1.', '.5', ' 5', '5 ', '1e3', '0x10', '']) expect(issuesOf({ type: 'number' }, text)[0]?.[0], text).toBe('type');
  });

  it('type and finiteness', () => {
    expect(messagesOf({ type: 'number' }, 'five')).toEqual(['X must be a number, got "five"']);
    expect(messagesOf({ type: 'number', sensitive: 'private' }, true)).toEqual(['X must be a number, got [redacted value]']);
    expect(issuesOf({ type: 'number', min: 0 }, Number.NaN)).toEqual([['type', 'X must be a finite number, got NaN', 'error']]);
    expect(issuesOf({ type: 'number', max: 0 }, Number.NEGATIVE_INFINITY)).toEqual([['type', 'X must be a finite number, got -Infinity', 'error']]);
  });

  it('integer, reported with a range problem of the same value', () => {
    expect(issuesOf({ type: 'number', integer: true }, 3)).toEqual([]);
    expect(issuesOf({ type: 'number', integer: true, min: 2 }, 1.5)).toEqual([
      ['integer', 'X must be an integer, got 1.5', 'error'],
      ['min', 'X must be at least 2, got 1.5', 'error'],
    ]);
  });

  it('min, max and both at their boundaries', () => {
    expect(issuesOf({ type: 'number', min: 5 }, 5)).toEqual([]);
    expect(issuesOf({ type: 'number', min: 5 }, 4.9)).toEqual([['min', 'X must be at least 5, got 4.9', 'error']]);
    expect(issuesOf({ type: 'number', max: 5 }, 5)).toEqual([]);
    expect(issuesOf({ type: 'number', max: 5 }, 5.1)).toEqual([['max', 'X must be at most 5, got 5.1', 'error']]);
    const range: FieldRule = { type: 'number', min: 1, max: 120 };
    expect(issuesOf(range, 1)).toEqual([]);
    expect(issuesOf(range, 120)).toEqual([]);
    expect(issuesOf(range, 0)).toEqual([['range', 'X must be between 1 and 120 inclusive, got 0', 'error']]);
    expect(issuesOf(range, 121)).toEqual([['range', 'X must be between 1 and 120 inclusive, got 121', 'error']]);
    expect(issuesOf({ type: 'number', min: 0, max: 0 }, 0)).toEqual([]);
  });

  it('exclusiveMin: the bound itself is an error, anything above it valid', () => {
    expect(issuesOf({ type: 'number', exclusiveMin: 0 }, 0)).toEqual([['min', 'X must be greater than 0, got 0', 'error']]);
    expect(issuesOf({ type: 'number', exclusiveMin: 0 }, 0.001)).toEqual([]);
    expect(issuesOf({ type: 'number', exclusiveMin: 0, max: 10 }, -1)).toEqual([['min', 'X must be greater than 0, got -1', 'error']]);
  });
});

describe('boolean, array, object and map messages', () => {
  it('booleans: "true"/"false" in any case tolerated with the fix, anything else a type error', () => {
    expect(issuesOf({ type: 'boolean' }, false)).toEqual([]);
    expect(issuesOf({ type: 'boolean' }, 'FALSE')).toEqual([['boolean_as_string', 'X is the string "FALSE"; send the boolean false', 'warning']]);
    expect(issuesOf({ type: 'boolean' }, 'True', 'strict')).toEqual([['boolean_as_string', 'X is the string "True"; send the boolean true', 'error']]);
    for (const value of ['yes', 'truex', ' true', 1, null]) expect(issuesOf({ type: 'boolean' }, value)[0]?.[0]).toBe('type');
    expect(messagesOf({ type: 'boolean' }, 1)).toEqual(['X must be a boolean, got 1']);
    expect(messagesOf({ type: 'boolean', sensitive: 'private' }, 1)).toEqual(['X must be a boolean, got [redacted value]']);
  });

  it('arrays: type, minItems (item / items) and maxItems at their boundaries, items at their index', () => {
    const items: FieldRule = { type: 'string' };
    expect(messagesOf({ type: 'array', items }, 'x')).toEqual(['X must be an array, got "x"']);
    expect(messagesOf({ type: 'array', items, sensitive: 'private' }, 'x')).toEqual(['X must be an array, got [redacted, 1 characters]']);
    expect(issuesOf({ type: 'array', items, minItems: 1 }, [])).toEqual([['min_items', 'X must have at least 1 item, got 0', 'error']]);
    expect(issuesOf({ type: 'array', items, minItems: 2 }, ['a'])).toEqual([['min_items', 'X must have at least 2 items, got 1', 'error']]);
    expect(issuesOf({ type: 'array', items, minItems: 2, maxItems: 3 }, ['a', 'b'])).toEqual([]);
    expect(issuesOf({ type: 'array', items, minItems: 2, maxItems: 3 }, ['a', 'b', 'c'])).toEqual([]);
    expect(issuesOf({ type: 'array', items, maxItems: 3 }, ['a', 'b', 'c', 'd'])).toEqual([['max_items', 'X must have at most 3 items, got 4', 'error']]);
    const issues = new Issues('lenient');
    checkValue({ type: 'array', items }, ['a', 1, 'c', 2], 'X', issues);
    expect(issues.list.map((issue) => issue.path)).toEqual(['X[1]', 'X[3]']);
  });

  it('objects: type, then fields and the refinement (reported on a field or on the object itself)', () => {
    const rule: FieldRule = {
      type: 'object',
      fields: { A: { type: 'number' } },
      refine: (value, report) => {
        if (value.A === 1) report('A', 'cross_field', 'must not be 1');
        if (value.A === 2) report('', 'cross_field', 'must not hold A 2', 'warning');
      },
    };
    expect(messagesOf(rule, 5)).toEqual(['X must be an object, got 5']);
    expect(messagesOf(rule, [])).toEqual(['X must be an object, got an array of 0']);
    expect(messagesOf({ ...rule, sensitive: 'private' }, 5)).toEqual(['X must be an object, got [redacted value]']);
    expect(issuesOf(rule, { A: 1 })).toEqual([['cross_field', 'X.A must not be 1', 'error']]);
    const issues = new Issues('lenient');
    checkValue(rule, { A: 2 }, 'X', issues);
    expect(issues.list).toEqual([{ path: 'X', code: 'cross_field', message: 'X must not hold A 2', severity: 'warning' }]);
    expect(issuesOf(rule, { A: 'x' })).toEqual([['type', 'X.A must be a number, got "x"', 'error']]);
  });

  it('maps: type, entry count at its boundary, keys, string values (masked), value length and value check', () => {
    const rule: FieldRule = {
      type: 'map',
      key: (k) => (k.startsWith('x-') ? undefined : 'must start with x-'),
      value: (v) => (v.includes('!') ? 'must not hold "!"' : undefined),
      maxEntries: 2,
      maxValueLength: 3,
    };
    expect(messagesOf(rule, 'x')).toEqual(['X must be an object of string values, got [redacted, 1 characters]']);
    expect(messagesOf(rule, 5)).toEqual(['X must be an object of string values, got [redacted value]']);
    expect(messagesOf(rule, null)).toEqual(['X must be an object of string values, got null']);
    expect(issuesOf(rule, { 'x-a': 'abc', 'x-b': '' })).toEqual([]);
    expect(issuesOf(rule, { 'x-a': 'a', 'x-b': 'b', 'x-c': 'c' })).toEqual([['max_items', 'X must have at most 2 entries, got 3', 'error']]);
    expect(issuesOf(rule, { b: 'abcd' })).toEqual([
      ['key', 'X.b must start with x-', 'error'],
      ['max_length', 'X.b must be at most 3 characters long, got 4', 'error'],
    ]);
    expect(issuesOf(rule, { 'x-a': 7 })).toEqual([['type', 'X.x-a must be a string, got [redacted value]', 'error']]);
    expect(issuesOf({ type: 'map', sensitive: 'secret' }, { k: 7 })).toEqual([['type', 'X.k must be a string, got [redacted value]', 'error']]);
    expect(issuesOf(rule, { 'x-a': 'a!' })).toEqual([['format', 'X.x-a must not hold "!"', 'error']]);
  });
});

describe('checkFields', () => {
  const fields: Record<string, FieldRule> = {
    S: { type: 'string', required: true },
    N: { type: 'number', required: true },
    B: { type: 'boolean', required: true },
    L: { type: 'array', items: { type: 'string' }, required: true },
    O: { type: 'object', fields: {}, required: true },
    M: { type: 'map', required: true },
    E: { type: 'string', enum: ['a'] },
  };
  const run = (value: Record<string, unknown>, mode: 'strict' | 'lenient' = 'lenient', skip: string[] = []) => {
    const issues = new Issues(mode);
    checkFields(fields, value, 'P', issues, skip);
    return issues.list.map((issue) => [issue.path, issue.code, issue.message, issue.severity]);
  };

  it('names the type of each missing required field, and says "must not be empty" for an empty string', () => {
    expect(run({})).toEqual([
      ['P.S', 'required', 'P.S is required (a string)', 'error'],
      ['P.N', 'required', 'P.N is required (a number)', 'error'],
      ['P.B', 'required', 'P.B is required (a boolean)', 'error'],
      ['P.L', 'required', 'P.L is required (an array)', 'error'],
      ['P.O', 'required', 'P.O is required (an object)', 'error'],
      ['P.M', 'required', 'P.M is required (an object)', 'error'],
    ]);
    const complete = { S: 's', N: 0, B: false, L: [], O: {}, M: {} };
    expect(run(complete)).toEqual([]);
    expect(run({ ...complete, S: '' })).toEqual([['P.S', 'required', 'P.S must not be empty', 'error']]);
    // An optional field sent as the empty string is checked as a value (here against its enum).
    expect(run({ ...complete, E: '' })).toEqual([['P.E', 'enum', 'P.E must be one of "a", got ""', 'error']]);
    // undefined counts as absent.
    expect(run({ ...complete, S: undefined })).toEqual([['P.S', 'required', 'P.S is required (a string)', 'error']]);
  });

  it('lists the documented fields of an unknown key (or "none"), a warning when lenient and an error when strict; skips keys in skip', () => {
    const complete = { S: 's', N: 0, B: false, L: [], O: {}, M: {} };
    expect(run({ ...complete, Z: 1 })).toEqual([['P.Z', 'unknown_parameter', 'P.Z is not a documented field (documented: S, N, B, L, O, M, E); the service ignores it', 'warning']]);
    expect(run({ ...complete, Z: 1 }, 'strict')[0]?.[3]).toBe('error');
    expect(run({ ...complete, Z: 1 }, 'lenient', ['Z'])).toEqual([]);
    const issues = new Issues('lenient');
    checkFields({}, { Z: 1 }, '', issues);
    expect(issues.list[0]?.message).toBe('Z is not a documented field (documented: none); the service ignores it');
    const skipping = new Issues('lenient');
    skipping.skipUnknownKeys = true;
    checkFields(fields, { ...complete, Z: 1 }, 'P', skipping);
    expect(skipping.list).toEqual([]);
  });

  it('requiredWhen and presentRule: required under a condition, the empty string counts as present', () => {
    const conditional: Record<string, FieldRule> = {
      Kind: { type: 'string' },
      Arn: { type: 'string', requiredWhen: { test: (p) => p.Kind === 'AWS', description: 'Kind is "AWS"' } },
      Key: presentRule('Key', { type: 'string' }, 'always, even empty'),
    };
    const run2 = (value: Record<string, unknown>) => {
      const issues = new Issues('lenient');
      checkFields(conditional, value, '', issues);
      return issues.list.map((issue) => [issue.path, issue.code, issue.message]);
    };
    expect(run2({ Kind: 'AWS', Key: '' })).toEqual([['Arn', 'required', 'Arn is required when Kind is "AWS"']]);
    expect(run2({ Kind: 'AWS', Arn: '', Key: '' })).toEqual([['Arn', 'required', 'Arn is required when Kind is "AWS"']]);
    expect(run2({ Kind: 'PSTN', Key: '' })).toEqual([]);
    expect(run2({ Kind: 'PSTN' })).toEqual([['Key', 'required', 'Key is required when always, even empty']]);
    expect(run2({ Kind: 'PSTN', Key: undefined })).toEqual([['Key', 'required', 'Key is required when always, even empty']]);
    expect(ownRule(conditional, 'Arn')).toBe(conditional.Arn);
    expect(ownRule(conditional, 'constructor')).toBeUndefined();
  });

  it('gives the same results when the same rules object is checked again (compiled once)', () => {
    const complete = { S: 's', N: 0, B: false, L: [], O: {}, M: {} };
    expect(run({ ...complete, N: 'x' })).toEqual(run({ ...complete, N: 'x' }));
    expect(run({ ...complete, N: 'x' })).toEqual([['P.N', 'type', 'P.N must be a number, got "x"', 'error']]);
  });
});

describe('issues, errors and helpers', () => {
  it('a message of the value itself starts with "The value"; control characters are escaped', () => {
    const issues = new Issues('lenient');
    issues.add('', 'type', 'is odd');
    issues.add('a\nFAKE', 'x', 'has\r\ta \u0000 \u001f \u007f \u0080 \u009f \u00a0 \u2028 \u2029 end');
    expect(issues.list.map((issue) => issue.message)).toEqual([
      'The value is odd',
      'a\\nFAKE has\\r\\ta \\u0000 \\u001f \\u007f \\u0080 \\u009f \u00a0 \\u2028 \\u2029 end',
    ]);
    expect(issues.list[0]?.severity).toBe('error');
    expect(new Issues('lenient').tolerated).toBe('warning');
    expect(new Issues('strict').tolerated).toBe('error');
    expect(escapeControls('plain ~ text')).toBe('plain ~ text');
  });

  it('SmaValidationError shows the errors, or the warnings when there is no error; throwOnErrors throws on errors only', () => {
    const warning = { path: 'B', code: 'w', message: 'B is odd', severity: 'warning' } as const;
    const error = { path: 'A', code: 'e', message: 'A is wrong', severity: 'error' } as const;
    expect(new SmaValidationError('thing', [warning, { ...warning, message: 'C is odd' }]).message).toBe('Invalid thing (2 issues):\n  - B is odd\n  - C is odd');
    expect(new SmaValidationError('thing', [error, warning, error]).message).toBe('Invalid thing (2 issues):\n  - A is wrong\n  - A is wrong');
    expect(() => throwOnErrors('thing', [warning])).not.toThrow();
    expect(() => throwOnErrors('thing', [warning, error])).toThrow(SmaValidationError);
  });

  it('jsonByteLength counts 1 to 4 bytes per code point at each UTF-8 boundary', () => {
    const bytes = (c: string) => jsonByteLength(c) - 2;
    expect([bytes('\u007f'), bytes('\u0080'), bytes('\u07ff'), bytes('\u0800'), bytes('\uffff'), bytes('\u{10000}')]).toEqual([1, 2, 2, 3, 3, 4]);
    expect(bytes('\u001f')).toBe(6); // escaped by JSON.stringify as \\u001f
  });

  it('numericValue reads numbers and numeric strings only', () => {
    expect([numericValue(3), numericValue('-2.5'), numericValue('10')]).toEqual([3, -2.5, 10]);
    for (const value of ['1.', '.5', ' 5', '1e3', '', null, { valueOf: () => 1 }]) expect(numericValue(value)).toBeUndefined();
  });

  it('deepFreeze freezes plain objects and arrays deeply, and leaves RegExps, functions and class instances alone', () => {
    class Box {
      value = 1;
    }
    const pattern = /x/g;
    const frozen = deepFreeze({ a: { b: [{ c: 1 }] }, pattern, box: new Box(), fn: () => 1 });
    expect(Object.isFrozen(frozen)).toBe(true);
    expect(Object.isFrozen(frozen.a)).toBe(true);
    expect(Object.isFrozen(frozen.a.b)).toBe(true);
    expect(Object.isFrozen(frozen.a.b[0])).toBe(true);
    expect(Object.isFrozen(pattern)).toBe(false);
    expect(Object.isFrozen(frozen.box)).toBe(false);
    expect(Object.isFrozen(frozen.fn)).toBe(false);
    expect(deepFreeze(null)).toBeNull();
    expect(deepFreeze(5)).toBe(5);
  });

  it('deepFreeze stops at an object already frozen (its children are the owner\'s business)', () => {
    const inner = { a: 1 };
    const frozenOuter = Object.freeze({ inner });
    deepFreeze(frozenOuter);
    expect(Object.isFrozen(inner)).toBe(false);
  });
});

describe('values of the wrong JSON type are never taken for what they print as', () => {
  it('canonicalScalar changes only a number (to a numeric-enum string) or a "true"/"false" string (to a boolean)', () => {
    expect(canonicalScalar({ type: 'string', enum: ['true', '486'] }, true)).toBe(true);
    expect(canonicalScalar({ type: 'string', enum: ['486'] }, ['486'])).toEqual(['486']);
    expect(canonicalScalar({ type: 'boolean' }, true)).toBe(true);
    expect(canonicalScalar({ type: 'boolean' }, ['true'])).toEqual(['true']);
  });

  it('checkValue reports an array that prints as a valid value as a type error', () => {
    expect(issuesOf({ type: 'boolean' }, ['true'])).toEqual([['type', 'X must be a boolean, got an array of 1', 'error']]);
    expect(issuesOf({ type: 'string', enum: ['486'] }, ['486'])).toEqual([['type', 'X must be a string, got an array of 1', 'error']]);
    expect(issuesOf({ type: 'string', enum: ['true'] }, true)).toEqual([['type', 'X must be a string, got true', 'error']]);
  });
});

