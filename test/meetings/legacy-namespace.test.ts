import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type CreateMeetingWithAttendeesRequest,
  createMeetingWithAttendeesRequest,
  validateCreateMeetingWithAttendeesRequest,
} from '../../src/meetings/index.js';

const current: CreateMeetingWithAttendeesRequest = {
  MediaRegion: 'us-east-1',
  ExternalMeetingId: 'pin-1',
  Attendees: [{ ExternalUserId: 'caller-1' }],
};

describe('a request for the legacy chime namespace', () => {
  afterEach(() => vi.restoreAllMocks());

  it('gets a warning with the dates from validateCreateMeetingWithAttendeesRequest, and stays valid', () => {
    const result = validateCreateMeetingWithAttendeesRequest({ Attendees: [{ ExternalUserId: 'caller-1' }] }, { namespace: 'chime' });
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([expect.objectContaining({ path: '', code: 'legacy_namespace', severity: 'warning' })]);
    const message = result.issues[0]?.message;
    expect(message).toContain('deprecated on 2023-06-29');
    expect(message).toContain('removed from the AWS SDKs on 2025-02-26');
    expect(message).toContain('Amazon Chime SDK Meetings namespace');
    expect(validateCreateMeetingWithAttendeesRequest(current).issues).toEqual([]);
  });

  it('is built with one DeprecationWarning per process, naming the dates; the default namespace gets none', () => {
    const emitWarning = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    createMeetingWithAttendeesRequest(current);
    expect(emitWarning).not.toHaveBeenCalled();
    const request = { Attendees: [{ ExternalUserId: 'caller-1' }] };
    expect(createMeetingWithAttendeesRequest(request, { namespace: 'chime' })).toEqual(request);
    createMeetingWithAttendeesRequest(request, { namespace: 'chime' });
    expect(emitWarning).toHaveBeenCalledTimes(1);
    expect(emitWarning).toHaveBeenCalledWith(expect.stringMatching(/^chime-sma-kit: .*2023-06-29.*2025-02-26/), {
      type: 'DeprecationWarning',
      code: 'CHIME_SMA_KIT_LEGACY_CHIME_NAMESPACE',
    });
  });
});
