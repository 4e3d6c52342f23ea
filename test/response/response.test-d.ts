import { describe, expectTypeOf, it } from 'vitest';
import {
  type Action,
  type AttributeShape,
  type SmaResponse,
  actions,
  clearTransactionAttributes,
  readTransactionAttributes,
  response,
  updateTransactionAttributes,
} from '../../src/index.js';

const audioSource = { type: 'S3', bucketName: 'prompts', key: 'welcome.wav' } as const;
type CallState = { step: 'pin' | 'meeting'; meetingId?: string };
interface CallStateInterface {
  step?: 'pin' | 'meeting';
}
declare const event: { CallDetails: { TransactionId: string; TransactionAttributes?: Record<string, string> } };

describe('response types', () => {
  it('returns a plain SmaResponse with Actions?: Action[] | null', () => {
    expectTypeOf(response()).toEqualTypeOf<SmaResponse>();
    expectTypeOf<SmaResponse['SchemaVersion']>().toEqualTypeOf<'1.0'>();
    expectTypeOf<SmaResponse['Actions']>().toEqualTypeOf<Action[] | null | undefined>();
    expectTypeOf<SmaResponse['TransactionAttributes']>().toEqualTypeOf<Record<string, string> | null | undefined>();
  });

  it('accepts ready builders and plain wire actions', () => {
    response(actions.playAudio({ audioSource }), actions.playAudio({ audioSource }).onLeg('LEG-B'));
    response(
      actions.startCallRecording({ track: 'BOTH', destination: { type: 'S3', location: 'b' } }).onCall('c-1'),
      actions.stopCallRecording().onCall('c-1'),
    );
    response({ Type: 'JoinChimeMeeting', Parameters: { JoinToken: 't' } });
    // @ts-expect-error a plain action must be a valid wire action (JoinToken is required)
    response({ Type: 'JoinChimeMeeting', Parameters: {} });
    // @ts-expect-error only actions: not a string
    response('PlayAudio');
  });

  it('rejects builders whose docs require CallId until onCall()', () => {
    // @ts-expect-error StopCallRecording needs .onCall(callId) first
    response(actions.stopCallRecording());
    // @ts-expect-error Speak needs .onCall(callId) first (the message names it: compiler-message.test.ts)
    response(actions.speak({ text: 'Hello' }));
    response(actions.speak({ text: 'Hello' }).onCall('call-id-1'));
    // @ts-expect-error StartCallRecording needs .onCall(callId) first
    response(actions.playAudio({ audioSource }), actions.startCallRecording({ track: 'BOTH', destination: { type: 'S3', location: 'b' } }));
  });

  it("types transaction attributes with the caller's own shape", () => {
    expectTypeOf(readTransactionAttributes<CallState>(event)).toEqualTypeOf<Partial<CallState>>();
    expectTypeOf(readTransactionAttributes<CallStateInterface>(event)).toEqualTypeOf<Partial<CallStateInterface>>();
    expectTypeOf(readTransactionAttributes(event)).toEqualTypeOf<Partial<Record<string, string>>>();
    // an event type whose call details do not declare TransactionAttributes is still a carrier
    const bare: { CallDetails: { TransactionId: string } } = { CallDetails: { TransactionId: 't-1' } };
    expectTypeOf(readTransactionAttributes(bare)).toEqualTypeOf<Partial<Record<string, string>>>();
    // @ts-expect-error stored attributes are strings
    readTransactionAttributes({ CallDetails: { TransactionAttributes: { count: 1 } } });
    const updated = updateTransactionAttributes<CallState>(response(), event, { step: 'pin' });
    expectTypeOf(updated).toEqualTypeOf<SmaResponse<Partial<CallState>>>();
    expectTypeOf(updated.TransactionAttributes).toEqualTypeOf<Partial<CallState> | null | undefined>();
    updateTransactionAttributes<CallStateInterface>(response(), event, { step: 'meeting' });
    // an undefined value is allowed (it is skipped), even under exactOptionalPropertyTypes
    const maybeStep: CallState['step'] | undefined = undefined as CallState['step'] | undefined;
    updateTransactionAttributes<CallState>(response(), event, { step: maybeStep });
    // @ts-expect-error not a value of the shape
    updateTransactionAttributes<CallState>(response(), event, { step: 'hangup' });
    // @ts-expect-error not a key of the shape
    updateTransactionAttributes<CallState>(response(), event, { stpe: 'pin' });
    // @ts-expect-error values are strings
    updateTransactionAttributes(response(), event, { pin: 1234 });
    // @ts-expect-error a shape with non-string values is no attribute shape
    readTransactionAttributes<{ count: number }>(event);
    expectTypeOf<{ count: number }>().not.toMatchTypeOf<AttributeShape<{ count: number }>>();
    expectTypeOf(clearTransactionAttributes(response()).TransactionAttributes).toEqualTypeOf<Record<never, string> | null | undefined>();
  });
});
