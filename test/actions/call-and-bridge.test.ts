import { describe, expect, it } from 'vitest';
import { SmaValidationError, actions, effectiveParameters, validateAction } from '../../src/index.js';
import { sipHeaderNameProblem } from '../../src/internal.js';
import { examplesOf, expectCleanRoundTrip, rebuild } from './examples.js';
import { errorOf, issuesOf, triples } from './issues.js';

const pstn = { bridgeEndpointType: 'PSTN', uri: '+14155550199' } as const;
const aws = { bridgeEndpointType: 'AWS', arn: 'arn:aws:chime:us-east-1:0123456789101:vc/abcdefg1hijklm2nopq3rs', uri: '5550' } as const;
const base = { callerIdNumber: '+14155550100', endpoints: [pstn] };
const wire = (parameters: Record<string, unknown>) => ({ Type: 'CallAndBridge', Parameters: parameters });
const wireBase = { CallerIdNumber: '+14155550100', Endpoints: [{ BridgeEndpointType: 'PSTN', Uri: '+14155550199' }] };

/** The docs' placeholder phone number, replaced by a real E.164 number. */
function withRealNumbers<T>(action: T): T {
  return JSON.parse(JSON.stringify(action).replaceAll('"e164PhoneNumber"', '"+14155550123"')) as T;
}

describe('CallAndBridge', () => {
  it('round-trips the one documented example with real values, without any issue', () => {
    const valid = examplesOf('CallAndBridge').filter(({ action }) => !JSON.stringify(action).includes('e164PhoneNumber'));
    expect(valid.map(({ from }) => from)).toEqual(['call-and-bridge.md (AWS endpoint, Uri user part)']);
    for (const { action } of valid) {
      expectCleanRoundTrip(action);
    }
  });

  it('rejects the placeholder "e164PhoneNumber" of the other examples, and round-trips them with real numbers', () => {
    const placeholders = examplesOf('CallAndBridge').filter(({ action }) => JSON.stringify(action).includes('e164PhoneNumber'));
    expect(placeholders).toHaveLength(3);
    for (const { action } of placeholders) {
      const result = validateAction(action);
      expect(result.ok).toBe(false);
      const pstnEndpoint = JSON.stringify(action.Parameters.Endpoints).includes('"PSTN"');
      expect(triples(result).filter(([, , severity]) => severity === 'error')).toEqual([
        ['Parameters.CallerIdNumber', 'pattern', 'error'],
        ...(pstnEndpoint ? [['Parameters.Endpoints[0].Uri', 'pattern', 'error']] : []),
      ]);
      expect(JSON.stringify(result)).not.toContain('e164PhoneNumber');
      expect(() => rebuild(action)).toThrow(SmaValidationError);

      const real = withRealNumbers(action);
      const { actual, expected } = rebuild(real);
      expect(actual).toEqual(expected);
      expect(validateAction(real).ok).toBe(true);
    }
  });

  it('accepts the sip-headers.md example (SipHeaders with a PSTN endpoint) with a warning', () => {
    const example = examplesOf('CallAndBridge').find(({ from }) => from.startsWith('sip-headers.md'));
    const real = withRealNumbers(example?.action);
    expect(triples(validateAction(real))).toEqual([['Parameters.SipHeaders', 'pstn_sip_headers', 'warning']]);
    const aws = examplesOf('CallAndBridge').find(({ from }) => from.startsWith('call-and-bridge.md (Voice Connector'));
    expect(triples(validateAction(withRealNumbers(aws?.action)))).toEqual([]);
  });

  it('throws for the contract check: callTimeoutSeconds 0', () => {
    const run = () =>
      actions.callAndBridge({
        callerIdNumber: '+14155550100',
        callTimeoutSeconds: 0,
        endpoints: [{ bridgeEndpointType: 'PSTN', uri: '+14155550199' }],
      });
    expect(run).toThrow(SmaValidationError);
    expect(issuesOf(run)).toEqual([['Parameters.CallTimeoutSeconds', 'range']]);
    expect(errorOf(run).message).toContain('between 1 and 120 inclusive, got 0');
  });

  it('takes CallTimeoutSeconds as an integer from 1 to 120 inclusive, default 30 applied only by effectiveParameters', () => {
    expect(actions.callAndBridge({ ...base, callTimeoutSeconds: 1 }).toJSON().Parameters.CallTimeoutSeconds).toBe(1);
    expect(actions.callAndBridge({ ...base, callTimeoutSeconds: 120 }).toJSON().Parameters.CallTimeoutSeconds).toBe(120);
    expect(issuesOf(() => actions.callAndBridge({ ...base, callTimeoutSeconds: 121 }))).toEqual([
      ['Parameters.CallTimeoutSeconds', 'range'],
    ]);
    expect(issuesOf(() => actions.callAndBridge({ ...base, callTimeoutSeconds: 2.5 }))).toEqual([
      ['Parameters.CallTimeoutSeconds', 'integer'],
    ]);
    expect(triples(validateAction(wire({ ...wireBase, CallTimeoutSeconds: '0' })))).toEqual([
      ['Parameters.CallTimeoutSeconds', 'number_as_string', 'warning'],
      ['Parameters.CallTimeoutSeconds', 'range', 'error'],
    ]);

    const builder = actions.callAndBridge(base);
    expect(builder.toJSON()).toEqual(wire(wireBase));
    expect(effectiveParameters(builder)).toEqual({ ...wireBase, CallTimeoutSeconds: 30 });
  });

  it('requires an E.164 CallerIdNumber and never echoes it whole', () => {
    expect(issuesOf(() => actions.callAndBridge({ endpoints: [pstn] } as never))).toEqual([['Parameters.CallerIdNumber', 'required']]);
    const error = errorOf(() => actions.callAndBridge({ ...base, callerIdNumber: '14155550100' }));
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([['Parameters.CallerIdNumber', 'pattern']]);
    expect(error.message).toContain('E.164');
    expect(error.message).toContain('0100');
    expect(error.message).not.toContain('14155550100');
  });

  it('requires at least one endpoint with a known BridgeEndpointType', () => {
    expect(issuesOf(() => actions.callAndBridge({ callerIdNumber: '+14155550100' } as never))).toEqual([
      ['Parameters.Endpoints', 'required'],
    ]);
    expect(issuesOf(() => actions.callAndBridge({ ...base, endpoints: [] }))).toEqual([['Parameters.Endpoints', 'min_items']]);
    expect(
      issuesOf(() => actions.callAndBridge({ ...base, endpoints: [{ bridgeEndpointType: 'SIP', uri: '+14155550199' }] } as never)),
    ).toEqual([['Parameters.Endpoints[0].BridgeEndpointType', 'enum']]);
    expect(issuesOf(() => actions.callAndBridge({ ...base, endpoints: [{ bridgeEndpointType: 'PSTN' }] } as never))).toEqual([
      ['Parameters.Endpoints[0].Uri', 'required'],
    ]);
  });

  it('requires Arn for an AWS endpoint, and warns that a PSTN endpoint ignores it', () => {
    expect(actions.callAndBridge({ ...base, endpoints: [aws] }).toJSON().Parameters.Endpoints).toEqual([
      { BridgeEndpointType: 'AWS', Arn: aws.arn, Uri: '5550' },
    ]);
    expect(issuesOf(() => actions.callAndBridge({ ...base, endpoints: [{ bridgeEndpointType: 'AWS', uri: '5550' }] }))).toEqual([
      ['Parameters.Endpoints[0].Arn', 'required'],
    ]);
    expect(errorOf(() => actions.callAndBridge({ ...base, endpoints: [{ bridgeEndpointType: 'AWS', uri: '5550' }] })).message).toContain(
      'Parameters.Endpoints[0].Arn is required when BridgeEndpointType is "AWS"',
    );
    // Warnings do not stop a builder.
    expect(actions.callAndBridge({ ...base, endpoints: [{ ...pstn, arn: aws.arn }] }).toJSON().Parameters.Endpoints[0]?.Arn).toBe(aws.arn);
    expect(
      triples(validateAction(wire({ ...wireBase, Endpoints: [{ BridgeEndpointType: 'PSTN', Uri: '+14155550199', Arn: aws.arn }] }))),
    ).toEqual([['Parameters.Endpoints[0].Arn', 'ignored_parameter', 'warning']]);
  });

  it('checks Uri by endpoint type: E.164 for PSTN, 1-30 allowed characters for AWS, masked in messages', () => {
    const pstnError = errorOf(() => actions.callAndBridge({ ...base, endpoints: [{ bridgeEndpointType: 'PSTN', uri: '5550' }] }));
    expect(pstnError.issues.map((i) => [i.path, i.code])).toEqual([['Parameters.Endpoints[0].Uri', 'pattern']]);
    expect(pstnError.message).toContain('E.164 phone number');
    const awsUri = (uri: string) => () => actions.callAndBridge({ ...base, endpoints: [{ ...aws, uri }] });
    expect(awsUri('a'.repeat(30))().toJSON().Parameters.Endpoints[0]?.Uri).toHaveLength(30);
    expect(awsUri('+1&=$/%-_!~*().aZ')().toJSON().Parameters.Endpoints[0]?.Uri).toBe('+1&=$/%-_!~*().aZ');
    expect(issuesOf(awsUri('a'.repeat(31)))).toEqual([['Parameters.Endpoints[0].Uri', 'pattern']]);
    expect(errorOf(awsUri('a'.repeat(31))).message).toContain('1 to 30 characters');
    expect(issuesOf(awsUri('alice@example.com'))).toEqual([['Parameters.Endpoints[0].Uri', 'pattern']]);
    expect(issuesOf(awsUri('ext 12'))).toEqual([['Parameters.Endpoints[0].Uri', 'pattern']]);
    const masked = errorOf(awsUri('+1415555012345678901234567890123'));
    expect(masked.message).not.toContain('+1415555012345678901234567890123');
    expect(masked.message).toContain('0123');
    // The second endpoint's issues sit at its own index.
    expect(issuesOf(() => actions.callAndBridge({ ...base, endpoints: [pstn, { bridgeEndpointType: 'PSTN', uri: 'x' }] }))).toEqual([
      ['Parameters.Endpoints[1].Uri', 'pattern'],
    ]);
  });

  it('keeps SipHeaders keys verbatim and checks them: x- (any case), User-to-User, Diversion; X-AMZN reserved', () => {
    const sipHeaders = { 'X-Test-Value': 'a', 'x-lower': 'b', 'User-to-User': 'c', diversion: 'd' };
    expect(actions.callAndBridge({ ...base, endpoints: [aws], sipHeaders }).toJSON().Parameters.SipHeaders).toEqual(sipHeaders);
    const headers = (sip: Record<string, string>) => () => actions.callAndBridge({ ...base, endpoints: [aws], sipHeaders: sip });
    expect(issuesOf(headers({ 'X-AMZN': 'v' }))).toEqual([['Parameters.SipHeaders.X-AMZN', 'key']]);
    expect(issuesOf(headers({ 'x-amzn-trace': 'v' }))).toEqual([['Parameters.SipHeaders.x-amzn-trace', 'key']]);
    expect(errorOf(headers({ 'X-AMZN': 'v' })).message).toContain('reserved');
    expect(issuesOf(headers({ 'P-Asserted-Identity': 'v', Foo: 'w' }))).toEqual([
      ['Parameters.SipHeaders.P-Asserted-Identity', 'key'],
      ['Parameters.SipHeaders.Foo', 'key'],
    ]);
    expect(issuesOf(headers({ 'x-with space': 'v', 'x-colon:': 'w' }))).toEqual([
      ['Parameters.SipHeaders.x-with space', 'key'],
      ['Parameters.SipHeaders.x-colon:', 'key'],
    ]);
    expect(sipHeaderNameProblem('X-Account-Id')).toBeUndefined();
    expect(sipHeaderNameProblem('USER-TO-USER')).toBeUndefined();
    expect(sipHeaderNameProblem('User-to-User-2')).toMatch(/must start with "x-"/);
  });

  it('limits SipHeaders values to 2048 characters and never echoes them', () => {
    expect(
      actions.callAndBridge({ ...base, endpoints: [aws], sipHeaders: { 'x-max': 'v'.repeat(2048) } }).toJSON().Parameters.SipHeaders?.[
        'x-max'
      ],
    ).toHaveLength(2048);
    const tooLong = errorOf(() =>
      actions.callAndBridge({ ...base, endpoints: [aws], sipHeaders: { 'x-long': 'secret-value-'.repeat(200) } }),
    );
    expect(tooLong.issues.map((i) => [i.path, i.code])).toEqual([['Parameters.SipHeaders.x-long', 'max_length']]);
    expect(tooLong.message).toContain('at most 2048 characters');
    expect(tooLong.message).not.toContain('secret-value');
    const notString = validateAction(
      wire({ ...wireBase, Endpoints: [{ BridgeEndpointType: 'AWS', Arn: aws.arn, Uri: '5550' }], SipHeaders: { 'x-pin': 987654 } }),
    );
    expect(triples(notString)).toEqual([['Parameters.SipHeaders.x-pin', 'type', 'error']]);
    expect(JSON.stringify(notString)).not.toContain('987654');
  });

  it('warns about SipHeaders with a PSTN endpoint, and does not stop the builder', () => {
    const builder = actions.callAndBridge({ ...base, sipHeaders: { 'x-a': 'b' } });
    expect(builder.toJSON().Parameters.SipHeaders).toEqual({ 'x-a': 'b' });
    expect(triples(validateAction(builder.toJSON()))).toEqual([['Parameters.SipHeaders', 'pstn_sip_headers', 'warning']]);
  });

  it('takes RingbackTone as an S3 audio source', () => {
    const ringbackTone = { type: 'S3', bucketName: 'prompts', key: 'ringback.wav' } as const;
    expect(actions.callAndBridge({ ...base, ringbackTone }).toJSON().Parameters.RingbackTone).toEqual({
      Type: 'S3',
      BucketName: 'prompts',
      Key: 'ringback.wav',
    });
    expect(issuesOf(() => actions.callAndBridge({ ...base, ringbackTone: { type: 'HTTP', bucketName: 'prompts' } } as never))).toEqual([
      ['Parameters.RingbackTone.Type', 'enum'],
      ['Parameters.RingbackTone.Key', 'required'],
    ]);
  });

  it('has no targeting: no onCall/onLeg, no CallId or ParticipantTag', () => {
    const builder = actions.callAndBridge(base) as unknown as { onCall(id: string): unknown; onLeg(tag: string): unknown };
    expect(() => builder.onCall('c-1')).toThrow(/not a parameter of CallAndBridge/);
    expect(() => builder.onLeg('LEG-A')).toThrow(/not a parameter of CallAndBridge/);
    expect(issuesOf(() => actions.callAndBridge({ ...base, callId: 'c-1' } as never))).toEqual([
      ['Parameters.callId', 'unknown_parameter'],
    ]);
    // The ACTION_SUCCESSFUL echo carries the A leg's CallId: accepted with a warning.
    expect(triples(validateAction(wire({ ...wireBase, CallId: 'call-id-1' })))).toEqual([
      ['Parameters.CallId', 'unknown_parameter', 'warning'],
    ]);
  });
});
