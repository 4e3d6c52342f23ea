import { describe, expect, it } from 'vitest';
import {
  LEGACY_MAX_TRANSACTION_ATTRIBUTES,
  MAX_TRANSACTION_ATTRIBUTES,
  MAX_TRANSACTION_ATTRIBUTES_BYTES,
  actions,
  response,
  validateResponse,
} from '../../src/index.js';

const play = { Type: 'PlayAudio', Parameters: { ParticipantTag: 'LEG-A', AudioSource: { Type: 'S3', BucketName: 'b', Key: 'k.wav' } } };
const codes = (value: unknown, options?: Parameters<typeof validateResponse>[1]) =>
  validateResponse(value, options).issues.map((i) => [i.path, i.code, i.severity]);
const attributes = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`key${i + 1}`, `value${i + 1}`]));

describe('validateResponse', () => {
  it('accepts the minimal forms: stop, NULL action set (missing or null), attributes only', () => {
    expect(validateResponse({ SchemaVersion: '1.0', Actions: [] })).toEqual({ ok: true, issues: [] });
    expect(validateResponse({ SchemaVersion: '1.0' })).toEqual({ ok: true, issues: [] });
    expect(validateResponse({ SchemaVersion: '1.0', Actions: null, TransactionAttributes: null })).toEqual({ ok: true, issues: [] });
    expect(validateResponse({ SchemaVersion: '1.0', TransactionAttributes: { step: 'pin' } })).toEqual({ ok: true, issues: [] });
  });

  it('explains a JSON string and an API Gateway style response (SchemaVersionMismatch)', () => {
    const text = JSON.stringify(response(actions.playAudio({ audioSource: { type: 'S3', bucketName: 'b', key: 'k' } })));
    const asString = validateResponse(text);
    expect(asString.ok).toBe(false);
    expect(asString.issues.map((i) => [i.path, i.code])).toEqual([['', 'response_is_string']]);
    expect(asString.issues[0]?.message).toMatch(/^The value is a string: return the response object itself.*SchemaVersionMismatch/);

    const gateway = validateResponse({ statusCode: 200, body: text });
    expect(gateway.issues.map((i) => [i.path, i.code, i.severity])).toEqual([['', 'api_gateway_response', 'error']]);
    expect(gateway.issues[0]?.message).toContain('API Gateway proxy response ({ statusCode, body })');
    expect(gateway.issues[0]?.message).toContain('SchemaVersionMismatch');
    expect(codes({ body: text })).toEqual([['', 'api_gateway_response', 'error']]);
  });

  it('rejects values that are no response object', () => {
    for (const value of [null, undefined, 42, [play]]) expect(codes(value)).toEqual([['', 'type', 'error']]);
  });

  it('requires SchemaVersion "1.0"', () => {
    expect(codes({ Actions: [] })).toEqual([['SchemaVersion', 'required', 'error']]);
    expect(codes({ SchemaVersion: '', Actions: [] })).toEqual([['SchemaVersion', 'required', 'error']]);
    expect(codes({ SchemaVersion: '2.0', Actions: [] })).toEqual([['SchemaVersion', 'enum', 'error']]);
    expect(codes({ SchemaVersion: 1, Actions: [] })).toEqual([['SchemaVersion', 'type', 'error']]);
  });

  it('checks Actions: an array of at most 10, each action at Actions[i]', () => {
    expect(codes({ SchemaVersion: '1.0', Actions: play })).toEqual([['Actions', 'type', 'error']]);
    expect(validateResponse({ SchemaVersion: '1.0', Actions: Array.from({ length: 10 }, () => play) }).ok).toBe(true);
    expect(codes({ SchemaVersion: '1.0', Actions: Array.from({ length: 11 }, () => play) })).toEqual([['Actions', 'max_items', 'error']]);
    expect(
      codes({
        SchemaVersion: '1.0',
        Actions: [
          play,
          {
            Type: 'PlayAudio',
            Parameters: { CallId: 'c', ParticipantTag: 'LEG-A', Repeat: '0', AudioSource: play.Parameters.AudioSource },
          },
          { Type: 'Dance' },
        ],
      }),
    ).toEqual([
      ['Actions[1].Parameters.ParticipantTag', 'target_conflict', 'warning'],
      ['Actions[1].Parameters.Repeat', 'number_as_string', 'warning'],
      ['Actions[1].Parameters.Repeat', 'min', 'error'],
      ['Actions[2].Type', 'unknown_action_type', 'error'],
    ]);
  });

  it('checks builders left in Actions as the runtime serialises them', () => {
    const ready = actions.resumeCallRecording().onCall('c-1');
    const pending = actions.resumeCallRecording();
    expect(validateResponse({ SchemaVersion: '1.0', Actions: [ready] })).toEqual({ ok: true, issues: [] });
    expect(codes({ SchemaVersion: '1.0', Actions: [ready, pending] })).toEqual([['Actions[1].Parameters.CallId', 'required', 'error']]);
  });

  it('warns about unknown top-level keys', () => {
    expect(codes({ SchemaVersion: '1.0', Actions: [], Action: [play] })).toEqual([['Action', 'unknown_parameter', 'warning']]);
  });

  describe('TransactionAttributes', () => {
    it('must be an object of string values; values are never echoed', () => {
      expect(codes({ SchemaVersion: '1.0', TransactionAttributes: 'step=pin' })).toEqual([['TransactionAttributes', 'type', 'error']]);
      expect(codes({ SchemaVersion: '1.0', TransactionAttributes: ['a'] })).toEqual([['TransactionAttributes', 'type', 'error']]);
      const result = validateResponse({ SchemaVersion: '1.0', TransactionAttributes: { pin: 12345, ok: 'yes', nested: { pin: '98765' } } });
      expect(result.issues.map((i) => [i.path, i.code, i.severity])).toEqual([
        ['TransactionAttributes.pin', 'type', 'error'],
        ['TransactionAttributes.nested', 'type', 'error'],
      ]);
      expect(JSON.stringify(result)).not.toMatch(/12345|98765/);
    });

    it(`allow ${MAX_TRANSACTION_ATTRIBUTES} pairs, warn past the legacy ${LEGACY_MAX_TRANSACTION_ATTRIBUTES}, take a given limit`, () => {
      expect(MAX_TRANSACTION_ATTRIBUTES).toBe(100);
      expect(LEGACY_MAX_TRANSACTION_ATTRIBUTES).toBe(10);
      expect(validateResponse({ SchemaVersion: '1.0', TransactionAttributes: attributes(10) })).toEqual({ ok: true, issues: [] });
      const eleven = validateResponse({ SchemaVersion: '1.0', TransactionAttributes: attributes(11) });
      expect(eleven.ok).toBe(true);
      expect(eleven.issues.map((i) => [i.path, i.code, i.severity])).toEqual([['TransactionAttributes', 'legacy_limit', 'warning']]);
      expect(codes({ SchemaVersion: '1.0', TransactionAttributes: attributes(100) })).toEqual([
        ['TransactionAttributes', 'legacy_limit', 'warning'],
      ]);
      expect(codes({ SchemaVersion: '1.0', TransactionAttributes: attributes(101) })).toEqual([
        ['TransactionAttributes', 'max_items', 'error'],
      ]);
      // An explicit limit is the caller's decision: no legacy warning, and the limit is an error.
      expect(validateResponse({ SchemaVersion: '1.0', TransactionAttributes: attributes(100) }, { maxTransactionAttributes: 100 })).toEqual(
        { ok: true, issues: [] },
      );
      expect(
        codes(
          { SchemaVersion: '1.0', TransactionAttributes: attributes(11) },
          { maxTransactionAttributes: LEGACY_MAX_TRANSACTION_ATTRIBUTES },
        ),
      ).toEqual([['TransactionAttributes', 'max_items', 'error']]);
      expect(
        validateResponse({ SchemaVersion: '1.0', TransactionAttributes: attributes(11) }, { maxTransactionAttributes: 10 }).issues[0]
          ?.message,
      ).toBe(
        'TransactionAttributes must have at most 10 key/value pairs, got 11 ' +
          '(the service answers INVALID_LAMBDA_RESPONSE TransactionAttributesInvalidMapSize)',
      );
    });

    it('must be at most 20 KB as UTF-8 JSON (overridable)', () => {
      expect(MAX_TRANSACTION_ATTRIBUTES_BYTES).toBe(20480);
      const overhead = JSON.stringify({ k: '' }).length;
      const fits = { k: 'x'.repeat(MAX_TRANSACTION_ATTRIBUTES_BYTES - overhead) };
      expect(validateResponse({ SchemaVersion: '1.0', TransactionAttributes: fits })).toEqual({ ok: true, issues: [] });
      const over = { k: `${'x'.repeat(MAX_TRANSACTION_ATTRIBUTES_BYTES - overhead - 1)}ü` };
      const result = validateResponse({ SchemaVersion: '1.0', TransactionAttributes: over });
      expect(result.issues.map((i) => [i.path, i.code, i.severity])).toEqual([['TransactionAttributes', 'max_size', 'error']]);
      expect(result.issues[0]?.message).toBe(
        'TransactionAttributes must be at most 20480 bytes as JSON (the documented limit is 20 KB), got 20481 bytes',
      );
      expect(codes({ SchemaVersion: '1.0', TransactionAttributes: { k: 'xxxx' } }, { maxTransactionAttributesBytes: 8 })).toEqual([
        ['TransactionAttributes', 'max_size', 'error'],
      ]);
    });
  });
});
