import type { JsonObject } from '../call-state.js';
import { type ActionContext, type Outcome, safeRegExp } from './behaviour.js';

/**
 * PlayAudioAndGetDigits and SpeakAndGetDigits: prompt, collect, validate, repeat with the failure
 * prompt; after the last attempt, `failure` (the docs' only failure example of each action).
 */
export async function collectDigits(
  p: JsonObject,
  call: ActionContext,
  promptMs: () => number,
  failureMs: () => number,
  failure: Outcome,
): Promise<Outcome> {
  const { leg } = call;
  const min = Number(p.MinNumberOfDigits ?? 0);
  const max = Number(p.MaxNumberOfDigits ?? 128);
  const terminators = (p.TerminatorDigits as unknown[]).map(String); // documented default ['#'] applied before perform
  const repeatMs = Number(p.RepeatDurationInMilliseconds);
  const interDigitMs = Number(p.InBetweenDigitsDurationInMilliseconds ?? repeatMs);
  const repeat = Math.max(1, Number(p.Repeat ?? 1));
  const regex = typeof p.InputDigitsRegex === 'string' ? safeRegExp(p.InputDigitsRegex) : undefined;
  for (let attempt = 1; attempt <= repeat; attempt += 1) {
    const state = { digits: '', terminator: undefined as string | undefined };
    call.onKey((key) => {
      if (terminators.includes(key)) state.terminator = key;
      else state.digits += key;
      return true;
    });
    call.typeNext();
    let result = await call.wait(promptMs());
    while (state.terminator === undefined && state.digits.length < max) {
      result = await call.wait(state.digits.length === 0 && result === 'elapsed' ? repeatMs : interDigitMs);
      if (result === 'elapsed') break;
    }
    const { digits } = state;
    const valid =
      digits.length >= Math.max(min, 1) &&
      digits.length <= max &&
      (regex === undefined || regex.test(digits) || regex.test(digits + (state.terminator ?? '')));
    if (valid) {
      call.note(`${leg.tag} entered ${JSON.stringify(digits)}${state.terminator !== undefined ? ` then ${state.terminator}` : ''}`);
      return { kind: 'success', extras: { ReceivedDigits: digits } };
    }
    call.note(
      `attempt ${attempt}/${repeat}: ${digits === '' ? 'no digits' : `invalid input ${JSON.stringify(digits)}`}` +
        (attempt < repeat ? ', failure prompt plays' : ''),
    );
    if (attempt < repeat && digits === '' && call.inputExhausted) {
      // No input can come any more: every attempt left times out the same way. Skip them at
      // once (a huge valid Repeat must not loop for hours).
      const left = repeat - attempt;
      call.note(`attempts ${attempt + 1}-${repeat}: no digits (no more input is scheduled)`);
      await call.wait(left * (failureMs() + promptMs() + repeatMs));
      break;
    }
    if (attempt < repeat) {
      call.onKey(() => false);
      await call.wait(failureMs());
    }
  }
  return failure;
}
