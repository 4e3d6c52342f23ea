import { describe, expect, it } from 'vitest';
import { BOT_CONFIGURATION_MAX_BYTES, SmaValidationError, actions, effectiveParameters, validateAction } from '../../src/index.js';
import { examplesOf, expectCleanRoundTrip } from './examples.js';

const botAliasArn = 'arn:aws:lex:us-east-1:123456789012:bot-alias/ABCDEFGHIH/MNOPQRSTUV';

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof SmaValidationError) return error.issues.map((i) => [i.path, i.code]);
    throw error;
  }
  throw new Error('did not throw');
}

const wire = (parameters: Record<string, unknown>) => validateAction({ Type: 'StartBotConversation', Parameters: parameters });
const pathsOf = (result: ReturnType<typeof validateAction>) => result.issues.map((i) => [i.path, i.code, i.severity]);

describe('StartBotConversation', () => {
  it('round-trips every documented example and validates it without issues', () => {
    const examples = examplesOf('StartBotConversation');
    expect(examples.length).toBeGreaterThan(0);
    for (const { action } of examples) {
      expectCleanRoundTrip(action);
    }
  });

  it('emits only what was set; LocaleId defaults to en_US in effectiveParameters only', () => {
    const builder = actions.startBotConversation({ botAliasArn });
    expect(builder.toJSON()).toEqual({ Type: 'StartBotConversation', Parameters: { BotAliasArn: botAliasArn } });
    expect(builder.onLeg('LEG-A').toJSON().Parameters).toEqual({ ParticipantTag: 'LEG-A', BotAliasArn: botAliasArn });
    expect(builder.onCall('call-1').toJSON().Parameters).toEqual({ CallId: 'call-1', BotAliasArn: botAliasArn });
    expect(effectiveParameters(builder)).toEqual({ BotAliasArn: botAliasArn, LocaleId: 'en_US' });
  });

  it('keeps SessionAttributes keys verbatim and camelCases the documented keys', () => {
    const json = actions
      .startBotConversation({
        botAliasArn,
        localeId: 'fr_FR',
        configuration: {
          sessionState: { sessionAttributes: { 'x-amz-lex:start-timeout-ms:*:*': '4000', MyKey: 'v' }, dialogAction: { type: 'Delegate' } },
        },
      })
      .toJSON();
    expect(json.Parameters).toEqual({
      BotAliasArn: botAliasArn,
      LocaleId: 'fr_FR',
      Configuration: {
        SessionState: { SessionAttributes: { 'x-amz-lex:start-timeout-ms:*:*': '4000', MyKey: 'v' }, DialogAction: { Type: 'Delegate' } },
      },
    });
  });

  it('runs on LEG-A only, at run time too', () => {
    const builder = actions.startBotConversation({ botAliasArn }) as unknown as { onLeg(tag: string): unknown };
    expect(() => builder.onLeg('LEG-B')).toThrow(/must be one of "LEG-A" for StartBotConversation/);
    expect(pathsOf(wire({ ParticipantTag: 'LEG-B', BotAliasArn: botAliasArn }))).toEqual([['Parameters.ParticipantTag', 'enum', 'error']]);
  });

  it('requires BotAliasArn in the documented ARN format', () => {
    expect(issuesOf(() => actions.startBotConversation({} as never))).toEqual([['Parameters.BotAliasArn', 'required']]);
    for (const bad of [
      'arn:aws:lex:us-east-1:123456789012:bot/ABCDEFGHIH',
      'arn:aws:lex:us-east-1:1234:bot-alias/ABCDEFGHIH/MNOPQRSTUV',
      'arn:aws:polly:us-east-1:123456789012:bot-alias/ABCDEFGHIH/MNOPQRSTUV',
      'ABCDEFGHIH/MNOPQRSTUV',
    ]) {
      expect(issuesOf(() => actions.startBotConversation({ botAliasArn: bad }))).toEqual([['Parameters.BotAliasArn', 'pattern']]);
    }
    expect(actions.startBotConversation({ botAliasArn: 'arn:aws:lex:eu-west-2:210987654321:bot-alias/BOT1234567/TSTALIASID' }).ready).toBe(
      true,
    );
    expect(() => actions.startBotConversation({ botAliasArn: 'nope' })).toThrow(
      /arn:aws:lex:region:awsAccountId:bot-alias\/botId\/botAliasId/,
    );
  });

  it('checks DialogAction.Type and WelcomeMessages ContentType enums, and ContentType is required', () => {
    expect(
      wire({
        BotAliasArn: botAliasArn,
        Configuration: {
          SessionState: { DialogAction: { Type: 'ElicitSlot' }, SessionAttributes: { k: 1 } },
          WelcomeMessages: [{ Content: 'Hi' }, { Content: 'Hi', ContentType: 'Html' }],
        },
      }).issues.map((i) => [i.path, i.code]),
    ).toEqual([
      ['Parameters.Configuration.SessionState.SessionAttributes.k', 'type'],
      ['Parameters.Configuration.SessionState.DialogAction.Type', 'enum'],
      ['Parameters.Configuration.WelcomeMessages[0].ContentType', 'required'],
      ['Parameters.Configuration.WelcomeMessages[1].ContentType', 'enum'],
      ['Parameters.Configuration.SessionState.DialogAction.Type', 'cross_field'],
    ]);
  });

  it('requires DialogAction.Type ElicitIntent when WelcomeMessages is set (cross-field, on DialogAction.Type)', () => {
    const welcomeMessages = [{ content: 'Hello', contentType: 'PlainText' }] as const;
    expect(issuesOf(() => actions.startBotConversation({ botAliasArn, configuration: { welcomeMessages } } as never))).toEqual([
      ['Parameters.Configuration.SessionState.DialogAction.Type', 'cross_field'],
    ]);
    expect(
      issuesOf(() =>
        actions.startBotConversation({
          botAliasArn,
          configuration: { sessionState: { dialogAction: { type: 'Delegate' } }, welcomeMessages },
        } as never),
      ),
    ).toEqual([['Parameters.Configuration.SessionState.DialogAction.Type', 'cross_field']]);
    const ok = actions.startBotConversation({
      botAliasArn,
      configuration: { sessionState: { dialogAction: { type: 'ElicitIntent' } }, welcomeMessages },
    });
    expect(ok.toJSON().Parameters.Configuration?.WelcomeMessages).toEqual([{ Content: 'Hello', ContentType: 'PlainText' }]);
    // ElicitIntent without welcome messages is fine.
    expect(wire({ BotAliasArn: botAliasArn, Configuration: { SessionState: { DialogAction: { Type: 'ElicitIntent' } } } })).toEqual({
      ok: true,
      issues: [],
    });
  });

  it('limits Configuration to 10 KB of JSON (bytes of UTF-8), inclusive', () => {
    const overhead = JSON.stringify({ SessionState: { SessionAttributes: { k: '' } } }).length;
    const fits = { SessionState: { SessionAttributes: { k: 'a'.repeat(BOT_CONFIGURATION_MAX_BYTES - overhead) } } };
    expect(BOT_CONFIGURATION_MAX_BYTES).toBe(10240);
    expect(wire({ BotAliasArn: botAliasArn, Configuration: fits })).toEqual({ ok: true, issues: [] });
    // One more byte, written as a two-byte character: counted in UTF-8 bytes, not characters.
    const tooBig = { SessionState: { SessionAttributes: { k: `${'a'.repeat(BOT_CONFIGURATION_MAX_BYTES - overhead - 1)}é` } } };
    const result = wire({ BotAliasArn: botAliasArn, Configuration: tooBig });
    expect(pathsOf(result)).toEqual([['Parameters.Configuration', 'max_size', 'error']]);
    expect(result.issues[0]?.message).toContain('at most 10 KB (10240 bytes) as JSON, got 10241 bytes');
    expect(result.issues[0]?.message).not.toContain('aaaa');
  });

  it('warns about the misspelled LocalId that samples send (the service ignores it)', () => {
    expect(pathsOf(wire({ BotAliasArn: botAliasArn, LocalId: 'en_US' }))).toEqual([['Parameters.LocalId', 'unknown_parameter', 'warning']]);
    expect(issuesOf(() => actions.startBotConversation({ botAliasArn, localId: 'en_US' } as never))).toEqual([
      ['Parameters.localId', 'unknown_parameter'],
    ]);
  });

  it('masks SessionAttributes values in messages', () => {
    const result = wire({ BotAliasArn: botAliasArn, Configuration: { SessionState: { SessionAttributes: { card: 4111111111111111 } } } });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain('4111111111111111');
  });
});
