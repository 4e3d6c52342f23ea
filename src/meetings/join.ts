import type { TargetableActionBuilder } from '../actions/builder.js';
import { type JoinChimeMeetingAction, joinChimeMeeting, joinChimeMeetingSpec } from '../actions/join-chime-meeting.js';
import { type FieldRules, Issues, checkFields, describeValue, isRecord, joinPath, throwOnErrors, hasOwn } from '../validation/index.js';
import {
  type Attendee,
  type BatchCreateAttendeeOutput,
  type CreateAttendeeOutput,
  type CreateMeetingOutput,
  type Meeting,
  type MeetingNamespace,
  NAMESPACE_NAMES,
} from './types.js';

/**
 * A JoinChimeMeeting builder for one attendee. Target it with `.onLeg('LEG-A')` or
 * `.onCall(callId)`, or return it as is to join the invoked leg.
 * @category Meetings
 */
export type JoinMeetingBuilder = TargetableActionBuilder<JoinChimeMeetingAction, 'LEG-A'>;

/**
 * Options of {@link joinActions} and {@link joinAction}.
 * @category Meetings
 */
export interface JoinActionsOptions {
  /**
   * The namespace the meeting was created in: decides whether the action carries `MeetingId`.
   * @defaultValue `'chime-sdk-meetings'` (the legacy namespace's meeting APIs are gone from the
   * current AWS SDKs)
   */
  namespace?: MeetingNamespace;
  /**
   * The meeting the attendees belong to, for a `BatchCreateAttendee` output (which has no
   * `Meeting`): a `Meeting` or a `CreateMeeting` output. Overrides the output's own `Meeting`.
   */
  meeting?: Meeting | CreateMeetingOutput;
}

/**
 * One attendee ready to join, keyed by its external user ID.
 * @category Meetings
 */
export interface MeetingJoinAction {
  /** The attendee's `ExternalUserId`. */
  externalUserId: string;
  /** The attendee's `AttendeeId`. */
  attendeeId: string;
  /** The JoinChimeMeeting builder with the attendee's join token (and `MeetingId` when needed). */
  action: JoinMeetingBuilder;
}

/**
 * One attendee the service could not create, from the output's `Errors`.
 * @category Meetings
 */
export interface MeetingAttendeeError {
  /** The attendee's `ExternalUserId`, when the service gave it. */
  externalUserId: string | undefined;
  /** The service's error code (values undocumented). */
  errorCode: string | undefined;
  /** The service's error message. */
  errorMessage: string | undefined;
}

/**
 * What {@link joinActions} returns: every attendee created, and every one that was not.
 * @category Meetings
 */
export interface JoinActionsResult {
  /** The attendees created, in the output's order, each with its JoinChimeMeeting builder. */
  attendees: MeetingJoinAction[];
  /** The attendees the service could not create (the output's `Errors`), never dropped. */
  errors: MeetingAttendeeError[];
}

/** A GUID, the documented pattern of `MeetingId` and `AttendeeId`. */
const GUID = /^[a-fA-F0-9]{8}(?:-[a-fA-F0-9]{4}){3}-[a-fA-F0-9]{12}$/;

/** The attendee fields JoinChimeMeeting needs, checked on the API output. */
const attendeeRules: FieldRules<Required<Pick<Attendee, 'ExternalUserId' | 'AttendeeId' | 'JoinToken'>>> = {
  ExternalUserId: { type: 'string', required: true, minLength: 2, maxLength: 64, sensitive: 'private' },
  AttendeeId: { type: 'string', required: true },
  // The action's JoinToken rule (a masked credential), with the API's documented length limits.
  JoinToken: { ...joinChimeMeetingSpec.parameters.JoinToken, minLength: 2, maxLength: 2048 },
};

/** Keys that only the Amazon Chime SDK Meetings namespace returns. */
const NEW_NAMESPACE_MEETING_KEYS = ['MeetingArn', 'MeetingFeatures', 'TenantIds', 'PrimaryMeetingId', 'MeetingHostId'] as const;

/** The `Meeting` of a `CreateMeeting` output, or the value itself when it is a meeting. */
function unwrapMeeting(value: unknown): unknown {
  return isRecord(value) && hasOwn(value, 'Meeting') ? value['Meeting'] : value;
}

/** Reads the MeetingId the action needs; `undefined` for the legacy namespace. */
function meetingIdOf(meeting: unknown, path: string, namespace: MeetingNamespace, issues: Issues): string | undefined {
  if (namespace === 'chime') {
    if (isRecord(meeting)) {
      for (const key of NEW_NAMESPACE_MEETING_KEYS) {
        if (meeting[key] !== undefined && hasOwn(meeting, key)) {
          issues.add(
            joinPath(path, key),
            'namespace_mismatch',
            `is returned only by the ${NAMESPACE_NAMES['chime-sdk-meetings']}, but namespace 'chime' was given; ` +
              "pass { namespace: 'chime-sdk-meetings' } so the action carries MeetingId",
          );
        }
      }
    }
    return undefined;
  }
  const idPath = joinPath(path, 'MeetingId');
  const hint =
    `JoinChimeMeeting needs MeetingId for meetings of the ${NAMESPACE_NAMES['chime-sdk-meetings']} ` +
    "(pass { meeting } with a BatchCreateAttendee output, or { namespace: 'chime' } for a legacy Amazon Chime meeting)";
  if (!isRecord(meeting)) {
    issues.add(path, 'required', `is required: ${hint}, got ${describeValue(meeting)}`);
    return undefined;
  }
  const id = hasOwn(meeting, 'MeetingId') ? meeting['MeetingId'] : undefined;
  if (id === undefined || id === '') {
    issues.add(idPath, 'required', `is required: ${hint}`);
    return undefined;
  }
  if (typeof id !== 'string' || !GUID.test(id)) {
    issues.add(idPath, 'pattern', `must be a meeting ID (a GUID such as 1e6bf4f5-f4b5-4917-b8c9-bda45c340706), got ${describeValue(id)}`);
    return undefined;
  }
  return id;
}

/** Checks one attendee of an output and returns what the action needs. */
function readAttendee(
  value: unknown,
  path: string,
  namespace: MeetingNamespace,
  issues: Issues,
): { externalUserId: string; attendeeId: string; joinToken: string } | undefined {
  if (!isRecord(value)) {
    issues.add(path, 'type', `must be an attendee object ({ ExternalUserId, AttendeeId, JoinToken }), got ${describeValue(value)}`);
    return undefined;
  }
  const before = issues.list.length;
  // Unknown keys (Capabilities, future fields) are fine on an output: only the three needed are checked.
  checkFields(attendeeRules, value, path, issues, Object.keys(value));
  if (namespace === 'chime' && value['Capabilities'] !== undefined && hasOwn(value, 'Capabilities')) {
    issues.add(
      joinPath(path, 'Capabilities'),
      'namespace_mismatch',
      `is returned only by the ${NAMESPACE_NAMES['chime-sdk-meetings']}, but namespace 'chime' was given`,
    );
  }
  if (issues.list.slice(before).some((issue) => issue.severity === 'error')) return undefined;
  return {
    externalUserId: value['ExternalUserId'] as string,
    attendeeId: value['AttendeeId'] as string,
    joinToken: value['JoinToken'] as string,
  };
}

function readError(value: unknown, path: string, issues: Issues): MeetingAttendeeError | undefined {
  if (!isRecord(value)) {
    issues.add(path, 'type', `must be an error object ({ ExternalUserId, ErrorCode, ErrorMessage }), got ${describeValue(value)}`);
    return undefined;
  }
  const text = (key: string): string | undefined => {
    const field = hasOwn(value, key) ? value[key] : undefined;
    if (field === undefined || typeof field === 'string') return field;
    issues.add(
      joinPath(path, key),
      'type',
      `must be a string, got ${describeValue(field, key === 'ExternalUserId' ? 'private' : undefined)}`,
    );
    return undefined;
  };
  return { externalUserId: text('ExternalUserId'), errorCode: text('ErrorCode'), errorMessage: text('ErrorMessage') };
}

function listAt(output: Readonly<Record<string, unknown>>, key: string, issues: Issues): readonly unknown[] {
  const value = hasOwn(output, key) ? output[key] : undefined;
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  issues.add(key, 'type', `must be an array, got ${describeValue(value)}`);
  return [];
}

function build(attendee: { joinToken: string }, meetingId: string | undefined): JoinMeetingBuilder {
  return joinChimeMeeting(meetingId === undefined ? { joinToken: attendee.joinToken } : { joinToken: attendee.joinToken, meetingId });
}

/**
 * Turns a `CreateMeetingWithAttendees` or `BatchCreateAttendee` output into one JoinChimeMeeting
 * builder per attendee created, and surfaces every attendee the service could not create.
 *
 * For a meeting of the Amazon Chime SDK Meetings namespace (the default) each action carries
 * `MeetingId` (from the output's `Meeting`, or from `options.meeting` for a `BatchCreateAttendee`
 * output); with `{ namespace: 'chime' }` (legacy Amazon Chime meetings) it carries only the join
 * token, as the docs' end-to-end example does.
 *
 * @example
 * ```ts
 * const output = await meetings.send(new CreateMeetingWithAttendeesCommand(request));
 * const { attendees, errors } = joinActions(output);
 * const caller = attendees.find((a) => a.externalUserId === callId);
 * return response(caller.action.onLeg('LEG-A'));
 * ```
 * @throws {@link SmaValidationError} when the output lacks what JoinChimeMeeting needs (a
 * `MeetingId` in the Amazon Chime SDK Meetings namespace, an attendee's `JoinToken`, …). Join
 * tokens never appear in messages.
 * @category Meetings
 */
export function joinActions(output: BatchCreateAttendeeOutput & CreateMeetingOutput, options: JoinActionsOptions = {}): JoinActionsResult {
  const namespace = options.namespace ?? 'chime-sdk-meetings';
  const issues = new Issues('lenient');
  const result: JoinActionsResult = { attendees: [], errors: [] };
  if (!isRecord(output)) {
    issues.add('', 'type', `must be a CreateMeetingWithAttendees or BatchCreateAttendee output, got ${describeValue(output)}`);
    throwOnErrors('meeting output', issues.list);
    return result;
  }
  const fromOptions = options.meeting !== undefined;
  const meeting = fromOptions ? unwrapMeeting(options.meeting) : hasOwn(output, 'Meeting') ? output['Meeting'] : undefined;
  const meetingId = meetingIdOf(meeting, fromOptions ? 'options.meeting' : 'Meeting', namespace, issues);
  listAt(output, 'Attendees', issues).forEach((item, index) => {
    const attendee = readAttendee(item, joinPath('Attendees', index), namespace, issues);
    if (attendee !== undefined)
      result.attendees.push({
        externalUserId: attendee.externalUserId,
        attendeeId: attendee.attendeeId,
        action: build(attendee, meetingId),
      });
  });
  listAt(output, 'Errors', issues).forEach((item, index) => {
    const error = readError(item, joinPath('Errors', index), issues);
    if (error !== undefined) result.errors.push(error);
  });
  throwOnErrors(`meeting output (${NAMESPACE_NAMES[namespace]})`, issues.list);
  return result;
}

/**
 * Builds the JoinChimeMeeting action of one attendee from a `CreateMeeting` + `CreateAttendee`
 * pair (each the API output or its `Meeting` / `Attendee`). The action carries `MeetingId` for
 * the Amazon Chime SDK Meetings namespace (the default) and not for `{ namespace: 'chime' }`.
 *
 * @example
 * ```ts
 * const meeting = await meetings.send(new CreateMeetingCommand({ ... }));
 * const attendee = await meetings.send(new CreateAttendeeCommand({ MeetingId: meeting.Meeting.MeetingId, ExternalUserId: callId }));
 * return response(joinAction(meeting, attendee).onLeg('LEG-A'));
 * ```
 * @throws {@link SmaValidationError} when the meeting or the attendee lacks what the action needs.
 * @category Meetings
 */
export function joinAction(
  meeting: Meeting | CreateMeetingOutput,
  attendee: Attendee | CreateAttendeeOutput,
  options: Pick<JoinActionsOptions, 'namespace'> = {},
): JoinMeetingBuilder {
  const namespace = options.namespace ?? 'chime-sdk-meetings';
  const issues = new Issues('lenient');
  const wrapped = isRecord(meeting) && hasOwn(meeting, 'Meeting');
  const meetingId = meetingIdOf(unwrapMeeting(meeting), wrapped ? 'Meeting' : 'meeting', namespace, issues);
  const attendeeWrapped = isRecord(attendee) && hasOwn(attendee, 'Attendee');
  const read = readAttendee(
    attendeeWrapped ? (attendee as CreateAttendeeOutput).Attendee : attendee,
    attendeeWrapped ? 'Attendee' : 'attendee',
    namespace,
    issues,
  );
  throwOnErrors(`meeting output (${NAMESPACE_NAMES[namespace]})`, issues.list);
  return build(read as { joinToken: string }, meetingId);
}
