import {
  type ArrayRule,
  type FieldRule,
  type FieldRules,
  Issues,
  type ObjectRule,
  type Refinement,
  SmaValidationError,
  type StringRule,
  type ValidationResult,
  checkBounds,
  checkValue,
  describeValue,
  isRecord,
  presentRule,
  toResult,
  cloneJson,
} from '../validation/index.js';
import {
  type AttendeeCapabilities,
  type MediaCapability,
  type MeetingFeaturesConfiguration,
  type MeetingNamespace,
  NAMESPACE_NAMES,
} from './types.js';

/**
 * The media Regions of the Amazon Chime SDK Meetings namespace (`af-south-1` and `eu-south-1`
 * are opt-in; the GovCloud ones apply in the aws-us-gov partition).
 * @category Meetings
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/chime-sdk-meetings-regions.html
 */
export const MEDIA_REGIONS = [
  'af-south-1',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-south-1',
  'ap-southeast-1',
  'ap-southeast-2',
  'ca-central-1',
  'eu-central-1',
  'eu-north-1',
  'eu-south-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'sa-east-1',
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'us-gov-east-1',
  'us-gov-west-1',
] as const;

/**
 * A media Region of the Amazon Chime SDK Meetings namespace.
 * @category Meetings
 */
export type MediaRegion = (typeof MEDIA_REGIONS)[number];

/**
 * A media Region of the legacy Amazon Chime namespace (its last model lists the commercial
 * Regions of {@link MEDIA_REGIONS}, without GovCloud).
 * @category Meetings
 */
export type LegacyMediaRegion = Exclude<MediaRegion, 'us-gov-east-1' | 'us-gov-west-1'>;

/**
 * The media Regions of the legacy Amazon Chime namespace.
 * @category Meetings
 */
export const LEGACY_MEDIA_REGIONS: readonly LegacyMediaRegion[] = MEDIA_REGIONS.filter(
  (region): region is LegacyMediaRegion => !region.startsWith('us-gov-'),
);

/**
 * A tag of a meeting (or, in the legacy namespace, of an attendee).
 * @category Meetings
 */
export interface MeetingTag {
  /**
   * The tag key.
   *
   * Allowed values: 1 to 128 characters (Amazon Chime SDK Meetings: pattern `^[a-zA-Z+-=._:/]+$`).
   */
  Key: string;
  /**
   * The tag value.
   *
   * Allowed values: 0 to 256 characters (legacy: 1 to 256; Amazon Chime SDK Meetings: pattern `^[\s\w+-=\.:/@]*$`).
   */
  Value: string;
}

/**
 * Where the service sends meeting notifications.
 * @category Meetings
 */
export interface NotificationsConfiguration {
  /** A Lambda function ARN (Amazon Chime SDK Meetings namespace only). */
  LambdaFunctionArn?: string;
  /** An SNS topic ARN. */
  SnsTopicArn?: string;
  /** An SQS queue ARN. */
  SqsQueueArn?: string;
}

/**
 * One attendee to create (Amazon Chime SDK Meetings namespace).
 * @category Meetings
 */
export interface CreateAttendeeRequestItem {
  /**
   * The attendee's external user ID, linking it to the caller's identity (an idempotency token).
   *
   * Allowed values: 2 to 64 characters of letters, digits, spaces and `-_&@+=,(){}[]/«».:|'"#`;
   * not beginning with `aws:` (any letter case).
   */
  ExternalUserId: string;
  /** The attendee's capabilities. */
  Capabilities?: AttendeeCapabilities;
}

/**
 * The input of `CreateMeetingWithAttendees` in the Amazon Chime SDK Meetings namespace,
 * assignable to `CreateMeetingWithAttendeesCommandInput`.
 * @category Meetings
 * @see https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_meeting-chime_CreateMeetingWithAttendees.html
 */
export interface CreateMeetingWithAttendeesRequest {
  /**
   * A unique token per meeting (idempotency). The AWS SDK fills it in when absent.
   *
   * Allowed values: 2 to 64 characters of letters, digits, `-` and `_`.
   */
  ClientRequestToken?: string;
  /**
   * The media Region of the meeting.
   *
   * Allowed values: {@link MEDIA_REGIONS}.
   */
  MediaRegion: MediaRegion;
  /** Reserved. 2 to 64 characters. */
  MeetingHostId?: string;
  /**
   * The external meeting ID.
   *
   * Allowed values: 2 to 64 characters, the same characters as `ExternalUserId`; not beginning with `aws:`.
   */
  ExternalMeetingId: string;
  /** The meeting's features. */
  MeetingFeatures?: MeetingFeaturesConfiguration;
  /** Where to send notifications. */
  NotificationsConfiguration?: NotificationsConfiguration;
  /**
   * The attendees to create.
   *
   * Allowed values: 1 to 20 attendees.
   */
  Attendees: CreateAttendeeRequestItem[];
  /** The primary meeting's ID, to create a replica meeting. 2 to 64 characters. */
  PrimaryMeetingId?: string;
  /**
   * Tenant IDs.
   *
   * Allowed values: 1 to 5 IDs of 2 to 256 characters (`-_!@#$`, letters, digits; no character four times in a row).
   */
  TenantIds?: string[];
  /**
   * The meeting's tags.
   *
   * Allowed values: 0 to 50 tags.
   */
  Tags?: MeetingTag[];
  /**
   * The network type of the media placement URLs.
   *
   * Allowed values: `"DualStack"`, `"Ipv4Only"`.
   */
  MediaPlacementNetworkType?: 'DualStack' | 'Ipv4Only';
}

/**
 * One attendee to create (legacy Amazon Chime namespace).
 * @category Meetings
 */
export interface LegacyCreateAttendeeRequestItem {
  /**
   * The attendee's external user ID.
   *
   * Allowed values: 2 to 64 characters.
   */
  ExternalUserId: string;
  /**
   * The attendee's tags.
   *
   * Allowed values: 1 to 10 tags.
   */
  Tags?: MeetingTag[];
}

/**
 * The input of `CreateMeetingWithAttendees` in the legacy Amazon Chime namespace
 * (`chime.create_meeting_with_attendees`, 2020).
 * @category Meetings
 */
export interface LegacyCreateMeetingWithAttendeesRequest {
  /**
   * A unique token per meeting (idempotency), filled in by the SDK when absent.
   *
   * Allowed values: 2 to 64 characters of letters, digits, `-` and `_`.
   */
  ClientRequestToken?: string;
  /** The external meeting ID. 2 to 64 characters. */
  ExternalMeetingId?: string;
  /** Reserved. 2 to 64 characters. */
  MeetingHostId?: string;
  /**
   * The media Region.
   *
   * Allowed values: {@link LEGACY_MEDIA_REGIONS}.
   * @defaultValue `"us-east-1"`
   */
  MediaRegion?: LegacyMediaRegion;
  /**
   * The meeting's tags.
   *
   * Allowed values: 1 to 50 tags.
   */
  Tags?: MeetingTag[];
  /** Where to send notifications (SNS or SQS only). */
  NotificationsConfiguration?: Omit<NotificationsConfiguration, 'LambdaFunctionArn'>;
  /**
   * The attendees to create.
   *
   * Allowed values: 1 to 10 attendees.
   */
  Attendees?: LegacyCreateAttendeeRequestItem[];
}

/**
 * Options of {@link createMeetingWithAttendeesRequest} and {@link validateCreateMeetingWithAttendeesRequest}.
 * @category Meetings
 */
export interface MeetingRequestOptions<N extends MeetingNamespace = MeetingNamespace> {
  /**
   * The namespace the request is for.
   * @defaultValue `'chime-sdk-meetings'`
   */
  namespace?: N;
}

const TOKEN: StringRule = {
  type: 'string',
  minLength: 2,
  maxLength: 64,
  pattern: /^[-_a-zA-Z0-9]*$/,
  format: 'made of letters, digits, "-" and "_" only',
  sensitive: 'secret',
};
const EXTERNAL_ID_PATTERN = /^[-_&@+=,(){}[\]/«».:|'"#a-zA-Z0-9À-ÿ\s]*$/;
const notReserved = (value: string): string | undefined =>
  value.toLowerCase().startsWith('aws:') ? 'must not begin with "aws:" (reserved)' : undefined;
const EXTERNAL_ID: StringRule = {
  type: 'string',
  minLength: 2,
  maxLength: 64,
  pattern: EXTERNAL_ID_PATTERN,
  format: `made of letters, digits, spaces and -_&@+=,(){}[]/«».:|'"# only`,
  check: notReserved,
  sensitive: 'private',
};
const LEGACY_EXTERNAL_ID: StringRule = { type: 'string', minLength: 2, maxLength: 64, sensitive: 'private' };
const SHORT_ID: StringRule = { type: 'string', minLength: 2, maxLength: 64 };
const ARN: StringRule = {
  type: 'string',
  minLength: 1,
  maxLength: 1024,
  pattern: /^arn[/:\-_.a-zA-Z0-9]+$/,
  format: 'an ARN',
  sensitive: 'private',
};
const CAPABILITY: StringRule<MediaCapability> & { required: true } = {
  type: 'string',
  required: true,
  enum: ['SendReceive', 'Send', 'Receive', 'None'],
};
const RECEIVES = new Set(['SendReceive', 'Receive']);

/** Content `SendReceive`/`Receive` needs video `SendReceive`/`Receive` (documented 400). */
const capabilitiesRefine: Refinement = (value, report) => {
  if (RECEIVES.has(String(value['Content'])) && !RECEIVES.has(String(value['Video']))) {
    report(
      'Content',
      'capabilities',
      `can be "SendReceive" or "Receive" only when Video is "SendReceive" or "Receive" too (Video is ${describeValue(value['Video'])}); ` +
        'the service answers 400 otherwise',
    );
  }
};

const capabilitiesRule: ObjectRule<AttendeeCapabilities> = {
  type: 'object',
  fields: { Audio: CAPABILITY, Video: CAPABILITY, Content: CAPABILITY },
  refine: capabilitiesRefine,
};

function tagsRule(minItems: number, maxItems: number, legacy: boolean): ArrayRule<MeetingTag> {
  const key: StringRule = legacy
    ? { type: 'string', minLength: 1, maxLength: 128, sensitive: 'private' }
    : { type: 'string', minLength: 1, maxLength: 128, pattern: /^[a-zA-Z+-=._:/]+$/, format: 'a tag key (letters and +-=._:/)' };
  const value: FieldRule = legacy
    ? { type: 'string', required: true, minLength: 1, maxLength: 256, sensitive: 'private' }
    : presentRule(
        'Value',
        { type: 'string', maxLength: 256, pattern: /^[\s\w+-=.:/@]*$/, format: 'a tag value (letters, digits, spaces and _.:/=+-@)' },
        'a tag is given (it may be empty)',
      );
  const fields: FieldRules<Omit<MeetingTag, 'Value'>> & { Value: FieldRule } = { Key: { ...key, required: true }, Value: value };
  return { type: 'array', minItems, maxItems, items: { type: 'object', fields } as ObjectRule<MeetingTag> };
}

const meetingFeaturesRule: ObjectRule<MeetingFeaturesConfiguration> = {
  type: 'object',
  fields: {
    Audio: { type: 'object', fields: { EchoReduction: { type: 'string', enum: ['AVAILABLE', 'UNAVAILABLE'] } } },
    Video: { type: 'object', fields: { MaxResolution: { type: 'string', enum: ['None', 'HD', 'FHD'] } } },
    Content: { type: 'object', fields: { MaxResolution: { type: 'string', enum: ['None', 'FHD', 'UHD'] } } },
    Attendee: { type: 'object', fields: { MaxCount: { type: 'number', integer: true, min: 1, max: 250 } } },
  },
};

/** A `None` maximum resolution rejects attendees with that capability other than `None` (documented 400). */
const featuresRefine: Refinement = (request, report) => {
  const { MeetingFeatures: features, Attendees: attendees } = request;
  if (!isRecord(features) || !Array.isArray(attendees)) return;
  for (const kind of ['Video', 'Content'] as const) {
    const feature = features[kind];
    if (!isRecord(feature) || feature['MaxResolution'] !== 'None') continue;
    attendees.forEach((attendee, index) => {
      const capabilities = isRecord(attendee) ? attendee['Capabilities'] : undefined;
      const capability = isRecord(capabilities) ? capabilities[kind] : undefined;
      if (capability !== undefined && capability !== 'None') {
        report(
          `Attendees[${index}].Capabilities.${kind}`,
          'capabilities',
          `must be "None" because MeetingFeatures.${kind}.MaxResolution is "None", got ${describeValue(capability)}; ` +
            'the service answers 400 otherwise',
        );
      }
    });
  }
};

const requestRules: FieldRules<CreateMeetingWithAttendeesRequest> = {
  ClientRequestToken: TOKEN,
  MediaRegion: { type: 'string', required: true, enum: MEDIA_REGIONS },
  MeetingHostId: { ...SHORT_ID, sensitive: 'private' },
  ExternalMeetingId: { ...EXTERNAL_ID, required: true },
  MeetingFeatures: meetingFeaturesRule,
  NotificationsConfiguration: { type: 'object', fields: { LambdaFunctionArn: ARN, SnsTopicArn: ARN, SqsQueueArn: ARN } },
  Attendees: {
    type: 'array',
    required: true,
    minItems: 1,
    maxItems: 20,
    items: { type: 'object', fields: { ExternalUserId: { ...EXTERNAL_ID, required: true }, Capabilities: capabilitiesRule } },
  },
  PrimaryMeetingId: SHORT_ID,
  TenantIds: {
    type: 'array',
    minItems: 1,
    maxItems: 5,
    items: {
      type: 'string',
      minLength: 2,
      maxLength: 256,
      pattern: /^(?!.*?(.)\1{3})[-_!@#$a-zA-Z0-9]*$/,
      format: 'a tenant ID (letters, digits and -_!@#$, no character four times in a row)',
    },
  },
  Tags: tagsRule(0, 50, false),
  MediaPlacementNetworkType: { type: 'string', enum: ['DualStack', 'Ipv4Only'] },
};

const legacyRequestRules: FieldRules<LegacyCreateMeetingWithAttendeesRequest> = {
  ClientRequestToken: TOKEN,
  ExternalMeetingId: LEGACY_EXTERNAL_ID,
  MeetingHostId: { ...SHORT_ID, sensitive: 'private' },
  MediaRegion: { type: 'string', enum: LEGACY_MEDIA_REGIONS },
  Tags: tagsRule(1, 50, true),
  NotificationsConfiguration: { type: 'object', fields: { SnsTopicArn: ARN, SqsQueueArn: ARN } },
  Attendees: {
    type: 'array',
    minItems: 1,
    maxItems: 10,
    items: { type: 'object', fields: { ExternalUserId: { ...LEGACY_EXTERNAL_ID, required: true }, Tags: tagsRule(1, 10, true) } },
  },
};

const RULES: { readonly [N in MeetingNamespace]: ObjectRule<unknown> } = {
  'chime-sdk-meetings': { type: 'object', fields: requestRules as FieldRules<unknown>, refine: featuresRefine },
  chime: { type: 'object', fields: legacyRequestRules as FieldRules<unknown> },
};

/**
 * Why a new request for the legacy `chime` namespace is a mistake, with the dates (sources:
 * botocore `.changes/1.29.164.json` and `1.37.2.json`; docs/service-quirks.md, "Service status").
 * Joining a meeting created there stays supported (JoinChimeMeeting without `MeetingId`).
 */
const LEGACY_NAMESPACE_WARNING =
  "is a request for the legacy 'chime' namespace, whose meeting operations were deprecated on 2023-06-29 " +
  'and removed from the AWS SDKs on 2025-02-26: no current SDK can send it; ' +
  'create meetings in the Amazon Chime SDK Meetings namespace (the default; @aws-sdk/client-chime-sdk-meetings). ' +
  "Meetings created in the legacy namespace can still be joined (joinActions(output, { namespace: 'chime' }))";

function check(value: unknown, namespace: MeetingNamespace): Issues {
  const issues = new Issues('strict');
  const rule = RULES[namespace] as FieldRule | undefined;
  if (rule === undefined)
    issues.add('', 'namespace', `must be checked for namespace 'chime-sdk-meetings' or 'chime', got ${describeValue(namespace)}`);
  else if (checkBounds(value, '', issues)) checkValue(rule, value, '', issues);
  if (namespace === 'chime') issues.add('', 'legacy_namespace', LEGACY_NAMESPACE_WARNING, 'warning');
  return issues;
}

let legacyWarned = false;

/** Warns once per process (a Lambda builds a request per call): Node's `DeprecationWarning`, which `--no-deprecation` silences. */
function warnLegacyNamespace(message: string): void {
  if (legacyWarned || typeof process === 'undefined' || typeof process.emitWarning !== 'function') return;
  legacyWarned = true;
  process.emitWarning(`chime-sma-kit: ${message}`, { type: 'DeprecationWarning', code: 'CHIME_SMA_KIT_LEGACY_CHIME_NAMESPACE' });
}

/**
 * Checks a `CreateMeetingWithAttendees` request against the documented limits of its namespace
 * (attendee count, `ExternalUserId` length and characters, media Region list,
 * `ClientRequestToken`, tags, …) without throwing. Values of sensitive fields (tokens, external
 * IDs, ARNs) are masked in messages. A request for the legacy `chime` namespace also gets the
 * warning `legacy_namespace`: its operations left the AWS SDKs on 2025-02-26.
 * @category Meetings
 */
export function validateCreateMeetingWithAttendeesRequest(value: unknown, options: MeetingRequestOptions = {}): ValidationResult {
  return toResult(check(value, options.namespace ?? 'chime-sdk-meetings').list);
}

/**
 * Checks a `CreateMeetingWithAttendees` request (see
 * {@link validateCreateMeetingWithAttendeesRequest}) and returns a copy to send, typed for the
 * namespace: for the Amazon Chime SDK Meetings namespace it is assignable to
 * `CreateMeetingWithAttendeesCommandInput`.
 *
 * @example
 * ```ts
 * const request = createMeetingWithAttendeesRequest({
 *   MediaRegion: 'us-east-1',
 *   ExternalMeetingId: `pin-${pin}`,
 *   Attendees: [{ ExternalUserId: callId }],
 * });
 * const output = await meetings.send(new CreateMeetingWithAttendeesCommand(request));
 * ```
 * A request for the legacy `chime` namespace is still checked and returned, with a one-time
 * `DeprecationWarning` (`CHIME_SMA_KIT_LEGACY_CHIME_NAMESPACE`): that namespace's meeting
 * operations were deprecated on 2023-06-29 and removed from the AWS SDKs on 2025-02-26.
 *
 * @throws {@link SmaValidationError} with every issue at once.
 * @category Meetings
 */
export function createMeetingWithAttendeesRequest(
  input: CreateMeetingWithAttendeesRequest,
  options?: MeetingRequestOptions<'chime-sdk-meetings'>,
): CreateMeetingWithAttendeesRequest;
export function createMeetingWithAttendeesRequest(
  input: LegacyCreateMeetingWithAttendeesRequest,
  options: MeetingRequestOptions<'chime'> & { namespace: 'chime' },
): LegacyCreateMeetingWithAttendeesRequest;
export function createMeetingWithAttendeesRequest(input: unknown, options: MeetingRequestOptions = {}): unknown {
  const namespace = options.namespace ?? 'chime-sdk-meetings';
  const issues = check(input, namespace);
  if (issues.list.some((issue) => issue.severity === 'error')) {
    throw new SmaValidationError(`CreateMeetingWithAttendees request (${NAMESPACE_NAMES[namespace] ?? String(namespace)})`, issues.list);
  }
  const legacy = issues.list.find((issue) => issue.code === 'legacy_namespace');
  if (legacy !== undefined) warnLegacyNamespace(legacy.message);
  return cloneJson(input);
}
