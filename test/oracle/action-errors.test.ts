/**
 * Oracle for the documented error types and messages of each action (the simulator's failures),
 * read from the error tables of the AWS pages as summarised in ../shared/spec/actions.md, not from
 * the `xxxErrors` objects of the action files: a message or an error type changed there fails here.
 *
 * The rule the simulator follows: an injected failure of a documented ErrorType carries the first
 * documented message of that type; where the docs give none ("(empty in doc)", "undocumented"),
 * the message says which error of which action it is. An undocumented ErrorType is refused.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { actionSpecs, isActionType } from '../../src/actions/index.js';
import { safeParseInvocationEvent } from '../../src/index.js';
import { simulateCall } from '../../src/testing/index.js';
import { checkInjectedError, errorMessageOf } from '../../src/testing/errors.js';

/**
 * A file of ../shared/spec, found from this file upwards (the mutation tests run a copy of the
 * repository in a sandbox one or two levels below the worktree).
 */
function specFile(name: string): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'spec', name);
    if (existsSync(candidate)) return readFileSync(candidate, 'utf8');
  }
  throw new Error(`../shared/spec/${name} not found above ${fileURLToPath(import.meta.url)}`);
}

interface DocumentedError {
  action: string;
  errorType: string;
  message: string | undefined;
}

/** The rows of each action's **Errors** table in actions.md, in order. */
function documentedErrors(): DocumentedError[] {
  const md = specFile('actions.md');
  const rows: DocumentedError[] = [];
  for (const section of md.split(/^### /m).slice(1)) {
    const action = section.slice(0, section.indexOf('\n')).trim();
    const table = section.split('**Errors**')[1];
    if (table === undefined || !/^[A-Za-z]+$/.test(action)) continue;
    for (const line of table.split('\n').filter((l) => l.startsWith('| `'))) {
      const [, type = '', message = ''] = line.split('|').map((cell) => cell.trim());
      const documented = message !== '' && !message.startsWith('(empty in doc)') && !message.startsWith('undocumented');
      rows.push({ action, errorType: type.replaceAll('`', ''), message: documented ? message : undefined });
    }
  }
  return rows;
}

const rows = documentedErrors();
const firstOfEach = rows.filter(
  (row, index) => rows.findIndex((other) => other.action === row.action && other.errorType === row.errorType) === index,
);

describe('the documented error tables (actions.md)', () => {
  it('are read: every action with an error table has rows', () => {
    expect(new Set(rows.map((row) => row.action)).size).toBeGreaterThanOrEqual(12);
    expect(firstOfEach.length).toBeGreaterThanOrEqual(35);
  });

  it.each(firstOfEach.map((row) => [row.action, row.errorType, row] as const))(
    '%s %s: its documented message',
    (action, errorType, row) => {
      expect(checkInjectedError(action, errorType)).toBeUndefined();
      expect(errorMessageOf(action, errorType)).toBe(row.message ?? `${errorType} while running ${action}.`);
    },
  );

  // The tables are not the only source (CallAndBridge's ringback tone adds InvalidAudioSource,
  // SendDigits the general SystemException): the refusal lists at least the table's types.
  it.each([...new Set(rows.map((row) => row.action))])('%s: no undocumented ErrorType is accepted', (action) => {
    const refusal = checkInjectedError(action, 'NotAnErrorType');
    expect(refusal).toMatch(new RegExp(`^"NotAnErrorType" is not a documented ErrorType of ${action} \\(documented: [A-Za-z, ]+\\)$`));
    for (const row of rows.filter((other) => other.action === action)) expect(refusal).toContain(row.errorType);
  });

  // Error types the simulator accepts beyond the tables (Hangup's, Pause's … generic ones) have no
  // documented message: theirs names the error and the action.
  it.each(Object.keys(actionSpecs))('%s: every accepted ErrorType without a documented message names itself', (action) => {
    const listed = /\(documented: ([A-Za-z, ]+)\)$/.exec(checkInjectedError(action, 'NotAnErrorType') ?? '')?.[1]?.split(', ') ?? [];
    expect(listed.length).toBeGreaterThan(0);
    for (const errorType of listed) {
      const row = firstOfEach.find((other) => other.action === action && other.errorType === errorType);
      if (row?.message === undefined) expect(errorMessageOf(action, errorType)).toBe(`${errorType} while running ${action}.`);
    }
  });

  it('a type that is not an action is refused by name', () => {
    expect(checkInjectedError('Dance', 'SystemException')).toBe('"Dance" is not a returnable action type');
    expect(errorMessageOf('Dance', 'SystemException')).toBe('SystemException while running Dance.');
  });
});

describe('the documented failure payloads (actions.md "Failure payload"; per-action ACTION_FAILED examples)', () => {
  const BOT = 'arn:aws:lex:us-east-1:123456789012:bot-alias/ABCDEFGHIJ/TSTALIASID';
  type Event = { Sequence: number; CallDetails: { Participants: Array<{ CallId: string }> }; ActionData?: Record<string, unknown> };
  const failed = async (action: (callId: string) => unknown, type: string, errorType: string) => {
    const seen: Event[] = [];
    await simulateCall(
      (event: Event) => {
        seen.push(event);
        return { SchemaVersion: '1.0', Actions: event.Sequence === 1 ? [action(String(event.CallDetails.Participants[0]?.CallId))] : [] };
      },
      { failures: [{ action: type as never, errorType: errorType as never }] },
    );
    return { data: seen[1]?.ActionData, callId: String(seen[0]?.CallDetails.Participants[0]?.CallId) };
  };

  it('ErrorType and ErrorMessage by default', async () => {
    const { data } = await failed(
      () => ({ Type: 'PlayAudio', Parameters: { AudioSource: { Type: 'S3', BucketName: 'b', Key: 'k.wav' } } }),
      'PlayAudio',
      'InvalidAudioSource',
    );
    expect(data).toMatchObject({ ErrorType: 'InvalidAudioSource', ErrorMessage: 'The audio source parameter is invalid.' });
    expect(data).not.toHaveProperty('Error');
  });

  it('one Error string for JoinChimeMeeting and StartCallRecording', async () => {
    const recording = await failed(
      (CallId) => ({
        Type: 'StartCallRecording',
        Parameters: { CallId, Track: 'BOTH', Destination: { Type: 'S3', Location: 'my-bucket/calls' } },
      }),
      'StartCallRecording',
      'NoAccessToDestination',
    );
    expect(recording.data).toMatchObject({ Error: 'NoAccessToDestination: Error while accessing destination' });
    expect(recording.data).not.toHaveProperty('ErrorType');
    expect(recording.data).not.toHaveProperty('ErrorMessage');
  });

  it('StartBotConversation adds the CallId; ModifyChimeMeetingAttendees an ErrorList', async () => {
    const bot = await failed(
      (CallId) => ({ Type: 'StartBotConversation', Parameters: { CallId, BotAliasArn: BOT } }),
      'StartBotConversation',
      'ResourceNotFound',
    );
    expect(bot.data).toMatchObject({
      CallId: bot.callId,
      ErrorType: 'ResourceNotFound',
      ErrorMessage: 'ResourceNotFound while running StartBotConversation.',
    });
    const played = await failed(
      () => ({ Type: 'PlayAudio', Parameters: { AudioSource: { Type: 'S3', BucketName: 'b', Key: 'k.wav' } } }),
      'PlayAudio',
      'SystemException',
    );
    expect(played.data).not.toHaveProperty('CallId');
    expect(played.data).not.toHaveProperty('ErrorList');
    const modify = await failed(
      () => ({
        Type: 'ModifyChimeMeetingAttendees',
        Parameters: { Operation: 'Mute', MeetingId: 'm', AttendeeList: ['a'], ParticipantTag: 'LEG-B' },
      }),
      'Pause',
      'SystemException',
    );
    expect(modify.data).toMatchObject({
      ErrorList: [],
      ErrorType: 'InvalidActionParameter',
      ErrorMessage: 'Call is not connected to Chime Meeting.',
    });
  });

  it('no CallId is added when the action names no leg of the call', async () => {
    const lost = await failed(
      () => ({ Type: 'StartBotConversation', Parameters: { CallId: 'no-such-call', BotAliasArn: BOT } }),
      'Pause',
      'SystemException',
    );
    expect(lost.data).toMatchObject({
      ErrorType: 'InvalidActionParameter',
      ErrorMessage: 'CallId or ParticipantTag parameter for action is invalid.',
    });
    expect((lost.data as { Parameters: unknown }).Parameters).toEqual({ CallId: 'no-such-call', BotAliasArn: BOT });
    expect(Object.keys(lost.data ?? {}).sort()).toEqual(['ErrorMessage', 'ErrorType', 'Parameters', 'Type']);
  });
});

describe('interruptible: the actions CALL_UPDATE_REQUESTED interrupts (actions.json "interruptible", from the docs\' list)', () => {
  const documented = JSON.parse(specFile('actions.json')) as Array<{ type: string; interruptible: unknown }>;
  const listed = documented.filter((action) => isActionType(action.type));

  it('covers every action type', () => {
    expect(listed.map((action) => action.type).sort()).toEqual(Object.keys(actionSpecs).sort());
  });

  it.each(listed.map((action) => [action.type, action.interruptible === true] as const))('%s: interruptible %s', (type, interruptible) => {
    expect((actionSpecs as Record<string, { interruptible: boolean }>)[type]?.interruptible).toBe(interruptible);
  });
});

describe('result fields: the documented ACTION_SUCCESSFUL extras, required by the parser (actions.json examples)', () => {
  const LEG_A = {
    CallId: 'call-a',
    ParticipantTag: 'LEG-A',
    To: '+14155550100',
    From: '+14155550199',
    Direction: 'Inbound',
    StartTimeInMilliseconds: '1641998241509',
    Status: 'Connected',
  };
  const wrap = (ActionData: unknown) => ({
    SchemaVersion: '1.0',
    Sequence: 2,
    InvocationEventType: 'ACTION_SUCCESSFUL',
    ActionData,
    CallDetails: {
      TransactionId: 't-1',
      AwsAccountId: '123456789012',
      AwsRegion: 'us-east-1',
      SipRuleId: 'r-1',
      SipMediaApplicationId: 's-1',
      Participants: [LEG_A],
    },
  });
  const dataPathsOf = (event: unknown) => {
    const parsed = safeParseInvocationEvent(event);
    return parsed.success
      ? []
      : parsed.error.issues
          .filter((issue) => issue.severity === 'error' && issue.path.startsWith('ActionData'))
          .map((issue) => `${issue.path} ${issue.code}`);
  };
  // Hand-written from the docs' ACTION_SUCCESSFUL examples (call-id placeholders made valid).
  const examples: Record<string, Record<string, unknown>> = {
    ReceiveDigits: {
      Type: 'ReceiveDigits',
      Parameters: {
        CallId: 'call-a',
        InputDigitsRegex: '^\\d{2}#$',
        InBetweenDigitsDurationInMilliseconds: 5000,
        FlushDigitsDurationInMilliseconds: 10000,
      },
      ReceivedDigits: '',
    },
    PlayAudioAndGetDigits: {
      Type: 'PlayAudioAndGetDigits',
      Parameters: {
        CallId: 'call-a',
        AudioSource: { Type: 'S3', BucketName: 'b', Key: 'k.wav' },
        FailureAudioSource: { Type: 'S3', BucketName: 'b', Key: 'f.wav' },
        RepeatDurationInMilliseconds: 3000,
      },
      ReceivedDigits: '123',
    },
    SpeakAndGetDigits: {
      Type: 'SpeakAndGetDigits',
      Parameters: {
        CallId: 'call-a',
        SpeechParameters: { Text: 'Hello' },
        FailureSpeechParameters: { Text: 'Again' },
        RepeatDurationInMilliseconds: 3000,
      },
      ReceivedDigits: '1',
    },
    RecordAudio: {
      Type: 'RecordAudio',
      Parameters: {},
      RecordingDestination: { Type: 'S3', BucketName: 'valid-bucket-name', Key: 'valid-S3-key' },
      RecordingTerminatorUsed: '#',
    },
    StartCallRecording: {
      Type: 'StartCallRecording',
      Parameters: { CallId: 'call-a', Track: 'BOTH', Destination: { Type: 'S3', Location: 'valid-bucket-name' } },
      CallRecordingDestination: { Type: 'S3', Location: 'bucket/key.wav' },
    },
    StartBotConversation: {
      CallId: 'call-a',
      Type: 'StartBotConversation',
      Parameters: {},
      IntentResult: {
        SessionId: 's-1',
        SessionState: { Intent: { Name: 'Reserve', Slots: {}, State: 'Fulfilled' } },
        Interpretations: [{ NluConfidence: { Score: 0.9 }, Intent: { Name: 'Reserve' } }],
      },
    },
  };
  const required: Array<[string, string]> = [
    ['ReceiveDigits', 'ReceivedDigits'],
    ['PlayAudioAndGetDigits', 'ReceivedDigits'],
    ['SpeakAndGetDigits', 'ReceivedDigits'],
    ['RecordAudio', 'RecordingDestination'],
    ['RecordAudio', 'RecordingDestination.Type'],
    ['RecordAudio', 'RecordingDestination.BucketName'],
    ['RecordAudio', 'RecordingDestination.Key'],
    ['StartCallRecording', 'CallRecordingDestination'],
    ['StartCallRecording', 'CallRecordingDestination.Type'],
    ['StartCallRecording', 'CallRecordingDestination.Location'],
    ['StartBotConversation', 'CallId'],
    ['StartBotConversation', 'IntentResult'],
    ['StartBotConversation', 'IntentResult.SessionId'],
    ['StartBotConversation', 'IntentResult.SessionState'],
  ];
  const without = (data: Record<string, unknown>, path: string): Record<string, unknown> => {
    const copy = structuredClone(data);
    const keys = path.split('.');
    const last = keys.pop() as string;
    const parent = keys.reduce<Record<string, unknown>>((object, key) => object[key] as Record<string, unknown>, copy);
    delete parent[last];
    return copy;
  };

  it.each(Object.keys(examples))('%s: the documented example parses', (type) => {
    expect(dataPathsOf(wrap(examples[type]))).toEqual([]);
  });

  it.each(required)('%s without %s is rejected as required', (type, path) => {
    expect(dataPathsOf(wrap(without(examples[type] as Record<string, unknown>, path)))).toEqual([`ActionData.${path} required`]);
  });

  it.each([
    ['ReceiveDigits', { ReceivedDigits: 5 }, 'ActionData.ReceivedDigits type'],
    ['PlayAudioAndGetDigits', { ReceivedDigits: 5 }, 'ActionData.ReceivedDigits type'],
    ['SpeakAndGetDigits', { ReceivedDigits: 5 }, 'ActionData.ReceivedDigits type'],
    ['RecordAudio', { RecordingDestination: { Type: 'S3', BucketName: 5, Key: 'k' } }, 'ActionData.RecordingDestination.BucketName type'],
    ['RecordAudio', { RecordingDestination: { Type: 'S3', BucketName: 'b', Key: 5 } }, 'ActionData.RecordingDestination.Key type'],
    ['RecordAudio', { RecordingTerminatorUsed: 5 }, 'ActionData.RecordingTerminatorUsed type'],
    ['StartCallRecording', { CallRecordingDestination: { Type: 'S3', Location: 5 } }, 'ActionData.CallRecordingDestination.Location type'],
    ['StartBotConversation', { IntentResult: { SessionId: 5, SessionState: {} } }, 'ActionData.IntentResult.SessionId type'],
    ['StartBotConversation', { IntentResult: { SessionId: 's', SessionState: 'done' } }, 'ActionData.IntentResult.SessionState type'],
    [
      'StartBotConversation',
      { IntentResult: { SessionId: 's', SessionState: {}, Interpretations: ['x'] } },
      'ActionData.IntentResult.Interpretations[0] type',
    ],
    [
      'StartBotConversation',
      { IntentResult: { SessionId: 's', SessionState: {}, Interpretations: [{ NluConfidence: 'high' }] } },
      'ActionData.IntentResult.Interpretations[0].NluConfidence type',
    ],
    [
      'StartBotConversation',
      { IntentResult: { SessionId: 's', SessionState: {}, Interpretations: [{ NluConfidence: { Score: 'high' } }] } },
      'ActionData.IntentResult.Interpretations[0].NluConfidence.Score type',
    ],
    [
      'StartBotConversation',
      { IntentResult: { SessionId: 's', SessionState: { Intent: 'Reserve' } } },
      'ActionData.IntentResult.SessionState.Intent type',
    ],
    ['RecordAudio', { RecordingDestination: 'bucket/key' }, 'ActionData.RecordingDestination type'],
    ['RecordAudio', { RecordingDestination: { Type: 'GCS', BucketName: 'b', Key: 'k' } }, 'ActionData.RecordingDestination.Type enum'],
    ['StartCallRecording', { CallRecordingDestination: { Type: 'GCS', Location: 'b/k' } }, 'ActionData.CallRecordingDestination.Type enum'],
    ['StartBotConversation', { CallId: 7 }, 'ActionData.CallId type'],
    [
      'StartBotConversation',
      { IntentResult: { SessionId: 's', SessionState: {}, Interpretations: 'none' } },
      'ActionData.IntentResult.Interpretations type',
    ],
  ] as const)('%s with %j is rejected', (type, change, error) => {
    expect(dataPathsOf(wrap({ ...examples[type], ...change }))).toContain(error);
  });

  it('ACTION_FAILED: CallAndBridge and StartBotConversation parameters carry a CallId string', () => {
    const failed = (data: Record<string, unknown>) => ({ ...wrap(data), InvocationEventType: 'ACTION_FAILED' });
    const bridge = {
      Type: 'CallAndBridge',
      Parameters: { CallerIdNumber: '+14155550100', Endpoints: [{ BridgeEndpointType: 'PSTN', Uri: '+14155550123' }], CallId: 7 },
      ErrorType: 'CallNotAnswered',
      ErrorMessage: 'Call not answered',
    };
    expect(dataPathsOf(failed(bridge))).toContain('ActionData.Parameters.CallId type');
  });
});

describe('reported mid-list: the actions reported before the rest of their list runs (actions.json resultEvents "when")', () => {
  const BOT = 'arn:aws:lex:us-east-1:123456789012:bot-alias/ABCDEFGHIJ/TSTALIASID';
  const S3 = { Type: 'S3', BucketName: 'prompts', Key: 'k.wav' };
  // true where the docs report the action "always after the action" or with data the function needs
  // (digits, a recording, a bridged leg, a bot's intent); false where success comes "after the action list".
  const cases: Array<[string, boolean, (callId: string) => Record<string, unknown>]> = [
    ['CallAndBridge', true, () => ({ CallerIdNumber: '+12065551212', Endpoints: [{ BridgeEndpointType: 'PSTN', Uri: '+14155550123' }] })],
    ['JoinChimeMeeting', true, () => ({ JoinToken: 'token-1' })],
    [
      'PlayAudioAndGetDigits',
      true,
      () => ({ AudioSource: S3, FailureAudioSource: S3, MinNumberOfDigits: 1, RepeatDurationInMilliseconds: 1000 }),
    ],
    [
      'SpeakAndGetDigits',
      true,
      (CallId) => ({
        CallId,
        SpeechParameters: { Text: 'PIN?' },
        FailureSpeechParameters: { Text: 'Again' },
        MinNumberOfDigits: 1,
        RepeatDurationInMilliseconds: 1000,
      }),
    ],
    ['RecordAudio', true, (CallId) => ({ CallId, RecordingTerminators: ['#'], RecordingDestination: { Type: 'S3', BucketName: 'rec' } })],
    ['StartBotConversation', true, (CallId) => ({ CallId, BotAliasArn: BOT })],
    ['StartCallRecording', true, (CallId) => ({ CallId, Track: 'BOTH', Destination: { Type: 'S3', Location: 'my-bucket/calls' } })],
    ['PlayAudio', false, () => ({ AudioSource: S3 })],
    ['Speak', false, (CallId) => ({ CallId, Text: 'Hello' })],
    ['SendDigits', false, (CallId) => ({ CallId, Digits: '12' })],
    ['VoiceFocus', false, (CallId) => ({ CallId, Enable: true })],
    ['Pause', false, () => ({ DurationInMilliseconds: 500 })],
    [
      'ReceiveDigits',
      false,
      (CallId) => ({
        CallId,
        InputDigitsRegex: '^1$',
        InBetweenDigitsDurationInMilliseconds: 1000,
        FlushDigitsDurationInMilliseconds: 5000,
      }),
    ],
  ];

  it.each(cases)('%s: reported mid-list %s', async (type, midList, parameters) => {
    const summary: string[] = [];
    await simulateCall(
      (event: {
        Sequence: number;
        InvocationEventType: string;
        ActionData?: { Type?: string };
        CallDetails: { Participants: Array<{ CallId: string }> };
      }) => {
        summary.push(`${event.InvocationEventType} ${event.ActionData?.Type ?? ''}`.trim());
        const callId = String(event.CallDetails.Participants[0]?.CallId);
        return {
          SchemaVersion: '1.0',
          Actions:
            event.Sequence === 1
              ? [
                  { Type: type, Parameters: parameters(callId) },
                  { Type: 'Pause', Parameters: { DurationInMilliseconds: 100 } },
                ]
              : [],
        };
      },
      { digits: '1#', bots: { durationMs: 100 } },
    );
    expect(summary[1]).toBe(midList ? `ACTION_SUCCESSFUL ${type}` : 'ACTION_SUCCESSFUL Pause');
  });

  // On the meeting leg of a JoinChimeMeeting call: ModifyChimeMeetingAttendees "always invoked after
  // the action" (mute-unmute.md); a Hangup of the meeting leg is followed by its ACTION_SUCCESSFUL (hangup.md).
  it.each([
    ['ModifyChimeMeetingAttendees', { Operation: 'Mute', MeetingId: 'm-1', AttendeeList: ['a-1'] }],
    ['Hangup', {}],
  ])('%s on the meeting leg: reported before the rest of its list runs', async (type, parameters) => {
    const summary: string[] = [];
    await simulateCall((event: { Sequence: number; InvocationEventType: string; ActionData?: { Type?: string } }) => {
      summary.push(`${event.InvocationEventType} ${event.ActionData?.Type ?? ''}`.trim());
      const actions =
        event.Sequence === 1
          ? [{ Type: 'JoinChimeMeeting', Parameters: { JoinToken: 'token-1' } }]
          : event.Sequence === 2
            ? [
                { Type: type, Parameters: { ...parameters, ParticipantTag: 'LEG-B' } },
                { Type: 'Pause', Parameters: { ParticipantTag: 'LEG-A', DurationInMilliseconds: 100 } },
              ]
            : [];
      return { SchemaVersion: '1.0', Actions: actions };
    });
    expect(summary.slice(0, 3)).toEqual(['NEW_INBOUND_CALL', 'ACTION_SUCCESSFUL JoinChimeMeeting', `ACTION_SUCCESSFUL ${type}`]);
  });

  it('Pause, Resume and StopCallRecording are reported only at the end of their list (undocumented: the general rule)', async () => {
    const summary: string[] = [];
    const pause = { Type: 'Pause', Parameters: { DurationInMilliseconds: 100 } };
    const steps = ['StartCallRecording', 'PauseCallRecording', 'ResumeCallRecording', 'StopCallRecording'];
    await simulateCall(
      (event: {
        Sequence: number;
        InvocationEventType: string;
        ActionData?: { Type?: string };
        CallDetails: { Participants: Array<{ CallId: string }> };
      }) => {
        summary.push(`${event.InvocationEventType} ${event.ActionData?.Type ?? ''}`.trim());
        const CallId = String(event.CallDetails.Participants[0]?.CallId);
        const type = steps[event.Sequence - 1];
        if (type === undefined) return { SchemaVersion: '1.0', Actions: [] };
        const parameters =
          type === 'StartCallRecording' ? { CallId, Track: 'BOTH', Destination: { Type: 'S3', Location: 'my-bucket/calls' } } : { CallId };
        return { SchemaVersion: '1.0', Actions: [{ Type: type, Parameters: parameters }, pause] };
      },
    );
    expect(summary).toEqual([
      'NEW_INBOUND_CALL',
      'ACTION_SUCCESSFUL StartCallRecording',
      'ACTION_SUCCESSFUL Pause',
      'ACTION_SUCCESSFUL Pause',
      'ACTION_SUCCESSFUL Pause',
    ]);
  });
});
