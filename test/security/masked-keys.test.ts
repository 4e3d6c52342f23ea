import { describe, expect, it } from 'vitest';
import { MASKED_KEYS, joinTokensIn, phoneNumbersIn } from '../../src/validation/mask.js';
import { redact } from '../../src/index.js';
import { allSites } from '../fuzz/spec-model.js';

/** A key as the table compares it: lower case, without `_` (`join_token` is `JoinToken`). */
const maskKey = (key: string): string => key.replace(/_/g, '').toLowerCase();

/** The kind of mask the one table gives a key, if any. */
function maskOf(key: string): string | undefined {
  return MASKED_KEYS.find((row) => row[2].some((name) => maskKey(name) === maskKey(key)))?.[1];
}

/** Every field of every action spec that is marked sensitive or is a user map, with the mask it needs. */
const sensitiveSites = allSites().flatMap((site) => {
  const key = site.segments.filter((segment): segment is string => typeof segment === 'string').at(-1) as string;
  if (site.rule.type === 'map') return [{ site, key, kind: 'map' }];
  return site.rule.sensitive === undefined ? [] : [{ site, key, kind: site.rule.sensitive }];
});

describe('masking reads one table, and every sensitive field of the specs is in it', () => {
  it('finds the sensitive sites of the specs (JoinToken, CallerIdNumber, Uri, Digits, SipHeaders …)', () => {
    const keys = new Set(sensitiveSites.map(({ key }) => key));
    for (const key of ['JoinToken', 'CallerIdNumber', 'Uri', 'Digits', 'SipHeaders', 'SessionAttributes']) expect(keys).toContain(key);
  });

  it.each(sensitiveSites.map(({ site, key, kind }) => [site.key, key, kind] as const))('%s (%s) is masked as %s', (_site, key, kind) => {
    expect(maskOf(key), `${key} must be in MASKED_KEYS (src/validation/mask.ts) as ${kind}`).toBe(kind);
  });

  it('the helpers and redact read the same table (join tokens and phone numbers, any key spelling)', () => {
    const value = {
      join_token: 'Tk-aaaaaaaaaaaaaaaaaaaaaaaa',
      JoinToken: 'Tk-bbbbbbbbbbbbbbbbbbbbbbbb',
      Endpoints: [{ Uri: '+14155550100' }],
      CallerIdNumber: '+12065551212',
    };
    expect([...joinTokensIn(value)].sort()).toEqual(['Tk-aaaaaaaaaaaaaaaaaaaaaaaa', 'Tk-bbbbbbbbbbbbbbbbbbbbbbbb']);
    expect([...phoneNumbersIn(value)].sort()).toEqual(['+12065551212', '+14155550100']);
    const text = JSON.stringify(redact(value));
    for (const secret of ['Tk-bbbbbbbbbbbbbbbbbbbbbbbb', '+14155550100', '+12065551212']) expect(text).not.toContain(secret);
  });
});
