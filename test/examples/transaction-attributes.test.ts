import { describe, expect, it } from 'vitest';
import { checkWithLegacyLimit, handler } from '../../examples/transaction-attributes.js';
import { type SmaResponse, type TransactionAttributes, response, validateResponse } from '../../src/index.js';
import { applyTransactionAttributes } from '../../src/testing/index.js';
import { merge } from '../events/fixtures.js';
import newInboundCall from '../fixtures/invocation.NEW_INBOUND_CALL.use-case.json' with { type: 'json' };
import hangup from '../fixtures/invocation.HANGUP.use-case.json' with { type: 'json' };
import digitsReceived from '../fixtures/invocation.ACTION_SUCCESSFUL.PlayAudioAndGetDigits.use-case.json' with { type: 'json' };

/** The documented PlayAudioAndGetDigits result, with these digits and these stored attributes. */
function digitsEvent(digits: string, stored: TransactionAttributes) {
  return merge(digitsReceived, { ActionData: { ReceivedDigits: digits }, CallDetails: { TransactionAttributes: stored } });
}

/** The attributes stored after `answer`, under each documented reading of the service. */
function storedAfter(stored: TransactionAttributes, answer: SmaResponse): { replace: TransactionAttributes; add: TransactionAttributes } {
  const sent = answer.TransactionAttributes as TransactionAttributes | undefined;
  const add = sent === undefined ? stored : Object.keys(sent).length === 0 ? {} : { ...stored, ...sent };
  return { replace: applyTransactionAttributes(stored, sent), add };
}

describe('examples/transaction-attributes.ts (shown in docs/transaction-attributes.md)', () => {
  it('stores the first state with the greeting', async () => {
    const answer = await handler(newInboundCall);
    expect(answer.TransactionAttributes).toStrictEqual({ step: 'pin', attempts: '1' });
    expect(answer.Actions?.[0]?.Type).toBe('PlayAudioAndGetDigits');
    expect(validateResponse(answer)).toEqual({ ok: true, issues: [] });
  });

  it('counts wrong PINs, then joins: the stored set is the same under "replace" and "add"', async () => {
    let stored: TransactionAttributes = { step: 'pin', attempts: '1' };
    const wrong = await handler(digitsEvent('999', stored));
    expect(wrong.TransactionAttributes).toStrictEqual({ step: 'pin', attempts: '2' });
    const afterWrong = storedAfter(stored, wrong);
    expect(afterWrong.replace).toStrictEqual(afterWrong.add);
    stored = afterWrong.replace;

    const right = await handler(digitsEvent('1234', stored));
    expect(right.TransactionAttributes).toStrictEqual({ step: 'meeting', attempts: '2', meetingId: 'meeting-1234' });
    expect(right.Actions?.map((action) => action.Type)).toEqual(['PlayAudio']);
    const afterRight = storedAfter(stored, right);
    expect(afterRight.replace).toStrictEqual(afterRight.add);
  });

  it('clears everything and hangs up after the third wrong PIN', async () => {
    const answer = await handler(digitsEvent('999', { step: 'pin', attempts: '3' }));
    expect(answer).toStrictEqual({ SchemaVersion: '1.0', Actions: [{ Type: 'Hangup', Parameters: {} }], TransactionAttributes: {} });
    expect(storedAfter({ step: 'pin', attempts: '3' }, answer)).toStrictEqual({ replace: {}, add: {} });
  });

  it('sends no TransactionAttributes (keeps them) on other events', async () => {
    const answer = await handler(merge(hangup, { CallDetails: { TransactionAttributes: { step: 'meeting', attempts: '1' } } }));
    expect(answer).toStrictEqual({ SchemaVersion: '1.0', Actions: [] });
  });

  it('11 attributes: a warning by default, an error with the legacy limit of 10', () => {
    const eleven = { ...response(), TransactionAttributes: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`key${i}`, 'v'])) };
    const lenient = validateResponse(eleven);
    expect(lenient.ok).toBe(true);
    expect(lenient.issues.map((issue) => [issue.code, issue.severity])).toEqual([['legacy_limit', 'warning']]);
    const strict = checkWithLegacyLimit(eleven);
    expect(strict.ok).toBe(false);
    expect(strict.issues.map((issue) => [issue.path, issue.code, issue.severity])).toEqual([
      ['TransactionAttributes', 'max_items', 'error'],
    ]);
    expect(checkWithLegacyLimit({ ...response(), TransactionAttributes: { a: '1' } })).toEqual({ ok: true, issues: [] });
  });
});
