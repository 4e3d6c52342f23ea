// @ts-check
// The per-invocation workloads of `npm run bench`, each next to the same work done by hand:
// the PIN-to-meeting responses (builders + response() + JSON.stringify versus object literals +
// JSON.stringify) and the documented events (parseInvocationEvent + guards versus JSON.parse).
import { readFileSync, readdirSync } from 'node:fs';

const FIXTURES = new URL('../test/fixtures/', import.meta.url);
const BUCKET = 'chime-meetings-audio-files-bucket-name';

/** Call ids and join tokens that vary per call, so nothing is constant-folded. */
const CALL_IDS = Array.from({ length: 16 }, (_, i) => `call-id-${i + 1}`);
const TOKENS = Array.from({ length: 16 }, (_, i) => `meeting-attendee-join-token-${i}`);

/** @param {string} name */
const fixtureText = (name) => readFileSync(new URL(name, FIXTURES), 'utf8');

/** The events of the documented PIN-to-meeting call, in order, as the JSON text Lambda receives. */
export const FLOW_EVENTS = [
  'invocation.NEW_INBOUND_CALL.use-case.json',
  'invocation.ACTION_SUCCESSFUL.PlayAudioAndGetDigits.use-case.json',
  'invocation.ACTION_SUCCESSFUL.JoinChimeMeeting.use-case.json',
  'invocation.HANGUP.use-case.json',
];

/**
 * The response workload: the three responses of the PIN-to-meeting call (NEW_INBOUND_CALL:
 * PlayAudio + PlayAudioAndGetDigits; the PIN: JoinChimeMeeting; HANGUP: stop), built,
 * validated and serialised per invocation, versus the same JSON written as object literals.
 * @param {any} kit the package's root module
 */
export function responseWorkload(kit) {
  const { actions, response } = kit;
  const audio = (/** @type {string} */ key) => ({ type: 'S3', bucketName: BUCKET, key });
  let i = 0;
  const subject = () => {
    const callId = /** @type {string} */ (CALL_IDS[i & 15]);
    const joinToken = /** @type {string} */ (TOKENS[i++ & 15]);
    const newCall = JSON.stringify(
      response(
        actions.playAudio({ audioSource: audio('welcome-to-meetings.wav') }).onCall(callId),
        actions
          .playAudioAndGetDigits({
            audioSource: audio('enter-meeting-pin.wav'),
            failureAudioSource: audio('invalid-meeting-pin.wav'),
            minNumberOfDigits: 3,
            maxNumberOfDigits: 5,
            terminatorDigits: ['#'],
            inBetweenDigitsDurationInMilliseconds: 5000,
            repeat: 3,
            repeatDurationInMilliseconds: 10000,
          })
          .onLeg('LEG-A'),
      ),
    );
    const join = JSON.stringify(response(actions.joinChimeMeeting({ joinToken })));
    const stop = JSON.stringify(response());
    return newCall + join + stop;
  };
  let j = 0;
  const s3 = (/** @type {string} */ key) => ({ Type: 'S3', BucketName: BUCKET, Key: key });
  const baseline = () => {
    const callId = /** @type {string} */ (CALL_IDS[j & 15]);
    const joinToken = /** @type {string} */ (TOKENS[j++ & 15]);
    const newCall = JSON.stringify({
      SchemaVersion: '1.0',
      Actions: [
        { Type: 'PlayAudio', Parameters: { CallId: callId, AudioSource: s3('welcome-to-meetings.wav') } },
        {
          Type: 'PlayAudioAndGetDigits',
          Parameters: {
            ParticipantTag: 'LEG-A',
            AudioSource: s3('enter-meeting-pin.wav'),
            FailureAudioSource: s3('invalid-meeting-pin.wav'),
            MinNumberOfDigits: 3,
            MaxNumberOfDigits: 5,
            TerminatorDigits: ['#'],
            InBetweenDigitsDurationInMilliseconds: 5000,
            Repeat: 3,
            RepeatDurationInMilliseconds: 10000,
          },
        },
      ],
    });
    const join = JSON.stringify({ SchemaVersion: '1.0', Actions: [{ Type: 'JoinChimeMeeting', Parameters: { JoinToken: joinToken } }] });
    const stop = JSON.stringify({ SchemaVersion: '1.0', Actions: [] });
    return newCall + join + stop;
  };
  return { subject, baseline, check: () => checkSame(subject, baseline, 'response') };
}

/** Both sides must produce the same output, or the comparison means nothing. */
function checkSame(/** @type {() => unknown} */ a, /** @type {() => unknown} */ b, /** @type {string} */ what) {
  for (let n = 0; n < 16; n++) {
    const x = a();
    const y = b();
    if (JSON.stringify(x) !== JSON.stringify(y))
      throw new Error(`${what}: the package and the baseline disagree:\n${JSON.stringify(x)}\n${JSON.stringify(y)}`);
  }
}

/** Every documented invocation event in test/fixtures that the parser accepts, as JSON text. */
export function documentedEvents(/** @type {any} */ kit) {
  return readdirSync(FIXTURES)
    .filter((name) => name.startsWith('invocation.') && name.endsWith('.json'))
    .sort()
    .map((name) => fixtureText(name))
    .filter((text) => kit.safeParseInvocationEvent(JSON.parse(text)).success);
}

/**
 * The event workload over `texts`: JSON.parse + parseInvocationEvent + the guards a handler
 * uses, versus JSON.parse and the same checks on the raw object.
 * @param {any} kit @param {string[]} texts
 */
export function eventWorkload(kit, texts) {
  const { parseInvocationEvent, isActionSuccessful } = kit;
  const read = (/** @type {any} */ event) => {
    if (event.InvocationEventType === 'NEW_INBOUND_CALL') return event.CallDetails.Participants[0].CallId;
    if (isActionSuccessful(event, 'PlayAudioAndGetDigits')) return event.ActionData.ReceivedDigits;
    return event.InvocationEventType;
  };
  const subject = () => {
    let out = '';
    for (const text of texts) out += read(parseInvocationEvent(JSON.parse(text)));
    return out;
  };
  const readRaw = (/** @type {any} */ event) => {
    const type = event.InvocationEventType ?? event.InvocationEvent;
    if (type === 'NEW_INBOUND_CALL') return event.CallDetails.Participants[0].CallId;
    if (type === 'ACTION_SUCCESSFUL' && event.ActionData.Type === 'PlayAudioAndGetDigits') return event.ActionData.ReceivedDigits;
    return type;
  };
  const baseline = () => {
    let out = '';
    for (const text of texts) out += readRaw(JSON.parse(text));
    return out;
  };
  return { subject, baseline, check: () => checkSame(subject, baseline, 'events') };
}

/** The flow's events as JSON text. */
export const flowEventTexts = () => FLOW_EVENTS.map(fixtureText);
