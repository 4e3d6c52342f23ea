export { type SmaResponse, type ResponseAction, MAX_ACTIONS_PER_RESPONSE, response } from './response.js';
export {
  type TransactionAttributes,
  type AttributeShape,
  type TransactionAttributesCarrier,
  type TransactionAttributesCallDetails,
  type TransactionAttributesLimits,
  MAX_TRANSACTION_ATTRIBUTES,
  LEGACY_MAX_TRANSACTION_ATTRIBUTES,
  MAX_TRANSACTION_ATTRIBUTES_BYTES,
  readTransactionAttributes,
  updateTransactionAttributes,
  clearTransactionAttributes,
  applyTransactionAttributes,
} from './transaction-attributes.js';
export { type ValidateResponseOptions, validateResponse } from './validate.js';
