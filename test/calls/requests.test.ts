import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  SmaValidationError,
  createSipMediaApplicationCallRequest,
  updateSipMediaApplicationCallRequest,
  validateCreateSipMediaApplicationCallRequest,
  validateUpdateSipMediaApplicationCallRequest,
} from '../../src/index.js';
import { CallSimulation, simulateCall } from '../../src/testing/index.js';
import { type WireEvent, reply } from '../testing/helpers.js';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));
const CALLER = '+14155550100';
const valid = {
  FromPhoneNumber: '+12065550100',
  ToPhoneNumber: CALLER,
  SipMediaApplicationId: 'sma-1',
  ArgumentsMap: { orderId: '42' },
  SipHeaders: { 'X-Order': '42' },
};
const errorsOf = (result: { issues: { path: string; code: string; severity: string }[] }) =>
  result.issues.filter((issue) => issue.severity === 'error').map((issue) => [issue.path, issue.code]);

describe('CreateSipMediaApplicationCall input', () => {
  it('returns a copy of a valid input', () => {
    const input = createSipMediaApplicationCallRequest(valid);
    expect(input).toEqual(valid);
    expect(input).not.toBe(valid);
  });

  it('throws SmaValidationError with every issue and its path, phone numbers masked', () => {
    const bad = {
      FromPhoneNumber: '4155550100x',
      ToPhoneNumber: '',
      SipMediaApplicationId: ' ',
      SipHeaders: { 'X-AMZN-Trace': '1', Custom: '2' },
      ArgumentsMap: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, 'v'])),
    };
    expect(errorsOf(validateCreateSipMediaApplicationCallRequest(bad))).toEqual([
      ['FromPhoneNumber', 'pattern'],
      ['ToPhoneNumber', 'required'],
      ['SipMediaApplicationId', 'pattern'],
      ['SipHeaders.X-AMZN-Trace', 'key'],
      ['SipHeaders.Custom', 'key'],
      ['ArgumentsMap', 'max_items'],
    ]);
    let thrown: unknown;
    try {
      createSipMediaApplicationCallRequest(bad);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SmaValidationError);
    expect((thrown as SmaValidationError).issues).toHaveLength(6);
    expect((thrown as Error).message).not.toContain('4155550100');
    expect((thrown as Error).message).toContain('******0100*');
    expect(validateCreateSipMediaApplicationCallRequest({ ...valid, FromPhoneNumber: '12065550100' }).ok).toBe(true);
    expect(errorsOf(validateCreateSipMediaApplicationCallRequest({ ...valid, ArgumentsMap: { n: 1 } }))).not.toEqual([]);
  });
});

describe('UpdateSipMediaApplicationCall input', () => {
  it('accepts the documented request and requires Arguments', () => {
    expect(validateUpdateSipMediaApplicationCallRequest(fixture('api.UpdateSipMediaApplicationCall.request.update-sip-call.json'))).toEqual(
      { ok: true, issues: [] },
    );
    expect(errorsOf(validateUpdateSipMediaApplicationCallRequest({ SipMediaApplicationId: 'sma', TransactionId: '' }))).toEqual([
      ['TransactionId', 'required'],
      ['Arguments', 'required'],
    ]);
    expect(() =>
      updateSipMediaApplicationCallRequest({
        SipMediaApplicationId: 'sma',
        TransactionId: 't',
        Arguments: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, 'v'])),
      }),
    ).toThrow(SmaValidationError);
  });
});

describe('the simulator takes both requests', () => {
  it('places the outbound call of a create request, with its numbers, id, arguments and headers', async () => {
    const seen: WireEvent[] = [];
    const call = await simulateCall(
      (event: WireEvent) => {
        seen.push(event);
        return event.InvocationEventType === 'CALL_ANSWERED' ? reply({ Type: 'Hangup', Parameters: {} }) : reply();
      },
      { outboundCall: createSipMediaApplicationCallRequest({ ...valid, FromPhoneNumber: '12065550100' }) },
    );
    expect(call.transcript.eventSummary).toEqual(['NEW_OUTBOUND_CALL', 'RINGING', 'CALL_ANSWERED', 'HANGUP LEG-A']);
    const first = seen[0] as WireEvent;
    expect(first.CallDetails.SipMediaApplicationId).toBe('sma-1');
    expect(first.CallDetails.Participants[0]).toMatchObject({ From: '+12065550100', To: CALLER, Direction: 'Outbound' });
    expect(first.ActionData).toEqual({ Parameters: { Arguments: { orderId: '42' } } });
    await expect(simulateCall(() => reply(), { outboundCall: { ...valid, ToPhoneNumber: 'nobody' } })).rejects.toThrow(SmaValidationError);
  });

  it('updates the call named by an update request, and refuses another call', async () => {
    const handler = (event: WireEvent) =>
      event.InvocationEventType === 'NEW_INBOUND_CALL'
        ? reply({ Type: 'Pause', Parameters: { DurationInMilliseconds: 60000 } })
        : event.InvocationEventType === 'CALL_UPDATE_REQUESTED'
          ? reply({ Type: 'Hangup', Parameters: {} })
          : reply();
    const call = new CallSimulation(handler, { sipMediaApplicationId: 'sma-1' });
    await call
      .updateCall(
        updateSipMediaApplicationCallRequest({
          SipMediaApplicationId: 'sma-1',
          TransactionId: call.transactionId,
          Arguments: { action: 'end' },
        }),
        { atMs: 5000 },
      )
      .run();
    const update = call.transcript.invocations.find((entry) => entry.eventType === 'CALL_UPDATE_REQUESTED');
    expect(update).toMatchObject({ atMs: 5000, event: { ActionData: { Parameters: { Arguments: { action: 'end' } } } } });
    expect(call.ended).toBe(true);
    expect(() => call.updateCall({ SipMediaApplicationId: 'sma-1', TransactionId: 'another', Arguments: {} })).toThrow(
      "is not this call's",
    );
    expect(() => call.updateCall({ SipMediaApplicationId: 'sma-2', TransactionId: call.transactionId, Arguments: {} })).toThrow(
      'NotFoundException',
    );
  });
});
