/**
 * `npm run demo`: one call through the documented PIN-to-meeting flow, run by the local SIP
 * media application simulator (no AWS account, no phone): the caller first enters a wrong PIN,
 * then the right one, joins the meeting and hangs up 90 s into the call. Prints the transcript.
 */
import { pathToFileURL } from 'node:url';
import { type CallSimulation, simulateCall } from 'chime-sma-kit/testing';
import { demoMeeting, handler } from './pin-to-meeting.js';

/** Where to go after the demo: the handler's file, its guide, its tests (paths from the repository root). */
export const NEXT_STEPS = [
  ['The handler', 'examples/pin-to-meeting.ts'],
  ['Its guide', 'docs/pin-to-meeting.md'],
  ['Its tests', 'examples/testing-pin-to-meeting.ts (a vitest suite; docs/testing.md explains it)'],
  ['Run them', 'npx vitest run test/examples/testing-pin-to-meeting.test.ts'],
  ['Your own', 'docs/getting-started.md, then the cookbook in README.md'],
] as const;

/** The demo's closing lines: what to open next. */
export function nextSteps(): string {
  return ['Next:', ...NEXT_STEPS.map(([what, where]) => `  ${`${what}:`.padEnd(13)}${where}`)].join('\n');
}

/** Runs the demo call and returns it (its transcript, its state). */
export async function runDemo(): Promise<CallSimulation> {
  return simulateCall(handler, {
    from: '+15105550101',
    to: '+12065551212',
    // Each string is typed when the next PIN prompt listens.
    digits: ['999#', '12345#'],
    // The demo directory's meeting: JoinChimeMeeting succeeds with its attendee's join token.
    meetings: [
      {
        meetingId: demoMeeting.Meeting.MeetingId,
        attendees: demoMeeting.Attendees.map((a) => ({ attendeeId: a.AttendeeId, joinToken: a.JoinToken })),
      },
    ],
    hangups: [{ leg: 'LEG-A', atMs: 90_000 }],
    audioDurationMs: (key) => (key === 'welcome-to-meetings.wav' ? 3000 : 2000),
  });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const call = await runDemo();
  console.log('PIN-to-meeting through the chime-sma-kit simulator (→ event sent, ← response, · what happened)\n');
  console.log(call.transcript.toText());
  console.log(`\n${call.transcript.invocations.length} invocations; call ${call.ended ? 'ended' : 'still up'}.\n`);
  console.log(nextSteps());
}
