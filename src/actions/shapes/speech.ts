import { type FieldRules, type ObjectRule, type StringRule, isRecord } from '../../validation/index.js';
import { generativeOnlyVoiceProblem } from './polly-voices.js';

/**
 * The Amazon Polly engine that synthesises the speech.
 *
 * Only `standard` and `neural` are documented for the PSTN Audio service: Amazon Polly's newer
 * `long-form` and `generative` engines are not, and this package rejects them (see the Service
 * quirks page).
 * @category Actions
 */
export type SpeechEngine = 'standard' | 'neural';

/**
 * The documented speech engines, for rules.
 * @category Actions
 */
export const SPEECH_ENGINES: readonly SpeechEngine[] = ['standard', 'neural'];

/**
 * How `Text` is read: `text` is plain text, `ssml` is Speech Synthesis Markup Language.
 * @category Actions
 */
export type SpeechTextType = 'ssml' | 'text';

/**
 * The documented text types, for rules.
 * @category Actions
 */
export const SPEECH_TEXT_TYPES: readonly SpeechTextType[] = ['ssml', 'text'];

/**
 * The documented limit of `Text`, in characters.
 * @category Actions
 */
export const SPEECH_TEXT_MAX_LENGTH = 1000;

/**
 * What Amazon Polly speaks and how: the parameters of `Speak`, and the `SpeechParameters` of
 * `SpeakAndGetDigits`. Speech uses Amazon Polly (billed separately) through the
 * `AWSServiceRoleForAmazonChimeVoiceConnector` service-linked role.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/speak.html
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/speak-and-get-digits.html
 */
export interface SpeechParameters {
  /**
   * The text to speak: plain text, or SSML when `TextType` is `"ssml"`.
   *
   * Allowed values: a non-empty string of at most 1,000 characters (the limit comes from the
   * documented `MissingRequiredActionParameter` error; SSML tags count).
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/speak.html
   */
  Text: string;
  /**
   * The Amazon Polly engine.
   *
   * Allowed values: `"standard"`, `"neural"` (the voice must support the engine).
   * @defaultValue `"standard"`
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/speak.html
   */
  Engine?: SpeechEngine;
  /**
   * The language code; needed only for bilingual voices, which otherwise speak their default
   * language.
   *
   * Allowed values: an Amazon Polly `SynthesizeSpeech` language code, such as `"en-US"`.
   * @defaultValue the voice's default language
   * @see https://docs.aws.amazon.com/polly/latest/dg/API_SynthesizeSpeech.html#polly-SynthesizeSpeech-request-LanguageCode
   */
  LanguageCode?: string;
  /**
   * Whether `Text` is plain text or SSML.
   *
   * Allowed values: `"ssml"`, `"text"`.
   * @defaultValue `"text"` (plain text)
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/speak.html
   */
  TextType?: SpeechTextType;
  /**
   * The Amazon Polly voice.
   *
   * Allowed values: an Amazon Polly voice ID, such as `"Joanna"` or `"Matthew"`.
   * @defaultValue `"Joanna"`
   * @see https://docs.aws.amazon.com/polly/latest/dg/API_SynthesizeSpeech.html#polly-SynthesizeSpeech-request-VoiceId
   */
  VoiceId?: string;
}

/**
 * What Amazon Polly speaks when the caller's input is invalid (`SpeakAndGetDigits`); every field
 * but `Text` falls back to the value of `SpeechParameters`.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/speak-and-get-digits.html
 */
export interface FailureSpeechParameters {
  /**
   * The text to speak after invalid input: plain text, or SSML when `TextType` is `"ssml"`.
   *
   * Allowed values: a non-empty string of at most 1,000 characters.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/speak-and-get-digits.html
   */
  Text: string;
  /**
   * The Amazon Polly engine.
   *
   * Allowed values: `"standard"`, `"neural"`.
   * @defaultValue the `SpeechParameters.Engine` value
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/speak-and-get-digits.html
   */
  Engine?: SpeechEngine;
  /**
   * The language code; needed only for bilingual voices.
   *
   * Allowed values: an Amazon Polly `SynthesizeSpeech` language code, such as `"en-US"`.
   * @defaultValue the `SpeechParameters.LanguageCode` value
   * @see https://docs.aws.amazon.com/polly/latest/dg/API_SynthesizeSpeech.html#polly-SynthesizeSpeech-request-LanguageCode
   */
  LanguageCode?: string;
  /**
   * Whether `Text` is plain text or SSML.
   *
   * Allowed values: `"ssml"`, `"text"`.
   * @defaultValue the `SpeechParameters.TextType` value (the docs write "the SpeechParameters.Text value", a typo)
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/speak-and-get-digits.html
   */
  TextType?: SpeechTextType;
  /**
   * The Amazon Polly voice.
   *
   * Allowed values: an Amazon Polly voice ID.
   * @defaultValue the `SpeechParameters.VoiceId` value
   * @see https://docs.aws.amazon.com/polly/latest/dg/API_SynthesizeSpeech.html#polly-SynthesizeSpeech-request-VoiceId
   */
  VoiceId?: string;
}

const textRule: StringRule & { required: true } = { type: 'string', required: true, maxLength: SPEECH_TEXT_MAX_LENGTH };
const engineRule: StringRule<SpeechEngine> = { type: 'string', enum: SPEECH_ENGINES };
const textTypeRule: StringRule<SpeechTextType> = { type: 'string', enum: SPEECH_TEXT_TYPES };

/**
 * The rules of {@link SpeechParameters} (the `Speak` parameters less `CallId`).
 * @internal
 */
export const speechFieldRules: FieldRules<SpeechParameters> = {
  Text: textRule,
  Engine: { ...engineRule, default: 'standard' },
  LanguageCode: { type: 'string' },
  TextType: { ...textTypeRule, default: 'text' },
  VoiceId: { type: 'string', default: 'Joanna', check: generativeOnlyVoiceProblem },
};

/**
 * Rule of a {@link SpeechParameters} object.
 * @internal
 */
export const speechParametersRule: ObjectRule<SpeechParameters> = { type: 'object', fields: speechFieldRules };

/** A default taken from the same field of the action's `SpeechParameters` (defaults applied). */
const fromSpeechParameters =
  (key: keyof SpeechParameters) =>
  (parameters: Readonly<Record<string, unknown>>): unknown => {
    const speech = parameters.SpeechParameters;
    return isRecord(speech) ? speech[key] : undefined;
  };

/**
 * Rule of a {@link FailureSpeechParameters} object: the speech rules, with defaults taken from
 * the action's `SpeechParameters`.
 * @internal
 */
export const failureSpeechParametersRule: ObjectRule<FailureSpeechParameters> = {
  type: 'object',
  fields: {
    Text: textRule,
    Engine: { ...engineRule, defaultFrom: fromSpeechParameters('Engine') },
    LanguageCode: { type: 'string', defaultFrom: fromSpeechParameters('LanguageCode') },
    TextType: { ...textTypeRule, defaultFrom: fromSpeechParameters('TextType') },
    VoiceId: { type: 'string', defaultFrom: fromSpeechParameters('VoiceId'), check: generativeOnlyVoiceProblem },
  },
};
