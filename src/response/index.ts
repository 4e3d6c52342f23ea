export {
  type SmaResponse,
  type ResponseAction,
  type TransactionAttributes,
  type AttributeShape,
  MAX_ACTIONS_PER_RESPONSE,
} from './types.js';
export { response } from './response.js';
export {
  type TransactionAttributesCarrier,
  type TransactionAttributesCallDetails,
  type TransactionAttributesLimits,
  MAX_TRANSACTION_ATTRIBUTES,
  LEGACY_MAX_TRANSACTION_ATTRIBUTES,
  MAX_TRANSACTION_ATTRIBUTES_BYTES,
  readTransactionAttributes,
  updateTransactionAttributes,
  clearTransactionAttributes,
} from './transaction-attributes.js';
export { type ValidateResponseOptions, validateResponse } from './validate.js';
