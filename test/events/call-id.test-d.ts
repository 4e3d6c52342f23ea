import { expectTypeOf, test } from 'vitest';
import { actions, callIdOf, response } from '../../src/index.js';
import { newInboundCallEvent } from '../../src/testing/index.js';

test('callIdOf returns a string that .onCall() takes, for LEG-A or LEG-B only', () => {
  const event = newInboundCallEvent();
  expectTypeOf(callIdOf(event, 'LEG-A')).toEqualTypeOf<string>();
  response(actions.speak({ text: 'Hello' }).onCall(callIdOf(event, 'LEG-B')));
  // @ts-expect-error a leg is 'LEG-A' or 'LEG-B'
  callIdOf(event, 'LEG-C');
  // @ts-expect-error a raw value is not an event: parse it first
  callIdOf({}, 'LEG-A');
});
