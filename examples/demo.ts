/**
 * `npm run demo`: one call through the documented PIN-to-meeting flow, run by the local SIP
 * media application simulator (no AWS account, no phone): the caller first enters a wrong PIN,
 * then the right one, joins the meeting and hangs up 90 s into the call. Prints the transcript.
 */
import { pathToFileURL } from 'node:url';
import { type CallSimulation, simulateCall } from 'chime-sma-kit/testing';
import { demoDirectory, handler } from './pin-to-meeting.js';

/** Runs the demo call and returns it (its transcript, its state). */
export async function runDemo(): Promise<CallSimulation> {
  const seat = await demoDirectory('12345');
  return simulateCall(handler, {
    from: '+15105550101',
    to: '+12065551212',
    // Each string is typed when the next PIN prompt listens.
    digits: ['999#', '12345#'],
    // The meeting the demo directory's join token belongs to.
    meetings: seat === undefined ? [] : [{ meetingId: seat.meetingId, attendees: [{ attendeeId: 'attendee-1', joinToken: seat.joinToken }] }],
    hangups: [{ leg: 'LEG-A', atMs: 90_000 }],
    audioDurationMs: (key) => (key === 'welcome-to-meetings.wav' ? 3000 : 2000),
  });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const call = await runDemo();
  console.log('PIN-to-meeting through the chime-sma-kit simulator (→ event sent, ← response, · what happened)\n');
  console.log(call.transcript.toText());
  console.log(`\n${call.transcript.invocations.length} invocations; call ${call.ended ? 'ended' : 'still up'}.`);
}
