import { describe, expectTypeOf, it } from 'vitest';
import { type ActionBuilder, type CallIdRequiredBuilder, type SpeakAction, actions } from '../../src/index.js';

describe('Speak types', () => {
  it('is complete only after onCall(), and has no onLeg()', () => {
    const builder = actions.speak({ text: 'Hello' });
    expectTypeOf(builder).toEqualTypeOf<CallIdRequiredBuilder<SpeakAction>>();
    expectTypeOf(builder.onCall('call-id-1')).toEqualTypeOf<ActionBuilder<SpeakAction>>();
    expectTypeOf(builder.onCall('call-id-1').toJSON().Parameters.CallId).toEqualTypeOf<string>();
    // @ts-expect-error without onCall() it is not a finished action builder (response() rejects it)
    const unfinished: ActionBuilder<SpeakAction> = builder;
    void unfinished;
    // @ts-expect-error Speak takes CallId only: no onLeg()
    builder.onLeg('LEG-A');
    // @ts-expect-error after onCall(), onCall() does not exist
    builder.onCall('c-1').onCall('c-2');
  });

  it('params are typed and complete', () => {
    // @ts-expect-error text is required
    actions.speak({ voiceId: 'Joanna' });
    // @ts-expect-error the engines are standard and neural only
    actions.speak({ text: 'Hi', engine: 'generative' });
    // @ts-expect-error the text types are ssml and text
    actions.speak({ text: 'Hi', textType: 'html' });
    // @ts-expect-error targeting is not a param: use onCall()
    actions.speak({ text: 'Hi', callId: 'c-1' });
  });
});
