import { describe, expectTypeOf, it } from 'vitest';
import { type Action, type ActionBuilder, type JoinChimeMeetingAction, type PlayAudioAction, actions } from '../../src/index.js';

const audioSource = { type: 'S3', bucketName: 'prompts', key: 'welcome.wav' } as const;

describe('builder types', () => {
  it("toJSON() returns the action's own wire type, assignable to Action", () => {
    const json = actions.playAudio({ audioSource }).toJSON();
    expectTypeOf(json).toEqualTypeOf<PlayAudioAction>();
    expectTypeOf(json).toMatchTypeOf<Action>();
    expectTypeOf(actions.joinChimeMeeting({ joinToken: 't' }).onLeg('LEG-A')).toEqualTypeOf<ActionBuilder<JoinChimeMeetingAction>>();
  });

  it('targeting is exclusive and limited to documented legs', () => {
    const base = actions.playAudio({ audioSource });
    // @ts-expect-error after onLeg(), onCall() does not exist
    base.onLeg('LEG-A').onCall('c-1');
    // @ts-expect-error after onCall(), onLeg() does not exist
    base.onCall('c-1').onLeg('LEG-A');
    // @ts-expect-error LEG-C is no participant tag
    base.onLeg('LEG-C');
    // @ts-expect-error JoinChimeMeeting runs on LEG-A only
    actions.joinChimeMeeting({ joinToken: 't' }).onLeg('LEG-B');
  });

  it('params are camelCase, typed and complete', () => {
    // @ts-expect-error audioSource is required
    actions.playAudio({});
    // @ts-expect-error PascalCase keys are wire keys, not builder params
    actions.playAudio({ AudioSource: { Type: 'S3', BucketName: 'b', Key: 'k' } });
    // @ts-expect-error only S3 audio sources exist
    actions.playAudio({ audioSource: { type: 'HTTP', bucketName: 'b', key: 'k' } });
    // @ts-expect-error Repeat is a number
    actions.playAudio({ audioSource, repeat: '2' });
    // @ts-expect-error terminators are DTMF keys
    actions.playAudio({ audioSource, playbackTerminators: ['A'] });
    // @ts-expect-error targeting is not a param: use onCall()
    actions.playAudio({ audioSource, callId: 'c-1' });
    // @ts-expect-error joinToken is required
    actions.joinChimeMeeting({ meetingId: 'm' });
  });

  it('narrows actions on Type', () => {
    const action = {} as Action;
    if (action.Type === 'JoinChimeMeeting') expectTypeOf(action.Parameters.JoinToken).toEqualTypeOf<string>();
  });
});
