import { describe, expect, it } from 'vitest';
import { maskText } from '../../src/validation/mask.js';
import { joinTokensIn, maskPhone, maskSecret, maskSecretsIn, phoneNumbersIn, redact } from '../../src/validation/index.js';

describe('joinTokensIn', () => {
  it('finds every JoinToken string at any depth, in any letter case, and nothing else', () => {
    const value = {
      Actions: [
        { Type: 'JoinChimeMeeting', Parameters: { JoinToken: 'token-one' } },
        { Parameters: { joinToken: 'token-two', Other: 'not-a-token' } },
      ],
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
    const value = {
      CallDetails: { Participants: [{ From: '+1 (415) 555-0100', To: 'SMA' }, { from: '+14155550199' }] },
      Parameters: { CallerIdNumber: '+14155550123', Uri: 'alice' },
    };
    expect([...phoneNumbersIn(value)].sort()).toEqual(['+1 (415) 555-0100', '+14155550123', '+14155550199']);
    expect(maskSecretsIn('call +1 (415) 555-0100 now', phoneNumbersIn(value), maskPhone)).toBe('call +************0100 now');
  });
});

describe('maskText: credential-like runs in free text', () => {
  const base64 = 'ZTAzNzhmYWEtMDdmZi00ZjQ1LTk1YzAtOWRhYWYyNjI0NWNhOjdmNTIyYWZi';
  const padded = 'c2VjcmV0LWpvaW4tdG9rZW4tMTIzNDU2Nzg5MA==';
  const base64url = 'dGhpcy1pcy1hLXRva2VuX3dpdGgtdXJsLXNhZmU_Y2hhcnM-Zm9v';
  const slashes = 'q8/Vh3Rk+Tz0Lm2/Pw9xYb4NcD7eJ1sG';

  it.each([base64, padded, base64url, slashes])(
    'masks a base64 or base64url run of 24 characters or more, known in advance or not (%s)',
    (token) => {
      const masked = maskText(`lookup failed (token ${token}).`);
      expect(masked).toBe(`lookup failed (token [redacted, ${token.length} characters]).`);
      expect(maskText(masked)).toBe(masked);
    },
  );

  it('keeps UUIDs (TransactionId, MeetingId, call IDs), also upper-case or glued to a prefix', () => {
    const text =
      'TransactionId=1e6bf4f5-f4b5-4917-b8c9-bda45c340706 meeting C2A6F5A1-7CB4-4A9B-9D26-4F4F2C7B0E11' +
      ' call-7b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d caller-1e6bf4f5-f4b5-4917-b8c9-bda45c340706-b';
    expect(maskText(text)).toBe(text);
    // Not even their digit runs are taken for phone numbers.
    const digits = 'CallId 97234e9d-cc76-419a-8b7c-97843499aafe, Meeting 12345678-1234-4234-8234-123456789012';
    expect(maskText(digits, { phones: 'digitRuns' })).toBe(digits);
    expect(maskText('97843499aafe 123456789012', { phones: 'digitRuns' })).toBe('****3499aafe ********9012');
    // A token glued to a UUID is still masked; the UUID stays.
    expect(maskText(`1e6bf4f5-f4b5-4917-b8c9-bda45c340706:${base64}`)).toBe(
      `1e6bf4f5-f4b5-4917-b8c9-bda45c340706:[redacted, ${base64.length} characters]`,
    );
  });

  it('keeps ARNs, paths, file names, action and event names, and short IDs', () => {
    const kept = [
      'arn:aws:lex:us-east-1:123456789012:bot-alias/GHJ5K0PQ1R/TSTALIASID',
      'arn:aws:chime:us-east-1:111122223333:meeting/1e6bf4f5-f4b5-4917-b8c9-bda45c340706',
      'ACTION_SUCCESSFUL/PlayAudioAndGetDigits Sequence=12',
      'prompts/welcome-to-meetings.wav recordings/2024/01/caller1/abc.wav',
      '/tmp/chime-sma-kit-cli-aB3dE9/welcome.wav',
      'Actions[3].Parameters.Endpoints[0].Uri must be a string',
      'AKIAIOSFODNN7EXAMPLE 1700000000000',
      'bot-alias/botId/botAliasId',
    ];
    for (const text of kept) expect(maskText(text)).toBe(text);
  });

  it('masks phone numbers after credentials: E.164 only by default, every digit run with { phones: "digitRuns" }', () => {
    expect(maskText('call +14155550100 at 1700000000000')).toBe('call +*******0100 at 1700000000000');
    expect(maskText('call 4155550100', { phones: 'digitRuns' })).toBe('call ******0100');
    expect(maskText(`+14155550100 ${padded}`, { phones: false })).toBe(`+14155550100 [redacted, ${padded.length} characters]`);
    expect(maskText(`+14155550100 ${padded}`, { credentials: false })).toBe(`+*******0100 ${padded}`);
  });
});

describe('maskText keeps what is not personal', () => {
  const key = 'recordings/QmFzZTY0RW5jb2RlZEtleU5hbWVIZXJlMTIz';
  const arn = 'arn:aws:lex:us-east-1:123456789012:bot-alias/ABCDEFGHIJ/TSTALIASID';

  it('an S3 key (followed by its file extension), in a Speak text or a message', () => {
    expect(maskText(`Your recording is at s3://bucket/${key}.wav now`)).toBe(`Your recording is at s3://bucket/${key}.wav now`);
    expect(redact({ Text: `Your file is ${key}.wav`, Key: `${key}.wav` })).toEqual({ Text: `Your file is ${key}.wav`, Key: `${key}.wav` });
    // The same run without an extension still looks like a credential.
    expect(maskText(`token ${key.slice(11)}.`)).not.toContain(key.slice(11));
  });

  it("an ARN's account ID, even where every digit run is masked; a phone number in an ARN is still masked", () => {
    expect(maskText(`cannot reach ${arn}`, { phones: 'digitRuns' })).toBe(`cannot reach ${arn}`);
    expect(maskText('arn:aws:chime:us-east-1:123456789012:phone-number/+14155550100', { phones: 'digitRuns' })).toBe(
      'arn:aws:chime:us-east-1:123456789012:phone-number/+*******0100',
    );
    expect(maskText('account 123456789012 called', { phones: 'digitRuns' })).toBe('account ********9012 called');
  });
});
