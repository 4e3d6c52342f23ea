/**
 * An oracle for the invocation event rules that does not come from the parser's rule tables:
 * every row is written by hand from the AWS pages summarised in ../shared/spec/events.md (and
 * events.json), with one valid boundary and at least one violation, each with the exact errors
 * expected (path and code). A rule flipped in src/events (a required flag, an enum, a bound)
 * fails a row here even when the property tests, which read those tables, follow it.
 */
import { describe, expect, it } from 'vitest';
import { SmaValidationError, parseInvocationEvent, safeParseInvocationEvent } from '../../src/index.js';
import { DELETE, entries, patched } from './patch.js';

type Json = Record<string, unknown>;
type Errors = [path: string, code: string][];

const LEG_A = {
  CallId: 'call-a',
  ParticipantTag: 'LEG-A',
  To: '+14155550100',
  From: '+14155550199',
  Direction: 'Inbound',
  StartTimeInMilliseconds: '1641998241509',
  Status: 'Connected',
};
const LEG_B = { ...LEG_A, CallId: 'call-b', ParticipantTag: 'LEG-B', Direction: 'Outbound' };

/** A complete NEW_INBOUND_CALL as the field reference (pstn-invocations.md) documents it. */
const INBOUND: Json = {
  SchemaVersion: '1.0',
  Sequence: 1,
  InvocationEventType: 'NEW_INBOUND_CALL',
  CallDetails: {
    TransactionId: 'transaction-1',
    AwsAccountId: '123456789012',
    AwsRegion: 'us-east-1',
    SipRuleId: 'rule-1',
    SipMediaApplicationId: 'sma-1',
    Participants: [LEG_A],
  },
};

const event = (type: string, extra: Json = {}): Json => ({ ...INBOUND, InvocationEventType: type, ...extra });
const actionEvent = (type: string, actionType: string, data: Json = {}): Json =>
  event(type, { ActionData: { Type: actionType, Parameters: { CallId: 'call-a' }, ...data } });

const RECORDING_DESTINATION = { Type: 'S3', BucketName: 'bucket', Key: 'recordings/call.wav' };
const INTENT_RESULT = {
  SessionId: 'session-1',
  SessionState: { Intent: { Name: 'Reserve', Slots: {}, State: 'Fulfilled' } },
  Interpretations: [{ NluConfidence: { Score: 1 }, Intent: { Name: 'Reserve' } }],
};
const HANGUP = event('HANGUP', {
  ActionData: { Type: 'Hangup', Parameters: { SipResponseCode: 0, CallId: 'call-a', ParticipantTag: 'LEG-A' } },
});

interface EventRule {
  /** The documented rule, in words. */
  rule: string;
  /** Where it is documented (events.md section or page). */
  source: string;
  /** A valid event. */
  base: Json;
  /** A change of `base` at the boundary of the rule that stays valid. */
  valid: Json;
  /** Changes that break the rule, each with every error expected. */
  invalid: [change: Json, errors: Errors][];
}

const RULES: EventRule[] = [
  // 1.1 Envelope
  {
    rule: 'SchemaVersion is always present, "1.0"',
    source: 'events.md 1.1 Envelope',
    base: INBOUND,
    valid: { SchemaVersion: '1.0' },
    invalid: [
      [{ SchemaVersion: DELETE }, [['SchemaVersion', 'required']]],
      [{ SchemaVersion: '' }, [['SchemaVersion', 'required']]],
      [{ SchemaVersion: '2.0' }, [['SchemaVersion', 'enum']]],
    ],
  },
  {
    rule: 'Sequence is an integer, from 1',
    source: 'events.md 1.1 Envelope ("goes up by one on each invocation")',
    base: INBOUND,
    valid: { Sequence: 1 },
    invalid: [
      [{ Sequence: DELETE }, [['Sequence', 'required']]],
      [{ Sequence: 0 }, [['Sequence', 'min']]],
      [{ Sequence: 1.5 }, [['Sequence', 'integer']]],
      [{ Sequence: 'INTEGER' }, [['Sequence', 'type']]],
    ],
  },
  {
    rule: 'InvocationEventType is one of the 11 documented types (also spelled InvocationEvent)',
    source: 'events.md 1.1, 1.2',
    base: INBOUND,
    valid: { InvocationEventType: DELETE, InvocationEvent: 'NEW_INBOUND_CALL' },
    invalid: [
      [{ InvocationEventType: DELETE }, [['InvocationEventType', 'required']]],
      [{ InvocationEventType: 'NEW_CALL' }, [['InvocationEventType', 'unknown_event_type']]],
      [{ InvocationEvent: 'HANGUP' }, [['InvocationEvent', 'conflict']]],
    ],
  },
  {
    rule: 'CallDetails is always present, an object',
    source: 'events.md 1.1 Envelope',
    base: INBOUND,
    valid: {},
    invalid: [
      [{ CallDetails: DELETE }, [['CallDetails', 'required']]],
      [{ CallDetails: [] }, [['CallDetails', 'type']]],
    ],
  },
  // CallDetails
  {
    rule: 'TransactionId, AwsAccountId and AwsRegion are always present',
    source: 'events.md 1.1 CallDetails',
    base: INBOUND,
    valid: { 'CallDetails.TransactionId': 't' },
    invalid: [
      [{ 'CallDetails.TransactionId': DELETE }, [['CallDetails.TransactionId', 'required']]],
      [{ 'CallDetails.AwsAccountId': DELETE }, [['CallDetails.AwsAccountId', 'required']]],
      [{ 'CallDetails.AwsRegion': '' }, [['CallDetails.AwsRegion', 'required']]],
    ],
  },
  {
    rule: 'SipRuleId is present only for calls routed by a SIP rule (a string)',
    source: 'events.md 1.1 CallDetails',
    base: INBOUND,
    valid: { 'CallDetails.SipRuleId': DELETE },
    invalid: [[{ 'CallDetails.SipRuleId': 7 }, [['CallDetails.SipRuleId', 'type']]]],
  },
  {
    rule: 'SipMediaApplicationId or SipApplicationId: always one of the two, not empty',
    source: 'events.md 1.1 CallDetails',
    base: INBOUND,
    valid: { 'CallDetails.SipMediaApplicationId': DELETE, 'CallDetails.SipApplicationId': 's' },
    invalid: [
      [{ 'CallDetails.SipMediaApplicationId': DELETE }, [['CallDetails.SipMediaApplicationId', 'required']]],
      [{ 'CallDetails.SipMediaApplicationId': '' }, [['CallDetails.SipMediaApplicationId', 'required']]],
      [
        { 'CallDetails.SipMediaApplicationId': DELETE, 'CallDetails.SipApplicationId': '' },
        [['CallDetails.SipMediaApplicationId', 'required']],
      ],
      [{ 'CallDetails.SipMediaApplicationId': 42 }, [['CallDetails.SipMediaApplicationId', 'type']]],
      [{ 'CallDetails.SipApplicationId': 'other' }, [['CallDetails.SipApplicationId', 'conflict']]],
    ],
  },
  {
    rule: 'TransactionAttributes: an object of string values',
    source: 'events.md 1.1 CallDetails',
    base: INBOUND,
    valid: { 'CallDetails.TransactionAttributes': { state: '' } },
    invalid: [
      [{ 'CallDetails.TransactionAttributes': { state: 1 } }, [['CallDetails.TransactionAttributes.state', 'type']]],
      [{ 'CallDetails.TransactionAttributes': 'state' }, [['CallDetails.TransactionAttributes', 'type']]],
    ],
  },
  {
    rule: 'Participants: always present, one entry per leg',
    source: 'events.md 1.1 CallDetails',
    base: INBOUND,
    valid: { 'CallDetails.Participants': [LEG_A, LEG_B] },
    invalid: [
      [{ 'CallDetails.Participants': DELETE }, [['CallDetails.Participants', 'required']]],
      [{ 'CallDetails.Participants': [] }, [['CallDetails.Participants', 'min_items']]],
      [{ 'CallDetails.Participants': [LEG_A, null] }, [['CallDetails.Participants[1]', 'type']]],
      [{ 'CallDetails.Participants': [LEG_A, { ...LEG_B, CallId: 'call-a' }] }, [['CallDetails.Participants[1].CallId', 'duplicate']]],
      [
        { 'CallDetails.Participants': [LEG_A, { ...LEG_B, ParticipantTag: 'leg-a' }] },
        [['CallDetails.Participants[1].ParticipantTag', 'duplicate']],
      ],
    ],
  },
  // Participants[]
  {
    rule: 'Participants[].CallId: always present',
    source: 'events.md 1.1 Participants',
    base: INBOUND,
    valid: { 'CallDetails.Participants[0].CallId': 'c' },
    invalid: [[{ 'CallDetails.Participants[0].CallId': DELETE }, [['CallDetails.Participants[0].CallId', 'required']]]],
  },
  {
    rule: 'Participants[].ParticipantTag: "LEG-A" | "LEG-B" (case-5 writes Leg-A)',
    source: 'events.md 1.1 Participants',
    base: INBOUND,
    valid: { 'CallDetails.Participants[0].ParticipantTag': 'Leg-A' },
    invalid: [
      [{ 'CallDetails.Participants[0].ParticipantTag': 'LEG-C' }, [['CallDetails.Participants[0].ParticipantTag', 'enum']]],
      // Only a lone participant may leave it out (read as LEG-A, docs/service-quirks.md); beside another leg it is required.
      [
        { 'CallDetails.Participants': [LEG_A, { ...LEG_B, ParticipantTag: undefined }] },
        [['CallDetails.Participants[1].ParticipantTag', 'required']],
      ],
    ],
  },
  {
    rule: "Participants[].ParticipantTag: a lone participant without it is that call's LEG-A (a public sample's test event)",
    source: 'docs/service-quirks.md (Rule effects and fidelity)',
    base: INBOUND,
    valid: { 'CallDetails.Participants[0].ParticipantTag': DELETE },
    invalid: [],
  },
  {
    rule: 'Participants[].To and From: always present (E.164, or "SMA" on the meeting leg)',
    source: 'events.md 1.1 Participants',
    base: INBOUND,
    valid: { 'CallDetails.Participants[0].To': 'SMA' },
    invalid: [
      [{ 'CallDetails.Participants[0].To': DELETE }, [['CallDetails.Participants[0].To', 'required']]],
      [{ 'CallDetails.Participants[0].From': 14155550199 }, [['CallDetails.Participants[0].From', 'type']]],
    ],
  },
  {
    rule: 'Participants[].Direction: "Inbound" | "Outbound"',
    source: 'events.md 1.1 Participants',
    base: INBOUND,
    valid: { 'CallDetails.Participants[0].Direction': 'Outbound' },
    invalid: [
      [{ 'CallDetails.Participants[0].Direction': 'inbound' }, [['CallDetails.Participants[0].Direction', 'enum']]],
      [{ 'CallDetails.Participants[0].Direction': DELETE }, [['CallDetails.Participants[0].Direction', 'required']]],
    ],
  },
  {
    rule: 'Participants[].StartTimeInMilliseconds: epoch ms as a string of digits, any digit count',
    source: 'events.md 1.1 Participants',
    base: INBOUND,
    valid: { 'CallDetails.Participants[0].StartTimeInMilliseconds': '15010595' },
    invalid: [
      [
        { 'CallDetails.Participants[0].StartTimeInMilliseconds': 1641998241509 },
        [['CallDetails.Participants[0].StartTimeInMilliseconds', 'type']],
      ],
      [
        { 'CallDetails.Participants[0].StartTimeInMilliseconds': '2022-01-12' },
        [['CallDetails.Participants[0].StartTimeInMilliseconds', 'pattern']],
      ],
      [
        { 'CallDetails.Participants[0].StartTimeInMilliseconds': DELETE },
        [['CallDetails.Participants[0].StartTimeInMilliseconds', 'required']],
      ],
    ],
  },
  {
    rule: 'Participants[].Status: "Connected" | "Disconnected", usually present',
    source: 'events.md 1.1 Participants',
    base: INBOUND,
    valid: { 'CallDetails.Participants[0].Status': DELETE },
    invalid: [[{ 'CallDetails.Participants[0].Status': 'Ringing' }, [['CallDetails.Participants[0].Status', 'enum']]]],
  },
  {
    rule: 'Participants[].SipHeaders: an object of string values when headers are received',
    source: 'events.md 1.1 Participants',
    base: INBOUND,
    valid: { 'CallDetails.Participants[0].SipHeaders': { 'User-to-User': 'x', Diversion: '' } },
    invalid: [[{ 'CallDetails.Participants[0].SipHeaders': { 'X-Id': 7 } }, [['CallDetails.Participants[0].SipHeaders.X-Id', 'type']]]],
  },
  // 1.2 Event types and their ActionData
  {
    rule: 'ACTION_SUCCESSFUL: ActionData { Type, Parameters } is required',
    source: 'events.md 1.2',
    base: actionEvent('ACTION_SUCCESSFUL', 'PlayAudio'),
    valid: { 'ActionData.Parameters': {} },
    invalid: [
      [{ ActionData: DELETE }, [['ActionData', 'required']]],
      [{ ActionData: 'PlayAudio' }, [['ActionData', 'type']]],
      [{ 'ActionData.Type': DELETE }, [['ActionData.Type', 'required']]],
      [{ 'ActionData.Type': 7 }, [['ActionData.Type', 'type']]],
      [{ 'ActionData.Type': 'PlayVideo' }, [['ActionData.Type', 'unknown_action_type']]],
      [{ 'ActionData.Parameters': DELETE }, [['ActionData.Parameters', 'required']]],
      [{ 'ActionData.Parameters': [] }, [['ActionData.Parameters', 'type']]],
    ],
  },
  {
    rule: 'ACTION_SUCCESSFUL of a digits action carries ReceivedDigits (the empty string in the ReceiveDigits example)',
    source: 'events.md 1.3 (PlayAudioAndGetDigits, ReceiveDigits, SpeakAndGetDigits)',
    base: actionEvent('ACTION_SUCCESSFUL', 'PlayAudioAndGetDigits', { ReceivedDigits: '1234' }),
    valid: { 'ActionData.ReceivedDigits': '' },
    invalid: [
      [{ 'ActionData.ReceivedDigits': DELETE }, [['ActionData.ReceivedDigits', 'required']]],
      [{ 'ActionData.ReceivedDigits': 1234 }, [['ActionData.ReceivedDigits', 'type']]],
      [{ 'ActionData.Type': 'ReceiveDigits', 'ActionData.ReceivedDigits': DELETE }, [['ActionData.ReceivedDigits', 'required']]],
      [{ 'ActionData.Type': 'SpeakAndGetDigits', 'ActionData.ReceivedDigits': DELETE }, [['ActionData.ReceivedDigits', 'required']]],
    ],
  },
  {
    rule: 'ACTION_SUCCESSFUL of RecordAudio carries RecordingDestination { Type "S3", BucketName, Key } and RecordingTerminatorUsed?',
    source: 'events.md 1.3 RecordAudio',
    base: actionEvent('ACTION_SUCCESSFUL', 'RecordAudio', { RecordingDestination: RECORDING_DESTINATION }),
    valid: { 'ActionData.RecordingTerminatorUsed': '#' },
    invalid: [
      [{ 'ActionData.RecordingDestination': DELETE }, [['ActionData.RecordingDestination', 'required']]],
      [{ 'ActionData.RecordingDestination.Type': DELETE }, [['ActionData.RecordingDestination.Type', 'required']]],
      [{ 'ActionData.RecordingDestination.Type': 'GCS' }, [['ActionData.RecordingDestination.Type', 'enum']]],
      [{ 'ActionData.RecordingDestination.BucketName': DELETE }, [['ActionData.RecordingDestination.BucketName', 'required']]],
      [{ 'ActionData.RecordingDestination.Key': DELETE }, [['ActionData.RecordingDestination.Key', 'required']]],
      [{ 'ActionData.RecordingTerminatorUsed': 5 }, [['ActionData.RecordingTerminatorUsed', 'type']]],
    ],
  },
  {
    rule:
      'ACTION_SUCCESSFUL of StartBotConversation carries CallId and IntentResult { SessionId, SessionState.Intent.Name, ' +
      'Interpretations[] }',
    source: 'events.md 1.3 StartBotConversation; start-bot-conversation.md',
    base: actionEvent('ACTION_SUCCESSFUL', 'StartBotConversation', { CallId: 'call-a', IntentResult: INTENT_RESULT }),
    valid: { 'ActionData.IntentResult.Interpretations': [{ NluConfidence: { Score: 0 }, Intent: { Name: 'FallbackIntent' } }] },
    invalid: [
      [{ 'ActionData.CallId': DELETE }, [['ActionData.CallId', 'required']]],
      [{ 'ActionData.IntentResult': DELETE }, [['ActionData.IntentResult', 'required']]],
      [{ 'ActionData.IntentResult.SessionId': DELETE }, [['ActionData.IntentResult.SessionId', 'required']]],
      [{ 'ActionData.IntentResult.SessionState': DELETE }, [['ActionData.IntentResult.SessionState', 'required']]],
      [{ 'ActionData.IntentResult.SessionState.Intent': DELETE }, [['ActionData.IntentResult.SessionState.Intent', 'required']]],
      [{ 'ActionData.IntentResult.SessionState.Intent.Name': DELETE }, [['ActionData.IntentResult.SessionState.Intent.Name', 'required']]],
      [
        { 'ActionData.IntentResult.Interpretations[0].NluConfidence.Score': 1.01 },
        [['ActionData.IntentResult.Interpretations[0].NluConfidence.Score', 'range']],
      ],
      [
        { 'ActionData.IntentResult.Interpretations[0].Intent.Name': DELETE },
        [['ActionData.IntentResult.Interpretations[0].Intent.Name', 'required']],
      ],
      [{ 'ActionData.IntentResult.Interpretations': {} }, [['ActionData.IntentResult.Interpretations', 'type']]],
    ],
  },
  {
    rule: 'ACTION_SUCCESSFUL of StartCallRecording carries CallRecordingDestination { Type "S3", Location }',
    source: 'events.md 1.3 StartCallRecording',
    base: actionEvent('ACTION_SUCCESSFUL', 'StartCallRecording', {
      CallRecordingDestination: { Type: 'S3', Location: 'bucket/prefix/call.wav' },
    }),
    valid: { 'ActionData.CallRecordingDestination.Location': 'b' },
    invalid: [
      [{ 'ActionData.CallRecordingDestination': DELETE }, [['ActionData.CallRecordingDestination', 'required']]],
      [{ 'ActionData.CallRecordingDestination.Type': DELETE }, [['ActionData.CallRecordingDestination.Type', 'required']]],
      [{ 'ActionData.CallRecordingDestination.Type': 's3' }, [['ActionData.CallRecordingDestination.Type', 'enum']]],
      [{ 'ActionData.CallRecordingDestination.Location': DELETE }, [['ActionData.CallRecordingDestination.Location', 'required']]],
    ],
  },
  {
    rule: 'ACTION_SUCCESSFUL of CallAndBridge: Parameters gains the CallId of the A leg (a string)',
    source: 'events.md 1.3 CallAndBridge',
    base: actionEvent('ACTION_SUCCESSFUL', 'CallAndBridge', { Parameters: { CallerIdNumber: '+14155550100', Endpoints: [] } }),
    valid: { 'ActionData.Parameters.CallId': 'call-a' },
    invalid: [[{ 'ActionData.Parameters.CallId': 7 }, [['ActionData.Parameters.CallId', 'type']]]],
  },
  {
    rule: 'ACTION_FAILED: ErrorType with ErrorMessage, or the single field Error "<Type>: <message>"',
    source: 'events.md 1.2 (JoinChimeMeeting and StartCallRecording examples use Error)',
    base: actionEvent('ACTION_FAILED', 'PlayAudio', {
      ErrorType: 'InvalidAudioSource',
      ErrorMessage: 'Audio Source parameter value is invalid.',
    }),
    valid: {
      'ActionData.ErrorType': DELETE,
      'ActionData.ErrorMessage': DELETE,
      'ActionData.Error': 'ErrorJoiningMeeting: Error while joining meeting.',
    },
    invalid: [
      [{ 'ActionData.ErrorType': DELETE, 'ActionData.ErrorMessage': DELETE }, [['ActionData.ErrorType', 'required']]],
      [{ 'ActionData.ErrorMessage': DELETE }, [['ActionData.ErrorMessage', 'required']]],
      [{ 'ActionData.ErrorType': 7 }, [['ActionData.ErrorType', 'type']]],
      [{ 'ActionData.ErrorMessage': 7 }, [['ActionData.ErrorMessage', 'type']]],
      [
        { 'ActionData.ErrorType': DELETE, 'ActionData.ErrorMessage': DELETE, 'ActionData.Error': 'Error while joining meeting' },
        [['ActionData.Error', 'format']],
      ],
      [{ 'ActionData.ErrorType': DELETE, 'ActionData.ErrorMessage': DELETE, 'ActionData.Error': 500 }, [['ActionData.Error', 'type']]],
      [{ 'ActionData.ErrorType': DELETE, 'ActionData.ErrorMessage': 7, 'ActionData.Error': 'A: b' }, [['ActionData.ErrorMessage', 'type']]],
    ],
  },
  {
    rule: 'ACTION_FAILED of ModifyChimeMeetingAttendees adds ErrorList (an array)',
    source: 'events.md 1.3 ModifyChimeMeetingAttendees',
    base: actionEvent('ACTION_FAILED', 'ModifyChimeMeetingAttendees', {
      ErrorType: 'InvalidActionParameter',
      ErrorMessage: 'Attendee List parameter value is invalid.',
    }),
    valid: { 'ActionData.ErrorList': [] },
    invalid: [[{ 'ActionData.ErrorList': 'attendee-1' }, [['ActionData.ErrorList', 'type']]]],
  },
  {
    rule: 'ACTION_FAILED of StartBotConversation adds CallId (a string); success extras are not required on failure',
    source: 'events.md 1.3 StartBotConversation',
    base: actionEvent('ACTION_FAILED', 'StartBotConversation', { ErrorType: 'ResourceNotFound', ErrorMessage: 'bot' }),
    valid: { 'ActionData.CallId': 'call-a' },
    invalid: [[{ 'ActionData.CallId': 7 }, [['ActionData.CallId', 'type']]]],
  },
  {
    rule: 'ACTION_INTERRUPTED: the interrupted action as ActionData (required); no result fields',
    source: 'events.md 1.2',
    base: actionEvent('ACTION_INTERRUPTED', 'PlayAudioAndGetDigits'),
    valid: { 'ActionData.Type': 'RecordAudio' },
    invalid: [
      [{ ActionData: DELETE }, [['ActionData', 'required']]],
      [{ 'ActionData.Type': DELETE }, [['ActionData.Type', 'required']]],
      [{ 'ActionData.Parameters': DELETE }, [['ActionData.Parameters', 'required']]],
    ],
  },
  {
    rule: 'HANGUP: ActionData { Type "Hangup", Parameters { SipResponseCode?: number, CallId, ParticipantTag } }',
    source: 'events.md 1.2 HANGUP',
    base: HANGUP,
    valid: { 'ActionData.Parameters.SipResponseCode': DELETE },
    invalid: [
      [{ ActionData: DELETE }, [['ActionData', 'required']]],
      [{ 'ActionData.Type': 'HangUpNow' }, [['ActionData.Type', 'unknown_action_type']]],
      [{ 'ActionData.Parameters': DELETE }, [['ActionData.Parameters', 'required']]],
      [{ 'ActionData.Parameters.CallId': DELETE }, [['ActionData.Parameters.CallId', 'required']]],
      [{ 'ActionData.Parameters.ParticipantTag': DELETE }, [['ActionData.Parameters.ParticipantTag', 'required']]],
      [{ 'ActionData.Parameters.ParticipantTag': 'LEG-C' }, [['ActionData.Parameters.ParticipantTag', 'enum']]],
      [{ 'ActionData.Parameters.SipResponseCode': -1 }, [['ActionData.Parameters.SipResponseCode', 'min']]],
      [{ 'ActionData.Parameters.SipResponseCode': 480.5 }, [['ActionData.Parameters.SipResponseCode', 'integer']]],
      [{ 'ActionData.Parameters.SipResponseCode': 'busy' }, [['ActionData.Parameters.SipResponseCode', 'type']]],
    ],
  },
  {
    rule: 'INVALID_LAMBDA_RESPONSE: ErrorType and ErrorMessage, at the top level (example) or in ActionData (field reference)',
    source: 'events.md 1.1 Envelope',
    base: event('INVALID_LAMBDA_RESPONSE', {
      ErrorType: 'TransactionAttributesInvalidMapSize',
      ErrorMessage: 'Maximum number of mappings is 10',
    }),
    valid: { ErrorType: DELETE, ErrorMessage: DELETE, ActionData: { ErrorType: 'SchemaVersionMismatch', ErrorMessage: '' } },
    invalid: [
      [{ ErrorType: DELETE }, [['ErrorType', 'required']]],
      [{ ErrorMessage: DELETE }, [['ErrorMessage', 'required']]],
      [{ ErrorType: 7 }, [['ErrorType', 'type']]],
      [{ ActionData: 'x' }, [['ActionData', 'type']]],
      [{ ActionData: { Type: 7 } }, [['ActionData.Type', 'type']]],
      [{ ActionData: { Parameters: 'x' } }, [['ActionData.Parameters', 'type']]],
    ],
  },
  {
    rule: 'NEW_OUTBOUND_CALL: no ActionData in the example; Arguments (CreateSipMediaApplicationCall) are 0 to 20 string pairs',
    source: 'events.md 1.2, 1.4',
    base: event('NEW_OUTBOUND_CALL'),
    valid: { ActionData: { Type: 'Call', Parameters: { Arguments: entries(20) } } },
    invalid: [
      [{ ActionData: { Type: 'Call', Parameters: { Arguments: entries(21) } } }, [['ActionData.Parameters.Arguments', 'max_items']]],
      [{ ActionData: { Type: 7 } }, [['ActionData.Type', 'type']]],
      [{ ActionData: { Parameters: 'x' } }, [['ActionData.Parameters', 'type']]],
    ],
  },
  {
    rule: 'DIGITS_RECEIVED: ActionData { ReceivedDigits, Type "ReceiveDigits", Parameters }',
    source: 'events.md 1.2 DIGITS_RECEIVED',
    base: actionEvent('DIGITS_RECEIVED', 'ReceiveDigits', { ReceivedDigits: '1#' }),
    valid: { 'ActionData.ReceivedDigits': '' },
    invalid: [
      [{ ActionData: DELETE }, [['ActionData', 'required']]],
      [{ 'ActionData.Type': DELETE }, [['ActionData.Type', 'required']]],
      [{ 'ActionData.Type': 'PlayAudioAndGetDigits' }, [['ActionData.Type', 'enum']]],
      [{ 'ActionData.ReceivedDigits': DELETE }, [['ActionData.ReceivedDigits', 'required']]],
      [{ 'ActionData.Parameters': DELETE }, [['ActionData.Parameters', 'required']]],
    ],
  },
  {
    rule: 'CALL_UPDATE_REQUESTED: ActionData { Type "CallUpdateRequest", Parameters { Arguments: 0 to 20 string pairs } }',
    source: 'events.md 1.2, 1.4; actions.md CallUpdateRequest',
    base: event('CALL_UPDATE_REQUESTED', { ActionData: { Type: 'CallUpdateRequest', Parameters: { Arguments: { action: 'mute' } } } }),
    valid: { 'ActionData.Parameters.Arguments': entries(20) },
    invalid: [
      [{ ActionData: DELETE }, [['ActionData', 'required']]],
      [{ 'ActionData.Type': DELETE }, [['ActionData.Type', 'required']]],
      [{ 'ActionData.Type': 'UpdateCall' }, [['ActionData.Type', 'enum']]],
      [{ 'ActionData.Parameters': DELETE }, [['ActionData.Parameters', 'required']]],
      [{ 'ActionData.Parameters.Arguments': DELETE }, [['ActionData.Parameters.Arguments', 'required']]],
      [{ 'ActionData.Parameters.Arguments': entries(21) }, [['ActionData.Parameters.Arguments', 'max_items']]],
      [{ 'ActionData.Parameters.Arguments': { action: 1 } }, [['ActionData.Parameters.Arguments.action', 'type']]],
    ],
  },
];

/** A short name of a change: each path with its new value (cut), or `<deleted>`. */
function describeChange(change: Json): string {
  return Object.entries(change)
    .map(([path, value]) => `${path} = ${value === DELETE ? '<deleted>' : JSON.stringify(value).slice(0, 40)}`)
    .join(', ');
}

/** `[path, code]` of every error (the parser's warnings are not part of these rules). */
function errorsOf(value: unknown): Errors {
  const result = safeParseInvocationEvent(value);
  return result.success ? [] : result.error.issues.filter((issue) => issue.severity === 'error').map((issue) => [issue.path, issue.code]);
}

describe('oracle: documented invocation event rules (hand-written, independent of the parser tables)', () => {
  for (const { rule, source, base, valid, invalid } of RULES) {
    describe(`${rule} (${source})`, () => {
      it('accepts the base event and the valid boundary', () => {
        expect(errorsOf(base)).toEqual([]);
        expect(errorsOf(patched(base, valid))).toEqual([]);
      });
      it.each(invalid.map(([change, errors]) => [describeChange(change), change, errors] as const))(
        'rejects %s',
        (_name, change, errors) => {
          expect(errorsOf(patched(base, change))).toEqual(errors);
        },
      );
    });
  }

  it('covers every documented invocation event type', () => {
    const documented = [
      'NEW_INBOUND_CALL',
      'NEW_OUTBOUND_CALL',
      'RINGING',
      'CALL_ANSWERED',
      'ACTION_SUCCESSFUL',
      'ACTION_FAILED',
      'ACTION_INTERRUPTED',
      'HANGUP',
      'INVALID_LAMBDA_RESPONSE',
      'DIGITS_RECEIVED',
      'CALL_UPDATE_REQUESTED',
    ];
    for (const type of documented) expect(errorsOf(event(type, ActionDataFor(type)))).toEqual([]);
    const covered = new Set(RULES.map(({ base }) => base.InvocationEventType));
    for (const type of [
      'ACTION_SUCCESSFUL',
      'ACTION_FAILED',
      'ACTION_INTERRUPTED',
      'HANGUP',
      'INVALID_LAMBDA_RESPONSE',
      'NEW_OUTBOUND_CALL',
      'DIGITS_RECEIVED',
      'CALL_UPDATE_REQUESTED',
    ]) {
      expect(covered.has(type), type).toBe(true);
    }
  });
});

/** The ActionData an event of `type` needs to be valid (none for the call events). */
function ActionDataFor(type: string): Json {
  switch (type) {
    case 'ACTION_SUCCESSFUL':
    case 'ACTION_FAILED':
    case 'ACTION_INTERRUPTED':
      return {
        ActionData: { Type: 'Pause', Parameters: { DurationInMilliseconds: 1 } },
        ...(type === 'ACTION_FAILED' ? { ActionData: { Type: 'Pause', Parameters: {}, Error: 'SystemException: x' } } : {}),
      };
    case 'HANGUP':
      return { ActionData: HANGUP.ActionData };
    case 'INVALID_LAMBDA_RESPONSE':
      return { ErrorType: 'SchemaVersionMismatch', ErrorMessage: 'x' };
    case 'DIGITS_RECEIVED':
      return { ActionData: { Type: 'ReceiveDigits', Parameters: {}, ReceivedDigits: '1' } };
    case 'CALL_UPDATE_REQUESTED':
      return { ActionData: { Type: 'CallUpdateRequest', Parameters: { Arguments: {} } } };
    default:
      return {};
  }
}

describe('oracle: what the parser fills in and how its messages read', () => {
  it('splits Error "<ErrorType>: <message>" into ErrorType and ErrorMessage, and keeps an ErrorMessage sent with it', () => {
    const failed = actionEvent('ACTION_FAILED', 'JoinChimeMeeting', { Error: 'ErrorJoiningMeeting: Error while joining meeting.' });
    const parsed = parseInvocationEvent(failed) as unknown as { ActionData: Json };
    expect(parsed.ActionData).toMatchObject({ ErrorType: 'ErrorJoiningMeeting', ErrorMessage: 'Error while joining meeting.' });
    const both = parseInvocationEvent(patched(failed, { 'ActionData.ErrorMessage': 'kept' })) as unknown as { ActionData: Json };
    expect(both.ActionData).toMatchObject({ ErrorType: 'ErrorJoiningMeeting', ErrorMessage: 'kept' });
    const spaced = parseInvocationEvent(
      patched(failed, { 'ActionData.Error': '  NoAccessToDestination :Error while accessing destination' }),
    ) as unknown as { ActionData: Json };
    expect(spaced.ActionData).toMatchObject({ ErrorType: 'NoAccessToDestination', ErrorMessage: 'Error while accessing destination' });
  });

  it('copies INVALID_LAMBDA_RESPONSE errors from ActionData to the top level, never over a top-level one', () => {
    const inData = parseInvocationEvent(
      event('INVALID_LAMBDA_RESPONSE', { ActionData: { ErrorType: 'A', ErrorMessage: 'from data' } }),
    ) as unknown as Json;
    expect([inData.ErrorType, inData.ErrorMessage]).toEqual(['A', 'from data']);
    const top = parseInvocationEvent(
      event('INVALID_LAMBDA_RESPONSE', { ErrorType: 'B', ErrorMessage: 'top', ActionData: { ErrorType: 'A', ErrorMessage: 'from data' } }),
    ) as unknown as Json;
    expect([top.ErrorType, top.ErrorMessage]).toEqual(['B', 'top']);
  });

  it('returns SipResponseCode as a number (also when sent as a numeric string) and ParticipantTags upper-cased', () => {
    const parsed = parseInvocationEvent(
      patched(HANGUP, {
        'ActionData.Parameters.SipResponseCode': ' 486 ',
        'ActionData.Parameters.ParticipantTag': 'leg-b',
        'CallDetails.Participants[0].ParticipantTag': 'Leg-A',
      }),
    ) as unknown as { ActionData: { Parameters: Json }; CallDetails: { Participants: Json[] } };
    expect(parsed.ActionData.Parameters).toMatchObject({ SipResponseCode: 486, ParticipantTag: 'LEG-B' });
    expect(parsed.CallDetails.Participants[0]?.ParticipantTag).toBe('LEG-A');
    expect(errorsOf(patched(HANGUP, { 'ActionData.Parameters.SipResponseCode': '48 6' }))).toEqual([
      ['ActionData.Parameters.SipResponseCode', 'type'],
    ]);
    // The ActionData.Parameters of other events are normalised too.
    const played = parseInvocationEvent(
      actionEvent('ACTION_SUCCESSFUL', 'PlayAudio', { Parameters: { ParticipantTag: 'leg-a' } }),
    ) as unknown as { ActionData: { Parameters: Json } };
    expect(played.ActionData.Parameters.ParticipantTag).toBe('LEG-A');
  });

  it('accepts a HANGUP whose ActionData.Type names the action that hung up (documented leniency)', () => {
    expect(errorsOf(patched(HANGUP, { 'ActionData.Type': 'CallAndBridge' }))).toEqual([]);
  });

  it('names the field, the rule and the fix in each message', () => {
    const messages = (value: unknown): string[] => {
      const result = safeParseInvocationEvent(value);
      return result.success ? [] : result.error.issues.map((issue) => issue.message);
    };
    expect(messages(patched(INBOUND, { 'CallDetails.SipMediaApplicationId': DELETE }))).toEqual([
      'CallDetails.SipMediaApplicationId is required (or its other documented spelling, SipApplicationId)',
    ]);
    expect(messages(patched(INBOUND, { InvocationEventType: DELETE }))).toEqual([
      'InvocationEventType is required (the event type, such as "NEW_INBOUND_CALL"; also accepted as InvocationEvent)',
    ]);
    const [unknownType] = messages(patched(INBOUND, { InvocationEventType: 'NEW_CALL' }));
    expect(unknownType).toMatch(
      /^InvocationEventType is not a known invocation event type \(NEW_INBOUND_CALL, [A-Z_, ]+\), got "NEW_CALL"$/,
    );
    for (const type of ['NEW_OUTBOUND_CALL', 'RINGING', 'CALL_ANSWERED', 'HANGUP', 'DIGITS_RECEIVED', 'CALL_UPDATE_REQUESTED'])
      expect(unknownType).toContain(`${type}`);
    expect(messages(patched(INBOUND, { CallDetails: DELETE }))).toEqual(['CallDetails is required (the call and its Participants)']);
    expect(messages(patched(INBOUND, { CallDetails: 7 }))).toEqual(['CallDetails must be an object, got 7']);
    expect(messages(patched(INBOUND, { InvocationEvent: 'HANGUP' }))).toEqual([
      'InvocationEvent is "HANGUP" but InvocationEventType is "NEW_INBOUND_CALL"; send one spelling',
    ]);
    const pairs = [LEG_A, { ...LEG_B, CallId: 'call-a' }];
    expect(messages(patched(INBOUND, { 'CallDetails.Participants': pairs }))).toEqual([
      'CallDetails.Participants[1].CallId is the same as Participants[0].CallId: a call has one participant per leg',
    ]);

    const action = actionEvent('ACTION_SUCCESSFUL', 'PlayAudio');
    expect(messages(patched(action, { ActionData: DELETE }))).toEqual([
      'ActionData is required in a ACTION_SUCCESSFUL event ({ Type, Parameters, … })',
    ]);
    expect(messages(patched(action, { ActionData: [] }))).toEqual(['ActionData must be an object, got an array of 0']);
    expect(messages(patched(action, { 'ActionData.Type': '' }))).toEqual([
      'ActionData.Type is required (the action type, such as "PlayAudio")',
    ]);
    expect(messages(patched(action, { 'ActionData.Type': true }))).toEqual(['ActionData.Type must be a string, got true']);
    expect(messages(patched(action, { 'ActionData.Type': 'PlayVideo' }))).toEqual([
      'ActionData.Type is not an action type this package knows, got "PlayVideo"',
    ]);
    expect(messages(patched(action, { 'ActionData.Parameters': DELETE }))).toEqual([
      "ActionData.Parameters is required (the action's parameters, an object)",
    ]);
    expect(messages(patched(action, { 'ActionData.Parameters': 'x' }))).toEqual(['ActionData.Parameters must be an object, got "x"']);

    const digits = actionEvent('ACTION_SUCCESSFUL', 'ReceiveDigits', { ReceivedDigits: '1' });
    expect(messages(patched(digits, { 'ActionData.ReceivedDigits': DELETE }))).toEqual([
      'ActionData.ReceivedDigits is required in this event (a string)',
    ]);
    const recorded = actionEvent('ACTION_SUCCESSFUL', 'RecordAudio', { RecordingDestination: RECORDING_DESTINATION });
    expect(messages(patched(recorded, { 'ActionData.RecordingDestination': DELETE }))).toEqual([
      'ActionData.RecordingDestination is required in this event (an object)',
    ]);
    const bot = actionEvent('ACTION_SUCCESSFUL', 'StartBotConversation', {
      CallId: 'c',
      IntentResult: { ...INTENT_RESULT, Interpretations: 'x' },
    });
    expect(messages(bot)).toEqual(['ActionData.IntentResult.Interpretations must be an array, got "x"']);
    const update = event('CALL_UPDATE_REQUESTED', { ActionData: { Type: 'CallUpdateRequest', Parameters: {} } });
    expect(messages(update)).toEqual(['ActionData.Parameters.Arguments is required in this event (a map)']);
    expect(messages(patched(update, { 'ActionData.Parameters': { Arguments: [] } }))).toEqual([
      'ActionData.Parameters.Arguments must be an object of string values, got [redacted value]',
    ]);

    const failed = actionEvent('ACTION_FAILED', 'PlayAudio');
    expect(messages(failed)).toEqual([
      'ActionData.ErrorType is required in an ACTION_FAILED event (with ErrorMessage, or the single field Error: "<ErrorType>: <message>")',
    ]);
    expect(messages(patched(failed, { 'ActionData.ErrorType': 'X' }))).toEqual([
      'ActionData.ErrorMessage is required (a string, with ErrorType)',
    ]);
    expect(messages(patched(failed, { 'ActionData.Error': 'no type here' }))).toEqual([
      'ActionData.Error must be "<ErrorType>: <message>", got "no type here"',
    ]);
    expect(messages(patched(failed, { 'ActionData.Error': ['x'] }))).toEqual(['ActionData.Error must be a string, got an array of 1']);
    expect(messages(patched(failed, { 'ActionData.Error': 'A: b', 'ActionData.ErrorList': 'x' }))).toEqual([
      'ActionData.ErrorList must be an array, got "x"',
    ]);

    const invalid = event('INVALID_LAMBDA_RESPONSE');
    expect(messages(invalid)).toEqual([
      'ErrorType is required (a string, at the top level or in ActionData)',
      'ErrorMessage is required (a string, at the top level or in ActionData)',
    ]);
    expect(messages(patched(invalid, { ActionData: { Parameters: 5 }, ErrorType: 'a', ErrorMessage: 'b' }))).toEqual([
      'ActionData.Parameters must be an object, got 5',
    ]);
  });
});

describe('oracle: crash paths stay reported issues, never exceptions other than SmaValidationError', () => {
  it('a null entry in Participants is one type error at its index', () => {
    for (const participants of [[null], [LEG_A, null], [null, LEG_A], [7, 'LEG-A', []]]) {
      const result = safeParseInvocationEvent(patched(INBOUND, { 'CallDetails.Participants': participants }));
      expect(result.success).toBe(false);
      if (result.success) continue;
      const expected = participants.flatMap((p, i) => (p === LEG_A ? [] : [[`CallDetails.Participants[${i}]`, 'type']]));
      expect(result.error.issues.map((issue) => [issue.path, issue.code])).toEqual(expected);
    }
    expect(() => parseInvocationEvent(patched(INBOUND, { 'CallDetails.Participants': [null] }))).toThrow(SmaValidationError);
  });

  it('an ActionData.Error whose toString is not a function (or throws) is a type error, not a TypeError', () => {
    const hostile = [
      Object.create(null) as object,
      { toString: 'not a function' },
      {
        toString: () => {
          throw new Error('boom');
        },
      },
      {
        [Symbol.toPrimitive]: () => {
          throw new Error('boom');
        },
      },
    ];
    for (const error of hostile) {
      const failed = { ...actionEvent('ACTION_FAILED', 'PlayAudio'), ActionData: { Type: 'PlayAudio', Parameters: {}, Error: error } };
      const result = safeParseInvocationEvent(failed);
      expect(result.success).toBe(false);
      if (result.success) continue;
      expect(result.error.issues.map((issue) => [issue.path, issue.code, issue.message])).toEqual([
        ['ActionData.Error', 'type', 'ActionData.Error must be a string, got an object'],
      ]);
      expect(() => parseInvocationEvent(failed)).toThrow(SmaValidationError);
    }
  });
});

describe('oracle: parser details', () => {
  const failedWith = (error: unknown): Json => ({
    ...actionEvent('ACTION_FAILED', 'JoinChimeMeeting'),
    ActionData: { Type: 'JoinChimeMeeting', Parameters: {}, Error: error },
  });
  const split = (error: string): [unknown, unknown] => {
    const data = (parseInvocationEvent(failedWith(error)) as unknown as { ActionData: Json }).ActionData;
    return [data.ErrorType, data.ErrorMessage];
  };

  it('reads Error as "<ErrorType>: <message>": a type starts with a letter and holds word characters, dots and dashes', () => {
    expect(split('Error.Sub-Type_1: msg')).toEqual(['Error.Sub-Type_1', 'msg']);
    expect(split(' \tA  :  b c ')).toEqual(['A', 'b c ']);
    expect(split('A:')).toEqual(['A', '']);
    expect(split('A: first\nsecond')).toEqual(['A', 'first\nsecond']);
    expect(split('A: b: c')).toEqual(['A', 'b: c']);
    for (const broken of ['1Error: x', ': x', 'Error x', 'Err or: x', '', '-A: x', 'A!: x']) {
      expect(errorsOf(failedWith(broken)), broken).toEqual([['ActionData.Error', 'format']]);
    }
  });

  it('an ErrorType sent with Error wins, and then ErrorMessage is required', () => {
    const data = { Type: 'PlayAudio', Parameters: {}, ErrorType: 'SystemException', Error: 'Other: x' };
    expect(errorsOf({ ...actionEvent('ACTION_FAILED', 'PlayAudio'), ActionData: data })).toEqual([['ActionData.ErrorMessage', 'required']]);
    const parsed = parseInvocationEvent({
      ...actionEvent('ACTION_FAILED', 'PlayAudio'),
      ActionData: { ...data, ErrorMessage: '' },
    }) as unknown as { ActionData: Json };
    expect([parsed.ActionData.ErrorType, parsed.ActionData.ErrorMessage]).toEqual(['SystemException', '']);
  });

  it('masks phone numbers and private values in messages about participants', () => {
    const messages = (value: unknown): string[] => {
      const result = safeParseInvocationEvent(value);
      return result.success ? [] : result.error.issues.map((issue) => issue.message);
    };
    expect(messages(patched(INBOUND, { 'CallDetails.Participants[0].To': 14155550100 }))).toEqual([
      'CallDetails.Participants[0].To must be a string, got [redacted value]',
    ]);
    expect(messages(patched(INBOUND, { 'CallDetails.Participants[0].SipHeaders': { 'X-Pin': 1234 } }))).toEqual([
      'CallDetails.Participants[0].SipHeaders.X-Pin must be a string, got [redacted value]',
    ]);
    expect(messages(patched(INBOUND, { 'CallDetails.TransactionAttributes': 'pin=1234' }))).toEqual([
      'CallDetails.TransactionAttributes must be an object of string values, got [redacted, 8 characters]',
    ]);
    expect(messages(patched(INBOUND, { 'CallDetails.Participants[0].StartTimeInMilliseconds': '2022-01-12' }))).toEqual([
      'CallDetails.Participants[0].StartTimeInMilliseconds must be epoch milliseconds as a string of decimal digits, got "2022-01-12"',
    ]);
    expect(messages(patched(INBOUND, { 'CallDetails.Participants[0].ParticipantTag': 'leg-c' }))).toEqual([
      'CallDetails.Participants[0].ParticipantTag must be one of "LEG-A", "LEG-B", got "leg-c"',
    ]);
    const outbound = event('NEW_OUTBOUND_CALL', { ActionData: { Type: 'Call', Parameters: { Arguments: { pin: 1234 } } } });
    expect(messages(outbound)).toEqual(['ActionData.Parameters.Arguments.pin must be a string, got [redacted value]']);
  });

  it('reports duplicate legs only for non-empty string values, each on the later participant', () => {
    const noIds = [
      { ...LEG_A, CallId: '' },
      { ...LEG_B, CallId: '' },
    ];
    expect(errorsOf(patched(INBOUND, { 'CallDetails.Participants': noIds }))).toEqual([
      ['CallDetails.Participants[0].CallId', 'required'],
      ['CallDetails.Participants[1].CallId', 'required'],
    ]);
    const three = [LEG_A, LEG_B, { ...LEG_B, CallId: 'call-c' }, { ...LEG_A, CallId: 'call-a', ParticipantTag: 7 }];
    expect(errorsOf(patched(INBOUND, { 'CallDetails.Participants': three }))).toEqual([
      ['CallDetails.Participants[3].ParticipantTag', 'type'],
      ['CallDetails.Participants[3].CallId', 'duplicate'],
      ['CallDetails.Participants[2].ParticipantTag', 'duplicate'],
    ]);
    const result = safeParseInvocationEvent(patched(INBOUND, { 'CallDetails.Participants': three }));
    expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toContain(
      'CallDetails.Participants[2].ParticipantTag is the same as Participants[1].ParticipantTag: a call has one participant per leg',
    );
  });

  it('keeps key order when it renames SipApplicationId and InvocationEvent, and drops an alias that agrees', () => {
    const legacy = {
      InvocationEvent: 'NEW_INBOUND_CALL',
      SchemaVersion: '1.0',
      Sequence: 1,
      CallDetails: { SipApplicationId: 'sma-1', TransactionId: 't', AwsAccountId: 'a', AwsRegion: 'r', Participants: [LEG_A] },
    };
    const parsed = parseInvocationEvent(legacy) as unknown as Json & { CallDetails: Json };
    expect(Object.keys(parsed)).toEqual(['InvocationEventType', 'SchemaVersion', 'Sequence', 'CallDetails']);
    expect(Object.keys(parsed.CallDetails)).toEqual([
      'SipMediaApplicationId',
      'TransactionId',
      'AwsAccountId',
      'AwsRegion',
      'Participants',
    ]);
    const both = parseInvocationEvent(patched(INBOUND, { 'CallDetails.SipApplicationId': 'sma-1' })) as unknown as { CallDetails: Json };
    expect('SipApplicationId' in both.CallDetails).toBe(false);
    expect(both.CallDetails.SipMediaApplicationId).toBe('sma-1');
  });

  it('keeps unknown fields without reporting them, and reports nothing but errors', () => {
    const extra = patched(INBOUND, { Extra: { a: 1 }, 'CallDetails.Extra': 1, 'CallDetails.Participants[0].Extra': 'x' });
    const result = safeParseInvocationEvent(extra);
    expect(result.success).toBe(true);
    expect(result.success && (result.data as unknown as Json).Extra).toEqual({ a: 1 });
    const broken = safeParseInvocationEvent(patched(extra, { Sequence: '1' }));
    expect(broken.success ? [] : broken.error.issues.map((issue) => [issue.path, issue.code, issue.severity])).toEqual([
      ['Sequence', 'number_as_string', 'error'],
    ]);
  });

  it('an empty SipResponseCode string is a type error; a code with spaces around it is read', () => {
    expect(errorsOf(patched(HANGUP, { 'ActionData.Parameters.SipResponseCode': '' }))).toEqual([
      ['ActionData.Parameters.SipResponseCode', 'type'],
    ]);
    expect(errorsOf(patched(HANGUP, { 'ActionData.Parameters.SipResponseCode': '\t480\n' }))).toEqual([]);
  });
});

describe('oracle: parser edges found by mutation testing', () => {
  const messages = (value: unknown): string[] => {
    const result = safeParseInvocationEvent(value);
    return result.success ? [] : result.error.issues.map((issue) => issue.message);
  };

  it('a field present with the value undefined counts as missing', () => {
    expect(errorsOf(event('INVALID_LAMBDA_RESPONSE', { ErrorType: undefined, ErrorMessage: 'x' }))).toEqual([['ErrorType', 'required']]);
    expect(errorsOf(actionEvent('ACTION_SUCCESSFUL', 'ReceiveDigits', { ReceivedDigits: undefined }))).toEqual([
      ['ActionData.ReceivedDigits', 'required'],
    ]);
  });

  it('an ACTION_FAILED of an unknown action type reports the type only; a missing Parameters never crashes the checks of extras', () => {
    expect(errorsOf(event('ACTION_FAILED', { ActionData: { Type: 'PlayVideo', Parameters: {} } }))).toEqual([
      ['ActionData.Type', 'unknown_action_type'],
    ]);
    expect(errorsOf(event('ACTION_SUCCESSFUL', { ActionData: { Type: 'CallAndBridge' } }))).toEqual([
      ['ActionData.Parameters', 'required'],
    ]);
  });

  it('an ACTION_INTERRUPTED carries no result: result fields of another type are kept, not checked', () => {
    expect(errorsOf(actionEvent('ACTION_INTERRUPTED', 'StartBotConversation', { CallId: 7, IntentResult: 'x' }))).toEqual([]);
  });

  it('a SipResponseCode string is read only when it is all digits', () => {
    for (const code of ['x486', '486x', '4 86']) {
      expect(messages(patched(HANGUP, { 'ActionData.Parameters.SipResponseCode': code }))).toEqual([
        `ActionData.Parameters.SipResponseCode must be a number, got "${code}"`,
      ]);
    }
  });

  it('names the event type in the message of a missing ActionData', () => {
    expect(messages(patched(HANGUP, { ActionData: DELETE }))).toEqual([
      'ActionData is required in a HANGUP event ({ Type, Parameters, … })',
    ]);
    expect(messages(event('DIGITS_RECEIVED'))).toEqual(['ActionData is required in a DIGITS_RECEIVED event ({ Type, Parameters, … })']);
    expect(messages(event('CALL_UPDATE_REQUESTED'))).toEqual([
      'ActionData is required in a CALL_UPDATE_REQUESTED event ({ Type, Parameters, … })',
    ]);
    expect(messages(event('ACTION_FAILED'))).toEqual(['ActionData is required in a ACTION_FAILED event ({ Type, Parameters, … })']);
    expect(messages(event('ACTION_INTERRUPTED'))).toEqual([
      'ActionData is required in a ACTION_INTERRUPTED event ({ Type, Parameters, … })',
    ]);
  });

  it('a SipResponseCode string of digits with surrounding spaces is read as its number', () => {
    const parsed = parseInvocationEvent(patched(HANGUP, { 'ActionData.Parameters.SipResponseCode': ' 486\n' })) as unknown as {
      ActionData: { Parameters: { SipResponseCode: unknown } };
    };
    expect(parsed.ActionData.Parameters.SipResponseCode).toBe(486);
  });

  it('INVALID_LAMBDA_RESPONSE: each error field is checked at its own path', () => {
    expect(messages(event('INVALID_LAMBDA_RESPONSE', { ErrorType: 'A', ErrorMessage: 5 }))).toEqual([
      'ErrorMessage must be a string, got 5',
    ]);
  });

  it('the value itself, an empty event type, and the thrown error', () => {
    expect(messages(null)).toEqual(['The value must be an invocation event object, got null']);
    expect(errorsOf(patched(INBOUND, { InvocationEventType: '' }))).toEqual([['InvocationEventType', 'required']]);
    expect(() => parseInvocationEvent(patched(INBOUND, { Sequence: 0 }))).toThrow(SmaValidationError);
    let thrown: unknown;
    try {
      parseInvocationEvent(patched(INBOUND, { Sequence: 0 }));
    } catch (error) {
      thrown = error;
    }
    expect((thrown as Error).message).toBe('Invalid invocation event (1 issue):\n  - Sequence must be at least 1, got 0');
  });
});
