/**
 * Oracle for the documented error types and messages of each action (the simulator's failures),
 * read from the error tables of the AWS pages as summarised in ../shared/spec/actions.md, not from
 * the `xxxErrors` objects of the action files: a message or an error type changed there fails here.
 *
 * The rule the simulator follows: an injected failure of a documented ErrorType carries the first
 * documented message of that type; where the docs give none ("(empty in doc)", "undocumented"),
 * the message says which error of which action it is. An undocumented ErrorType is refused.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actionSpecs, isActionType } from '../../src/actions/index.js';
import { simulateCall } from '../../src/testing/index.js';
import { checkInjectedError, errorMessageOf } from '../../src/testing/errors.js';

interface DocumentedError {
  action: string;
  errorType: string;
  message: string | undefined;
}

/** The rows of each action's **Errors** table in actions.md, in order. */
function documentedErrors(): DocumentedError[] {
  const md = readFileSync(new URL('../../../shared/spec/actions.md', import.meta.url), 'utf8');
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
const firstOfEach = rows.filter((row, index) => rows.findIndex((other) => other.action === row.action && other.errorType === row.errorType) === index);

describe('the documented error tables (actions.md)', () => {
  it('are read: every action with an error table has rows', () => {
    expect(new Set(rows.map((row) => row.action)).size).toBeGreaterThanOrEqual(12);
    expect(firstOfEach.length).toBeGreaterThanOrEqual(35);
  });

  it.each(firstOfEach.map((row) => [row.action, row.errorType, row] as const))('%s %s: its documented message', (action, errorType, row) => {
    expect(checkInjectedError(action, errorType)).toBeUndefined();
    expect(errorMessageOf(action, errorType)).toBe(row.message ?? `${errorType} while running ${action}.`);
  });

  // The tables are not the only source (CallAndBridge's ringback tone adds InvalidAudioSource,
  // SendDigits the general SystemException): the refusal lists at least the table's types.
  it.each([...new Set(rows.map((row) => row.action))])('%s: no undocumented ErrorType is accepted', (action) => {
    const refusal = checkInjectedError(action, 'NotAnErrorType');
    expect(refusal).toMatch(new RegExp(`^"NotAnErrorType" is not a documented ErrorType of ${action} \\(documented: [A-Za-z, ]+\\)$`));
    for (const row of rows.filter((other) => other.action === action)) expect(refusal).toContain(row.errorType);
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
    const { data } = await failed(() => ({ Type: 'PlayAudio', Parameters: { AudioSource: { Type: 'S3', BucketName: 'b', Key: 'k.wav' } } }), 'PlayAudio', 'InvalidAudioSource');
    expect(data).toMatchObject({ ErrorType: 'InvalidAudioSource', ErrorMessage: 'The audio source parameter is invalid.' });
    expect(data).not.toHaveProperty('Error');
  });

  it('one Error string for JoinChimeMeeting and StartCallRecording', async () => {
    const recording = await failed((CallId) => ({ Type: 'StartCallRecording', Parameters: { CallId, Track: 'BOTH', Destination: { Type: 'S3', Location: 'my-bucket/calls' } } }), 'StartCallRecording', 'NoAccessToDestination');
    expect(recording.data).toMatchObject({ Error: 'NoAccessToDestination: Error while accessing destination' });
    expect(recording.data).not.toHaveProperty('ErrorType');
    expect(recording.data).not.toHaveProperty('ErrorMessage');
  });

  it('StartBotConversation adds the CallId; ModifyChimeMeetingAttendees an ErrorList', async () => {
    const bot = await failed((CallId) => ({ Type: 'StartBotConversation', Parameters: { CallId, BotAliasArn: BOT } }), 'StartBotConversation', 'ResourceNotFound');
    expect(bot.data).toMatchObject({ CallId: bot.callId, ErrorType: 'ResourceNotFound', ErrorMessage: 'ResourceNotFound while running StartBotConversation.' });
    const played = await failed(() => ({ Type: 'PlayAudio', Parameters: { AudioSource: { Type: 'S3', BucketName: 'b', Key: 'k.wav' } } }), 'PlayAudio', 'SystemException');
    expect(played.data).not.toHaveProperty('CallId');
    expect(played.data).not.toHaveProperty('ErrorList');
  });
});

describe('interruptible: the actions CALL_UPDATE_REQUESTED interrupts (actions.json "interruptible", from the docs\' list)', () => {
  const documented = JSON.parse(readFileSync(new URL('../../../shared/spec/actions.json', import.meta.url), 'utf8')) as Array<{ type: string; interruptible: unknown }>;
  const listed = documented.filter((action) => isActionType(action.type));

  it('covers every action type', () => {
    expect(listed.map((action) => action.type).sort()).toEqual(Object.keys(actionSpecs).sort());
  });

  it.each(listed.map((action) => [action.type, action.interruptible === true] as const))('%s: interruptible %s', (type, interruptible) => {
    expect((actionSpecs as Record<string, { interruptible: boolean }>)[type]?.interruptible).toBe(interruptible);
  });
});
