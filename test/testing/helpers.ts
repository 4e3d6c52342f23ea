/** Wire-level helpers for simulator tests: plain JSON handlers, no router. */
export type WireEvent = {
  SchemaVersion: string;
  Sequence: number;
  InvocationEventType: string;
  ActionData?: { Type?: string; Parameters?: Record<string, unknown>; [key: string]: unknown };
  CallDetails: { TransactionAttributes?: Record<string, string>; Participants: Array<Record<string, unknown>>; [key: string]: unknown };
  [key: string]: unknown;
};

/** A response with these actions. */
export const reply = (...actions: unknown[]) => ({ SchemaVersion: '1.0', Actions: actions });

/** An S3 audio source. */
export const audio = (Key: string) => ({ Type: 'S3', BucketName: 'prompts', Key });

/** A PlayAudio wire action. */
export const play = (Key: string, extra: Record<string, unknown> = {}) => ({
  Type: 'PlayAudio',
  Parameters: { AudioSource: audio(Key), ...extra },
});

/** A PlayAudioAndGetDigits wire action: the PIN prompt of the use case, 3 to 5 digits ended by #. */
export const getDigits = (extra: Record<string, unknown> = {}) => ({
  Type: 'PlayAudioAndGetDigits',
  Parameters: {
    AudioSource: audio('enter-pin.wav'),
    FailureAudioSource: audio('invalid-pin.wav'),
    MinNumberOfDigits: 3,
    MaxNumberOfDigits: 5,
    TerminatorDigits: ['#'],
    InBetweenDigitsDurationInMilliseconds: 5000,
    Repeat: 3,
    RepeatDurationInMilliseconds: 10000,
    ...extra,
  },
});

/** A handler answering by a function of the event, recording every event it gets. */
export function recorder(answer: (event: WireEvent) => unknown) {
  const seen: WireEvent[] = [];
  const handler = async (event: WireEvent) => {
    seen.push(event);
    return answer(event);
  };
  return { handler, seen };
}
