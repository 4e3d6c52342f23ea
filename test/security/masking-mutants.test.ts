/**
 * Masking rules that mutation testing showed unpinned: the exact 30 % threshold, key names
 * matched whole, array depth, the service marker, redact's depth and JSON-text handling, Maps.
 */
import { describe, expect, it } from 'vitest';
import { redact } from '../../src/index.js';
import { joinTokensIn, maskText, phoneNumbersIn } from '../../src/validation/index.js';

const redacted = (text: string): string => `[redacted, ${text.length} characters]`;

describe('maskText and the key lists', () => {
  it('a run switching classes at exactly 30 % of its steps is masked (6 of 20 steps; separators are not steps)', () => {
    const run = 'kkk-777-kkk-777kkk777kkk';
    expect(run.replace(/-/g, '')).toHaveLength(21);
    expect(maskText(run)).toBe(redacted(run));
  });

  it('an ARN is kept whole even when a part of it looks random', () => {
    const arn = 'arn:aws:lex:us-east-1:123456789012:bot-alias/A1b2C3d4E5/F6g7H8i9J0k1L2m3N4o5';
    expect(maskText(`bot ${arn} failed`)).toBe(`bot ${arn} failed`);
  });

  it('matches JoinToken and phone keys as whole key names, not as endings', () => {
    expect([...joinTokensIn({ NotJoinToken: 'x', join_token: 'y' })]).toEqual(['y']);
    expect([...phoneNumbersIn({ DialedTo: '+1', Uri2: '5', to: '7' })]).toEqual(['7']);
  });

  it('counts arrays as levels: a token under 9 nested arrays is below the 8 levels searched', () => {
    let nine: unknown = { JoinToken: 'deep' };
    for (let i = 0; i < 9; i += 1) nine = [nine];
    expect([...joinTokensIn(nine)]).toEqual([]);
    expect([...joinTokensIn((nine as unknown[])[0])]).toEqual(['deep']);
  });
});

describe('redact', () => {
  it('masks FromNumber and ToNumber by key, also without a + (no E.164 in the text)', () => {
    expect(redact({ FromNumber: '14155550100', ToNumber: '4155550199', Other: '14155550100' })).toEqual({
      FromNumber: '*******0100',
      ToNumber: '******0199',
      Other: '14155550100',
    });
  });

  it('keeps null, names anonymous functions, ignores a maxDepth that is not a number', () => {
    expect(redact({ a: null })).toEqual({ a: null });
    expect(redact([() => 1])).toEqual(['[function anonymous]']);
    expect(redact({ a: { b: { c: 1 } } }, { maxDepth: '1' as never })).toEqual({ a: { b: { c: 1 } } });
  });

  it('truncates a user map at maxDepth like any object: shown at the limit, truncated past it', () => {
    const value = { a: { SipHeaders: { 'x-a': 'v' } } };
    expect(redact(value, { maxDepth: 3 })).toEqual({ a: { SipHeaders: { 'x-a': '[redacted, 1 characters]' } } });
    expect(redact(value, { maxDepth: 2 })).toEqual({ a: { SipHeaders: '[Truncated]' } });
  });

  it('reads JSON text after leading whitespace, only when it starts like JSON, up to 1 MiB', () => {
    expect(redact(' {"JoinToken":"abc"}')).toBe('{"JoinToken":"[redacted, 3 characters]"}');
    expect(redact({ note: ' 12' })).toEqual({ note: ' 12' });
    const text = (length: number) => {
      const head = '{"JoinToken":"abc","pad":"';
      return `${head}${'x'.repeat(length - head.length - 2)}"}`;
    };
    const limit = 1024 * 1024;
    expect(text(limit)).toHaveLength(limit);
    expect(redact(text(limit)) as string).toContain('"JoinToken":"[redacted, 3 characters]"');
    expect(redact(text(limit + 1)) as string).toContain('"JoinToken":"abc"');
  });

  it('JSON text encoded twice is one level deeper', () => {
    const twice = JSON.stringify(JSON.stringify({ a: { b: 1 } }));
    expect(JSON.parse(JSON.parse(redact(twice, { maxDepth: 2 }) as string) as string)).toEqual({ a: '[Truncated]' });
  });

  it('masks the values of a Map by key, in any letter case', () => {
    expect(
      redact(
        new Map([
          ['joinTOKEN', 'abc'],
          ['note', 'x'],
        ]),
      ),
    ).toEqual([
      ['joinTOKEN', '[redacted, 3 characters]'],
      ['note', 'x'],
    ]);
  });
});

describe('maskText: kept IDs, ARNs and file names', () => {
  const token = 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4';

  it('a run is a file name only with a "/" and an extension right after it', () => {
    expect(maskText(`prompts/${token}.wav`)).toBe(`prompts/${token}.wav`);
    // A bare name is still judged as a possible credential.
    expect(maskText(`${token}.json`)).toBe(`${redacted(token)}.json`);
    // A dot further on is not its extension.
    expect(maskText(`prompts/${token} (v1.2)`)).toBe(`${redacted(`prompts/${token}`)} (v1.2)`);
  });

  it('a UUID is kept whole next to an ARN too, even when its groups are digit runs', () => {
    const arn = 'arn:aws:chime:us-east-1:123456789012:sma/abc';
    // Hex letters in either case (IDs are sent in lower case, but a UUID is case-insensitive).
    for (const uuid of [
      '12345678-1234-1234-1234-123456789012',
      '1234567a-1234-1234-1234-12345678901b',
      '1234567A-1234-1234-1234-12345678901B',
    ]) {
      for (const text of [`call ${uuid} of ${arn}`, `call ${uuid}`]) expect(maskText(text, { phones: 'digitRuns' })).toBe(text);
    }
  });

  it('a phone number inside an ARN is masked, unless phone masking is off', () => {
    const arn = 'arn:aws:chime:us-east-1:123456789012:phone-number/+14155550100';
    expect(maskText(`from ${arn}`)).toBe('from arn:aws:chime:us-east-1:123456789012:phone-number/+*******0100');
    expect(maskText(`from ${arn}`, { phones: false })).toBe(`from ${arn}`);
  });
});

describe('redact: Map keys and options', () => {
  it('a Map key is one level below the Map, like its value', () => {
    const map = new Map<unknown, unknown>([[{ a: 1 }, { b: 2 }]]);
    expect(redact(map, { maxDepth: 1 })).toEqual([['[Truncated]', '[Truncated]']]);
    expect(redact(map, { maxDepth: 2 })).toEqual([[{ a: 1 }, { b: 2 }]]);
  });

  it('options that are not an object are ignored: the defaults apply', () => {
    const event = { From: '+14155550100' };
    const notOptions = Object.assign(() => undefined, { phoneNumbers: false });
    expect(redact(event, notOptions as never)).toEqual({ From: '+*******0100' });
    expect(redact(event, 'phoneNumbers' as never)).toEqual({ From: '+*******0100' });
    expect(redact(event, { keys: 'From' } as never)).toEqual({ From: '+*******0100' });
  });
});
