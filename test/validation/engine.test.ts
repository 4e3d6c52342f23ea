import { describe, expect, it } from 'vitest';
import {
  Issues,
  SmaValidationError,
  canonicalScalar,
  checkFields,
  checkValue,
  joinPath,
  jsonByteLength,
  maskPhone,
  toResult,
  type FieldRule,
} from '../../src/validation/index.js';
import { describeValue, maskSecret } from '../../src/validation/mask.js';

function check(rule: FieldRule, value: unknown, mode: 'strict' | 'lenient' = 'lenient') {
  const issues = new Issues(mode);
  checkValue(rule, value, 'X', issues);
  return issues.list;
}

describe('joinPath', () => {
  it('builds dotted paths with bracket indices', () => {
    expect(joinPath(joinPath(joinPath('Parameters', 'Endpoints'), 0), 'Uri')).toBe('Parameters.Endpoints[0].Uri');
    expect(joinPath('', 'Actions')).toBe('Actions');
  });
});

describe('string rules', () => {
  it('checks type, enum, lengths and pattern', () => {
    expect(check({ type: 'string' }, 5)[0]).toMatchObject({ code: 'type', path: 'X', severity: 'error' });
    expect(check({ type: 'string', enum: ['a', 'b'] }, 'c')[0]?.message).toBe('X must be one of "a", "b", got "c"');
    expect(check({ type: 'string', maxLength: 3 }, 'abcd')[0]).toMatchObject({
      code: 'max_length',
      message: 'X must be at most 3 characters long, got 4',
    });
    expect(check({ type: 'string', minLength: 2 }, 'a')[0]?.code).toBe('min_length');
    expect(check({ type: 'string', pattern: /^\d+$/, format: 'digits only' }, 'a1')[0]?.message).toBe('X must be digits only, got "a1"');
    expect(check({ type: 'string', check: (v) => (v === 'bad' ? 'must not be bad' : undefined) }, 'bad')[0]?.code).toBe('format');
    expect(check({ type: 'string', enum: ['a'] }, 'a')).toEqual([]);
  });

  it('accepts a number for a numeric string enum with a warning when lenient, an error when strict', () => {
    expect(check({ type: 'string', enum: ['0', '486'] }, 486)[0]).toMatchObject({ code: 'number_as_string', severity: 'warning' });
    expect(check({ type: 'string', enum: ['0', '486'] }, 486, 'strict')[0]).toMatchObject({ code: 'number_as_string', severity: 'error' });
  });

  it('masks sensitive values', () => {
    const [issue] = check({ type: 'string', pattern: /^x$/, sensitive: 'phone' }, '+14155550100');
    expect(issue?.message).toContain('"+*******0100"');
    expect(issue?.message).not.toContain('4155550100');
    const [secret] = check({ type: 'string', enum: ['x'], sensitive: 'secret' }, 'top-secret-token');
    expect(secret?.message).not.toContain('top-secret-token');
  });
});

describe('number rules', () => {
  it('checks integer and inclusive ranges', () => {
    expect(check({ type: 'number', min: 1, max: 120 }, 0)[0]?.message).toBe('X must be between 1 and 120 inclusive, got 0');
    expect(check({ type: 'number', min: 1, max: 120 }, 120)).toEqual([]);
    expect(check({ type: 'number', min: 1, max: 120 }, 1)).toEqual([]);
    expect(check({ type: 'number', max: 5 }, 6)[0]?.code).toBe('max');
    expect(check({ type: 'number', min: 5 }, 4)[0]?.code).toBe('min');
    expect(check({ type: 'number', exclusiveMin: 0 }, 0)[0]?.message).toBe('X must be greater than 0, got 0');
    expect(check({ type: 'number', integer: true }, 1.5)[0]?.code).toBe('integer');
    expect(check({ type: 'number' }, Number.NaN)[0]?.code).toBe('type');
    expect(check({ type: 'number' }, Number.POSITIVE_INFINITY)[0]?.code).toBe('type');
  });

  it('warns on a number sent as a string and still range-checks it', () => {
    expect(check({ type: 'number', min: 1, max: 120 }, '30')).toEqual([
      expect.objectContaining({ code: 'number_as_string', severity: 'warning' }),
    ]);
    const issues = check({ type: 'number', min: 1, max: 120 }, '0');
    expect(issues.map((i) => [i.code, i.severity])).toEqual([
      ['number_as_string', 'warning'],
      ['range', 'error'],
    ]);
    expect(check({ type: 'number' }, 'five')[0]?.code).toBe('type');
  });
});

describe('canonicalScalar', () => {
  const cases: [FieldRule, unknown, unknown][] = [
    [{ type: 'number' }, '5', 5],
    [{ type: 'number' }, '-2.5', -2.5],
    [{ type: 'string', enum: ['0', '480'] }, 480, '480'],
    [{ type: 'boolean' }, 'TRUE', true],
    [{ type: 'boolean' }, 'false', false],
  ];
  it.each(cases)('turns what checkValue tolerates into a value it accepts clean (%j, %j)', (rule, tolerated, canonical) => {
    expect(check(rule, tolerated).map((i) => i.severity)).toEqual(['warning']);
    expect(canonicalScalar(rule, tolerated)).toBe(canonical);
    expect(check(rule, canonical)).toEqual([]);
  });

  it('leaves every other value unchanged', () => {
    expect(canonicalScalar({ type: 'number' }, 'five')).toBe('five');
    expect(canonicalScalar({ type: 'string', enum: ['A'] }, 1)).toBe(1);
    expect(canonicalScalar({ type: 'string' }, 7)).toBe(7);
    expect(canonicalScalar({ type: 'boolean' }, 'yes')).toBe('yes');
    const object = {};
    expect(canonicalScalar({ type: 'map' }, object)).toBe(object);
  });
});

describe('booleans, arrays, objects and maps', () => {
  it('checks booleans, tolerating "true"/"false" strings with a warning', () => {
    expect(check({ type: 'boolean' }, 'True')[0]).toMatchObject({ code: 'boolean_as_string', severity: 'warning' });
    expect(check({ type: 'boolean' }, 1)[0]?.code).toBe('type');
  });

  it('checks array items at their index', () => {
    const issues = check({ type: 'array', items: { type: 'string', enum: ['#'] }, maxItems: 2 }, ['#', '!', '#']);
    expect(issues.map((i) => i.path)).toEqual(['X', 'X[1]']);
    expect(check({ type: 'array', items: { type: 'string' }, minItems: 1 }, [])[0]?.code).toBe('min_items');
    expect(check({ type: 'array', items: { type: 'string' } }, 'x')[0]?.code).toBe('type');
  });

  it('checks objects: required, empty strings, unknown keys and refinements', () => {
    const rule: FieldRule = {
      type: 'object',
      fields: {
        Kind: { type: 'string', required: true, enum: ['A', 'B'] },
        Arn: { type: 'string', requiredWhen: { test: (p) => p.Kind === 'A', description: 'Kind is "A"' } },
      },
      refine: (value, report) => {
        if (value.Kind === 'B' && value.Arn !== undefined) report('Arn', 'cross_field', 'is only allowed when Kind is "A"');
      },
    };
    expect(check(rule, { Kind: '' })[0]).toMatchObject({ path: 'X.Kind', code: 'required', message: 'X.Kind must not be empty' });
    expect(check(rule, { Kind: 'A' })[0]).toMatchObject({ path: 'X.Arn', message: 'X.Arn is required when Kind is "A"' });
    expect(check(rule, { Kind: 'B', Arn: 'x' })[0]).toMatchObject({ path: 'X.Arn', code: 'cross_field' });
    expect(check(rule, { Kind: 'B', Extra: 1 })[0]).toMatchObject({ path: 'X.Extra', code: 'unknown_parameter', severity: 'warning' });
    expect(check(rule, { Kind: 'B', Extra: 1 }, 'strict')[0]?.severity).toBe('error');
  });

  it('does not take inherited keys such as constructor for documented fields', () => {
    const issues = new Issues('lenient');
    checkFields({ Name: { type: 'string' } }, JSON.parse('{"constructor": 1, "__proto__": {"x": 1}}'), 'P', issues);
    expect(issues.list.map((i) => i.path).sort()).toEqual(['P.__proto__', 'P.constructor']);
  });

  it('checks maps: keys, string values (masked), sizes', () => {
    const rule: FieldRule = {
      type: 'map',
      key: (k) => (k.startsWith('x-') ? undefined : 'must start with x-'),
      maxEntries: 2,
      maxValueLength: 3,
    };
    const issues = check(rule, { 'x-a': 'abcd', b: 'ok', 'x-c': 7 });
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['X', 'max_items'],
      ['X.x-a', 'max_length'],
      ['X.b', 'key'],
      ['X.x-c', 'type'],
    ]);
    expect(check({ type: 'map' }, { k: { secret: 'v' } })[0]?.message).not.toContain('secret');
  });
});

describe('results and errors', () => {
  it('ok is true when only warnings are present', () => {
    expect(toResult([{ path: '', code: 'w', message: 'm', severity: 'warning' }]).ok).toBe(true);
    expect(toResult([{ path: '', code: 'e', message: 'm', severity: 'error' }]).ok).toBe(false);
  });

  it('SmaValidationError lists the errors and carries all issues', () => {
    const error = new SmaValidationError('PlayAudio action', [
      { path: 'A', code: 'required', message: 'A is required', severity: 'error' },
      { path: 'B', code: 'w', message: 'B is odd', severity: 'warning' },
    ]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('SmaValidationError');
    expect(error.message).toBe('Invalid PlayAudio action (1 issue):\n  - A is required');
    expect(error.issues).toHaveLength(2);
  });
});

describe('masking', () => {
  it('keeps the last four digits of a phone number', () => {
    expect(maskPhone('+14155550100')).toBe('+*******0100');
    expect(maskPhone('SMA')).toBe('***');
    expect(maskSecret('abc')).toBe('[redacted, 3 characters]');
  });

  it('describes values briefly', () => {
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue([1, 2])).toBe('an array of 2');
    expect(describeValue({ a: 1 })).toBe('an object');
    expect(describeValue('x'.repeat(50))).toHaveLength(43);
    expect(describeValue({ a: 1 }, 'private')).toBe('[redacted value]');
  });
});

describe('jsonByteLength', () => {
  it('counts the UTF-8 bytes of the JSON form, not characters', () => {
    expect(jsonByteLength({ a: 'b' })).toBe(9);
    expect(jsonByteLength({ a: 'é' })).toBe(10);
    expect(jsonByteLength({ a: '€' })).toBe(11);
    expect(jsonByteLength({ a: '😀' })).toBe(12);
    expect(jsonByteLength('"')).toBe(4);
    expect(jsonByteLength(undefined)).toBe(0);
  });
});

describe('issue messages', () => {
  it('mask a credential-like value shown in a message, whatever the field', () => {
    const token = 'ZTAzNzhmYWEtMDdmZi00ZjQ1LTk1YzAtOWRhYWYyNjI0NWNh';
    const [issue] = check({ type: 'string', enum: ['LEG-A', 'LEG-B'] }, token);
    expect(issue?.code).toBe('enum');
    expect(issue?.message).toBe(`X must be one of "LEG-A", "LEG-B", got "[redacted, ${token.length} characters]"`);
    const issues = new Issues('lenient');
    issues.add('Key', 'custom', `is wrong: ${token} in 1e6bf4f5-f4b5-4917-b8c9-bda45c340706`);
    expect(issues.list[0]?.message).toBe(`Key is wrong: [redacted, ${token.length} characters] in 1e6bf4f5-f4b5-4917-b8c9-bda45c340706`);
  });
});
