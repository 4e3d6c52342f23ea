// thrownText (src/validation/issue.ts): what was thrown, as the router's log lines and the
// simulator's transcripts show it; and the "did you mean" hint of an unknown key.
import { describe, expect, it } from 'vitest';
import { SmaValidationError, type ValidationIssue, validateAction } from '../../src/index.js';
import { thrownText } from '../../src/validation/index.js';

const issue = (message: string, severity: 'error' | 'warning'): ValidationIssue => ({ path: 'x', code: 'c', message, severity });

describe('thrownText', () => {
  it('a validation error: its error messages joined with "; ", then its warnings, counted', () => {
    const errors = [issue('A is bad', 'error'), issue('B is bad', 'error')];
    expect(thrownText(new SmaValidationError('PlayAudio action', errors))).toBe('A is bad; B is bad');
    expect(thrownText(new SmaValidationError('PlayAudio action', [...errors, issue('C is ignored', 'warning')]))).toBe(
      'A is bad; B is bad (and a warning: C is ignored)',
    );
    expect(
      thrownText(
        new SmaValidationError('PlayAudio action', [
          issue('C is ignored', 'warning'),
          errors[0] as ValidationIssue,
          issue('D too', 'warning'),
        ]),
      ),
    ).toBe('A is bad (and 2 warnings: C is ignored; D too)');
  });

  it('a validation error without error issues: its own message, then the warnings', () => {
    const error = new SmaValidationError('PlayAudio action', [issue('C is ignored', 'warning')]);
    expect(thrownText(error)).toBe(`${error.message} (and a warning: C is ignored)`);
    const empty = new SmaValidationError('PlayAudio action', []);
    expect(thrownText(empty)).toBe(empty.message);
  });

  it('an Error: its message, after its name with withName', () => {
    expect(thrownText(new TypeError('boom'))).toBe('boom');
    expect(thrownText(new TypeError('boom'), true)).toBe('TypeError: boom');
  });

  it('anything else: what it is, never its content', () => {
    expect(thrownText(['secret'])).toBe('a thrown array');
    expect(thrownText({ token: 'secret' })).toBe('a thrown object');
    expect(thrownText(null)).toBe('null');
    expect(thrownText(undefined)).toBe('undefined');
    expect(thrownText('plain text')).toBe('plain text');
    expect(thrownText(42)).toBe('42');
  });

  it('never throws: a value that cannot be printed', () => {
    const hostile = new Error('x');
    Object.defineProperty(hostile, 'message', {
      get() {
        throw new Error('getter');
      },
    });
    expect(thrownText(hostile)).toBe('a thrown value that cannot be printed');
    expect(thrownText(Object.create(null) as object)).toBe('a thrown object');
    expect(thrownText(Symbol('s') as never)).toBe('Symbol(s)');
  });
});

describe('an unknown key close to a documented one', () => {
  it('is named with the documented key it may mean; a key close to none gets no hint', () => {
    const messages = validateAction({ Type: 'Pause', Parameters: { DurationInMiliseconds: 100, Zzz: 1 } }).issues.map((i) => i.message);
    expect(messages).toContain(
      'Parameters.DurationInMiliseconds is not a documented field (documented: DurationInMilliseconds); ' +
        'the service ignores it (did you mean DurationInMilliseconds?)',
    );
    expect(messages).toContain('Parameters.Zzz is not a documented field (documented: DurationInMilliseconds); the service ignores it');
  });
});
