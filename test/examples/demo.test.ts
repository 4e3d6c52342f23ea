import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NEXT_STEPS, nextSteps, runDemo } from '../../examples/demo.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('npm run demo', () => {
  it('runs the PIN-to-meeting call with a stable transcript', async () => {
    const call = await runDemo();
    expect(call.ended).toBe(true);
    expect(call.transcript.toText()).toBe(
      [
        '00:00.000   · inbound call from +*******0101 to +*******1212',
        '00:00.000 → #1 NEW_INBOUND_CALL  [LEG-A Connected]',
        '          ← PlayAudio on LEG-A (welcome-to-meetings.wav); PlayAudioAndGetDigits on LEG-A (enter-meeting-pin.wav, 3–5 digits)' +
          ' | TransactionAttributes {"wrongPins":"0"}',
        '00:00.000   · PlayAudio on LEG-A (welcome-to-meetings.wav) starts',
        '00:03.000   · PlayAudioAndGetDigits on LEG-A (enter-meeting-pin.wav, 3–5 digits) starts',
        '00:04.000   · LEG-A presses 9 9 9 #',
        '00:04.600   · LEG-A entered "999" then #',
        '00:04.600 → #2 ACTION_SUCCESSFUL PlayAudioAndGetDigits — ReceivedDigits="999"  [LEG-A Connected]',
        '          ← PlayAudio on LEG-A (unknown-meeting-pin.wav); PlayAudioAndGetDigits on LEG-A (enter-meeting-pin.wav, 3–5 digits)' +
          ' | TransactionAttributes {"wrongPins":"1"}',
        '00:04.600   · PlayAudio on LEG-A (unknown-meeting-pin.wav) starts',
        '00:06.600   · PlayAudioAndGetDigits on LEG-A (enter-meeting-pin.wav, 3–5 digits) starts',
        '00:07.600   · LEG-A presses 1 2 3 4 5 #',
        '00:08.400   · LEG-A entered "12345"',
        '00:08.400 → #3 ACTION_SUCCESSFUL PlayAudioAndGetDigits — ReceivedDigits="12345"  [LEG-A Connected]',
        '          ← JoinChimeMeeting on LEG-A (token [redacted, 40 characters], meeting c2a6f5a1-7cb4-4a9b-9d26-4f4f2c7b0e11)' +
          ' | TransactionAttributes {"wrongPins":"1","meetingId":"c2a6f5a1-7cb4-4a9b-9d26-4f4f2c7b0e11"}',
        '00:08.400   · JoinChimeMeeting on LEG-A (token [redacted, 40 characters], meeting c2a6f5a1-7cb4-4a9b-9d26-4f4f2c7b0e11) starts',
        '00:08.600   · LEG-A key # discarded (nothing listens for digits)',
        '00:08.900   · LEG-A joined meeting c2a6f5a1-7cb4-4a9b-9d26-4f4f2c7b0e11: LEG-B is the meeting leg',
        '00:08.900 → #4 ACTION_SUCCESSFUL JoinChimeMeeting  [LEG-A Connected, LEG-B Connected]',
        '          ← [] (stop)',
        '01:30.000   · LEG-A (+*******0101) hangs up',
        '01:30.000 → #5 HANGUP LEG-A hung up, code 0  [LEG-A Disconnected, LEG-B Disconnected]',
        '          ← no action list (pending actions kept) [ignored]',
      ].join('\n'),
    );
  });
});

describe('the end of npm run demo', () => {
  it('names the next step: the handler, its guide and its tests, each an existing file; the command its test', () => {
    const files = NEXT_STEPS.map(([, where]) => where.split(' ')).flatMap((words) =>
      words.filter((word) => /^(examples|docs|test)\/.+\.(ts|md)$/.test(word)),
    );
    expect(files).toEqual(
      expect.arrayContaining([
        'examples/pin-to-meeting.ts',
        'docs/pin-to-meeting.md',
        'examples/testing-pin-to-meeting.ts',
        'test/examples/testing-pin-to-meeting.test.ts',
      ]),
    );
    for (const file of files) expect(existsSync(join(root, file)), file).toBe(true);
    expect(readFileSync(join(root, 'test/examples/testing-pin-to-meeting.test.ts'), 'utf8')).toContain(
      "import '../../examples/testing-pin-to-meeting.js';",
    );
  });

  it('prints them after the transcript', () => {
    const out = String(
      execFileSync(process.execPath, ['--import', 'tsx', 'examples/demo.ts'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] }),
    );
    expect(out.trimEnd().endsWith(nextSteps())).toBe(true);
    expect(out).toContain('invocations; call ended.');
  });
});
