/**
 * An oracle for the documented action rules that does not come from `actionSpecs`: every row is
 * written by hand from the AWS pages summarised in ../shared/spec/actions.md (and actions.json),
 * with a valid boundary and at least one violation, each with the exact errors expected (path
 * and code) from `validateAction` on the wire form. A `required` flag, an enum or a bound
 * changed in an action's spec fails a row here, even though the spec-derived property tests
 * (whose generators and expected codes both read the spec) would follow the change.
 */
import { describe, expect, it } from 'vitest';
import { effectiveParameters, validateAction } from '../../src/index.js';
import { DELETE, patched } from './patch.js';

type Json = Record<string, unknown>;
type Errors = [path: string, code: string][];

const S3 = { Type: 'S3', BucketName: 'bucket', Key: 'prompt.wav' };
const ARN = 'arn:aws:chime:us-east-1:0123456789101:vc/abcdefg1hijklm2nopq3rs';
const BOT = 'arn:aws:lex:us-east-1:123456789012:bot-alias/ABCDEFGHIJ/TSTALIASID';
const text = (length: number): string => 'a'.repeat(length);
const list = (length: number): string[] => Array.from({ length }, (_, i) => `attendee-${i}`);

/** A minimal valid action of each type, by hand (only the documented required parameters). */
const BASE: Record<string, Json> = {
  CallAndBridge: { CallerIdNumber: '+14155550100', Endpoints: [{ BridgeEndpointType: 'PSTN', Uri: '+14155550199' }] },
  Hangup: {},
  JoinChimeMeeting: { JoinToken: 'token-1' },
  ModifyChimeMeetingAttendees: { Operation: 'Mute', MeetingId: 'meeting-1', AttendeeList: ['attendee-1'] },
  Pause: { DurationInMilliseconds: 1 },
  PlayAudio: { AudioSource: { ...S3 } },
  PlayAudioAndGetDigits: { AudioSource: { ...S3 }, FailureAudioSource: { ...S3 }, RepeatDurationInMilliseconds: 1 },
  ReceiveDigits: { InputDigitsRegex: '^\\d{2}#$', InBetweenDigitsDurationInMilliseconds: 1000, FlushDigitsDurationInMilliseconds: 10000 },
  RecordAudio: { RecordingDestination: { Type: 'S3', BucketName: 'bucket' }, RecordingTerminators: ['#'] },
  SendDigits: { CallId: 'call-a', Digits: '1' },
  Speak: { CallId: 'call-a', Text: 'Hello' },
  SpeakAndGetDigits: { CallId: 'call-a', SpeechParameters: { Text: 'Enter' }, FailureSpeechParameters: { Text: 'Again' }, RepeatDurationInMilliseconds: 1 },
  StartBotConversation: { CallId: 'call-a', BotAliasArn: BOT },
  StartCallRecording: { CallId: 'call-a', Track: 'BOTH', Destination: { Type: 'S3', Location: 'bucket' } },
  StopCallRecording: { CallId: 'call-a' },
  PauseCallRecording: { CallId: 'call-a' },
  ResumeCallRecording: { CallId: 'call-a' },
  VoiceFocus: { CallId: 'call-a', Enable: true },
};

/** [action type, documented rule, valid change at the boundary, [violation, expected errors][]] */
type ActionRule = [type: string, rule: string, valid: Json, invalid: [change: Json, errors: Errors][]];

const P = 'Parameters';
const required = (type: string, ...fields: string[]): ActionRule => [
  type,
  `${fields.join(', ')} required`,
  {},
  fields.map((field) => [{ [field]: DELETE }, [[`${P}.${field}`, 'required']]]),
];

const RULES: ActionRule[] = [
  // CallAndBridge (call-and-bridge.md, sip-headers.md)
  required('CallAndBridge', 'CallerIdNumber', 'Endpoints', 'Endpoints[0].BridgeEndpointType', 'Endpoints[0].Uri'),
  ['CallAndBridge', 'CallTimeoutSeconds 1 to 120 inclusive', { CallTimeoutSeconds: 120 }, [
    [{ CallTimeoutSeconds: 0 }, [[`${P}.CallTimeoutSeconds`, 'range']]],
    [{ CallTimeoutSeconds: 121 }, [[`${P}.CallTimeoutSeconds`, 'range']]],
  ]],
  ['CallAndBridge', 'CallerIdNumber E.164', { CallerIdNumber: '+1415555' }, [[{ CallerIdNumber: '4155550100' }, [[`${P}.CallerIdNumber`, 'pattern']]]]],
  ['CallAndBridge', 'BridgeEndpointType "AWS" | "PSTN"', { 'Endpoints[0]': { BridgeEndpointType: 'AWS', Arn: ARN, Uri: '5550' } }, [
    [{ 'Endpoints[0].BridgeEndpointType': 'SIP' }, [[`${P}.Endpoints[0].BridgeEndpointType`, 'enum']]],
  ]],
  ['CallAndBridge', 'Arn required when BridgeEndpointType is AWS', { 'Endpoints[0]': { BridgeEndpointType: 'AWS', Arn: ARN, Uri: '5550' } }, [
    [{ 'Endpoints[0]': { BridgeEndpointType: 'AWS', Uri: '5550' } }, [[`${P}.Endpoints[0].Arn`, 'required']]],
  ]],
  ['CallAndBridge', 'Uri E.164 for PSTN endpoints', { 'Endpoints[0].Uri': '+14155550199' }, [[{ 'Endpoints[0].Uri': '14155550199' }, [[`${P}.Endpoints[0].Uri`, 'pattern']]]]],
  ['CallAndBridge', 'Uri of an AWS endpoint: 1 to 30 allowed characters', { 'Endpoints[0]': { BridgeEndpointType: 'AWS', Arn: ARN, Uri: text(30) } }, [
    [{ 'Endpoints[0]': { BridgeEndpointType: 'AWS', Arn: ARN, Uri: text(31) } }, [[`${P}.Endpoints[0].Uri`, 'pattern']]],
    [{ 'Endpoints[0]': { BridgeEndpointType: 'AWS', Arn: ARN, Uri: 'a@b' } }, [[`${P}.Endpoints[0].Uri`, 'pattern']]],
  ]],
  ['CallAndBridge', 'SipHeaders: x- names, User-to-User, Diversion; X-AMZN reserved; values up to 2048 characters', {
    'Endpoints[0]': { BridgeEndpointType: 'AWS', Arn: ARN, Uri: '5550' },
    SipHeaders: { 'x-custom': text(2048), 'User-to-User': 'a', Diversion: 'b' },
  }, [
    [{ 'Endpoints[0]': { BridgeEndpointType: 'AWS', Arn: ARN, Uri: '5550' }, SipHeaders: { 'X-AMZN-Id': 'a' } }, [[`${P}.SipHeaders.X-AMZN-Id`, 'key']]],
    [{ 'Endpoints[0]': { BridgeEndpointType: 'AWS', Arn: ARN, Uri: '5550' }, SipHeaders: { Custom: 'a' } }, [[`${P}.SipHeaders.Custom`, 'key']]],
    [{ 'Endpoints[0]': { BridgeEndpointType: 'AWS', Arn: ARN, Uri: '5550' }, SipHeaders: { 'X-Long': text(2049) } }, [[`${P}.SipHeaders.X-Long`, 'max_length']]],
  ]],
  // Hangup (hangup.md)
  ['Hangup', 'SipResponseCode "480" | "486" | "0"; ParticipantTag LEG-A | LEG-B', { SipResponseCode: '486', ParticipantTag: 'LEG-B' }, [
    [{ SipResponseCode: '404' }, [[`${P}.SipResponseCode`, 'enum']]],
    [{ ParticipantTag: 'LEG-C' }, [[`${P}.ParticipantTag`, 'enum']]],
  ]],
  // JoinChimeMeeting (join-chime-meeting.md)
  required('JoinChimeMeeting', 'JoinToken'),
  ['JoinChimeMeeting', 'ParticipantTag LEG-A only', { ParticipantTag: 'LEG-A', MeetingId: 'm' }, [[{ ParticipantTag: 'LEG-B' }, [[`${P}.ParticipantTag`, 'enum']]]]],
  // ModifyChimeMeetingAttendees (mute-unmute.md)
  required('ModifyChimeMeetingAttendees', 'Operation', 'MeetingId', 'AttendeeList'),
  ['ModifyChimeMeetingAttendees', 'Operation Mute | Unmute', { Operation: 'Unmute' }, [[{ Operation: 'Kick' }, [[`${P}.Operation`, 'enum']]]]],
  ['ModifyChimeMeetingAttendees', 'AttendeeList 1 to 100 attendee IDs', { AttendeeList: list(100) }, [
    [{ AttendeeList: [] }, [[`${P}.AttendeeList`, 'min_items']]],
    [{ AttendeeList: list(101) }, [[`${P}.AttendeeList`, 'max_items']]],
  ]],
  // Pause (pause.md)
  required('Pause', 'DurationInMilliseconds'),
  ['Pause', 'DurationInMilliseconds an integer > 0', { DurationInMilliseconds: 1 }, [
    [{ DurationInMilliseconds: 0 }, [[`${P}.DurationInMilliseconds`, 'min']]],
    [{ DurationInMilliseconds: 1.5 }, [[`${P}.DurationInMilliseconds`, 'integer']]],
  ]],
  // PlayAudio (play-audio.md)
  required('PlayAudio', 'AudioSource', 'AudioSource.Type', 'AudioSource.BucketName', 'AudioSource.Key'),
  ['PlayAudio', 'AudioSource.Type "S3"', {}, [[{ 'AudioSource.Type': 'HTTP' }, [[`${P}.AudioSource.Type`, 'enum']]]]],
  ['PlayAudio', 'Repeat an integer > 0', { Repeat: 1 }, [
    [{ Repeat: 0 }, [[`${P}.Repeat`, 'min']]],
    [{ Repeat: 1.5 }, [[`${P}.Repeat`, 'integer']]],
  ]],
  ['PlayAudio', 'PlaybackTerminators items 0-9, #, *', { PlaybackTerminators: ['0', '9', '#', '*'] }, [[{ PlaybackTerminators: ['A'] }, [[`${P}.PlaybackTerminators[0]`, 'enum']]]]],
  ['PlayAudio', 'ParticipantTag LEG-A | LEG-B', { ParticipantTag: 'LEG-B' }, [[{ ParticipantTag: 'LEG-C' }, [[`${P}.ParticipantTag`, 'enum']]]]],
  // PlayAudioAndGetDigits (play-audio-get-digits.md)
  required('PlayAudioAndGetDigits', 'AudioSource', 'AudioSource.BucketName', 'AudioSource.Key', 'FailureAudioSource', 'FailureAudioSource.Type', 'FailureAudioSource.BucketName', 'FailureAudioSource.Key', 'RepeatDurationInMilliseconds'),
  ['PlayAudioAndGetDigits', 'MinNumberOfDigits >= 0', { MinNumberOfDigits: 0 }, [[{ MinNumberOfDigits: -1 }, [[`${P}.MinNumberOfDigits`, 'min']]]]],
  // The docs say Max > Min; equal bounds are valid (docs/service-quirks.md: working public Lambdas send them).
  ['PlayAudioAndGetDigits', 'MaxNumberOfDigits at least MinNumberOfDigits', { MinNumberOfDigits: 5, MaxNumberOfDigits: 5 }, [
    [{ MinNumberOfDigits: 5, MaxNumberOfDigits: 4 }, [[`${P}.MaxNumberOfDigits`, 'cross_field']]],
    [{ MinNumberOfDigits: 129 }, [[`${P}.MaxNumberOfDigits`, 'cross_field']]],
  ]],
  ['PlayAudioAndGetDigits', 'Repeat, RepeatDurationInMilliseconds, InBetweenDigitsDurationInMilliseconds > 0', { Repeat: 1, InBetweenDigitsDurationInMilliseconds: 1 }, [
    [{ Repeat: 0 }, [[`${P}.Repeat`, 'min']]],
    [{ RepeatDurationInMilliseconds: 0 }, [[`${P}.RepeatDurationInMilliseconds`, 'min']]],
    [{ InBetweenDigitsDurationInMilliseconds: 0 }, [[`${P}.InBetweenDigitsDurationInMilliseconds`, 'min']]],
  ]],
  ['PlayAudioAndGetDigits', 'TerminatorDigits items 0-9, #, *', { TerminatorDigits: ['*'] }, [[{ TerminatorDigits: ['A'] }, [[`${P}.TerminatorDigits[0]`, 'enum']]]]],
  ['PlayAudioAndGetDigits', 'AudioSource.Type and FailureAudioSource.Type "S3"', {}, [[{ 'FailureAudioSource.Type': 'HTTP' }, [[`${P}.FailureAudioSource.Type`, 'enum']]]]],
  // ReceiveDigits (listen-to-digits.md)
  required('ReceiveDigits', 'InputDigitsRegex', 'InBetweenDigitsDurationInMilliseconds', 'FlushDigitsDurationInMilliseconds'),
  // RecordAudio (record-audio.md)
  required('RecordAudio', 'RecordingDestination', 'RecordingDestination.Type', 'RecordingDestination.BucketName', 'RecordingTerminators'),
  ['RecordAudio', 'RecordingDestination.Type "S3"', {}, [[{ 'RecordingDestination.Type': 'GCS' }, [[`${P}.RecordingDestination.Type`, 'enum']]]]],
  ['RecordAudio', 'RecordingDestination.Prefix up to 979 characters', { 'RecordingDestination.Prefix': text(979) }, [
    [{ 'RecordingDestination.Prefix': text(980) }, [[`${P}.RecordingDestination.Prefix`, 'max_length']]],
  ]],
  ['RecordAudio', 'DurationInSeconds > 0', { DurationInSeconds: 1 }, [[{ DurationInSeconds: 0 }, [[`${P}.DurationInSeconds`, 'min']]]]],
  ['RecordAudio', 'SilenceDurationInSeconds 1 to 1000 inclusive', { SilenceDurationInSeconds: 1000 }, [
    [{ SilenceDurationInSeconds: 0 }, [[`${P}.SilenceDurationInSeconds`, 'range']]],
    [{ SilenceDurationInSeconds: 1001 }, [[`${P}.SilenceDurationInSeconds`, 'range']]],
  ]],
  ['RecordAudio', 'SilenceThreshold 1 to 1000 inclusive', { SilenceThreshold: 1 }, [
    [{ SilenceThreshold: 0 }, [[`${P}.SilenceThreshold`, 'range']]],
    [{ SilenceThreshold: 1001 }, [[`${P}.SilenceThreshold`, 'range']]],
  ]],
  ['RecordAudio', 'RecordingTerminators items 0-9, #, *', { RecordingTerminators: ['0', '*'] }, [[{ RecordingTerminators: ['D'] }, [[`${P}.RecordingTerminators[0]`, 'enum']]]]],
  // SendDigits (send-digits.md)
  required('SendDigits', 'CallId', 'Digits'),
  ['SendDigits', 'Digits: 0-9 * # A-D and comma, at most 50', { Digits: `${'1'.repeat(40)}*#ABCD,,,,` }, [
    [{ Digits: '1'.repeat(51) }, [[`${P}.Digits`, 'max_length']]],
    [{ Digits: '12E' }, [[`${P}.Digits`, 'format']]],
  ]],
  ['SendDigits', 'ToneDurationInMilliseconds an integer 50 to 24000 inclusive', { ToneDurationInMilliseconds: 50 }, [
    [{ ToneDurationInMilliseconds: 49 }, [[`${P}.ToneDurationInMilliseconds`, 'range']]],
    [{ ToneDurationInMilliseconds: 24001 }, [[`${P}.ToneDurationInMilliseconds`, 'range']]],
    [{ ToneDurationInMilliseconds: 50.5 }, [[`${P}.ToneDurationInMilliseconds`, 'integer']]],
  ]],
  // Speak (speak.md)
  required('Speak', 'CallId', 'Text'),
  ['Speak', 'Text up to 1000 characters', { Text: text(1000) }, [[{ Text: text(1001) }, [[`${P}.Text`, 'max_length']]]]],
  ['Speak', 'Engine standard | neural; TextType ssml | text', { Engine: 'neural', TextType: 'text' }, [
    [{ Engine: 'turbo' }, [[`${P}.Engine`, 'enum']]],
    [{ TextType: 'html' }, [[`${P}.TextType`, 'enum']]],
  ]],
  // SpeakAndGetDigits (speak-and-get-digits.md)
  required('SpeakAndGetDigits', 'CallId', 'SpeechParameters.Text', 'FailureSpeechParameters.Text', 'RepeatDurationInMilliseconds'),
  ['SpeakAndGetDigits', 'SpeechParameters.Text and FailureSpeechParameters.Text up to 1000 characters', { 'SpeechParameters.Text': text(1000) }, [
    [{ 'SpeechParameters.Text': text(1001) }, [[`${P}.SpeechParameters.Text`, 'max_length']]],
    [{ 'FailureSpeechParameters.Text': text(1001) }, [[`${P}.FailureSpeechParameters.Text`, 'max_length']]],
  ]],
  ['SpeakAndGetDigits', 'MaxNumberOfDigits at least MinNumberOfDigits >= 0 (equal bounds: docs/service-quirks.md)', { MinNumberOfDigits: 0, MaxNumberOfDigits: 1 }, [
    [{ MinNumberOfDigits: -1 }, [[`${P}.MinNumberOfDigits`, 'min']]],
    [{ MinNumberOfDigits: 3, MaxNumberOfDigits: 2 }, [[`${P}.MaxNumberOfDigits`, 'cross_field']]],
  ]],
  ['SpeakAndGetDigits', 'Repeat, RepeatDurationInMilliseconds > 0', { Repeat: 1 }, [
    [{ Repeat: 0 }, [[`${P}.Repeat`, 'min']]],
    [{ RepeatDurationInMilliseconds: 0 }, [[`${P}.RepeatDurationInMilliseconds`, 'min']]],
  ]],
  // StartBotConversation (start-bot-conversation.md)
  required('StartBotConversation', 'BotAliasArn'),
  ['StartBotConversation', 'ParticipantTag LEG-A only', { CallId: DELETE, ParticipantTag: 'LEG-A' }, [[{ CallId: DELETE, ParticipantTag: 'LEG-B' }, [[`${P}.ParticipantTag`, 'enum']]]]],
  ['StartBotConversation', 'WelcomeMessages[].ContentType PlainText | SSML, required', {
    Configuration: { SessionState: { DialogAction: { Type: 'ElicitIntent' } }, WelcomeMessages: [{ Content: 'Hi', ContentType: 'SSML' }] },
  }, [
    [{ Configuration: { SessionState: { DialogAction: { Type: 'ElicitIntent' } }, WelcomeMessages: [{ Content: 'Hi' }] } }, [[`${P}.Configuration.WelcomeMessages[0].ContentType`, 'required']]],
    [{ Configuration: { SessionState: { DialogAction: { Type: 'ElicitIntent' } }, WelcomeMessages: [{ Content: 'Hi', ContentType: 'Text' }] } }, [[`${P}.Configuration.WelcomeMessages[0].ContentType`, 'enum']]],
  ]],
  ['StartBotConversation', 'DialogAction.Type Delegate | ElicitIntent', { Configuration: { SessionState: { DialogAction: { Type: 'Delegate' } } } }, [
    [{ Configuration: { SessionState: { DialogAction: { Type: 'Close' } } } }, [[`${P}.Configuration.SessionState.DialogAction.Type`, 'enum']]],
  ]],
  // StartCallRecording (start-call-recording.md)
  required('StartCallRecording', 'CallId', 'Track', 'Destination', 'Destination.Type', 'Destination.Location'),
  ['StartCallRecording', 'Track BOTH | INCOMING | OUTGOING; Destination.Type "S3"', { Track: 'OUTGOING' }, [
    [{ Track: 'ALL' }, [[`${P}.Track`, 'enum']]],
    [{ 'Destination.Type': 'GCS' }, [[`${P}.Destination.Type`, 'enum']]],
  ]],
  // StopCallRecording, PauseCallRecording, ResumeCallRecording
  required('StopCallRecording', 'CallId'),
  required('PauseCallRecording', 'CallId'),
  required('ResumeCallRecording', 'CallId'),
  // VoiceFocus (voice-focus.md)
  required('VoiceFocus', 'Enable', 'CallId'),
  ['VoiceFocus', 'Enable a boolean', { Enable: false }, [[{ Enable: 1 }, [[`${P}.Enable`, 'type']]]]],
];

/** `[path, code]` of every error (warnings are what the service tolerates). */
function errorsOf(value: unknown): Errors {
  return validateAction(value).issues.filter((issue) => issue.severity === 'error').map((issue) => [issue.path, issue.code]);
}

const describeChange = (change: Json): string =>
  Object.entries(change)
    .map(([path, value]) => `${path} = ${value === DELETE ? '<deleted>' : JSON.stringify(value).slice(0, 40)}`)
    .join(', ') || 'nothing changed';

describe('oracle: documented action rules (hand-written, independent of actionSpecs)', () => {
  it('has a base action for every returnable action type and a row for each', () => {
    expect(Object.keys(BASE).sort()).toEqual(
      ['CallAndBridge', 'Hangup', 'JoinChimeMeeting', 'ModifyChimeMeetingAttendees', 'Pause', 'PauseCallRecording', 'PlayAudio', 'PlayAudioAndGetDigits', 'ReceiveDigits', 'RecordAudio', 'ResumeCallRecording', 'SendDigits', 'Speak', 'SpeakAndGetDigits', 'StartBotConversation', 'StartCallRecording', 'StopCallRecording', 'VoiceFocus'],
    );
    for (const type of Object.keys(BASE)) if (type !== 'Hangup') expect(RULES.some(([t]) => t === type), type).toBe(true);
  });

  for (const [type, rule, valid, invalid] of RULES) {
    describe(`${type}: ${rule}`, () => {
      const base = { Type: type, Parameters: BASE[type] };
      const at = (change: Json): Json => patched(base, Object.fromEntries(Object.entries(change).map(([path, value]) => [`${P}.${path}`, value])));
      it(`accepts the base action and ${describeChange(valid)}`, () => {
        expect(errorsOf(base)).toEqual([]);
        expect(errorsOf(at(valid))).toEqual([]);
      });
      it.each(invalid.map(([change, errors]) => [describeChange(change), change, errors] as const))('rejects %s', (_name, change, errors) => {
        expect(errorsOf(at(change))).toEqual(errors);
      });
    });
  }
});

/**
 * The documented defaults (actions.md "Default" column), as `effectiveParameters` applies them,
 * written by hand. Where the docs contradict themselves the decision is in docs/service-quirks.md
 * (Speak TextType "text"; RecordAudio silence defaults only with SilenceDurationInSeconds).
 */
const DEFAULTS: [type: string, parameters: Json, effective: Json][] = [
  ['CallAndBridge', BASE.CallAndBridge as Json, { ...BASE.CallAndBridge, CallTimeoutSeconds: 30 }],
  ['Hangup', {}, { SipResponseCode: '0' }],
  ['PlayAudio', BASE.PlayAudio as Json, { ...BASE.PlayAudio, Repeat: 1 }],
  [
    'PlayAudioAndGetDigits',
    { ...BASE.PlayAudioAndGetDigits, RepeatDurationInMilliseconds: 5000 },
    { ...BASE.PlayAudioAndGetDigits, RepeatDurationInMilliseconds: 5000, MinNumberOfDigits: 0, MaxNumberOfDigits: 128, TerminatorDigits: ['#'], InBetweenDigitsDurationInMilliseconds: 5000, Repeat: 1 },
  ],
  ['RecordAudio', BASE.RecordAudio as Json, BASE.RecordAudio as Json],
  ['RecordAudio', { ...BASE.RecordAudio, SilenceDurationInSeconds: 10 }, { ...BASE.RecordAudio, SilenceDurationInSeconds: 10, SilenceThreshold: 200 }],
  ['SendDigits', BASE.SendDigits as Json, { ...BASE.SendDigits, ToneDurationInMilliseconds: 250 }],
  ['Speak', BASE.Speak as Json, { ...BASE.Speak, Engine: 'standard', TextType: 'text', VoiceId: 'Joanna' }],
  [
    'SpeakAndGetDigits',
    { CallId: 'call-a', SpeechParameters: { Text: 'Enter', VoiceId: 'Matthew', LanguageCode: 'en-GB', Engine: 'neural' }, FailureSpeechParameters: { Text: 'Again' }, RepeatDurationInMilliseconds: 5000 },
    {
      CallId: 'call-a',
      SpeechParameters: { Text: 'Enter', VoiceId: 'Matthew', LanguageCode: 'en-GB', Engine: 'neural', TextType: 'text' },
      // FailureSpeechParameters Engine, LanguageCode, VoiceId and TextType fall back to SpeechParameters.
      FailureSpeechParameters: { Text: 'Again', Engine: 'neural', LanguageCode: 'en-GB', TextType: 'text', VoiceId: 'Matthew' },
      RepeatDurationInMilliseconds: 5000,
      MinNumberOfDigits: 0,
      MaxNumberOfDigits: 128,
      TerminatorDigits: ['#'],
      InBetweenDigitsDurationInMilliseconds: 5000,
      Repeat: 1,
    },
  ],
  ['StartBotConversation', BASE.StartBotConversation as Json, { ...BASE.StartBotConversation, LocaleId: 'en_US' }],
];

describe('oracle: documented defaults (hand-written, independent of actionSpecs)', () => {
  it.each(DEFAULTS.map(([type, parameters, effective]) => [type, parameters, effective] as const))('%s: %j', (type, parameters, effective) => {
    expect(effectiveParameters({ Type: type, Parameters: parameters } as never)).toEqual(effective);
  });

  it('a given value is never replaced by a default', () => {
    const given = { ...BASE.PlayAudioAndGetDigits, MinNumberOfDigits: 2, MaxNumberOfDigits: 3, TerminatorDigits: ['*'], InBetweenDigitsDurationInMilliseconds: 7, Repeat: 4 };
    expect(effectiveParameters({ Type: 'PlayAudioAndGetDigits', Parameters: given } as never)).toEqual(given);
  });
});

describe('oracle: digit collection rules (play-audio-get-digits.md, speak-and-get-digits.md)', () => {
  const at = (change: Json) => ({ Type: 'PlayAudioAndGetDigits', Parameters: { ...BASE.PlayAudioAndGetDigits, ...change } });
  it.each([
    [{ MaxNumberOfDigits: 1 }, []],
    [{ MaxNumberOfDigits: 0 }, [['Parameters.MaxNumberOfDigits', 'min']]],
    [{ MinNumberOfDigits: 1.5 }, [['Parameters.MinNumberOfDigits', 'integer']]],
    [{ InputDigitsRegex: '^\\d{4}#$' }, []],
    [{ InputDigitsRegex: '([' }, [['Parameters.InputDigitsRegex', 'format']]],
    // Durations are integers (docs/service-quirks.md "Digit counts and durations are integers").
    [{ RepeatDurationInMilliseconds: 1.5 }, [['Parameters.RepeatDurationInMilliseconds', 'integer']]],
    [{ InBetweenDigitsDurationInMilliseconds: 2.5 }, [['Parameters.InBetweenDigitsDurationInMilliseconds', 'integer']]],
  ] as [Json, Errors][])('%j', (change, errors) => {
    expect(errorsOf(at(change))).toEqual(errors);
  });
});

describe('oracle: CallAndBridge messages name the field, the rule, the documented limit and the fix', () => {
  const ARN_ = ARN;
  const messages = (parameters: Json): [string, string, string][] =>
    validateAction({ Type: 'CallAndBridge', Parameters: parameters }).issues.map((issue) => [issue.path, issue.message, issue.severity]);
  const pstn = (uri: string, extra: Json = {}) => ({ CallerIdNumber: '+14155550100', Endpoints: [{ BridgeEndpointType: 'PSTN', Uri: uri, ...extra }] });
  const aws = (uri: string, extra: Json = { Arn: ARN_ }) => ({ CallerIdNumber: '+14155550100', Endpoints: [{ BridgeEndpointType: 'AWS', Uri: uri, ...extra }] });

  it('Uri: E.164 for PSTN, the documented characters for AWS, masked either way', () => {
    expect(messages(pstn('4155550199'))).toEqual([
      ['Parameters.Endpoints[0].Uri', 'Parameters.Endpoints[0].Uri must be an E.164 phone number (+ then 2 to 15 digits) for a PSTN endpoint, got "******0199"', 'error'],
    ]);
    expect(messages(aws('a@b'))).toEqual([
      [
        'Parameters.Endpoints[0].Uri',
        'Parameters.Endpoints[0].Uri must be 1 to 30 characters of a-z A-Z 0-9 & = + $ / % - _ ! ~ * ( ) . for an AWS endpoint (the user part of the Request-URI), got "***" (3 characters)',
        'error',
      ],
    ]);
    expect(messages(aws('+14155550199'))).toEqual([]);
    expect(messages(aws("a&=+$/%-_!~*()."))).toEqual([]);
  });

  it('Arn: required for AWS endpoints, a warning for PSTN ones; SipHeaders with a PSTN endpoint: a warning', () => {
    expect(messages(aws('5550', {}))).toEqual([['Parameters.Endpoints[0].Arn', 'Parameters.Endpoints[0].Arn is required when BridgeEndpointType is "AWS"', 'error']]);
    expect(messages({ ...pstn('+14155550199', { Arn: ARN_ }), SipHeaders: { 'X-a': 'b' } })).toEqual([
      ['Parameters.Endpoints[0].Arn', 'Parameters.Endpoints[0].Arn is only used with AWS endpoints; the service ignores it for a PSTN endpoint', 'warning'],
      [
        'Parameters.SipHeaders',
        'Parameters.SipHeaders is documented for AWS (Voice Connector) endpoints only ("Use only with the AWS endpoint type"); with a PSTN endpoint the service may not pass them on',
        'warning',
      ],
    ]);
    expect(messages({ ...aws('5550'), SipHeaders: { 'X-a': 'b' } })).toEqual([]);
    // The warning is about a PSTN endpoint among them, not about the first one only.
    const mixed = { CallerIdNumber: '+14155550100', Endpoints: [{ BridgeEndpointType: 'AWS', Arn: ARN_, Uri: '5550' }, { BridgeEndpointType: 'PSTN', Uri: '+14155550199' }], SipHeaders: { 'X-a': 'b' } };
    expect(messages(mixed).map(([path]) => path)).toEqual(['Parameters.SipHeaders']);
  });

  it('the rest: at least one endpoint, the documented enum, an unknown parameter listing the documented ones', () => {
    expect(messages({ CallerIdNumber: '+14155550100', Endpoints: [] })).toEqual([['Parameters.Endpoints', 'Parameters.Endpoints must have at least 1 item, got 0', 'error']]);
    expect(messages({ CallerIdNumber: '4155550100', Endpoints: [{ BridgeEndpointType: 'SIP', Uri: '' }] })).toEqual([
      ['Parameters.CallerIdNumber', 'Parameters.CallerIdNumber must be an E.164 phone number (+ then 2 to 15 digits), got "******0100"', 'error'],
      ['Parameters.Endpoints[0].BridgeEndpointType', 'Parameters.Endpoints[0].BridgeEndpointType must be one of "AWS", "PSTN", got "SIP"', 'error'],
      ['Parameters.Endpoints[0].Uri', 'Parameters.Endpoints[0].Uri must not be empty', 'error'],
    ]);
    expect(messages({ ...aws('5550'), Extra: 1 })).toEqual([
      ['Parameters.Extra', 'Parameters.Extra is not a documented field (documented: CallTimeoutSeconds, CallerIdNumber, Endpoints, SipHeaders, RingbackTone); the service ignores it', 'warning'],
    ]);
  });

  it('each endpoint field has its type; Uri checks depend on a valid endpoint type and a non-empty Uri', () => {
    expect(validateAction({ Type: 'CallAndBridge', Parameters: aws('5550', { Arn: 5 }) }).issues.map((i) => [i.path, i.code])).toEqual([['Parameters.Endpoints[0].Arn', 'type']]);
    expect(validateAction({ Type: 'CallAndBridge', Parameters: pstn(5 as never) }).issues.map((i) => [i.path, i.code])).toEqual([['Parameters.Endpoints[0].Uri', 'type']]);
    expect(messages(pstn(''))).toEqual([['Parameters.Endpoints[0].Uri', 'Parameters.Endpoints[0].Uri must not be empty', 'error']]);
    expect(messages(aws(''))).toEqual([['Parameters.Endpoints[0].Uri', 'Parameters.Endpoints[0].Uri must not be empty', 'error']]);
    const sip = { CallerIdNumber: '+14155550100', Endpoints: [{ BridgeEndpointType: 'SIP', Uri: 'a@b' }] };
    expect(validateAction({ Type: 'CallAndBridge', Parameters: sip }).issues.map((i) => [i.path, i.code])).toEqual([['Parameters.Endpoints[0].BridgeEndpointType', 'enum']]);
  });

  it('JoinChimeMeeting: MeetingId is a string', () => {
    expect(validateAction({ Type: 'JoinChimeMeeting', Parameters: { JoinToken: 't', MeetingId: 5 } }).issues.map((i) => [i.path, i.code])).toEqual([['Parameters.MeetingId', 'type']]);
  });

  it('JoinChimeMeeting: the join token is never shown, whatever its type', () => {
    expect(validateAction({ Type: 'JoinChimeMeeting', Parameters: { JoinToken: 5 } }).issues.map((issue) => issue.message)).toEqual(['Parameters.JoinToken must be a string, got [redacted value]']);
  });
});

describe('oracle: shared action rules and their messages (sip-headers.md, record-audio.md, mute-unmute.md)', () => {
  const issues = (type: string, parameters: Json): [string, string, string, string][] =>
    validateAction({ Type: type, Parameters: parameters }).issues.map((issue) => [issue.path, issue.code, issue.message, issue.severity]);
  const bridge = (extra: Json): Json => ({ CallerIdNumber: '+14155550100', Endpoints: [{ BridgeEndpointType: 'AWS', Arn: ARN, Uri: '5550' }], ...extra });

  it('every DTMF key is a valid terminator', () => {
    const keys = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '#', '*'];
    expect(errorsOf({ Type: 'PlayAudio', Parameters: { ...BASE.PlayAudio, PlaybackTerminators: keys } })).toEqual([]);
    expect(errorsOf({ Type: 'RecordAudio', Parameters: { ...BASE.RecordAudio, RecordingTerminators: keys } })).toEqual([]);
  });

  it('E.164 is the whole value: nothing before the + or after the digits', () => {
    expect(issues('CallAndBridge', bridge({ CallerIdNumber: 'x+14155550100' }))).toEqual([
      ['Parameters.CallerIdNumber', 'pattern', 'Parameters.CallerIdNumber must be an E.164 phone number (+ then 2 to 15 digits), got "*********0100"', 'error'],
    ]);
    expect(errorsOf({ Type: 'CallAndBridge', Parameters: bridge({ CallerIdNumber: '+14155550100x' }) })).toEqual([['Parameters.CallerIdNumber', 'pattern']]);
  });

  it('SIP headers: a token name, x- or the two documented names, X-AMZN reserved, one-line values', () => {
    expect(issues('CallAndBridge', bridge({ SipHeaders: { 'x-bad name': 'v', 'X-AMZN-Id': 'v', Custom: 'v', 'x-ok': 'a\nb\u0001' } }))).toEqual([
      ['Parameters.SipHeaders.x-bad name', 'key', "Parameters.SipHeaders.x-bad name is not a valid SIP header name (RFC 3261 token: letters, digits and the marks - . ! % * _ + ` ' ~ only)", 'error'],
      ['Parameters.SipHeaders.X-AMZN-Id', 'key', 'Parameters.SipHeaders.X-AMZN-Id uses the reserved header name X-AMZN (the service fails with "Invalid SIP header(s) provided")', 'error'],
      ['Parameters.SipHeaders.Custom', 'key', 'Parameters.SipHeaders.Custom is not an allowed SIP header name: custom headers must start with "x-"; the only other headers allowed are "User-to-User" and "Diversion"', 'error'],
      ['Parameters.SipHeaders.x-ok', 'format', 'Parameters.SipHeaders.x-ok must not contain control characters (found U+000A, U+0001): a SIP header value is one line of text, and a line break would start another header', 'error'],
    ]);
    expect(errorsOf({ Type: 'CallAndBridge', Parameters: bridge({ SipHeaders: { "x-a.b!c%d*e_f+g`h'i~j": 'v' } }) })).toEqual([]);
    expect(errorsOf({ Type: 'CallAndBridge', Parameters: bridge({ SipHeaders: { 'x-a': 'v', 'a x-b': 'v' } }) })).toEqual([['Parameters.SipHeaders.a x-b', 'key']]);
  });

  it('S3 audio sources: BucketName and Key are strings', () => {
    expect(errorsOf({ Type: 'PlayAudio', Parameters: { AudioSource: { Type: 'S3', BucketName: 5, Key: 6 } } })).toEqual([
      ['Parameters.AudioSource.BucketName', 'type'],
      ['Parameters.AudioSource.Key', 'type'],
    ]);
  });

  it('digit collection messages: an invalid regular expression, a default maximum below the minimum', () => {
    const base = { ...BASE.PlayAudioAndGetDigits, InputDigitsRegex: '(', MinNumberOfDigits: 129 };
    expect(issues('PlayAudioAndGetDigits', base)).toEqual([
      ['Parameters.InputDigitsRegex', 'format', 'Parameters.InputDigitsRegex must be a valid regular expression (Invalid regular expression: /(/: Unterminated group)', 'error'],
      ['Parameters.MaxNumberOfDigits', 'cross_field', 'Parameters.MaxNumberOfDigits is not set, so its default 128 is below MinNumberOfDigits (129): set MaxNumberOfDigits to at least 129, or lower MinNumberOfDigits', 'error'],
    ]);
    expect(errorsOf({ Type: 'PlayAudioAndGetDigits', Parameters: { ...BASE.PlayAudioAndGetDigits, MinNumberOfDigits: 128 } })).toEqual([]);
    expect(issues('PlayAudioAndGetDigits', { ...BASE.PlayAudioAndGetDigits, MinNumberOfDigits: 5, MaxNumberOfDigits: 4 })).toEqual([
      ['Parameters.MaxNumberOfDigits', 'cross_field', 'Parameters.MaxNumberOfDigits must be at least MinNumberOfDigits (5), got 4', 'error'],
    ]);
  });

  it('RecordAudio: S3 safe prefix, integer durations and thresholds, SilenceThreshold ignored without SilenceDurationInSeconds', () => {
    expect(issues('RecordAudio', { RecordingDestination: { Type: 'S3', BucketName: 'b', Prefix: 'a^b' }, RecordingTerminators: ['#'], SilenceThreshold: 100, DurationInSeconds: 1.5 })).toEqual([
      ['Parameters.RecordingDestination.Prefix', 'pattern', "Parameters.RecordingDestination.Prefix must be S3 safe characters only (letters, digits, ! - _ . * ' ( ) and /), got \"a^b\"", 'error'],
      ['Parameters.DurationInSeconds', 'integer', 'Parameters.DurationInSeconds must be an integer, got 1.5', 'error'],
      ['Parameters.SilenceThreshold', 'ignored', 'Parameters.SilenceThreshold is ignored without SilenceDurationInSeconds (silence detection is off)', 'warning'],
    ]);
    expect(errorsOf({ Type: 'RecordAudio', Parameters: { RecordingDestination: { Type: 'S3', BucketName: 5, Prefix: "x/y-z_.*'()!" }, RecordingTerminators: ['#'], SilenceDurationInSeconds: 1.5, SilenceThreshold: 1.5 } })).toEqual([
      ['Parameters.RecordingDestination.BucketName', 'type'],
      ['Parameters.SilenceDurationInSeconds', 'integer'],
      ['Parameters.SilenceThreshold', 'integer'],
    ]);
    expect(errorsOf({ Type: 'RecordAudio', Parameters: { ...BASE.RecordAudio, RecordingDestination: { Type: 'S3', BucketName: 'b', Prefix: 'a^' } } })).toEqual([['Parameters.RecordingDestination.Prefix', 'pattern']]);
    expect(errorsOf({ Type: 'RecordAudio', Parameters: { ...BASE.RecordAudio, RecordingDestination: { Type: 'S3', BucketName: 'b', Prefix: '^a' } } })).toEqual([['Parameters.RecordingDestination.Prefix', 'pattern']]);
    expect(validateAction({ Type: 'RecordAudio', Parameters: { ...BASE.RecordAudio, SilenceThreshold: 100, SilenceDurationInSeconds: 5 } }).issues).toEqual([]);
  });

  it('ModifyChimeMeetingAttendees: the meeting leg LEG-B only, MeetingId a string, attendee IDs non-empty strings', () => {
    expect(issues('ModifyChimeMeetingAttendees', { Operation: 'Mute', MeetingId: 5, AttendeeList: ['', 7], ParticipantTag: 'LEG-A' })).toEqual([
      ['Parameters.ParticipantTag', 'enum', 'Parameters.ParticipantTag must be one of "LEG-B" for this action, got "LEG-A"', 'error'],
      ['Parameters.MeetingId', 'type', 'Parameters.MeetingId must be a string, got 5', 'error'],
      ['Parameters.AttendeeList[0]', 'format', 'Parameters.AttendeeList[0] must not be empty (an attendee ID)', 'error'],
      ['Parameters.AttendeeList[1]', 'type', 'Parameters.AttendeeList[1] must be a string, got 7', 'error'],
    ]);
    expect(issues('ModifyChimeMeetingAttendees', { Operation: 'Mute', MeetingId: 'm', AttendeeList: ['a'], CallId: 'c', ParticipantTag: 'LEG-B' })).toEqual([
      ['Parameters.ParticipantTag', 'target_conflict', 'Parameters.ParticipantTag is ignored because CallId is also set (CallId overrides ParticipantTag)', 'warning'],
    ]);
  });
});

describe('oracle: more documented rules with their messages (start-bot-conversation.md, start-call-recording.md, speak*.md, send-digits.md, hangup.md)', () => {
  const issues = (type: string, parameters: Json): [string, string, string][] =>
    validateAction({ Type: type, Parameters: parameters }).issues.map((issue) => [issue.path, issue.code, issue.message]);
  const bot = (extra: Json): Json => ({ CallId: 'c', BotAliasArn: BOT, ...extra });
  const recording = (location: unknown): Json => ({ CallId: 'c', Track: 'INCOMING', Destination: { Type: 'S3', Location: location } });

  it('StartBotConversation: WelcomeMessages need DialogAction.Type "ElicitIntent"; Configuration at most 10 KB as JSON', () => {
    expect(issues('StartBotConversation', bot({ Configuration: { SessionState: { DialogAction: { Type: 'Delegate' } }, WelcomeMessages: [{ Content: 'Hi', ContentType: 'PlainText' }] } }))).toEqual([
      ['Parameters.Configuration.SessionState.DialogAction.Type', 'cross_field', 'Parameters.Configuration.SessionState.DialogAction.Type must be "ElicitIntent" when WelcomeMessages is set, got "Delegate"'],
    ]);
    expect(issues('StartBotConversation', bot({ Configuration: { SessionState: { SessionAttributes: { k: 'x'.repeat(10300) } } } }))).toEqual([
      ['Parameters.Configuration', 'max_size', 'Parameters.Configuration must be at most 10 KB (10240 bytes) as JSON, got 10347 bytes'],
    ]);
    const exactly = (bytes: number) => ({ SessionState: { SessionAttributes: { k: 'x'.repeat(bytes - '{"SessionState":{"SessionAttributes":{"k":""}}}'.length) } } });
    expect(errorsOf({ Type: 'StartBotConversation', Parameters: bot({ Configuration: exactly(10240) }) })).toEqual([]);
    expect(errorsOf({ Type: 'StartBotConversation', Parameters: bot({ Configuration: exactly(10241) }) })).toEqual([['Parameters.Configuration', 'max_size']]);
  });

  it('StartBotConversation: the bot alias ARN format, whole; field types', () => {
    expect(issues('StartBotConversation', bot({ BotAliasArn: `x${BOT}` }))).toEqual([
      ['Parameters.BotAliasArn', 'pattern', 'Parameters.BotAliasArn must be a Lex V2 bot alias ARN (arn:aws:lex:region:awsAccountId:bot-alias/botId/botAliasId), got "xarn:aws:lex:us-east-1:123456789012:bot-…"'],
    ]);
    for (const arn of [`${BOT}/x`, 'arn:aws1:lex:us-east-1:123456789012:bot-alias/A/B']) expect(errorsOf({ Type: 'StartBotConversation', Parameters: bot({ BotAliasArn: arn }) }), arn).toEqual([['Parameters.BotAliasArn', 'pattern']]);
    expect(errorsOf({ Type: 'StartBotConversation', Parameters: bot({ BotAliasArn: 'arn:aws-cn:lex:cn-north-1:123456789012:bot-alias/A/B' }) })).toEqual([]);
    expect(errorsOf({ Type: 'StartBotConversation', Parameters: bot({ BotAliasArn: 5, LocaleId: 5, Configuration: { SessionState: { SessionAttributes: 'x' }, WelcomeMessages: [{ Content: 5, ContentType: 'SSML' }] } }) })).toEqual([
      ['Parameters.BotAliasArn', 'type'],
      ['Parameters.LocaleId', 'type'],
      ['Parameters.Configuration.SessionState.SessionAttributes', 'type'],
      ['Parameters.Configuration.WelcomeMessages[0].Content', 'type'],
      ['Parameters.Configuration.SessionState.DialogAction.Type', 'cross_field'],
    ]);
  });

  it('StartCallRecording: Location is bucket-name[/key-prefix], without a scheme', () => {
    expect(issues('StartCallRecording', recording('s3://bucket/x'))).toEqual([
      ['Parameters.Destination.Location', 'format', 'Parameters.Destination.Location must be a bucket name with an optional key prefix (bucket-name[/key-prefix]), without a scheme such as s3://, got "s3://bucket/x"'],
    ]);
    expect(issues('StartCallRecording', recording('Bucket_Name/x'))).toEqual([
      ['Parameters.Destination.Location', 'format', 'Parameters.Destination.Location must start with an S3 bucket name (3 to 63 lowercase letters, digits, dots or hyphens, beginning and ending with a letter or digit), optionally followed by /key-prefix, got bucket "Bucket_Name"'],
    ]);
    for (const location of ['xbucket!', '!bucket', 'ab', 'a'.repeat(64), 'bucket-']) expect(errorsOf({ Type: 'StartCallRecording', Parameters: recording(location) }), location).toEqual([['Parameters.Destination.Location', 'format']]);
    for (const location of ['my-bucket/prefix', 'abc', 'a'.repeat(63), 'my.bucket', 'bucket/s3://x']) expect(errorsOf({ Type: 'StartCallRecording', Parameters: recording(location) }), location).toEqual([]);
    expect(errorsOf({ Type: 'StartCallRecording', Parameters: recording(5) })).toEqual([['Parameters.Destination.Location', 'type']]);
    // A scheme starts with a letter: "1bucket://x" is a bad bucket name, not a scheme.
    expect(issues('StartCallRecording', recording('1bucket://x'))[0]?.[2]).toMatch(/must start with an S3 bucket name .* got bucket "1bucket:"$/);
    expect(issues('StartCallRecording', recording('s3:/x'))[0]?.[2]).toMatch(/must start with an S3 bucket name/);
    expect(issues('StartCallRecording', recording('ab+c://x'))[0]?.[2]).toMatch(/without a scheme such as s3:\/\//);
  });

  it('SendDigits names the wrong characters; Speak and SpeakAndGetDigits voice fields are strings; speech parameters are required', () => {
    expect(issues('SendDigits', { CallId: 'c', Digits: '1e#x' })).toEqual([['Parameters.Digits', 'format', 'Parameters.Digits must contain only 0-9, *, #, A-D (upper case) and commas; found "e", "x"']]);
    expect(errorsOf({ Type: 'Speak', Parameters: { CallId: 'c', Text: 'a', Engine: 'standard', TextType: 'ssml', VoiceId: 5, LanguageCode: 6 } })).toEqual([
      ['Parameters.LanguageCode', 'type'],
      ['Parameters.VoiceId', 'type'],
    ]);
    expect(errorsOf({ Type: 'SpeakAndGetDigits', Parameters: { CallId: 'c', RepeatDurationInMilliseconds: 1 } })).toEqual([
      ['Parameters.SpeechParameters', 'required'],
      ['Parameters.FailureSpeechParameters', 'required'],
    ]);
    expect(errorsOf({ Type: 'SpeakAndGetDigits', Parameters: { ...BASE.SpeakAndGetDigits, SpeechParameters: { Text: 'a', VoiceId: 5, LanguageCode: 6 } } })).toEqual([
      ['Parameters.SpeechParameters.LanguageCode', 'type'],
      ['Parameters.SpeechParameters.VoiceId', 'type'],
    ]);
  });

  it('Hangup takes each documented SipResponseCode; digit counts of the wrong type are type errors only', () => {
    for (const code of ['0', '480', '486']) expect(errorsOf({ Type: 'Hangup', Parameters: { SipResponseCode: code } })).toEqual([]);
    expect(errorsOf({ Type: 'PlayAudioAndGetDigits', Parameters: { ...BASE.PlayAudioAndGetDigits, MinNumberOfDigits: 'x', MaxNumberOfDigits: 'y' } })).toEqual([
      ['Parameters.MinNumberOfDigits', 'type'],
      ['Parameters.MaxNumberOfDigits', 'type'],
    ]);
  });
});

describe('oracle: edges of the digit bounds, RecordAudio warnings and failure speech fields', () => {
  const P = BASE.PlayAudioAndGetDigits as Json;
  const at = (change: Json): Errors => validateAction({ Type: 'PlayAudioAndGetDigits', Parameters: { ...P, ...change } }).issues.map((issue) => [issue.path, issue.code]);
  it('MinNumberOfDigits defaults to 0 in the cross-field check; a bound that is not a finite number is a type error only', () => {
    expect(at({ MaxNumberOfDigits: -1 })).toEqual([
      ['Parameters.MaxNumberOfDigits', 'min'],
      ['Parameters.MaxNumberOfDigits', 'cross_field'],
    ]);
    expect(at({ MinNumberOfDigits: Number.POSITIVE_INFINITY })).toEqual([['Parameters.MinNumberOfDigits', 'type']]);
    expect(at({ MinNumberOfDigits: 2, MaxNumberOfDigits: Number.NEGATIVE_INFINITY })).toEqual([['Parameters.MaxNumberOfDigits', 'type']]);
  });

  it('RecordAudio without SilenceThreshold has no warning', () => {
    expect(validateAction({ Type: 'RecordAudio', Parameters: BASE.RecordAudio }).issues).toEqual([]);
  });

  it('FailureSpeechParameters voice fields are strings', () => {
    expect(errorsOf({ Type: 'SpeakAndGetDigits', Parameters: { ...BASE.SpeakAndGetDigits, FailureSpeechParameters: { Text: 'b', VoiceId: 5, LanguageCode: 6 } } })).toEqual([
      ['Parameters.FailureSpeechParameters.LanguageCode', 'type'],
      ['Parameters.FailureSpeechParameters.VoiceId', 'type'],
    ]);
  });
});
