// The caller's side: the API inputs that start and update SIP media application calls.
export {
  type CreateSipMediaApplicationCallRequest,
  type UpdateSipMediaApplicationCallRequest,
  createSipMediaApplicationCallRequest,
  updateSipMediaApplicationCallRequest,
  validateCreateSipMediaApplicationCallRequest,
  validateUpdateSipMediaApplicationCallRequest,
} from './requests.js';
