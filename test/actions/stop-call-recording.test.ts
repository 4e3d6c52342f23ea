import { describe } from 'vitest';
import { actions } from '../../src/index.js';
import { callIdOnlyActionTests } from './call-id-only.js';

describe('StopCallRecording', () => {
  callIdOnlyActionTests('StopCallRecording', actions.stopCallRecording);
});
