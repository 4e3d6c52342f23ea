/**
 * The real `@aws-sdk/client-chime-sdk-meetings` client against a local HTTP server that answers
 * `CreateMeetingWithAttendees` the way the service does (REST-JSON: `POST
 * /meetings?operation=create-attendees`, HTTP 200, a JSON body of `Meeting`, `Attendees`,
 * `Errors`; see the operation's schema in the SDK's dist-cjs/index.js). The client serialises
 * our request and parses a real response; `joinActions` turns it into join actions.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ChimeSDKMeetingsClient, CreateMeetingWithAttendeesCommand } from '@aws-sdk/client-chime-sdk-meetings';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMeetingWithAttendeesRequest, joinActions } from '../../src/meetings/index.js';

interface Received {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}

const received: Received[] = [];
let server: Server;
let endpoint: string;

/** Answers like the service: one attendee per request item, except `taken-*` ones, which fail. */
function answer(request: IncomingMessage, res: ServerResponse, raw: string): void {
  const body = JSON.parse(raw) as { ExternalMeetingId: string; MediaRegion: string; Attendees: { ExternalUserId: string }[] };
  received.push({ method: request.method, url: request.url, headers: request.headers, body });
  if (request.method !== 'POST' || request.url !== '/meetings?operation=create-attendees') {
    res.writeHead(404, { 'content-type': 'application/json', 'x-amzn-errortype': 'NotFoundException' });
    res.end(JSON.stringify({ Code: 'NotFound', Message: 'No route' }));
    return;
  }
  const meetingId = randomUUID();
  const ok = body.Attendees.filter((a) => !a.ExternalUserId.startsWith('taken-'));
  const failed = body.Attendees.filter((a) => a.ExternalUserId.startsWith('taken-'));
  res.writeHead(200, { 'content-type': 'application/json', 'x-amzn-requestid': randomUUID() });
  res.end(
    JSON.stringify({
      Meeting: {
        MeetingId: meetingId,
        ExternalMeetingId: body.ExternalMeetingId,
        MediaRegion: body.MediaRegion,
        MediaPlacement: {
          AudioHostUrl: `abcd.k.m1.${body.MediaRegion}.app.chime.aws:3478`,
          AudioFallbackUrl: `wss://haxrp.m1.${body.MediaRegion}.app.chime.aws:443/calls/${meetingId}`,
          SignalingUrl: `wss://signal.m1.${body.MediaRegion}.app.chime.aws/control/${meetingId}`,
          EventIngestionUrl: 'https://data.svc.ingest.chime.aws/v1/client-events',
        },
        MeetingFeatures: { Audio: { EchoReduction: 'AVAILABLE' } },
        MeetingArn: `arn:aws:chime:us-east-1:111122223333:meeting/${meetingId}`,
      },
      Attendees: ok.map((a) => ({
        ExternalUserId: a.ExternalUserId,
        AttendeeId: randomUUID(),
        JoinToken: randomBytes(48).toString('base64'),
        Capabilities: { Audio: 'SendReceive', Video: 'SendReceive', Content: 'SendReceive' },
      })),
      Errors: failed.map((a) => ({
        ExternalUserId: a.ExternalUserId,
        ErrorCode: 'Conflict',
        ErrorMessage: 'The attendee already exists.',
      })),
    }),
  );
}

beforeAll(async () => {
  // The pinned SDK warns that versions after January 2027 need Node 22; this project supports Node 20.
  process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] = 'true';
  server = createServer((request, res) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => answer(request, res, Buffer.concat(chunks).toString('utf8')));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { address, port } = server.address() as AddressInfo;
  expect(address).toBe('127.0.0.1');
  endpoint = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
});

describe('CreateMeetingWithAttendees with the real AWS SDK client', () => {
  it('sends a checked request, parses the response and turns it into join actions', async () => {
    const client = new ChimeSDKMeetingsClient({
      region: 'us-east-1',
      endpoint,
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
      maxAttempts: 1,
    });
    try {
      const request = createMeetingWithAttendeesRequest({
        MediaRegion: 'us-east-1',
        ExternalMeetingId: 'pin-4242',
        Attendees: [{ ExternalUserId: 'call-1112-2222' }, { ExternalUserId: 'taken-agent' }, { ExternalUserId: 'agent-7' }],
      });
      const output = await client.send(new CreateMeetingWithAttendeesCommand(request));

      const sent = received.at(-1);
      expect(sent?.method).toBe('POST');
      expect(sent?.url).toBe('/meetings?operation=create-attendees');
      expect(sent?.headers['content-type']).toBe('application/json');
      expect(sent?.headers['authorization']).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/us-east-1\/chime\/aws4_request/);
      expect(sent?.body).toMatchObject({ MediaRegion: 'us-east-1', ExternalMeetingId: 'pin-4242', Attendees: request.Attendees });
      expect(sent?.body['ClientRequestToken']).toMatch(/^[-_a-zA-Z0-9]{2,64}$/);

      expect(output.$metadata.httpStatusCode).toBe(200);
      const { attendees, errors } = joinActions(output);
      expect(attendees.map((a) => a.externalUserId)).toEqual(['call-1112-2222', 'agent-7']);
      expect(errors).toEqual([{ externalUserId: 'taken-agent', errorCode: 'Conflict', errorMessage: 'The attendee already exists.' }]);

      const caller = attendees.find((a) => a.externalUserId === 'call-1112-2222');
      expect(caller?.attendeeId).toBe(output.Attendees?.[0]?.AttendeeId);
      expect(caller?.action.onLeg('LEG-A').toJSON()).toEqual({
        Type: 'JoinChimeMeeting',
        Parameters: { ParticipantTag: 'LEG-A', JoinToken: output.Attendees?.[0]?.JoinToken, MeetingId: output.Meeting?.MeetingId },
      });
      expect(output.Meeting?.MeetingId).toMatch(/^[a-f0-9]{8}-/);
    } finally {
      client.destroy();
    }
  });
});
