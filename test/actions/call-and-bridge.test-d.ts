import { describe, expectTypeOf, it } from 'vitest';
import { type ActionBuilder, type CallAndBridgeAction, type CallAndBridgeParams, type SipHeaders, actions } from '../../src/index.js';

const endpoints = [{ bridgeEndpointType: 'PSTN', uri: '+14155550199' }] as const;
const base = { callerIdNumber: '+14155550100', endpoints };

describe('CallAndBridge types', () => {
  it('is a plain ActionBuilder whose JSON is the CallAndBridge wire type', () => {
    const builder = actions.callAndBridge(base);
    expectTypeOf(builder).toEqualTypeOf<ActionBuilder<CallAndBridgeAction>>();
    expectTypeOf(builder.toJSON()).toEqualTypeOf<CallAndBridgeAction>();
    expectTypeOf(builder.toJSON().Parameters.Endpoints[0]!.BridgeEndpointType).toEqualTypeOf<'AWS' | 'PSTN'>();
  });

  it('has no targeting at all', () => {
    const builder = actions.callAndBridge(base);
    // @ts-expect-error CallAndBridge has no onCall(): it bridges from the invoked leg
    builder.onCall('c-1');
    // @ts-expect-error CallAndBridge has no onLeg()
    builder.onLeg('LEG-A');
    // @ts-expect-error no callId param either
    actions.callAndBridge({ ...base, callId: 'c-1' });
  });

  it('requires callerIdNumber and endpoints, each endpoint a type and a uri', () => {
    // @ts-expect-error callerIdNumber is required
    actions.callAndBridge({ endpoints });
    // @ts-expect-error endpoints is required
    actions.callAndBridge({ callerIdNumber: '+14155550100' });
    // @ts-expect-error BridgeEndpointType is AWS or PSTN
    actions.callAndBridge({ ...base, endpoints: [{ bridgeEndpointType: 'SIP', uri: '+14155550199' }] });
    // @ts-expect-error an endpoint needs a uri
    actions.callAndBridge({ ...base, endpoints: [{ bridgeEndpointType: 'PSTN' }] });
    // @ts-expect-error an endpoint needs a bridgeEndpointType
    actions.callAndBridge({ ...base, endpoints: [{ uri: '+14155550199' }] });
    // @ts-expect-error callTimeoutSeconds is a number
    actions.callAndBridge({ ...base, callTimeoutSeconds: '30' });
    // @ts-expect-error PascalCase keys are wire keys, not builder params
    actions.callAndBridge({ CallerIdNumber: '+14155550100', endpoints });
  });

  it('keeps SipHeaders keys verbatim, string values only; RingbackTone is an S3 source', () => {
    expectTypeOf<CallAndBridgeParams['sipHeaders']>().toEqualTypeOf<SipHeaders | undefined>();
    actions.callAndBridge({ ...base, sipHeaders: { 'User-to-User': 'abc;encoding=hex', 'X-Account-Id': '42' } });
    // @ts-expect-error SIP header values are strings
    actions.callAndBridge({ ...base, sipHeaders: { 'x-floor': 3 } });
    actions.callAndBridge({ ...base, ringbackTone: { type: 'S3', bucketName: 'b', key: 'ring.wav' } });
    // @ts-expect-error the ringback tone comes from S3 only
    actions.callAndBridge({ ...base, ringbackTone: { type: 'HTTP', bucketName: 'b', key: 'ring.wav' } });
    // @ts-expect-error the ringback tone needs its key
    actions.callAndBridge({ ...base, ringbackTone: { type: 'S3', bucketName: 'b' } });
  });
});
