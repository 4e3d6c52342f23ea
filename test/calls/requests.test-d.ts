import type { CreateSipMediaApplicationCallCommandInput, UpdateSipMediaApplicationCallCommandInput } from '@aws-sdk/client-chime-sdk-voice';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type CreateSipMediaApplicationCallRequest,
  type UpdateSipMediaApplicationCallRequest,
  createSipMediaApplicationCallRequest,
  updateSipMediaApplicationCallRequest,
} from '../../src/index.js';
import { simulateCall } from '../../src/testing/index.js';

describe('caller-side requests and the real chime-sdk-voice input types', () => {
  it('are assignable to the SDK command inputs', () => {
    const create = createSipMediaApplicationCallRequest({
      FromPhoneNumber: '+12065550100',
      ToPhoneNumber: '+14155550100',
      SipMediaApplicationId: 'sma',
    });
    expectTypeOf(create).toExtend<CreateSipMediaApplicationCallCommandInput>();
    expectTypeOf<CreateSipMediaApplicationCallRequest>().toExtend<CreateSipMediaApplicationCallCommandInput>();
    expectTypeOf<UpdateSipMediaApplicationCallRequest>().toExtend<UpdateSipMediaApplicationCallCommandInput>();
    expectTypeOf(
      updateSipMediaApplicationCallRequest({ SipMediaApplicationId: 'sma', TransactionId: 't', Arguments: {} }),
    ).toExtend<UpdateSipMediaApplicationCallCommandInput>();
  });

  it('reject what the API rejects', () => {
    // @ts-expect-error ToPhoneNumber is required
    createSipMediaApplicationCallRequest({ FromPhoneNumber: '+12065550100', SipMediaApplicationId: 'sma' });
    createSipMediaApplicationCallRequest({
      FromPhoneNumber: '+12065550100',
      ToPhoneNumber: '+14155550100',
      SipMediaApplicationId: 'sma',
      // @ts-expect-error ArgumentsMap values are strings
      ArgumentsMap: { attempt: 1 },
    });
    // @ts-expect-error Arguments is required by UpdateSipMediaApplicationCall
    updateSipMediaApplicationCallRequest({ SipMediaApplicationId: 'sma', TransactionId: 't' });
    // @ts-expect-error the SDK's camelCase-less names only
    createSipMediaApplicationCallRequest({ fromPhoneNumber: '+12065550100', ToPhoneNumber: '+14155550100', SipMediaApplicationId: 'sma' });
  });

  it('the simulator takes a create request as its outbound call', () => {
    void simulateCall(() => undefined, {
      outboundCall: createSipMediaApplicationCallRequest({
        FromPhoneNumber: '+12065550100',
        ToPhoneNumber: '+14155550100',
        SipMediaApplicationId: 'sma',
      }),
    });
    // @ts-expect-error an outbound call needs a whole create request
    void simulateCall(() => undefined, { outboundCall: { ToPhoneNumber: '+14155550100' } });
  });
});
