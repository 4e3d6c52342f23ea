/**
 * The documented error types of each action with their documented messages (empty when the docs
 * give none), from the per-action pages of the Amazon Chime SDK Developer Guide. The simulator
 * uses them for the failures it raises and to check injected ones.
 */
export const DOCUMENTED_ERRORS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  CallAndBridge: { CallNotAnswered: 'Call not answered', InvalidActionParameter: 'Invalid SIP header(s) provided: X-AMZN' },
  JoinChimeMeeting: {
    InvalidActionParameter: 'JoinToken parameter value is invalid.',
    SystemException: 'System error while running action.',
    ErrorJoiningMeeting: 'Error while joining meeting.',
  },
  ModifyChimeMeetingAttendees: {
    InvalidActionParameter: 'The ModifyChimeMeetingAttendees Operation parameter value is invalid',
    SystemException: 'System error while running action.',
  },
  PlayAudio: {
    InvalidAudioSource: 'The audio source parameter is invalid.',
    SystemException: 'System error while running action.',
    InvalidActionParameter: 'CallId or ParticipantTag parameter for action is invalid.',
  },
  PlayAudioAndGetDigits: {
    InvalidAudioSource: 'Audio source parameter value is invalid.',
    InvalidActionParameter: 'CallId or ParticipantTag parameter for the action is invalid.',
    SystemException: 'System error while running the action.',
  },
  RecordAudio: {
    InvalidActionParameter: 'CallId or ParticipantTag parameter for action is invalid.',
    SystemException: 'System error while running an action.',
  },
  SendDigits: { InvalidActionParameter: 'ToneDuration parameter value is invalid.' },
  Speak: {
    AccessDenied: 'The AWSServiceRoleForAmazonChimeVoiceConnector service-linked role is not configured correctly.',
    InvalidActionParameter: '',
    ActionExecutionThrottled: 'Amazon Polly is throttling the request to synthesize speech.',
    MissingRequiredActionParameter: 'Text is a required parameter.',
    SystemException: 'System error while running action.',
  },
  SpeakAndGetDigits: {
    AccessDenied: 'The AWSServiceRoleForAmazonChimeVoiceConnector role is not configured correctly.',
    InvalidActionParameter: '',
    MissingRequiredActionParameter: 'Text is a required parameter.',
    SystemException: 'System error while running action.',
  },
  StartBotConversation: { InvalidActionParameter: '', SystemException: '', ResourceNotFound: '', ResourceAccessDenied: '', ActionExecutionThrottled: '' },
  StartCallRecording: {
    InvalidActionParameter: 'CallId parameter for action is invalid',
    SystemException: 'System error while running an action.',
    NoAccessToDestination: 'Error while accessing destination',
  },
  VoiceFocus: {
    ActionExecutionThrottled: 'Failed to run action. The maximum number of actions per second has been reached.',
    MissingRequiredActionParameter: 'Missing required action parameter.',
    SystemException: 'System error while running action.',
  },
};

/** Actions whose documented failure event carries one `Error: "<ErrorType>: <message>"` string. */
export const ERROR_STRING_ACTIONS: ReadonlySet<string> = new Set(['JoinChimeMeeting', 'StartCallRecording']);

/** The documented message of an action's error type, or a generic one. */
export function errorMessageOf(action: string, errorType: string): string {
  const message = DOCUMENTED_ERRORS[action]?.[errorType];
  return message !== undefined && message !== '' ? message : `${errorType} while running ${action}.`;
}

/**
 * Checks that an injected failure names a documented error type of the action; actions whose
 * docs list no error type accept any. Returns a sentence describing the problem, if any.
 */
export function checkInjectedError(action: string, errorType: string): string | undefined {
  const documented = DOCUMENTED_ERRORS[action];
  if (documented === undefined || Object.prototype.hasOwnProperty.call(documented, errorType)) return undefined;
  return `"${errorType}" is not a documented ErrorType of ${action} (documented: ${Object.keys(documented).join(', ')})`;
}
