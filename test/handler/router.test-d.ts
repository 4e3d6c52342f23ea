import { describe, expectTypeOf, it } from 'vitest';
import { actions, createSmaHandler, response, updateTransactionAttributes, type SmaHandler, type SmaResponse } from '../../src/index.js';

// The shape of `Handler` in @types/aws-lambda 8.10 (copied: the package must not depend on it).
interface Context {
  functionName: string;
  awsRequestId: string;
  getRemainingTimeInMillis(): number;
}
type Callback<TResult = unknown> = (error?: Error | string | null, result?: TResult) => void;
type Handler<TEvent = unknown, TResult = unknown> = (
  event: TEvent,
  context: Context,
  callback: Callback<TResult>,
) => void | Promise<TResult>;

type State = { step: 'welcome' | 'pin'; pin: string };
const play = actions.playAudio({ audioSource: { type: 'S3', bucketName: 'b', key: 'k.wav' } });

describe('createSmaHandler types', () => {
  it('narrows each route to its event and action type', () => {
    createSmaHandler({
      ACTION_SUCCESSFUL: {
        PlayAudioAndGetDigits: (event) => {
          expectTypeOf(event.InvocationEventType).toEqualTypeOf<'ACTION_SUCCESSFUL'>();
          expectTypeOf(event.ActionData.Type).toEqualTypeOf<'PlayAudioAndGetDigits'>();
          expectTypeOf(event.ActionData.ReceivedDigits).toEqualTypeOf<string>();
          return response();
        },
        PlayAudio: (event) => {
          // @ts-expect-error PlayAudio has no ReceivedDigits
          void event.ActionData.ReceivedDigits;
          return undefined;
        },
      },
      ACTION_FAILED: {
        JoinChimeMeeting: (event) => {
          expectTypeOf<'ErrorJoiningMeeting'>().toExtend<typeof event.ActionData.ErrorType>();
          return undefined;
        },
      },
      HANGUP: (event) => {
        expectTypeOf(event.ActionData.Parameters.ParticipantTag).toEqualTypeOf<'LEG-A' | 'LEG-B'>();
        return undefined;
      },
      DIGITS_RECEIVED: (event) => {
        expectTypeOf(event.ActionData.ReceivedDigits).toEqualTypeOf<string>();
      },
    });
  });

  it('rejects unknown event and action names', () => {
    // @ts-expect-error no such event type
    createSmaHandler({ NEW_INCOMING_CALL: () => response() });
    // @ts-expect-error no such action type
    createSmaHandler({ ACTION_SUCCESSFUL: { PlayAudioAndGetDigit: () => response() } });
    // @ts-expect-error a route returns a response, not a list
    createSmaHandler({ NEW_INBOUND_CALL: () => [play] });
  });

  it('types the TransactionAttributes read and written', () => {
    createSmaHandler<State>({
      NEW_INBOUND_CALL: (event, { attributes }) => {
        expectTypeOf(attributes.step).toEqualTypeOf<'welcome' | 'pin' | undefined>();
        expectTypeOf(event.CallDetails.TransactionAttributes?.step).toExtend<'welcome' | 'pin' | undefined>();
        return updateTransactionAttributes<State>(response(play), event, { step: 'pin' });
      },
      ACTION_SUCCESSFUL: (event) => {
        // @ts-expect-error 'done' is not a step
        return updateTransactionAttributes<State>(response(), event, { step: 'done' });
      },
      // @ts-expect-error the attributes returned must have the declared shape
      CALL_ANSWERED: () => ({ SchemaVersion: '1.0' as const, TransactionAttributes: { step: 'done' as const } }),
    });
  });

  it('is a Lambda handler', () => {
    const handler = createSmaHandler<State>({});
    expectTypeOf(handler).toEqualTypeOf<SmaHandler<State>>();
    expectTypeOf(handler).toExtend<Handler<unknown, SmaResponse<Partial<State>>>>();
    expectTypeOf(handler).returns.resolves.toEqualTypeOf<SmaResponse<Partial<State>>>();
  });

  it('makes every unhandled combination a compile error in exhaustive mode', () => {
    const all = {
      NEW_INBOUND_CALL: () => response(),
      NEW_OUTBOUND_CALL: () => undefined,
      RINGING: () => undefined,
      CALL_ANSWERED: () => response(),
      ACTION_SUCCESSFUL: () => response(),
      ACTION_FAILED: () => response(),
      ACTION_INTERRUPTED: { PlayAudio: () => undefined, RecordAudio: () => undefined, Pause: () => undefined },
      HANGUP: () => undefined,
      INVALID_LAMBDA_RESPONSE: () => response(),
      DIGITS_RECEIVED: () => response(),
      CALL_UPDATE_REQUESTED: () => response(),
    };
    createSmaHandler(all, { exhaustive: true });
    createSmaHandler({ ...all, ACTION_FAILED: { default: () => response() } }, { exhaustive: true });
    const { RINGING: _ringing, ...withoutRinging } = all;
    // @ts-expect-error RINGING has no route
    createSmaHandler(withoutRinging, { exhaustive: true });
    // Without exhaustive mode the same routes are fine.
    createSmaHandler(withoutRinging);
    // @ts-expect-error ACTION_SUCCESSFUL routes by action type must cover every action type (or have a default)
    createSmaHandler({ ...all, ACTION_SUCCESSFUL: { PlayAudio: () => response() } }, { exhaustive: true });
    // @ts-expect-error ACTION_INTERRUPTED must cover Pause
    createSmaHandler({ ...all, ACTION_INTERRUPTED: { PlayAudio: () => undefined, RecordAudio: () => undefined } }, { exhaustive: true });
  });
});
