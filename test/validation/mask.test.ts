import { describe, expect, it } from 'vitest';
import { joinTokensIn, maskPhone, maskSecret, maskSecretsIn, phoneNumbersIn } from '../../src/validation/index.js';

describe('joinTokensIn', () => {
  it('finds every JoinToken string at any depth, in any letter case, and nothing else', () => {
    const value = {
      Actions: [{ Type: 'JoinChimeMeeting', Parameters: { JoinToken: 'token-one' } }, { Parameters: { joinToken: 'token-two', Other: 'not-a-token' } }],
      nested: { join_token: 'token-three', JoinToken: '', list: [[{ JOINTOKEN: 'token-four' }]], number: { JoinToken: 42 } },
    };
    expect([...joinTokensIn(value)].sort()).toEqual(['token-four', 'token-one', 'token-three', 'token-two']);
    expect(joinTokensIn('JoinToken').size).toBe(0);
    expect(joinTokensIn(null).size).toBe(0);
  });

  it('stops below 8 levels', () => {
    let deep: unknown = { JoinToken: 'too-deep' };
    for (let i = 0; i < 9; i += 1) deep = { next: deep };
    expect(joinTokensIn(deep).size).toBe(0);
  });
});

describe('maskSecretsIn', () => {
  it('masks every occurrence, longest secret first, and the JSON-escaped form', () => {
    expect(maskSecretsIn('a abc abc b', ['abc', 'ab'])).toBe(`a ${maskSecret('abc')} ${maskSecret('abc')} b`);
    const quoted = 'tok"en\\1';
    expect(maskSecretsIn(JSON.stringify({ JoinToken: quoted }), [quoted])).toBe(`{"JoinToken":"${maskSecret(quoted)}"}`);
    expect(maskSecretsIn('nothing here', [''])).toBe('nothing here');
  });
});

describe('phoneNumbersIn', () => {
  it('collects the phone numbers under phone keys (any case, any depth), however written, but not "SMA"', () => {
    const value = { CallDetails: { Participants: [{ From: '+1 (415) 555-0100', To: 'SMA' }, { from: '+14155550199' }] }, Parameters: { CallerIdNumber: '+14155550123', Uri: 'alice' } };
    expect([...phoneNumbersIn(value)].sort()).toEqual(['+1 (415) 555-0100', '+14155550123', '+14155550199']);
    expect(maskSecretsIn('call +1 (415) 555-0100 now', phoneNumbersIn(value), maskPhone)).toBe('call +************0100 now');
  });
});
