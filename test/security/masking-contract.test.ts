/**
 * What the masking helpers show and hide, pinned at their edges: how a value is described in a
 * message, how much of a phone number is kept, where join tokens and phone numbers are looked for.
 */
import { describe, expect, it } from 'vitest';
import { redact } from '../../src/index.js';
import { describeValue, joinTokensIn, maskPhone, phoneNumbersIn } from '../../src/validation/index.js';

describe('describeValue', () => {
  it('a sensitive string: its length only, or a phone number with its last four digits, cut after 40 characters', () => {
    expect(describeValue('abc', 'secret')).toBe('[redacted, 3 characters]');
    expect(describeValue('abc', 'private')).toBe('[redacted, 3 characters]');
    expect(describeValue('+14155550100', 'phone')).toBe('"+*******0100"');
    const long = `+1${'2'.repeat(50)}`;
    expect(describeValue(long, 'phone')).toBe(`"+${'*'.repeat(39)}… (52 characters)"`);
    const forty = `+${'2'.repeat(39)}`;
    expect(describeValue(forty, 'phone')).toBe(`"+${'*'.repeat(35)}2222"`);
  });

  it('a sensitive value of another type: "[redacted value]", but null and undefined are shown', () => {
    expect(describeValue(5, 'phone')).toBe('[redacted value]');
    expect(describeValue({}, 'private')).toBe('[redacted value]');
    expect(describeValue(null, 'secret')).toBe('null');
    expect(describeValue(undefined, 'secret')).toBe('undefined');
  });

  it('plain values: short, JSON-like, every type named', () => {
    expect([describeValue(10n), describeValue(() => 1), describeValue(Symbol('x')), describeValue(false), describeValue(-0.5)]).toEqual(['10n', 'a function', 'a symbol', 'false', '-0.5']);
    expect([describeValue([]), describeValue([1, 2, 3]), describeValue(new Map())]).toEqual(['an array of 0', 'an array of 3', 'an object']);
  });

  it('JSON text in a string is described, never shown (it may hold any secret)', () => {
    for (const text of [' {"JoinToken":"x"}', '"x"', '[1]', '\n{']) {
      expect(describeValue(text)).toBe(`a string of JSON text (${text.length} characters); send the value itself, not its JSON text`);
    }
    expect(describeValue('x {"a":1}')).toBe('"x {\\"a\\":1}"');
  });

  it('a string: masked, then cut after 40 characters, so a cut never shows the middle digits of a phone number', () => {
    expect(describeValue('x'.repeat(40))).toBe(`"${'x'.repeat(40)}"`);
    expect(describeValue('x'.repeat(41))).toBe(`"${'x'.repeat(40)}…"`);
    expect(describeValue('call +14155550100')).toBe('"call +*******0100"');
    expect(describeValue(`${'1'.repeat(38)}+14155550100`)).toBe(`"${'1'.repeat(38)}+*…"`);
  });
});

describe('maskPhone', () => {
  it('keeps the last four digits and a leading +, masks every other character', () => {
    expect(maskPhone('+1 (415) 555-0100')).toBe('+************0100');
    expect(maskPhone('++14155550100')).toBe('+********0100');
    expect(maskPhone('a+1234567')).toBe('*****4567');
    expect(maskPhone('12345')).toBe('*2345');
    expect(maskPhone('1234')).toBe('1234');
    expect(maskPhone('123')).toBe('123');
    expect(maskPhone('')).toBe('');
  });
});

describe('where secrets are looked for', () => {
  const deep = (levels: number): unknown => (levels === 0 ? { JoinToken: 'deep' } : { a: deep(levels - 1) });

  it('joinTokensIn: JoinToken or join_token in any case, non-empty strings, down to 8 levels', () => {
    expect([...joinTokensIn(deep(8))]).toEqual(['deep']);
    expect([...joinTokensIn(deep(9))]).toEqual([]);
    expect([...joinTokensIn([[[[[[[[{ joinToken: 'in arrays' }]]]]]]]])]).toEqual(['in arrays']);
    const value = { join_token: 'a', JOINTOKEN: 'b', joinTokens: 'c', JoinToken: '', x: [{ joinToken: 'd' }], y: { JoinToken: 5 } };
    expect([...joinTokensIn(value)]).toEqual(['a', 'b', 'd']);
    expect([...joinTokensIn('JoinToken')]).toEqual([]);
    expect([...joinTokensIn(null)]).toEqual([]);
  });

  it('phoneNumbersIn: From, To, CallerIdNumber, FromNumber, ToNumber and Uri in any case, when they hold a digit', () => {
    const value = { From: 'SMA', To: 'alice', Uri: '5550', fromNumber: '+1', TONUMBER: '+2', CallerIdNumber: '+3', toNumbers: '+4', a: [[{ from: '+5' }]], b: { to: 5 } };
    expect([...phoneNumbersIn(value)]).toEqual(['5550', '+1', '+2', '+3', '+5']);
  });

  it('redact: a phone key holding no digits or the service marker "SMA" is kept; other types are masked whole', () => {
    expect(redact({ To: 'SMA', From: 'Alice', Uri: 5550, CallerIdNumber: null, JoinToken: 7, Digits: ['1'], ReceivedDigits: undefined })).toEqual({
      To: 'SMA',
      From: 'Alice',
      Uri: '[redacted value]',
      CallerIdNumber: null,
      JoinToken: '[redacted value]',
      Digits: '[redacted value]',
      ReceivedDigits: undefined,
    });
  });

  it('redact options: maxDepth (0 truncates the top object, a negative one is ignored), keys only as an array of strings', () => {
    expect(redact({ a: { b: 1 } }, { maxDepth: 1 })).toEqual({ a: '[Truncated]' });
    expect(redact({ a: { b: 1 } }, { maxDepth: 0 })).toBe('[Truncated]');
    expect(redact({ a: { b: 1 } }, { maxDepth: -1 })).toEqual({ a: { b: 1 } });
    expect(redact({ a: 1 }, null as never)).toEqual({ a: 1 });
    expect(redact({ a: 1 }, { keys: 'a' as never })).toEqual({ a: 1 });
    expect(redact({ a: 1, B: 2, c: 3 }, { keys: ['A', 5 as never, 'b'] })).toEqual({ a: '[redacted value]', B: '[redacted value]', c: 3 });
  });
});
