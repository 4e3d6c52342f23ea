import type { FieldRules } from '../validation/index.js';

/**
 * The `source` of every Amazon Chime event on EventBridge.
 * @category EventBridge
 */
export const CHIME_EVENT_SOURCE = 'aws.chime';

/**
 * An Amazon Chime event as EventBridge delivers it (to a Lambda target, for example): the
 * EventBridge envelope around a service-specific `detail`. Shaped like `@types/aws-lambda`'s
 * `EventBridgeEvent<TDetailType, TDetail>`, without depending on it.
 * @typeParam TDetailType - the `detail-type` string.
 * @typeParam TDetail - the shape of `detail` for that detail-type.
 * @category EventBridge
 * @see https://docs.aws.amazon.com/eventbridge/latest/ref/events-ref-chime.html
 */
export interface ChimeEventBridgeEvent<TDetailType extends string, TDetail> {
  /**
   * The version of the envelope.
   *
   * Allowed values: `"0"` in every documented example.
   */
  version: string;
  /**
   * The unique ID EventBridge gives the event. EventBridge always sets it; it is optional here
   * because most documented meeting-event examples omit it.
   */
  id?: string;
  /**
   * What kind of event this is; decides the shape of `detail`.
   *
   * Allowed values: the Chime detail-types (see {@link ChimeDetailType}).
   */
  'detail-type': TDetailType;
  /**
   * The service that sent the event.
   *
   * Allowed values: `"aws.chime"`.
   */
  source: typeof CHIME_EVENT_SOURCE;
  /** The 12-digit AWS account ID, as a string. */
  account: string;
  /** When the event was sent: an ISO-8601 UTC timestamp such as `2021-07-28T20:20:49Z`. */
  time: string;
  /** The AWS Region the event comes from (for meetings: the meeting's control Region). */
  region: string;
  /**
   * ARNs of the resources involved.
   *
   * Allowed values: `[]` in every documented Chime example.
   */
  resources: string[];
  /** The event's own data; its shape depends on `detail-type`. */
  detail: TDetail;
  /** The name of the replay, set only on events replayed from an EventBridge archive. */
  'replay-name'?: string;
}

type EnvelopeFields = Omit<ChimeEventBridgeEvent<string, unknown>, 'detail' | 'detail-type' | 'source'>;

/** The rules of the envelope fields other than `source`, `detail-type` and `detail`. */
export const envelopeRules: FieldRules<EnvelopeFields> = {
  version: { type: 'string', required: true },
  id: { type: 'string' },
  account: { type: 'string', required: true },
  time: { type: 'string', required: true },
  region: { type: 'string', required: true },
  resources: { type: 'array', required: true, items: { type: 'string' } },
  'replay-name': { type: 'string' },
};
