/**
 * The tag of a call leg: `LEG-A` is the original leg, `LEG-B` the leg created by
 * `CallAndBridge` or the meeting leg of `JoinChimeMeeting`.
 * @category Actions
 */
export type ParticipantTag = 'LEG-A' | 'LEG-B';

/**
 * Both participant tags, in order.
 * @category Actions
 */
export const PARTICIPANT_TAGS: readonly ParticipantTag[] = ['LEG-A', 'LEG-B'];
