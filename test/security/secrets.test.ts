import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SmaValidationError,
  actions,
  createSmaHandler,
  effectiveParameters,
  redact,
  response,
  safeParseInvocationEvent,
  validateAction,
  validateResponse,
} from '../../src/index.js';
import { complete, invocationFixtures, loadFixture } from '../events/fixtures.js';
import { runCli } from '../../src/cli/run.js';
import type { WireAction } from '../../src/actions/spec.js';
import { TIMEOUT, params } from '../fuzz/config.js';
import { mutated } from '../fuzz/mutate.js';
import { type Segments, type Site, allSites, anyValidAction, buildUntargeted, setAt, validAction } from '../fuzz/spec-model.js';

/**
 * Secrets and personal data never leave through an error message, a warning, a thrown error,
 * a redacted log copy or the command line: join tokens, phone numbers, SIP header values,
 * TransactionAttributes, session attributes and DTMF digits.
 */

/** A join-token-like secret: long, opaque. */
const token = fc
  .string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/='), minLength: 24, maxLength: 80 })
  .map((text) => `Tk${text}`);
/** Phone numbers, valid E.164 or broken in the ways people break them. */
const phone = fc.oneof(
  fc.stringMatching(/^\+1[2-9]\d{9}$/),
  fc.stringMatching(/^\+[1-9]\d{9,14}$/),
  fc.stringMatching(/^[1-9]\d{9,13}$/),
  fc.stringMatching(/^\+1 \(\d{3}\) \d{3}-\d{4}$/),
  fc.stringMatching(/^\+0\d{10}$/),
);
/** User data (SIP header values, attributes, digits): anything of 8+ characters. */
const userData = fc
  .string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789#*-_'), minLength: 10, maxLength: 40 })
  .map((text) => `S3cr${text}`);

/** Every place a secret sits in an action: the sensitive fields and the user maps, with what goes there. */
function secretSites(): { site: Site; secret: fc.Arbitrary<string>; map: boolean }[] {
  const out: { site: Site; secret: fc.Arbitrary<string>; map: boolean }[] = [];
  for (const site of allSites()) {
    const { rule } = site;
    if (rule.type === 'map') out.push({ site, secret: userData, map: true });
    else if (rule.type === 'string' && rule.sensitive === 'secret') out.push({ site, secret: token, map: false });
    else if (rule.type === 'string' && rule.sensitive === 'phone') out.push({ site, secret: phone, map: false });
    else if (rule.type === 'string' && rule.sensitive === 'private') out.push({ site, secret: userData, map: false });
  }
  return out;
}

const SITES = secretSites();

/** A valid action with a secret at one sensitive site (a map gets it as a value). */
const withSecret: fc.Arbitrary<{ action: WireAction; secret: string }> = fc.constantFrom(...SITES).chain(({ site, secret, map }) =>
  fc.tuple(validAction(site.type, site.segments), secret).map(([action, value]) => {
    const segments: Segments = map ? [...site.segments, site.key.startsWith('CallAndBridge:') ? 'x-secret' : 'secret'] : site.segments;
    return { action: setAt(action, segments, value), secret: value };
  }),
);

/** The parts of a secret that must never show: all of it, and a phone number's digits but the last four. */
function forbidden(secret: string): string[] {
  const digits = secret.replace(/\D/g, '');
  return digits.length >= 11 ? [secret, digits.slice(0, -4)] : [secret];
}

/** `background`: the rest of the input; a part of the secret that also occurs there by chance (a timestamp's digits) is not a leak. */
function assertHidden(text: string, secret: string, background = ''): void {
  for (const part of forbidden(secret)) {
    if (part !== secret && background.includes(part)) continue;
    if (text.includes(part)) throw new Error(`leaked ${JSON.stringify(part)} in: ${text}`);
  }
}

/** Everything a caller can see of a value going through the package. */
function everythingSeen(value: unknown): string {
  const seen: string[] = [];
  const collect = (run: () => unknown): void => {
    try {
      const result = run();
      if (typeof result === 'object' && result !== null && 'issues' in result) seen.push(JSON.stringify(result.issues));
    } catch (error) {
      seen.push(String(error), error instanceof SmaValidationError ? JSON.stringify(error.issues) : '');
    }
  };
  collect(() => validateAction(value));
  collect(() => validateResponse({ SchemaVersion: '1.0', Actions: [value], TransactionAttributes: { a: 'b' } }));
  collect(() => response(value as never));
  collect(() => buildUntargeted(value as WireAction));
  seen.push(JSON.stringify(redact(value)), JSON.stringify(redact(JSON.stringify(value))));
  return seen.join('\n');
}

describe('no secret from an input appears in a message, a warning, an error or a redacted copy', () => {
  it('the sensitive sites are known', () => {
    expect(SITES.map(({ site }) => site.key)).toEqual(
      expect.arrayContaining([
        'CallAndBridge:Parameters.CallerIdNumber',
        'CallAndBridge:Parameters.Endpoints[].Uri',
        'CallAndBridge:Parameters.SipHeaders',
        'JoinChimeMeeting:Parameters.JoinToken',
        'SendDigits:Parameters.Digits',
      ]),
    );
  });

  it(
    'a secret in a valid action, then the action broken at random around it',
    () => {
      fc.assert(
        fc.property(
          withSecret.chain((start) => mutated(fc.constant(start.action)).map((broken) => ({ ...start, broken }))),
          ({ action, broken, secret }) => {
            // Broken or not: both are checked.
            assertHidden(everythingSeen(action), secret);
            assertHidden(everythingSeen(broken), secret);
          },
        ),
        params(),
      );
    },
    TIMEOUT,
  );

  it(
    'a secret where the rule of its own field fails (wrong format, wrong type, too long)',
    () => {
      const wrongSecret = fc.constantFrom(...SITES.filter(({ map }) => !map)).chain(({ site, secret }) =>
        fc
          .tuple(validAction(site.type, site.segments), secret, fc.constantFrom('as-is', 'spaced', 'array', 'object', 'long', 'json'))
          .map(([action, value, how]) => {
            const bad = {
              'as-is': value,
              spaced: ` ${value} `,
              array: [value],
              object: { value },
              long: value.repeat(80),
              json: JSON.stringify({ value }),
            }[how];
            return { action: setAt(action, site.segments, bad), secret: value };
          }),
      );
      fc.assert(
        fc.property(wrongSecret, ({ action, secret }) => assertHidden(everythingSeen(action), secret)),
        params(),
      );
    },
    TIMEOUT,
  );

  it(
    'secrets in TransactionAttributes values and keys of a response, broken or not',
    () => {
      fc.assert(
        fc.property(
          fc.array(anyValidAction, { maxLength: 3 }),
          userData,
          fc.constantFrom('ok', 'number', 'nested', 'many', 'big'),
          (list, secret, how) => {
            const attributes = {
              ok: { pin: secret },
              number: { pin: secret, n: 1 },
              nested: { pin: { secret } },
              many: Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`k${i}`, secret])),
              big: { pin: secret, pad: 'x'.repeat(30_000) },
            }[how];
            const value = { SchemaVersion: '1.0', Actions: list, TransactionAttributes: attributes };
            const seen = [JSON.stringify(validateResponse(value)), JSON.stringify(redact(value))];
            expect(validateResponse(value).ok).toBe(how === 'ok');
            assertHidden(seen.join('\n'), secret);
          },
        ),
        params(),
      );
    },
    TIMEOUT,
  );

  it(
    'the event parser: phone numbers in From/To, TransactionAttributes and SIP header values, broken or not',
    () => {
      const events = invocationFixtures
        .map((entry) => complete(entry, loadFixture(entry.file)))
        .filter((event) => Array.isArray((event.CallDetails as { Participants?: unknown }).Participants));
      const how = fc.constantFrom('as-is', 'number', 'array', 'object', 'json', 'attribute', 'attribute-array', 'header');
      fc.assert(
        fc.property(fc.constantFrom(...events), phone, how, fc.nat(), (base, secret, kind, at) => {
          const event = structuredClone(base) as {
            CallDetails: { Participants: Record<string, unknown>[]; TransactionAttributes?: unknown };
          };
          const participant = event.CallDetails.Participants[at % event.CallDetails.Participants.length] as Record<string, unknown>;
          const key = at % 2 === 0 ? 'From' : 'To';
          const digits = Number(secret.replace(/\D/g, ''));
          if (kind === 'as-is') participant[key] = secret;
          if (kind === 'number') participant[key] = digits;
          if (kind === 'array') participant[key] = [secret];
          if (kind === 'object') participant[key] = { secret };
          if (kind === 'json') participant[key] = JSON.stringify({ secret });
          if (kind === 'attribute') event.CallDetails.TransactionAttributes = { phone: secret, bad: 1 };
          if (kind === 'attribute-array') event.CallDetails.TransactionAttributes = { phone: [secret] };
          if (kind === 'header') participant.SipHeaders = { 'x-phone': { secret } };
          const result = safeParseInvocationEvent(event);
          const seen = [
            result.success ? '' : `${result.error.message}\n${JSON.stringify(result.error.issues)}`,
            JSON.stringify(redact(event)),
          ];
          assertHidden(seen.join('\n'), secret, JSON.stringify(base));
          if (kind !== 'as-is' && kind !== 'json') expect(result.success).toBe(false);
        }),
        params(),
      );
    },
    TIMEOUT,
  );

  it(
    'the router: no join token or phone number of the event in its log lines, whatever a route throws',
    async () => {
      const events = invocationFixtures.map((entry) => complete(entry, loadFixture(entry.file)));
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...events),
          token,
          phone,
          fc.constantFrom('error', 'string', 'validation', 'garbage', 'broken-event'),
          async (base, secretToken, secretPhone, how) => {
            const event = structuredClone(base) as {
              CallDetails: { Participants: Record<string, unknown>[] };
              ActionData?: Record<string, unknown>;
            };
            (event.CallDetails.Participants[0] as Record<string, unknown>).From = secretPhone;
            event.ActionData = {
              ...(event.ActionData ?? {}),
              Parameters: { ...((event.ActionData?.Parameters as object) ?? {}), JoinToken: secretToken },
            };
            const lines: string[] = [];
            const logger = { warn: (line: string) => void lines.push(line), error: (line: string) => void lines.push(line) };
            const failure = () => {
              if (how === 'error') throw new Error(`join ${secretToken} for ${secretPhone} failed`);
              if (how === 'string') throw `${secretPhone} / ${secretToken}`;
              if (how === 'validation')
                return actions
                  .joinChimeMeeting({ joinToken: secretToken, meetingId: secretPhone })
                  .onCall(secretPhone as never)
                  .toJSON();
              return {
                SchemaVersion: '1.0',
                Actions: [{ Type: 'JoinChimeMeeting', Parameters: { JoinToken: 42, MeetingId: secretPhone } }],
              };
            };
            const route = failure as never;
            const handler = createSmaHandler(
              {
                NEW_INBOUND_CALL: route,
                RINGING: route,
                CALL_ANSWERED: route,
                NEW_OUTBOUND_CALL: route,
                HANGUP: route,
                DIGITS_RECEIVED: route,
                INVALID_LAMBDA_RESPONSE: route,
                CALL_UPDATE_REQUESTED: route,
                ACTION_SUCCESSFUL: { default: route },
                ACTION_FAILED: { default: route },
                ACTION_INTERRUPTED: { default: route },
              },
              { logger },
            );
            await handler(how === 'broken-event' ? { ...event, Sequence: { secret: secretToken } } : event);
            assertHidden(lines.join('\n'), secretToken);
            assertHidden(lines.join('\n'), secretPhone, JSON.stringify(base));
          },
        ),
        params(),
      );
    },
    TIMEOUT,
  );

  it('builders: a secret never shows in the error of a builder it was given to', () => {
    const secretToken = 'VGhpcyBpcyBhIHZlcnkgc2VjcmV0IGpvaW4gdG9rZW4=';
    const attempts: (() => unknown)[] = [
      () => actions.joinChimeMeeting({ joinToken: secretToken, meetingId: 42 as never }),
      () => actions.joinChimeMeeting({ joinToken: [secretToken] as never }),
      () => actions.joinChimeMeeting({ joinToken: secretToken }).onLeg(secretToken as never),
      () =>
        (actions.joinChimeMeeting({ joinToken: secretToken }).onCall(secretToken) as unknown as { onCall(id: string): unknown }).onCall(
          'x',
        ),
      () => actions.callAndBridge({ callerIdNumber: '+1 415 555 0123', endpoints: [{ bridgeEndpointType: 'PSTN', uri: '0014155550199' }] }),
      () =>
        actions.callAndBridge({
          callerIdNumber: '+14155550123',
          endpoints: [{ bridgeEndpointType: 'AWS', uri: '+14155550199@example.com' }],
        }),
      () => actions.sendDigits({ digits: '1234567890xyz' }),
      () => effectiveParameters({ Type: 'JoinChimeMeeting', Parameters: secretToken } as never),
    ];
    for (const attempt of attempts) {
      expect(attempt).toThrow(SmaValidationError);
      try {
        attempt();
      } catch (error) {
        const text = `${String(error)}\n${JSON.stringify((error as SmaValidationError).issues)}`;
        for (const secret of [secretToken, '+14155550123', '41555501', '1234567890']) assertHidden(text, secret);
      }
    }
  });

  it('a JSON-encoded action in a string (a common mistake) is never echoed', () => {
    const text = JSON.stringify({ JoinToken: 'secret-token-value-123456' });
    const result = validateAction({ Type: 'JoinChimeMeeting', Parameters: text });
    expect(result.issues[0]?.message).toBe(
      `Parameters must be an object, got a string of JSON text (${text.length} characters); send the value itself, not its JSON text`,
    );
  });

  it(
    'the command line prints no secret, in text or JSON output',
    async () => {
      const sample = fc.sample(fc.tuple(withSecret, fc.nat()), { numRuns: 40, seed: 7 });
      for (const [{ action, secret }, seed] of sample) {
        const broken = fc.sample(mutated(fc.constant(action)), { numRuns: 1, seed })[0];
        for (const document of [action, broken, { SchemaVersion: '1.0', Actions: [broken], TransactionAttributes: { pin: secret } }]) {
          for (const format of [[], ['--json']]) {
            let printed = '';
            const bytes = new TextEncoder().encode(JSON.stringify(document));
            await runCli(['validate', ...format, '-'], {
              stdout: (text) => void (printed += text),
              stderr: (text) => void (printed += text),
              readFile: () => Promise.reject(new Error('no files')),
              readStdin: () => Promise.resolve(bytes),
              importFile: () => Promise.reject(new Error('no modules')),
            });
            assertHidden(printed, secret);
          }
        }
      }
    },
    TIMEOUT,
  );

  it('a join token of the wrong type is masked too', () => {
    const result = validateAction({ Type: 'JoinChimeMeeting', Parameters: { JoinToken: 12345678901234 } });
    expect(result.issues).toEqual([
      expect.objectContaining({
        path: 'Parameters.JoinToken',
        code: 'type',
        message: 'Parameters.JoinToken must be a string, got [redacted value]',
      }),
    ]);
  });
});
