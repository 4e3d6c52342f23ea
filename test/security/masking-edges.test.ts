/**
 * Masking edges: the order in which overlapping secrets are masked, a phone number written as a
 * bare run of digits inside a thrown message, and the thresholds of the credential heuristic at
 * their boundaries (length 24, 30 % class switches, letters and digits both present).
 */
import { describe, expect, it } from 'vitest';
import { createSmaHandler, redact, type SmaLogger } from '../../src/index.js';
import { newInboundCallEvent } from '../../src/testing/index.js';
import { maskSecretsIn, maskText } from '../../src/validation/index.js';

const redacted = (text: string): string => `[redacted, ${text.length} characters]`;

/** A run of `lengths[i]` letters and digits in turn (`k` then `7`): a class switch between runs. */
const blocks = (lengths: number[]): string => lengths.map((n, i) => (i % 2 === 0 ? 'k' : '7').repeat(n)).join('');

async function logOf(thrownMessage: string, event = newInboundCallEvent({ from: '+14155550199' })): Promise<string> {
  const lines: string[] = [];
  const logger: SmaLogger = { warn: (line) => lines.push(line), error: (line) => lines.push(line) };
  const handler = createSmaHandler(
    {
      NEW_INBOUND_CALL: () => {
        throw new Error(thrownMessage);
      },
    },
    { logger },
  );
  await handler(event);
  expect(lines).toHaveLength(1);
  return lines[0] as string;
}

describe('overlapping secrets', () => {
  it('masks the longest secret first, whatever order they are given in', () => {
    expect(maskSecretsIn('abcdef', ['cde', 'abcdef'])).toBe(redacted('abcdef'));
    expect(maskSecretsIn('abcdef', ['abcdef', 'cde'])).toBe(redacted('abcdef'));
    // Two secrets that overlap without one containing the other: the longer one wins the overlap.
    expect(maskSecretsIn('abcdef', ['cdef', 'abcde'])).toBe(`${redacted('abcde')}f`);
    expect(maskSecretsIn('abcdef', ['abcde', 'cdef'])).toBe(`${redacted('abcde')}f`);
    // Equal lengths: the order given (a stable sort), so the first one wins the overlap.
    expect(maskSecretsIn('abcdef', ['abcd', 'cdef'])).toBe(`${redacted('abcd')}ef`);
    expect(maskSecretsIn('abcdef', ['cdef', 'abcd'])).toBe(`ab${redacted('cdef')}`);
  });

  it('masks a credential-like run whole, before a phone number inside it could be masked alone', () => {
    const token = 'Zk9vQmFy+14155550100xQ2h1bmt5VG9rZW4';
    expect(maskText(`token ${token} end`)).toBe(`token ${redacted(token)} end`);
    expect(maskText(`token ${token} end`, { phones: 'digitRuns' })).toBe(`token ${redacted(token)} end`);
    // Without the credential rule, the phone number inside it is masked.
    expect(maskText(token, { credentials: false })).toBe('Zk9vQmFy+*******0100xQ2h1bmt5VG9rZW4');
  });

  it('in the router, a join token holding a phone number is masked whole, then the phone numbers', async () => {
    const token = 'join+14155550199token';
    const line = await logOf(`cannot join with ${token} for +14155550199`, {
      ...newInboundCallEvent({ from: '+14155550199' }),
      // A JoinToken anywhere in the event is a secret of its log lines.
      ActionData: { Type: 'JoinChimeMeeting', Parameters: { JoinToken: token } },
    } as ReturnType<typeof newInboundCallEvent>);
    expect(line).toMatch(new RegExp(`cannot join with \\[redacted, ${token.length} characters\\] for \\+\\*{7}0199$`));
  });
});

describe('phone numbers written as bare digit runs in a thrown message', () => {
  it('masks the caller number without its +, with or without the country code, in the router log', async () => {
    const line = await logOf('no account for 14155550199, also 4155550199');
    expect(line).toMatch(/no account for \*{7}0199, also \*{6}0199$/);
    expect(line).not.toContain('4155550199');
  });

  it('masks any run of 7 digits or more in a log line (a longer one whole), and keeps 6 digits or fewer', async () => {
    expect(await logOf('code 555019 ok')).toMatch(/code 555019 ok$/);
    expect(await logOf('code 5550199 ok')).toMatch(/code \*{3}0199 ok$/);
    expect(await logOf('code 123456789012345 ok')).toMatch(/code \*{11}2345 ok$/);
    // A longer run is masked whole: four digits shown, never the fifth from the end.
    expect(await logOf('card 1234567890123456 ok')).toMatch(/card \*{12}3456 ok$/);
  });

  it('masks the caller number however the event writes it (spaces, brackets, dashes)', async () => {
    const event = newInboundCallEvent({ from: '+14155550199' });
    const participant = event.CallDetails.Participants[0] as { From: string };
    participant.From = '+1 (415) 555-0199';
    const line = await logOf('caller +1 (415) 555-0199 unknown', event);
    expect(line).toMatch(/caller \+\*{12}0199 unknown$/);
  });

  it('E.164 only in validation messages and redact: a + then 7 to 15 digits, not 6, not 16', () => {
    expect(maskText('+123456 +1234567 +123456789012345 +1234567890123456')).toBe('+123456 +***4567 +***********2345 +1234567890123456');
    expect(maskText('1234567 1700000000000')).toBe('1234567 1700000000000');
    expect(redact({ note: 'call +14155550100 at 1700000000000' })).toEqual({ note: 'call +*******0100 at 1700000000000' });
  });
});

describe('credential heuristic thresholds', () => {
  it('length: a random-looking run of 24 characters is masked, 23 is kept', () => {
    const run24 = blocks([3, 3, 3, 3, 3, 3, 3, 3]);
    const run23 = run24.slice(0, 23);
    expect([run24.length, run23.length]).toEqual([24, 23]);
    expect(maskText(`x ${run24} y`)).toBe(`x ${redacted(run24)} y`);
    expect(maskText(`x ${run23} y`)).toBe(`x ${run23} y`);
  });

  it('class switches: 7 of 23 steps (30.4 %) is masked, 6 of 23 (26.1 %) is kept', () => {
    const seven = blocks([3, 3, 3, 3, 3, 3, 3, 3]);
    const six = blocks([4, 4, 4, 3, 3, 3, 3]);
    expect([seven.length, six.length]).toEqual([24, 24]);
    expect(maskText(seven)).toBe(redacted(seven));
    expect(maskText(six)).toBe(six);
    // Lower to upper case is a switch too.
    const cases = 'kkkKKK777kkkKKK777kkkKKK';
    expect(maskText(cases)).toBe(redacted(cases));
  });

  it('needs letters and digits both: a run of letters only or digits only is kept, however it switches', () => {
    const letters = 'aB'.repeat(12);
    const digits = '12'.repeat(12);
    expect(maskText(letters)).toBe(letters);
    expect(maskText(digits, { phones: false })).toBe(digits);
  });

  it('counts switches over letters and digits only, and length over the whole run (separators and padding)', () => {
    // 22 base64 characters and "==": the padding does not make a 24-character run.
    const padded22 = `${'a1'.repeat(11)}==`;
    expect(maskText(padded22)).toBe(padded22);
    const padded24 = `${'a1'.repeat(12)}==`;
    expect(maskText(padded24)).toBe(redacted(padded24));
    // Separators count in the length but not as switches: 20 letters and digits, 4 dashes.
    const dashed = 'a1a1a-1a1a1-a1a1a-1a1a1-';
    expect(dashed.length).toBe(24);
    expect(maskText(dashed)).toBe(redacted(dashed));
    const wordsAndDashes = 'recordings-2024-caller-files';
    expect(maskText(wordsAndDashes)).toBe(wordsAndDashes);
  });

  it('the same thresholds apply in redact and in router log lines', async () => {
    const seven = blocks([3, 3, 3, 3, 3, 3, 3, 3]);
    const six = blocks([4, 4, 4, 3, 3, 3, 3]);
    expect(redact({ note: `${seven} ${six}` })).toEqual({ note: `${redacted(seven)} ${six}` });
    expect(redact({ note: seven }, { joinTokens: false })).toEqual({ note: seven });
    expect(await logOf(`lookup ${seven} ${six}`)).toMatch(new RegExp(`lookup \\[redacted, 24 characters\\] ${six}$`));
  });

  it('classes at their edges: 0 and 9 are digits, a and z lower case, A and Z upper case', () => {
    // Each run has exactly 7 switches in 23 steps (masked) only if its edge characters are classed right.
    for (const run of [
      'KKK999KKK999KKK999KKK999',
      'KKK000KKK000KKK000KKK000',
      'aaaKKKaaaKKKaaaKKKaaa111',
      'zzzKKKzzzKKKzzzKKKzzz111',
      'AAAkkkAAAkkkAAAkkkAAA111',
      'ZZZkkkZZZkkkZZZkkkZZZ111',
    ]) {
      expect(run).toHaveLength(24);
      expect(maskText(run), run).toBe(redacted(run));
    }
  });

  it('padding: at most two "=" belong to a run', () => {
    const run = `${'a1'.repeat(12)}===`;
    expect(maskText(run)).toBe(`${redacted(run.slice(0, -1))}=`);
  });
});

describe('ARNs are kept whole, up to the first delimiter', () => {
  const arn = 'arn:aws:lex:us-east-1:123456789012:bot-alias/GHJ5K0PQ1R/TSTALIASID';
  const token = 'ZTAzNzhmYWEtMDdmZi00ZjQ1LTk1YzAtOWRhYWYyNjI0NWNh';
  it.each([' ', '"', "'", '`', ',', ';', '(', ')', '[', ']', '{', '}', '<', '>'])(
    'an ARN ends at %j: a credential after it is still masked',
    (delimiter) => {
      expect(maskText(`${arn}${delimiter}${token}`)).toBe(`${arn}${delimiter}${redacted(token)}`);
    },
  );

  it('"arn:" inside a word is not an ARN', () => {
    expect(maskText(`xarn:${token}`)).toBe(`xarn:${redacted(token)}`);
  });
});
