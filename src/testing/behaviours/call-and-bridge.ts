import { callAndBridgeErrors } from '../../actions/call-and-bridge.js';
import { isRecord } from '../../validation/index.js';
import type { JsonObject, LegKind } from '../call-state.js';
import type { FarEnd } from '../options.js';
import { showNumber } from '../show.js';
import type { Behaviour } from './behaviour.js';

/**
 * CallAndBridge: dials the first endpoint; the far end (the `bridge` option, one plan per run)
 * answers, is busy or does not answer within `CallTimeoutSeconds` (`CallNotAnswered`, the only
 * documented error for an unanswered B leg).
 */
export const callAndBridgeBehaviour: Behaviour<'CallAndBridge'> = {
  type: 'CallAndBridge',
  errors: callAndBridgeErrors,
  describe(p) {
    const endpoint = Array.isArray(p.Endpoints) && isRecord(p.Endpoints[0]) ? p.Endpoints[0] : {};
    return [`to ${showNumber(endpoint.Uri)}`];
  },
  async perform(p, call) {
    const legA = call.leg;
    const list: readonly FarEnd[] = [call.options.bridge ?? {}].flat();
    const plan: FarEnd = list[Math.min(call.previousRuns, list.length - 1)] ?? {};
    // Endpoints is validated before perform: one object at least, its Uri a string.
    const endpoint = (p.Endpoints as JsonObject[])[0] as JsonObject;
    const uri = String(endpoint.Uri);
    const behavior = plan.behavior ?? 'answer';
    const timeoutMs = Number(p.CallTimeoutSeconds ?? 30) * 1000;
    call.note(`dialing ${showNumber(uri)} (${behavior === 'answer' ? `answers after ${plan.afterMs ?? 3000} ms` : behavior})`);
    if (behavior === 'no-answer' || (plan.afterMs ?? 3000) > timeoutMs) {
      await call.wait(timeoutMs);
      return { kind: 'failed', errorType: 'CallNotAnswered', errorMessage: 'Call not answered' };
    }
    await call.wait(plan.afterMs ?? 3000);
    if (behavior === 'busy') return { kind: 'failed', errorType: 'CallNotAnswered', errorMessage: 'Call not answered (busy)' };
    const kind: LegKind = endpoint.BridgeEndpointType === 'AWS' ? 'sip' : 'pstn';
    const legB = call.addLeg('LEG-B', String(p.CallerIdNumber ?? legA.to), uri, 'Outbound', kind, 'Connected');
    if (isRecord(p.SipHeaders)) legB.sipHeaders = { ...(p.SipHeaders as Record<string, string>) };
    call.note(`${showNumber(uri)} answered: LEG-B bridged to LEG-A`);
    if (plan.hangUpAfterMs !== undefined) call.scheduleHangup(legB, call.now + plan.hangUpAfterMs);
    return { kind: 'success', parameters: { CallId: legA.callId } };
  },
};
