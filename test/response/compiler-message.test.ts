import { describe, expect, it } from 'vitest';
import { diagnostics, languageService } from '../types/language-service.js';

// The type test (response.test-d.ts) shows that response() rejects an untargeted CallId-only
// builder; this one checks that the compiler's message says how to fix it.
describe('compiler message for a CallId-only builder in response()', () => {
  it('names .onCall(callId) for Speak, SendDigits and the recording actions', () => {
    const source = [
      "import { actions, response } from './src/index.js';",
      "response(actions.speak({ text: 'Hello' }));",
      "response(actions.sendDigits({ digits: '1' }));",
      'response(actions.stopCallRecording());',
    ].join('\n');
    const { service, path } = languageService({ 'compiler-message.ts': source });
    const messages = diagnostics(service, path('compiler-message.ts'));
    expect(messages).toHaveLength(3);
    for (const message of messages) {
      expect(message).toContain("Types of property 'ready' are incompatible");
      expect(message).toContain('call .onCall(callId) first');
    }
  });

  it('reports nothing once .onCall(callId) is given', () => {
    const source = "import { actions, response } from './src/index.js';\nresponse(actions.speak({ text: 'Hello' }).onCall('call-id-1'));\n";
    const { service, path } = languageService({ 'compiler-message-ok.ts': source });
    expect(diagnostics(service, path('compiler-message-ok.ts'))).toEqual([]);
  });
});
