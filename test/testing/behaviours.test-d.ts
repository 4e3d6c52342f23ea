import { describe, expectTypeOf, it } from 'vitest';
import type { ActionType } from '../../src/actions/index.js';
import { type Behaviour, behaviours } from '../../src/testing/behaviours/index.js';

describe('simulator behaviours', () => {
  it('are a table over every action type: one missing does not compile', () => {
    expectTypeOf(behaviours.PlayAudio).toEqualTypeOf<Behaviour<'PlayAudio'>>();
    const { VoiceFocus: _left, ...partial } = behaviours;
    // @ts-expect-error VoiceFocus has no behaviour in this table
    const table: { readonly [T in ActionType]: Behaviour<T> } = partial;
    expectTypeOf(table).not.toBeAny();
    // @ts-expect-error a behaviour is for its own action type
    const wrong: Behaviour<'Speak'> = behaviours.Pause;
    expectTypeOf(wrong).not.toBeAny();
  });
});
