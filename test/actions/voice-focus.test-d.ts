import { describe, expectTypeOf, it } from 'vitest';
import { type Action, type ActionBuilder, type CallIdRequiredBuilder, type VoiceFocusAction, actions } from '../../src/index.js';

/** What `response()` takes: finished builders only. */
declare function accepts(...builders: ActionBuilder<Action>[]): void;

describe('VoiceFocus types', () => {
  it('needs onCall() before a response accepts it, and has no onLeg()', () => {
    const builder = actions.voiceFocus({ enable: true });
    expectTypeOf(builder).toEqualTypeOf<CallIdRequiredBuilder<VoiceFocusAction>>();
    expectTypeOf(builder.onCall('c-1').toJSON()).toEqualTypeOf<VoiceFocusAction>();
    accepts(builder.onCall('c-1'));
    // @ts-expect-error not ready until onCall()
    accepts(builder);
    // @ts-expect-error VoiceFocus takes a CallId only
    builder.onLeg('LEG-A');
    // @ts-expect-error after onCall(), onLeg() does not exist
    builder.onCall('c-1').onLeg('LEG-A');
  });

  it('requires enable as a boolean', () => {
    // @ts-expect-error enable is required
    actions.voiceFocus({});
    // @ts-expect-error enable is a JSON boolean, not the docs' "True"
    actions.voiceFocus({ enable: 'True' });
  });
});
