import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  LEGACY_MAX_TRANSACTION_ATTRIBUTES,
  type SmaResponse,
  actions,
  clearTransactionAttributes,
  response,
  updateTransactionAttributes,
  validateResponse,
} from '../../src/index.js';

const dir = new URL('../fixtures/', import.meta.url);
const load = (file: string): unknown => JSON.parse(readFileSync(new URL(file, dir), 'utf8'));

type Fixture = { Actions: { Parameters: Record<string, unknown> }[] };

/**
 * The documented responses: the expected validation, how to build them with the builders and,
 * where the documented JSON is not a valid call (placeholders, numbers sent as strings), the
 * canonical form the builders emit instead.
 */
const cases: Record<
  string,
  {
    issues: [string, string, string][];
    build: () => SmaResponse<object>;
    canonical?: { json: (fixture: Fixture) => unknown; issues: [string, string, string][] };
  }
> = {
  'response.empty-actions.use-case.json': { issues: [], build: () => response() },
  'response.ACTION_SUCCESSFUL.JoinChimeMeeting.use-case.json': {
    issues: [],
    build: () => response(actions.joinChimeMeeting({ joinToken: 'meeting-attendee-join-token' })),
  },
  'response.set-transaction-attributes.json': {
    issues: [],
    build: () => updateTransactionAttributes(welcome3(), undefined, { key1: 'value1', key2: 'value2' }),
  },
  'response.update-transaction-attributes.json': {
    issues: [],
    build: () => updateTransactionAttributes(welcome3(), undefined, { NewKey1: 'NewValue1', NewKey2: 'NewValue2' }),
  },
  'response.clear-transaction-attributes.json': { issues: [], build: () => clearTransactionAttributes(welcome3()) },
  'response.NEW_INBOUND_CALL.use-case.json': {
    issues: [],
    build: () =>
      response(
        actions.playAudio({ audioSource: meetingAudio('welcome-to-meetings.wav') }).onCall('call-id-1'),
        actions
          .playAudioAndGetDigits({
            audioSource: meetingAudio('enter-meeting-pin.wav'),
            failureAudioSource: meetingAudio('invalid-meeting-pin.wav'),
            minNumberOfDigits: 3,
            maxNumberOfDigits: 5,
            terminatorDigits: ['#'],
            inBetweenDigitsDurationInMilliseconds: 5000,
            repeat: 3,
            repeatDurationInMilliseconds: 10000,
          })
          .onLeg('LEG-A'),
      ),
  },
  'response.CallAndBridge.AWS-endpoint.call-and-bridge.json': {
    issues: [],
    build: () =>
      response(
        actions.callAndBridge({
          callTimeoutSeconds: 30,
          callerIdNumber: '+18005550122',
          endpoints: [{ bridgeEndpointType: 'AWS', arn: 'arn:aws:chime:us-east-1:0123456789101:vc/abcdefg1hijklm2nopq3rs', uri: '5550' }],
          sipHeaders: { 'x-String': 'String' },
        }),
      ),
  },
  // Decision (CallAndBridge): the placeholder "e164PhoneNumber" is no phone number, and SipHeaders
  // on a PSTN endpoint is a warning; with a real number the builders give the same JSON.
  'response.CallAndBridge.sip-headers.json': {
    issues: [
      ['Actions[0].Parameters.CallerIdNumber', 'pattern', 'error'],
      ['Actions[0].Parameters.Endpoints[0].Uri', 'pattern', 'error'],
      ['Actions[0].Parameters.SipHeaders', 'pstn_sip_headers', 'warning'],
    ],
    build: () =>
      response(
        actions.callAndBridge({
          callTimeoutSeconds: 30,
          callerIdNumber: '+14155550123',
          ringbackTone: { type: 'S3', bucketName: 's3_bucket_name', key: 'audio_file_name' },
          endpoints: [{ uri: '+14155550123', bridgeEndpointType: 'PSTN' }],
          sipHeaders: {
            'X-Test-Value': 'String',
            'User-to-User': '616d617a6f6e5f6368696d655f636f6e6e6563745f696e746567726174696f6e;encoding=hex',
            Diversion: 'sip:+11234567891@public.test.com;reason=unconditional',
          },
        }),
      ),
    canonical: {
      json: (fixture) => JSON.parse(JSON.stringify(fixture).replaceAll('"e164PhoneNumber"', '"+14155550123"')),
      issues: [['Actions[0].Parameters.SipHeaders', 'pstn_sip_headers', 'warning']],
    },
  },
  // Decision (shared): "DurationInSeconds": "10" is tolerated (a warning); builders emit the number.
  'response.general.invoke-on-call-leg.json': {
    issues: [['Actions[1].Parameters.DurationInSeconds', 'number_as_string', 'warning']],
    build: () =>
      response(
        actions.playAudio({ audioSource: { type: 'S3', bucketName: 'bucket-name', key: 'audio-file.wav' } }).onLeg('LEG-A'),
        actions.recordAudio({
          durationInSeconds: 10,
          recordingTerminators: ['#'],
          recordingDestination: { type: 'S3', bucketName: 'bucket-name' },
        }),
      ),
    canonical: {
      json: (fixture) => {
        const copy = structuredClone(fixture);
        (copy.Actions[1] as { Parameters: Record<string, unknown> }).Parameters.DurationInSeconds = 10;
        return copy;
      },
      issues: [],
    },
  },
  // Decision: 11 pairs pass the current limit of 100 with a warning about the legacy limit of 10.
  'response.invalid-transaction-attributes.attribute-trans-invalid.json': {
    issues: [['TransactionAttributes', 'legacy_limit', 'warning']],
    build: () =>
      updateTransactionAttributes(
        welcome3(),
        undefined,
        Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`key${i + 1}`, `value${i + 1}`])),
      ),
  },
};

function meetingAudio(key: string) {
  return { type: 'S3', bucketName: 'chime-meetings-audio-files-bucket-name', key } as const;
}

function welcome3() {
  return response(
    actions.playAudio({ audioSource: { type: 'S3', bucketName: 'mtg1-sipmedia-app-iad', key: 'Welcome3.wav' } }).onLeg('LEG-A'),
  );
}

describe('documented responses', () => {
  const files = readdirSync(dir).filter((file) => file.startsWith('response.') && file.endsWith('.json'));

  it('are all covered here', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    expect(files.filter((file) => !(file in cases))).toEqual([]);
  });

  for (const file of files) {
    const expected = cases[file];
    if (expected === undefined) continue; // reported by 'are all covered here'
    it(`${file} validates as documented`, () => {
      const result = validateResponse(load(file));
      expect(result.issues.map((i) => [i.path, i.code, i.severity])).toEqual(expected.issues);
      expect(result.ok).toBe(!expected.issues.some(([, , severity]) => severity === 'error'));
    });
    const { build, canonical } = expected;
    if (canonical === undefined) {
      it(`${file} is rebuilt exactly by response(...builders)`, () => {
        expect(build()).toStrictEqual(load(file));
      });
    } else {
      it(`${file} is rebuilt by response(...builders) in its canonical form`, () => {
        const documented = load(file) as Fixture;
        const built = build();
        expect(built).not.toEqual(documented);
        expect(built).toStrictEqual(canonical.json(documented));
        const result = validateResponse(built);
        expect(result.ok).toBe(true);
        expect(result.issues.map((i) => [i.path, i.code, i.severity])).toEqual(canonical.issues);
      });
    }
  }

  it('the invalid-attributes example fails when the legacy limit of 10 is chosen', () => {
    const result = validateResponse(load('response.invalid-transaction-attributes.attribute-trans-invalid.json'), {
      maxTransactionAttributes: LEGACY_MAX_TRANSACTION_ATTRIBUTES,
    });
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.path, i.code, i.severity])).toEqual([['TransactionAttributes', 'max_items', 'error']]);
  });
});
