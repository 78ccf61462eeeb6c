/** Call results (CallDisposition) offered by Log a Call: stored as `value` (data), labelled by `key`. */
export const CALL_RESULTS = [
  { key: 'connected', value: 'Connected' },
  { key: 'leftVoicemail', value: 'Left voicemail' },
  { key: 'noAnswer', value: 'No answer' },
  { key: 'busy', value: 'Busy' },
  { key: 'wrongNumber', value: 'Wrong number' },
] as const;
