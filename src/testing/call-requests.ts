// The caller's API requests as the simulator takes them: a CreateSipMediaApplicationCall input
// places the outbound call, an UpdateSipMediaApplicationCall input updates the running call.
import {
  type CreateSipMediaApplicationCallRequest,
  type UpdateSipMediaApplicationCallRequest,
  createSipMediaApplicationCallRequest,
  updateSipMediaApplicationCallRequest,
} from '../calls/index.js';
import type { SimulatorOptions } from './options.js';

/** The API accepts E.164 numbers without their `+`; the events carry them with it. */
const withPlus = (number: string): string => (number.startsWith('+') ? number : `+${number}`);

/**
 * The options with `outboundCall` applied: an outbound call from `FromPhoneNumber` to
 * `ToPhoneNumber` by that SIP media application, with its `ArgumentsMap` (its `SipHeaders` go to
 * the callee's INVITE, not into the function's events).
 * @throws SmaValidationError for a request the API would reject; Error with `direction: 'inbound'`.
 */
export function withOutboundCall(options: SimulatorOptions): SimulatorOptions {
  const request: CreateSipMediaApplicationCallRequest | undefined = options.outboundCall;
  if (request === undefined) return options;
  if (options.direction === 'inbound') throw new Error('outboundCall places an outbound call: drop direction: "inbound"');
  const checked = createSipMediaApplicationCallRequest(request);
  const applied: SimulatorOptions = {
    ...options,
    direction: 'outbound',
    from: withPlus(checked.FromPhoneNumber),
    to: withPlus(checked.ToPhoneNumber),
    sipMediaApplicationId: checked.SipMediaApplicationId,
  };
  if (checked.ArgumentsMap !== undefined) applied.arguments = checked.ArgumentsMap;
  return applied;
}

/**
 * The `Arguments` of an UpdateSipMediaApplicationCall input for a call, once the input is valid
 * and names that call.
 * @throws SmaValidationError for a request the API would reject; Error when it names another
 * call or SIP media application (the service answers NotFoundException).
 */
export function updateArgumentsFor(
  request: UpdateSipMediaApplicationCallRequest,
  call: { transactionId: string; sipMediaApplicationId: string },
): Record<string, string> {
  const checked = updateSipMediaApplicationCallRequest(request);
  if (checked.TransactionId !== call.transactionId) {
    throw new Error(
      `updateCall(): TransactionId ${JSON.stringify(checked.TransactionId)} is not this call's (${call.transactionId}); ` +
        'the service answers NotFoundException',
    );
  }
  if (checked.SipMediaApplicationId !== call.sipMediaApplicationId) {
    throw new Error(
      `updateCall(): SipMediaApplicationId ${JSON.stringify(checked.SipMediaApplicationId)} ` +
        `is not this call's (${call.sipMediaApplicationId}); the service answers NotFoundException`,
    );
  }
  return checked.Arguments;
}
