import type { JoinChimeMeetingParams } from './builder-params.js';
import type { ActionSpec, ErrorMessages } from './spec.js';
import type { TargetableActionBuilder } from './builder.js';
import { createBuilder } from './builder.js';

/**
 * Parameters of {@link JoinChimeMeetingAction}.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/join-chime-meeting.html
 */
export interface JoinChimeMeetingParameters {
  /**
   * The attendee's join token, from `CreateAttendee`, `BatchCreateAttendee` or
   * `CreateMeetingWithAttendees`. A credential: this package masks it in every message.
   *
   * Allowed values: a valid join token (opaque to this package).
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/join-chime-meeting.html
   */
  JoinToken: string;
  /**
   * The `CallId` of the leg to join. When set, `ParticipantTag` is ignored.
   *
   * Allowed values: a call ID from `CallDetails.Participants`.
   * @defaultValue the leg of `ParticipantTag`, else the leg that invoked the Lambda
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/join-chime-meeting.html
   */
  CallId?: string;
  /**
   * The leg to join, when `CallId` is not set.
   *
   * Allowed values: `"LEG-A"` only.
   * @defaultValue the `ParticipantTag` of the leg that invoked the Lambda
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/join-chime-meeting.html
   */
  ParticipantTag?: 'LEG-A';
  /**
   * The meeting's ID. Required for meetings created through the Amazon Chime SDK Meetings
   * namespace (`chime-sdk-meetings`); may be omitted for meetings of the legacy Amazon Chime
   * namespace.
   *
   * Allowed values: a valid meeting ID.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/join-chime-meeting.html
   */
  MeetingId?: string;
}

/**
 * Joins a call leg to an Amazon Chime SDK meeting as an attendee. It cannot run on a bridged
 * call; on success the meeting leg appears as `LEG-B`.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/join-chime-meeting.html
 */
export interface JoinChimeMeetingAction {
  /** The action type. */
  Type: 'JoinChimeMeeting';
  /** The action's parameters. */
  Parameters: JoinChimeMeetingParameters;
}

/**
 * What a `JoinChimeMeeting` action adds to its events' `ActionData`: its failure example uses one
 * `Error: "ErrorJoiningMeeting: …"` string.
 * @category Actions
 */
export interface JoinChimeMeetingResult {
  /** The documented error types. */
  errorTypes: 'InvalidActionParameter' | 'SystemException' | 'ErrorJoiningMeeting';
}

/**
 * The rules of {@link JoinChimeMeetingAction}.
 * @internal
 */
export const joinChimeMeetingSpec: ActionSpec<JoinChimeMeetingAction, JoinChimeMeetingResult> = {
  type: 'JoinChimeMeeting',
  targeting: { kind: 'callIdOrLeg', legs: ['LEG-A'] },
  parameters: {
    JoinToken: { type: 'string', required: true, sensitive: 'secret' },
    MeetingId: { type: 'string' },
  },
  result: {},
  errorFormat: 'Error',
  reportedMidList: true,
  interruptible: false,
};

/**
 * The documented error types of {@link JoinChimeMeetingAction} with their documented messages (`''` where the
 * docs give none): the simulator's failures. Kept apart from the spec so that they stay out of
 * Lambda bundles.
 * @internal
 */
export const joinChimeMeetingErrors: ErrorMessages<JoinChimeMeetingResult> = {
  InvalidActionParameter: 'JoinToken parameter value is invalid.',
  SystemException: 'System error while running action.',
  ErrorJoiningMeeting: 'Error while joining meeting.',
};

/**
 * Builds a `JoinChimeMeeting` action. Only `LEG-A` can join.
 *
 * @example
 * ```ts
 * actions.joinChimeMeeting({ joinToken, meetingId }).onLeg('LEG-A');
 * ```
 * @throws {@link SmaValidationError} when a parameter breaks a documented rule.
 * @category Actions
 */
export function joinChimeMeeting(params: JoinChimeMeetingParams): TargetableActionBuilder<JoinChimeMeetingAction, 'LEG-A'> {
  return createBuilder(joinChimeMeetingSpec, params);
}
