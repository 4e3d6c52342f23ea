/**
 * Amazon Polly voices that exist only as generative voices, by voice ID, with their language.
 *
 * Speak and SpeakAndGetDigits document only the `standard` and `neural` engines, so these voices
 * cannot play in a SIP media application whatever `Engine` says. Sources: botocore
 * `.changes/1.42.66.json` (2026-03-11: Polly adds generative-only voices) and
 * `botocore/data/polly/2016-06-10/service-2.json`; the Amazon Polly document history (2026-03-19,
 * "New voices added for generative text-to-speech") and its "Available voices" table, where these
 * voices have a generative variant only; the Speak page for the engines
 * (https://docs.aws.amazon.com/chime-sdk/latest/dg/speak.html). See docs/service-quirks.md.
 */
export const GENERATIVE_ONLY_VOICES: Readonly<Record<string, string>> = Object.freeze({
  Ambre: 'fr-FR',
  Beatrice: 'it-IT',
  Florian: 'fr-FR',
  Lennart: 'de-DE',
  Lorenzo: 'it-IT',
  Tiffany: 'en-US',
});

/** Why a `VoiceId` cannot play (a generative-only voice), for a rule's `check`; `undefined` otherwise. */
export function generativeOnlyVoiceProblem(voiceId: string): string | undefined {
  if (!Object.prototype.hasOwnProperty.call(GENERATIVE_ONLY_VOICES, voiceId)) return undefined;
  return (
    `is "${voiceId}", an Amazon Polly voice that exists only as a generative voice (${GENERATIVE_ONLY_VOICES[voiceId]}), ` +
    'and Speak and SpeakAndGetDigits allow only the "standard" and "neural" engines, so it cannot play; ' +
    'choose a voice with a neural or standard variant (for example "Joanna")'
  );
}
