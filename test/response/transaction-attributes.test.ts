import { describe, expect, it } from 'vitest';
import { applyTransactionAttributes } from '../../src/testing/index.js';
import {
  SmaValidationError,
  actions,
  clearTransactionAttributes,
  readTransactionAttributes,
  response,
  updateTransactionAttributes,
  validateResponse,
} from '../../src/index.js';
import storedEvent from '../fixtures/invocation.ACTION_SUCCESSFUL.PlayAudio.attribute-trans-success.json' with { type: 'json' };
import firstEvent from '../fixtures/invocation.NEW_INBOUND_CALL.case-1.json' with { type: 'json' };
import setFixture from '../fixtures/response.set-transaction-attributes.json' with { type: 'json' };
import updateFixture from '../fixtures/response.update-transaction-attributes.json' with { type: 'json' };
import clearFixture from '../fixtures/response.clear-transaction-attributes.json' with { type: 'json' };

type Stored = Record<string, string>;
/** The two documented readings of how the service combines stored and sent attributes. */
const replaceReading = (stored: Stored, sent: Stored | undefined | null): Stored => (sent == null ? stored : { ...sent });
const addReading = (stored: Stored, sent: Stored | undefined | null): Stored =>
  sent == null ? stored : Object.keys(sent).length === 0 ? {} : { ...stored, ...sent };

const welcome = () =>
  response(actions.playAudio({ audioSource: { type: 'S3', bucketName: 'mtg1-sipmedia-app-iad', key: 'Welcome3.wav' } }).onLeg('LEG-A'));

describe('transaction attributes', () => {
  it('readTransactionAttributes returns a typed copy of the stored attributes, {} when none', () => {
    type Shape = { key1: string; key2?: string; step?: 'pin' | 'meeting' };
    const read = readTransactionAttributes<Shape>(storedEvent);
    expect(read).toEqual({ key1: 'value1', key2: 'value2' });
    read.key1 = 'changed';
    expect(storedEvent.CallDetails.TransactionAttributes.key1).toBe('value1');
    expect(readTransactionAttributes(firstEvent)).toEqual({});
    expect(readTransactionAttributes(undefined)).toEqual({});
    expect(readTransactionAttributes({ CallDetails: { TransactionAttributes: null } })).toEqual({});
  });

  it('updateTransactionAttributes sets attributes the first time: exactly the documented "set" response', () => {
    expect(firstEvent.CallDetails).not.toHaveProperty('TransactionAttributes');
    expect(updateTransactionAttributes(welcome(), firstEvent, { key1: 'value1', key2: 'value2' })).toStrictEqual(setFixture);
  });

  it('updateTransactionAttributes sends the complete set, so both documented readings store the same', () => {
    const stored = storedEvent.CallDetails.TransactionAttributes;
    const ours = updateTransactionAttributes(welcome(), storedEvent, { NewKey1: 'NewValue1', NewKey2: 'NewValue2', key2: 'updated' });
    expect(ours.TransactionAttributes).toStrictEqual({ key1: 'value1', key2: 'updated', NewKey1: 'NewValue1', NewKey2: 'NewValue2' });
    expect(replaceReading(stored, ours.TransactionAttributes)).toEqual(addReading(stored, ours.TransactionAttributes));
    // The documented "update" response sends only the new keys: the two readings then disagree.
    expect(replaceReading(stored, updateFixture.TransactionAttributes)).not.toEqual(
      addReading(stored, updateFixture.TransactionAttributes),
    );
    // With nothing stored yet, the builders give exactly the documented "update" response.
    expect(updateTransactionAttributes(welcome(), firstEvent, { NewKey1: 'NewValue1', NewKey2: 'NewValue2' })).toStrictEqual(updateFixture);
  });

  it('updateTransactionAttributes returns a new response and leaves its inputs alone', () => {
    const base = welcome();
    const updates = { step: 'pin' };
    const updated = updateTransactionAttributes(base, storedEvent, updates);
    expect(base).not.toHaveProperty('TransactionAttributes');
    updates.step = 'changed';
    expect(updated.TransactionAttributes?.step).toBe('pin');
    expect(updated.Actions).toEqual(base.Actions);
    expect(validateResponse(updated)).toEqual({ ok: true, issues: [] });
  });

  it('updateTransactionAttributes skips keys whose value is undefined (the type allows them): the stored value stays', () => {
    type Shape = { key1?: string; key2?: string; step?: string };
    const maybe: string | undefined = undefined;
    const updated = updateTransactionAttributes<Shape>(welcome(), storedEvent, { key1: maybe, step: 'pin' });
    expect(updated.TransactionAttributes).toStrictEqual({ key1: 'value1', key2: 'value2', step: 'pin' });
    expect(updateTransactionAttributes<Shape>(response(), undefined, { step: undefined })).toStrictEqual({
      SchemaVersion: '1.0',
      Actions: [],
      TransactionAttributes: {},
    });
    expect(validateResponse(updated)).toEqual({ ok: true, issues: [] });
  });

  it('updateTransactionAttributes rejects what the service rejects, without echoing values', () => {
    const issuesOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        if (error instanceof SmaValidationError) return error;
        throw error;
      }
      throw new Error('did not throw');
    };
    const typeError = issuesOf(() => updateTransactionAttributes(response(), undefined, { pin: 12345 } as never));
    expect(typeError.issues.map((i) => [i.path, i.code])).toEqual([['TransactionAttributes.pin', 'type']]);
    expect(typeError.message).not.toContain('12345');
    const many = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, 'v']));
    expect(updateTransactionAttributes(response(), undefined, many).TransactionAttributes).toEqual(many);
    expect(
      issuesOf(() => updateTransactionAttributes(response(), { CallDetails: { TransactionAttributes: { extra: 'v' } } }, many)).issues.map(
        (i) => i.code,
      ),
    ).toEqual(['max_items']);
    expect(
      issuesOf(() => updateTransactionAttributes(response(), undefined, { big: 'x'.repeat(20480) })).issues.map((i) => i.code),
    ).toEqual(['max_size']);
  });

  it('clearTransactionAttributes sends {}: exactly the documented "clear" response', () => {
    expect(clearTransactionAttributes(welcome())).toStrictEqual(clearFixture);
    expect(clearTransactionAttributes(updateTransactionAttributes(response(), storedEvent, {})).TransactionAttributes).toStrictEqual({});
    expect(addReading({ a: '1' }, {})).toEqual(replaceReading({ a: '1' }, {}));
  });

  it('applyTransactionAttributes models the service: null/missing keeps, {} clears, an object replaces', () => {
    const stored = { key1: 'value1', key2: 'value2' };
    expect(applyTransactionAttributes(stored, undefined)).toEqual(stored);
    expect(applyTransactionAttributes(stored, null)).toEqual(stored);
    expect(applyTransactionAttributes(stored, {})).toEqual({});
    expect(applyTransactionAttributes(stored, { NewKey1: 'NewValue1' })).toEqual({ NewKey1: 'NewValue1' });
    expect(applyTransactionAttributes(undefined, undefined)).toEqual({});
    const kept = applyTransactionAttributes(stored, null);
    kept.key1 = 'changed';
    expect(stored.key1).toBe('value1');
    // What updateTransactionAttributes sends is stored as meant under this model too.
    const sent = updateTransactionAttributes(
      response(),
      { CallDetails: { TransactionAttributes: stored } },
      { key3: 'v3' },
    ).TransactionAttributes;
    expect(applyTransactionAttributes(stored, sent)).toEqual({ ...stored, key3: 'v3' });
  });
});
