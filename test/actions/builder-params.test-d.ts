import { describe, expectTypeOf, it } from 'vitest';
import type { BuilderParams } from '../../src/internal.js';
import {
  type ActionType,
  type CallAndBridgeParams,
  type HangupParams,
  type JoinChimeMeetingParams,
  type ModifyChimeMeetingAttendeesParams,
  type ParametersOf,
  type PauseParams,
  type PlayAudioAndGetDigitsParams,
  type PlayAudioParams,
  type ReceiveDigitsParams,
  type RecordAudioParams,
  type SendDigitsParams,
  type SpeakAndGetDigitsParams,
  type SpeakParams,
  type StartBotConversationBaseParams,
  type StartCallRecordingParams,
  type VoiceFocusParams,
  actions,
} from '../../src/index.js';

// The generated camelCase interfaces (src/actions/builder-params.ts) are exactly the mapped type
// they replace: the wire parameters camelCased recursively, less CallId and ParticipantTag, arrays
// readonly, user maps verbatim. Only their docs differ.
type Mapped<T extends ActionType> = BuilderParams<ParametersOf<T>>;

describe('generated builder params', () => {
  it('equal the camelCase mapping of the wire parameters', () => {
    expectTypeOf<CallAndBridgeParams>().toEqualTypeOf<Mapped<'CallAndBridge'>>();
    expectTypeOf<HangupParams>().toEqualTypeOf<Mapped<'Hangup'>>();
    expectTypeOf<JoinChimeMeetingParams>().toEqualTypeOf<Mapped<'JoinChimeMeeting'>>();
    expectTypeOf<ModifyChimeMeetingAttendeesParams>().toEqualTypeOf<Mapped<'ModifyChimeMeetingAttendees'>>();
    expectTypeOf<PauseParams>().toEqualTypeOf<Mapped<'Pause'>>();
    expectTypeOf<PlayAudioParams>().toEqualTypeOf<Mapped<'PlayAudio'>>();
    expectTypeOf<PlayAudioAndGetDigitsParams>().toEqualTypeOf<Mapped<'PlayAudioAndGetDigits'>>();
    expectTypeOf<ReceiveDigitsParams>().toEqualTypeOf<Mapped<'ReceiveDigits'>>();
    expectTypeOf<RecordAudioParams>().toEqualTypeOf<Mapped<'RecordAudio'>>();
    expectTypeOf<SendDigitsParams>().toEqualTypeOf<Mapped<'SendDigits'>>();
    expectTypeOf<SpeakParams>().toEqualTypeOf<Mapped<'Speak'>>();
    expectTypeOf<SpeakAndGetDigitsParams>().toEqualTypeOf<Mapped<'SpeakAndGetDigits'>>();
    expectTypeOf<StartBotConversationBaseParams>().toEqualTypeOf<Mapped<'StartBotConversation'>>();
    expectTypeOf<StartCallRecordingParams>().toEqualTypeOf<Mapped<'StartCallRecording'>>();
    expectTypeOf<VoiceFocusParams>().toEqualTypeOf<Mapped<'VoiceFocus'>>();
  });

  it('are what the builders take', () => {
    expectTypeOf(actions.joinChimeMeeting).parameter(0).toEqualTypeOf<JoinChimeMeetingParams>();
    expectTypeOf(actions.playAudio).parameter(0).toEqualTypeOf<PlayAudioParams>();
    expectTypeOf(actions.callAndBridge).parameter(0).toEqualTypeOf<CallAndBridgeParams>();
    // @ts-expect-error a wire (PascalCase) key is not a builder parameter
    actions.joinChimeMeeting({ JoinToken: 't' });
    // @ts-expect-error a terminator is a DTMF key
    actions.playAudio({ audioSource: { type: 'S3', bucketName: 'b', key: 'k' }, playbackTerminators: ['A'] });
  });
});
