import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  type CreateMeetingWithAttendeesRequest,
  LEGACY_MEDIA_REGIONS,
  MEDIA_REGIONS,
  SmaValidationError,
  createMeetingWithAttendeesRequest,
  validateCreateMeetingWithAttendeesRequest,
} from '../../src/meetings/index.js';

const attendees = (count: number) => Array.from({ length: count }, (_, i) => ({ ExternalUserId: `caller-${i}` }));
const base = (): CreateMeetingWithAttendeesRequest => ({
  MediaRegion: 'us-east-1',
  ExternalMeetingId: 'pin-1234',
  Attendees: attendees(1),
});

/** `[path, code]` of every error of a request, and the error's message. */
function errorsOf(value: unknown, namespace?: 'chime' | 'chime-sdk-meetings'): { codes: [string, string][]; message: string } {
  try {
    createMeetingWithAttendeesRequest(value as never, (namespace === undefined ? undefined : { namespace }) as never);
  } catch (error) {
    if (!(error instanceof SmaValidationError)) throw error;
    return { codes: error.issues.filter((i) => i.severity === 'error').map((i) => [i.path, i.code]), message: error.message };
  }
  throw new Error('did not throw');
}

// The legacy namespace's one-time DeprecationWarning is tested in legacy-namespace.test.ts.
beforeAll(() => {
  vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
});

describe('createMeetingWithAttendeesRequest', () => {
  it('returns a copy of a valid request, for both namespaces', () => {
    const input: CreateMeetingWithAttendeesRequest = {
      ...base(),
      ClientRequestToken: 'req_1-a',
      MeetingFeatures: { Audio: { EchoReduction: 'AVAILABLE' }, Video: { MaxResolution: 'None' }, Attendee: { MaxCount: 250 } },
      Attendees: [{ ExternalUserId: 'Zoë (agent) #7', Capabilities: { Audio: 'SendReceive', Video: 'None', Content: 'None' } }],
      Tags: [{ Key: 'team', Value: '' }],
      TenantIds: ['tenant-1'],
      NotificationsConfiguration: { SnsTopicArn: 'arn:aws:sns:us-east-1:111122223333:meetings' },
      MediaPlacementNetworkType: 'DualStack',
    };
    const request = createMeetingWithAttendeesRequest(input);
    expect(request).toEqual(input);
    expect(request).not.toBe(input);
    expect(request.Attendees).not.toBe(input.Attendees);
    const legacy = { ClientRequestToken: 'token-1', Attendees: attendees(10), Tags: [{ Key: 'k', Value: 'v' }] };
    expect(createMeetingWithAttendeesRequest(legacy, { namespace: 'chime' })).toEqual(legacy);
    expect(createMeetingWithAttendeesRequest({}, { namespace: 'chime' })).toEqual({});
  });

  it('limits the attendee count per namespace: 1 to 20, legacy 1 to 10', () => {
    expect(createMeetingWithAttendeesRequest({ ...base(), Attendees: attendees(20) }).Attendees).toHaveLength(20);
    const tooMany = errorsOf({ ...base(), Attendees: attendees(21) });
    expect(tooMany.codes).toEqual([['Attendees', 'max_items']]);
    expect(tooMany.message).toBe(
      'Invalid CreateMeetingWithAttendees request (Amazon Chime SDK Meetings namespace) (1 issue):' +
        '\n  - Attendees must have at most 20 items, got 21',
    );
    expect(errorsOf({ ...base(), Attendees: [] }).codes).toEqual([['Attendees', 'min_items']]);
    expect(errorsOf({ MediaRegion: 'us-east-1', ExternalMeetingId: 'pin-1234' }).codes).toEqual([['Attendees', 'required']]);
    expect(errorsOf({ Attendees: attendees(11) }, 'chime').codes).toEqual([['Attendees', 'max_items']]);
    expect(errorsOf({ Attendees: [] }, 'chime').codes).toEqual([['Attendees', 'min_items']]);
  });

  it('checks ExternalUserId length, characters and the reserved prefix, masking it', () => {
    const result = errorsOf({
      ...base(),
      Attendees: [
        { ExternalUserId: 'x' },
        { ExternalUserId: 'y'.repeat(65) },
        { ExternalUserId: 'AWS:me' },
        { ExternalUserId: 'secret<user>' },
        {},
      ],
    });
    expect(result.codes).toEqual([
      ['Attendees[0].ExternalUserId', 'min_length'],
      ['Attendees[1].ExternalUserId', 'max_length'],
      ['Attendees[2].ExternalUserId', 'format'],
      ['Attendees[3].ExternalUserId', 'pattern'],
      ['Attendees[4].ExternalUserId', 'required'],
    ]);
    expect(result.message).not.toContain('secret<user>');
    expect(result.message).toContain('must not begin with "aws:" (reserved)');
    // The legacy namespace checks the length only.
    expect(errorsOf({ Attendees: [{ ExternalUserId: 'x' }, { ExternalUserId: 'aws:<ok>' }] }, 'chime').codes).toEqual([
      ['Attendees[0].ExternalUserId', 'min_length'],
    ]);
  });

  it('checks the media Region list of each namespace', () => {
    expect(MEDIA_REGIONS).toHaveLength(20);
    expect(LEGACY_MEDIA_REGIONS).toHaveLength(18);
    expect(createMeetingWithAttendeesRequest({ ...base(), MediaRegion: 'us-gov-west-1' }).MediaRegion).toBe('us-gov-west-1');
    expect(errorsOf({ MediaRegion: 'us-gov-west-1' }, 'chime').codes).toEqual([['MediaRegion', 'enum']]);
    const unknown = errorsOf({ ...base(), MediaRegion: 'mars-north-1' });
    expect(unknown.codes).toEqual([['MediaRegion', 'enum']]);
    expect(unknown.message).toContain('"af-south-1"');
    expect(errorsOf({ ExternalMeetingId: 'pin-1234', Attendees: attendees(1) }).codes).toEqual([['MediaRegion', 'required']]);
  });

  it('checks ClientRequestToken without echoing it', () => {
    const result = errorsOf({ ...base(), ClientRequestToken: 'not a token!' });
    expect(result.codes).toEqual([['ClientRequestToken', 'pattern']]);
    expect(result.message).not.toContain('not a token!');
    expect(errorsOf({ ...base(), ClientRequestToken: 'a' }).codes).toEqual([['ClientRequestToken', 'min_length']]);
    expect(errorsOf({ ClientRequestToken: 't'.repeat(65) }, 'chime').codes).toEqual([['ClientRequestToken', 'max_length']]);
  });

  it('checks capabilities and features by the documented 400 cases', () => {
    expect(
      errorsOf({
        ...base(),
        Attendees: [{ ExternalUserId: 'caller-1', Capabilities: { Audio: 'SendReceive', Video: 'Send', Content: 'Receive' } }],
      }).codes,
    ).toEqual([['Attendees[0].Capabilities.Content', 'capabilities']]);
    expect(
      errorsOf({ ...base(), Attendees: [{ ExternalUserId: 'caller-1', Capabilities: { Audio: 'All', Video: 'None' } }] }).codes,
    ).toEqual([
      ['Attendees[0].Capabilities.Audio', 'enum'],
      ['Attendees[0].Capabilities.Content', 'required'],
    ]);
    expect(
      errorsOf({
        ...base(),
        MeetingFeatures: { Video: { MaxResolution: 'None' }, Content: { MaxResolution: 'None' } },
        Attendees: [{ ExternalUserId: 'caller-1', Capabilities: { Audio: 'None', Video: 'Receive', Content: 'Receive' } }],
      }).codes,
    ).toEqual([
      ['Attendees[0].Capabilities.Video', 'capabilities'],
      ['Attendees[0].Capabilities.Content', 'capabilities'],
    ]);
    expect(errorsOf({ ...base(), MeetingFeatures: { Attendee: { MaxCount: 251 }, Video: { MaxResolution: 'UHD' } } }).codes).toEqual([
      ['MeetingFeatures.Video.MaxResolution', 'enum'],
      ['MeetingFeatures.Attendee.MaxCount', 'range'],
    ]);
  });

  it('rejects what a namespace does not have, and other documented limits', () => {
    expect(
      errorsOf({ Attendees: [{ ExternalUserId: 'caller-1', Capabilities: { Audio: 'None', Video: 'None', Content: 'None' } }] }, 'chime')
        .codes,
    ).toEqual([['Attendees[0].Capabilities', 'unknown_parameter']]);
    expect(errorsOf({ ...base(), Attendees: [{ ExternalUserId: 'caller-1', Tags: [] }] }).codes).toEqual([
      ['Attendees[0].Tags', 'unknown_parameter'],
    ]);
    expect(
      errorsOf({ ...base(), Tags: [{ Key: 'bad key!', Value: 'v' }, { Key: 'k' }], TenantIds: ['aaaaa'], MeetingHostId: 'h' }).codes,
    ).toEqual([
      ['MeetingHostId', 'min_length'],
      ['TenantIds[0]', 'pattern'],
      ['Tags[0].Key', 'pattern'],
      ['Tags[1].Value', 'required'],
    ]);
    expect(
      errorsOf(
        { Tags: [{ Key: 'k', Value: '' }], NotificationsConfiguration: { LambdaFunctionArn: 'arn:aws:lambda:us-east-1:1:function:f' } },
        'chime',
      ).codes,
    ).toEqual([
      ['Tags[0].Value', 'required'],
      ['NotificationsConfiguration.LambdaFunctionArn', 'unknown_parameter'],
    ]);
    expect(
      errorsOf({ ...base(), NotificationsConfiguration: { SqsQueueArn: 'queue' }, ExternalMeetingId: 'aws:x', Extra: 1 }).codes,
    ).toEqual([
      ['ExternalMeetingId', 'format'],
      ['NotificationsConfiguration.SqsQueueArn', 'pattern'],
      ['Extra', 'unknown_parameter'],
    ]);
    expect(errorsOf('request').codes).toEqual([['', 'type']]);
  });

  it('checks the remaining documented enums, lengths and patterns', () => {
    expect(
      errorsOf({
        ...base(),
        PrimaryMeetingId: 'p',
        MediaPlacementNetworkType: 'IPv6',
        MeetingFeatures: { Audio: { EchoReduction: 'ON' }, Content: { MaxResolution: 'HD' }, Attendee: { MaxCount: 1.5 } },
        NotificationsConfiguration: { LambdaFunctionArn: 'arn:' + 'a'.repeat(1024), SnsTopicArn: '' },
        TenantIds: [],
        Tags: Array.from({ length: 51 }, () => ({ Key: 'k', Value: 'v' })),
      }).codes,
    ).toEqual([
      ['MeetingFeatures.Audio.EchoReduction', 'enum'],
      ['MeetingFeatures.Content.MaxResolution', 'enum'],
      ['MeetingFeatures.Attendee.MaxCount', 'integer'],
      ['NotificationsConfiguration.LambdaFunctionArn', 'max_length'],
      ['NotificationsConfiguration.SnsTopicArn', 'min_length'],
      ['NotificationsConfiguration.SnsTopicArn', 'pattern'],
      ['PrimaryMeetingId', 'min_length'],
      ['TenantIds', 'min_items'],
      ['Tags', 'max_items'],
      ['MediaPlacementNetworkType', 'enum'],
    ]);
    expect(
      errorsOf(
        {
          ExternalMeetingId: 'x',
          MeetingHostId: 'h'.repeat(65),
          Tags: [],
          Attendees: [{ ExternalUserId: 'caller-1', Tags: [{ Key: '', Value: 'v' }] }],
        },
        'chime',
      ).codes,
    ).toEqual([
      ['ExternalMeetingId', 'min_length'],
      ['MeetingHostId', 'max_length'],
      ['Tags', 'min_items'],
      ['Attendees[0].Tags[0].Key', 'required'],
    ]);
  });
});

describe('validateCreateMeetingWithAttendeesRequest', () => {
  it('returns { ok, issues } without throwing', () => {
    expect(validateCreateMeetingWithAttendeesRequest(base())).toEqual({ ok: true, issues: [] });
    const result = validateCreateMeetingWithAttendeesRequest({ ...base(), Attendees: attendees(11) }, { namespace: 'chime' });
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.path, i.code])).toEqual([
      ['Attendees', 'max_items'],
      ['', 'legacy_namespace'],
    ]);
    expect(validateCreateMeetingWithAttendeesRequest(base(), { namespace: 'chime-sdk' as never }).issues.map((i) => i.code)).toEqual([
      'namespace',
    ]);
  });
});
