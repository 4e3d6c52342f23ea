import { cloneJson, isRecord } from '../validation/index.js';
import type { TransactionAttributes } from '../response/index.js';

/**
 * The attributes the service holds after a response, as this package models it (used by the
 * local simulator): `null` or a missing field keeps `stored`; any object, `{}` included,
 * replaces it. "Replace" is the current docs' reading and the stricter one: a Lambda that sends
 * only the changed keys works under "add" but loses keys under "replace", so modelling
 * "replace" catches it. Responses built with {@link chime-sma-kit!updateTransactionAttributes} give the same
 * result under both readings.
 * @category Testing
 */
export function applyTransactionAttributes(
  stored: Readonly<TransactionAttributes> | null | undefined,
  sent: Readonly<TransactionAttributes> | null | undefined,
): TransactionAttributes {
  if (sent === undefined || sent === null) return isRecord(stored) ? cloneJson(stored) : {};
  return cloneJson(sent);
}
