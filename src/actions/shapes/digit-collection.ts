import { type FieldRules, type NumberRule, type Refinement, type StringRule, numericValue } from '../../validation/index.js';
import { type DtmfDigit, dtmfDigitsRule } from './dtmf.js';

/**
 * Checks that a JavaScript RegExp can compile the pattern (the service's dialect is undocumented).
 * @internal
 */
export function compilesAsRegExp(pattern: string): string | undefined {
  try {
    new RegExp(pattern);
    return undefined;
  } catch (error) {
    return `must be a valid regular expression (${(error as Error).message})`;
  }
}

/**
 * The documented default of `MaxNumberOfDigits` in the digit-collecting actions.
 * @internal
 */
export const DEFAULT_MAX_NUMBER_OF_DIGITS = 128;

/**
 * Cross-field rule of the digit-collecting actions: `MinNumberOfDigits` ≤ `MaxNumberOfDigits`,
 * whose default is 128 when it is left out. Equal bounds are valid (production Lambdas send
 * them); the issue sits on `MaxNumberOfDigits`.
 * @internal
 */
export const minMaxDigitsRefinement: Refinement = (parameters, report) => {
  // A bound that is not a finite number has its own issue: nothing to compare (NaN is not finite).
  const min = parameters.MinNumberOfDigits === undefined ? 0 : (numericValue(parameters.MinNumberOfDigits) ?? Number.NaN);
  const unset = parameters.MaxNumberOfDigits === undefined;
  const max = unset ? DEFAULT_MAX_NUMBER_OF_DIGITS : (numericValue(parameters.MaxNumberOfDigits) ?? Number.NaN);
  if (!Number.isFinite(min) || !Number.isFinite(max)) return;
  if (max < min && unset) {
    report(
      'MaxNumberOfDigits',
      'cross_field',
      `is not set, so its default ${max} is below MinNumberOfDigits (${min}): ` +
        `set MaxNumberOfDigits to at least ${min}, or lower MinNumberOfDigits`,
    );
  } else if (max < min) {
    report('MaxNumberOfDigits', 'cross_field', `must be at least MinNumberOfDigits (${min}), got ${max}`);
  }
};

/**
 * The digit-collection parameters shared by `PlayAudioAndGetDigits` and `SpeakAndGetDigits`:
 * how many DTMF digits to collect, what ends the input, and how often to retry.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/play-audio-get-digits.html
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/speak-and-get-digits.html
 */
export interface DigitCollectionParameters {
  /**
   * A regular expression the collected digits must match; input that does not match counts as
   * invalid (the failure prompt plays and the prompt is repeated).
   *
   * Allowed values: a valid regular expression (the service's dialect is undocumented: this
   * package checks that a JavaScript `RegExp` compiles it).
   * @defaultValue none (any input is accepted)
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/play-audio-get-digits.html
   */
  InputDigitsRegex?: string;
  /**
   * The fewest digits to collect before the attempt times out or the failure prompt plays.
   *
   * Allowed values: an integer ≥ 0, at most `MaxNumberOfDigits`.
   * @defaultValue 0
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/play-audio-get-digits.html
   */
  MinNumberOfDigits?: number;
  /**
   * The most digits to collect; collection stops at this count without a terminator.
   *
   * Allowed values: an integer ≥ 1 and ≥ `MinNumberOfDigits` (the docs say "greater than";
   * equal bounds work in production, see the Service quirks page).
   * @defaultValue 128
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/play-audio-get-digits.html
   */
  MaxNumberOfDigits?: number;
  /**
   * DTMF keys that end the input before `MaxNumberOfDigits` digits were entered.
   *
   * Allowed values: an array of `"0"`–`"9"`, `"#"`, `"*"`.
   * @defaultValue `["#"]`
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/play-audio-get-digits.html
   */
  TerminatorDigits?: DtmfDigit[];
  /**
   * How long to wait between two digits before the input counts as ended (and the failure
   * prompt plays if it is invalid), in milliseconds.
   *
   * Allowed values: an integer greater than 0.
   * @defaultValue the `RepeatDurationInMilliseconds` value
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/play-audio-get-digits.html
   */
  InBetweenDigitsDurationInMilliseconds?: number;
  /**
   * The total number of attempts to get valid digits.
   *
   * Allowed values: an integer greater than 0.
   * @defaultValue 1
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/play-audio-get-digits.html
   */
  Repeat?: number;
  /**
   * The time given to each attempt, in milliseconds (PlayAudioAndGetDigits describes it as the
   * wait between attempts, SpeakAndGetDigits as the timeout of each attempt).
   *
   * Allowed values: an integer greater than 0.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/play-audio-get-digits.html
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/speak-and-get-digits.html
   */
  RepeatDurationInMilliseconds: number;
}

/**
 * Rule of an `InputDigitsRegex`: a pattern a JavaScript `RegExp` compiles.
 * @internal
 */
export const inputDigitsRegexRule: StringRule = { type: 'string', check: compilesAsRegExp };

/**
 * Rule of a duration in milliseconds: an integer greater than 0.
 * @internal
 */
export const millisecondsRule: NumberRule = { type: 'number', integer: true, exclusiveMin: 0 };

/**
 * The rules of {@link DigitCollectionParameters}. Use them with `minMaxDigitsRefinement` as the
 * action's `refine`.
 * @internal
 */
export const digitCollectionRules: FieldRules<DigitCollectionParameters> = {
  InputDigitsRegex: inputDigitsRegexRule,
  MinNumberOfDigits: { type: 'number', integer: true, min: 0, default: 0 },
  MaxNumberOfDigits: { type: 'number', integer: true, min: 1, default: DEFAULT_MAX_NUMBER_OF_DIGITS },
  TerminatorDigits: { ...dtmfDigitsRule, default: ['#'] },
  InBetweenDigitsDurationInMilliseconds: { ...millisecondsRule, defaultFrom: (parameters) => parameters.RepeatDurationInMilliseconds },
  Repeat: { type: 'number', integer: true, exclusiveMin: 0, default: 1 },
  RepeatDurationInMilliseconds: { ...millisecondsRule, required: true },
};
