import { type ObjectRule, type Refinement, describeValue, isRecord } from '../validation/index.js';
import type { ActionBuilder } from './builder.js';
import type { CallAndBridgeParams } from './builder-params.js';
import type { ActionSpec, ErrorMessages } from './spec.js';
import { createBuilder } from './builder.js';
import { E164, e164Rule } from './shapes/phone-number.js';
import { type S3AudioSource, s3AudioSourceRule } from './shapes/audio-source.js';
import { type SipHeaders, sipHeadersRule } from './shapes/sip-headers.js';

/**
 * What a CallAndBridge endpoint is: `"AWS"` for an Amazon Chime SDK Voice Connector or Voice
 * Connector group (a SIP trunk), `"PSTN"` for a phone number.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/call-and-bridge.html
 */
export type BridgeEndpointType = 'AWS' | 'PSTN';

/**
 * One endpoint of {@link CallAndBridgeParameters.Endpoints}: where the new leg is called.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/call-and-bridge.html
 */
export interface CallAndBridgeEndpoint {
  /**
   * The kind of endpoint.
   *
   * Allowed values: `"AWS"` (a Voice Connector or Voice Connector group), `"PSTN"` (a phone number).
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/call-and-bridge.html
   */
  BridgeEndpointType: BridgeEndpointType;
  /**
   * The ARN of the Voice Connector or Voice Connector group to call. Required when
   * `BridgeEndpointType` is `"AWS"`; the service ignores it for `"PSTN"` endpoints.
   *
   * Allowed values: a Voice Connector or Voice Connector group ARN, for example
   * `arn:aws:chime:us-east-1:0123456789101:vc/abcdefg1hijklm2nopq3rs`.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/call-and-bridge.html
   */
  Arn?: string;
  /**
   * Who to call. For a `"PSTN"` endpoint, the phone number; for an `"AWS"` endpoint, the user
   * part of the SIP `Request-URI` (the host comes from the Voice Connector's inbound routes).
   * Masked in messages.
   *
   * Allowed values: for `"PSTN"`, an E.164 phone number; for `"AWS"`, 1 to 30 characters of
   * `a-z A-Z 0-9 & = + $ / % - _ ! ~ * ( ) .`.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/call-and-bridge.html
   */
  Uri: string;
}

/**
 * Parameters of {@link CallAndBridgeAction}. The action has no `CallId` or `ParticipantTag`: it
 * bridges the new leg (`LEG-B`) to the leg that invoked the Lambda (`LEG-A`).
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/call-and-bridge.html
 */
export interface CallAndBridgeParameters {
  /**
   * How long to wait for the new leg to answer, in seconds. The timer starts when the SIP
   * INVITE is sent on the B leg; upstream carriers may ignore it.
   *
   * Allowed values: an integer between 1 and 120, inclusive.
   * @defaultValue 30
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/call-and-bridge.html
   */
  CallTimeoutSeconds?: number;
  /**
   * The caller ID shown on the new leg: a number of the customer's account, or the `From`
   * number of the A leg. Masked in messages.
   *
   * Allowed values: an E.164 phone number.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/call-and-bridge.html
   */
  CallerIdNumber: string;
  /**
   * The endpoint to call and bridge. Every documented example has exactly one; a maximum is
   * not documented.
   *
   * Allowed values: at least one {@link CallAndBridgeEndpoint}.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/call-and-bridge.html
   */
  Endpoints: CallAndBridgeEndpoint[];
  /**
   * SIP headers added to the new leg's INVITE. Keys are kept verbatim; values are masked in
   * messages. The parameter list says to use them only with `"AWS"` endpoints, while the SIP
   * headers page shows them with a `"PSTN"` endpoint: this package warns in that case.
   *
   * Allowed values: names starting with `x-` (any letter case, except the reserved `X-AMZN…`),
   * or `User-to-User` or `Diversion`; values of at most 2048 characters.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/sip-headers.html
   */
  SipHeaders?: SipHeaders;
  /**
   * A WAV file played in a loop to the A leg until the B leg answers, the call is rejected, the
   * call timeout is reached or the A leg hangs up. Same file format as PlayAudio. It appears in
   * the current examples but was dropped from the parameter list (an earlier revision of the
   * page documents it).
   *
   * Allowed values: an {@link S3AudioSource}.
   * @defaultValue none (no ringback tone file)
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/call-and-bridge.html
   */
  RingbackTone?: S3AudioSource;
}

/**
 * Calls a phone number or a Voice Connector (group) and bridges the new leg (`LEG-B`) to the
 * leg that invoked the Lambda (`LEG-A`). When one leg hangs up the other stays connected: hang
 * it up with a `Hangup` action. Each CallAndBridge counts as two calls toward the SIP media
 * application's concurrent call limit.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/call-and-bridge.html
 */
export interface CallAndBridgeAction {
  /** The action type. */
  Type: 'CallAndBridge';
  /** The action's parameters. */
  Parameters: CallAndBridgeParameters;
}

/** The user part of a Voice Connector `Request-URI`: 1–30 of the documented characters. */
const AWS_URI = /^[A-Za-z0-9&=+$/%\-_!~*().]{1,30}$/;

/** Uri depends on the endpoint type; Arn only means something for AWS endpoints. */
const refineEndpoint: Refinement = (endpoint, report) => {
  const { BridgeEndpointType: type, Uri: uri } = endpoint;
  if (typeof uri === 'string' && uri !== '') {
    if (type === 'PSTN' && !E164.test(uri)) {
      report('Uri', 'pattern', `must be ${e164Rule.format} for a PSTN endpoint, got ${describeValue(uri, 'phone')}`);
    } else if (type === 'AWS' && !AWS_URI.test(uri)) {
      report(
        'Uri',
        'pattern',
        'must be 1 to 30 characters of a-z A-Z 0-9 & = + $ / % - _ ! ~ * ( ) . for an AWS endpoint (the user part of the Request-URI), ' +
          `got ${describeValue(uri, 'phone')} (${uri.length} characters)`,
      );
    }
  }
  if (type === 'PSTN' && endpoint.Arn !== undefined) {
    report('Arn', 'ignored_parameter', 'is only used with AWS endpoints; the service ignores it for a PSTN endpoint', 'warning');
  }
};

const endpointRule: ObjectRule<CallAndBridgeEndpoint> = {
  type: 'object',
  fields: {
    BridgeEndpointType: { type: 'string', required: true, enum: ['AWS', 'PSTN'] },
    Arn: {
      type: 'string',
      requiredWhen: { test: (endpoint) => endpoint.BridgeEndpointType === 'AWS', description: 'BridgeEndpointType is "AWS"' },
    },
    Uri: { type: 'string', required: true, sensitive: 'phone' },
  },
  refine: refineEndpoint,
};

/** SipHeaders with a PSTN endpoint: the parameter list says "AWS only", sip-headers.md shows it. */
const refineCallAndBridge: Refinement = (parameters, report) => {
  const { SipHeaders: headers, Endpoints: endpoints } = parameters;
  if (!isRecord(headers) || !Array.isArray(endpoints)) return;
  if (endpoints.some((endpoint) => isRecord(endpoint) && endpoint.BridgeEndpointType === 'PSTN')) {
    report(
      'SipHeaders',
      'pstn_sip_headers',
      'is documented for AWS (Voice Connector) endpoints only ("Use only with the AWS endpoint type"); ' +
        'with a PSTN endpoint the service may not pass them on',
      'warning',
    );
  }
};

/**
 * What a `CallAndBridge` action adds to its events' `ActionData`: the echo gains the A leg's `CallId`; an unanswered B leg fails with
 * `CallNotAnswered`.
 * @category Actions
 */
export interface CallAndBridgeResult {
  /** Added to the echoed parameters. */
  parameters: {
    /** The `CallId` of the leg that was bridged (LEG-A), added by the service. */
    CallId?: string;
  };
  /** The documented error types (`InvalidAudioSource` concerns `RingbackTone`). */
  errorTypes: 'CallNotAnswered' | 'InvalidAudioSource' | 'InvalidActionParameter' | 'SystemException';
}

/**
 * The rules of {@link CallAndBridgeAction}.
 * @internal
 */
export const callAndBridgeSpec: ActionSpec<CallAndBridgeAction, CallAndBridgeResult> = {
  type: 'CallAndBridge',
  targeting: { kind: 'none' },
  parameters: {
    CallTimeoutSeconds: { type: 'number', integer: true, min: 1, max: 120, default: 30 },
    CallerIdNumber: { ...e164Rule, required: true },
    Endpoints: { type: 'array', required: true, items: endpointRule, minItems: 1 },
    SipHeaders: sipHeadersRule,
    RingbackTone: s3AudioSourceRule,
  },
  refine: refineCallAndBridge,
  result: { parameters: { CallId: { type: 'string' } } },
  errorFormat: 'ErrorType',
  reportedMidList: true,
  interruptible: false,
};

/**
 * The documented error types of {@link CallAndBridgeAction} with their documented messages (`''` where the
 * docs give none): the simulator's failures. Kept apart from the spec so that they stay out of
 * Lambda bundles.
 * @internal
 */
export const callAndBridgeErrors: ErrorMessages<CallAndBridgeResult> = {
  CallNotAnswered: 'Call not answered',
  InvalidAudioSource: '',
  InvalidActionParameter: 'Invalid SIP header(s) provided: X-AMZN',
  SystemException: '',
};

/**
 * Builds a `CallAndBridge` action. It has no `onCall()` / `onLeg()`: it always bridges from
 * the leg that invoked the Lambda.
 *
 * @example
 * ```ts
 * actions.callAndBridge({
 *   callerIdNumber: '+14155550100',
 *   endpoints: [{ bridgeEndpointType: 'PSTN', uri: '+14155550199' }],
 * });
 * ```
 * @throws {@link SmaValidationError} when a parameter breaks a documented rule.
 * @category Actions
 */
export function callAndBridge(params: CallAndBridgeParams): ActionBuilder<CallAndBridgeAction> {
  return createBuilder(callAndBridgeSpec, params);
}
