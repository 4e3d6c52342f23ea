import type { ModifyChimeMeetingAttendeesParams } from './builder-params.js';
import type { ActionSpec, ErrorMessages } from './spec.js';
import type { TargetableActionBuilder } from './builder.js';
import { createBuilder } from './builder.js';

/**
 * What {@link ModifyChimeMeetingAttendeesAction} does to the attendees.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/mute-unmute.html
 */
export type ModifyChimeMeetingAttendeesOperation = 'Mute' | 'Unmute';

/**
 * Parameters of {@link ModifyChimeMeetingAttendeesAction}.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/mute-unmute.html
 */
export interface ModifyChimeMeetingAttendeesParameters {
  /**
   * What to do to the attendees.
   *
   * Allowed values: `"Mute"`, `"Unmute"`.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/mute-unmute.html
   */
  Operation: ModifyChimeMeetingAttendeesOperation;
  /**
   * The ID of the meeting the attendees belong to: the meeting the call joined with
   * `JoinChimeMeeting`.
   *
   * Allowed values: a valid meeting ID.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/mute-unmute.html
   */
  MeetingId: string;
  /**
   * The `CallId` of the meeting leg (the docs' description of this field wrongly repeats the
   * meeting ID's). When set, `ParticipantTag` is ignored.
   *
   * Allowed values: the call ID of the meeting leg, from `CallDetails.Participants`.
   * @defaultValue none (target the meeting leg with `ParticipantTag` `"LEG-B"` instead)
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/mute-unmute.html
   */
  CallId?: string;
  /**
   * The meeting leg, when `CallId` is not set. The docs say the action runs on `LEG-B` (the
   * leg from the SIP media application into the meeting) and give no default leg.
   *
   * Allowed values: `"LEG-B"`.
   * @defaultValue none (the docs state no fallback to the invoked leg)
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/mute-unmute.html
   */
  ParticipantTag?: 'LEG-B';
  /**
   * The attendee IDs to mute or unmute; all must be attendees of `MeetingId`.
   *
   * Allowed values: 1 to 100 attendee IDs.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/mute-unmute.html
   */
  AttendeeList: string[];
}

/**
 * Mutes or unmutes telephony attendees of the Amazon Chime SDK meeting that the call joined
 * with `JoinChimeMeeting`. It runs on the meeting leg (`LEG-B`); on a call that is not in a
 * meeting it fails with "Invalid action on the call."
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/mute-unmute.html
 */
export interface ModifyChimeMeetingAttendeesAction {
  /** The action type. */
  Type: 'ModifyChimeMeetingAttendees';
  /** The action's parameters. */
  Parameters: ModifyChimeMeetingAttendeesParameters;
}

/**
 * What a `ModifyChimeMeetingAttendees` action adds to its events' `ActionData`: its failure carries an `ErrorList`.
 * @category Actions
 */
export interface ModifyChimeMeetingAttendeesResult {
  /** Added to the `ACTION_FAILED` ActionData. */
  failed: {
    /** Per-attendee errors; the content is undocumented (empty in the example). */
    ErrorList?: unknown[];
  };
  /** The documented error types. */
  errorTypes: 'InvalidActionParameter' | 'SystemException';
}

/**
 * The rules of {@link ModifyChimeMeetingAttendeesAction}.
 * @internal
 */
export const modifyChimeMeetingAttendeesSpec: ActionSpec<ModifyChimeMeetingAttendeesAction, ModifyChimeMeetingAttendeesResult> = {
  type: 'ModifyChimeMeetingAttendees',
  // The docs' note: it runs on LEG-B or the matching CallId, with no default leg (public samples send LEG-B).
  targeting: { kind: 'callIdOrLeg', legs: ['LEG-B'], noDefaultLeg: true },
  parameters: {
    Operation: { type: 'string', required: true, enum: ['Mute', 'Unmute'] },
    MeetingId: { type: 'string', required: true },
    AttendeeList: {
      type: 'array',
      required: true,
      minItems: 1,
      maxItems: 100,
      items: { type: 'string', check: (id) => (id === '' ? 'must not be empty (an attendee ID)' : undefined) },
    },
  },
  result: { failed: { ErrorList: { unchecked: true } } },
  errorFormat: 'ErrorType',
  reportedMidList: true,
  interruptible: false,
};

/**
 * The documented error types of {@link ModifyChimeMeetingAttendeesAction} with their documented messages (`''` where the
 * docs give none): the simulator's failures. Kept apart from the spec so that they stay out of
 * Lambda bundles.
 * @internal
 */
export const modifyChimeMeetingAttendeesErrors: ErrorMessages<ModifyChimeMeetingAttendeesResult> = {
  InvalidActionParameter: 'The ModifyChimeMeetingAttendees Operation parameter value is invalid',
  SystemException: 'System error while running action.',
};

/**
 * Builds a `ModifyChimeMeetingAttendees` action. Target the meeting leg: `.onLeg('LEG-B')` or
 * `.onCall(meetingLegCallId)`.
 *
 * @example
 * ```ts
 * actions.modifyChimeMeetingAttendees({ operation: 'Mute', meetingId, attendeeList: [attendeeId] }).onLeg('LEG-B');
 * ```
 * @throws {@link SmaValidationError} when a parameter breaks a documented rule.
 * @category Actions
 */
export function modifyChimeMeetingAttendees(
  params: ModifyChimeMeetingAttendeesParams,
): TargetableActionBuilder<ModifyChimeMeetingAttendeesAction, 'LEG-B'> {
  return createBuilder(modifyChimeMeetingAttendeesSpec, params);
}
