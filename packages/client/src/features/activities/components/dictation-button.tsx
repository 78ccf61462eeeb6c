import { useTranslation } from 'react-i18next';

import { useSpeechRecognition } from '../hooks/use-speech-recognition';
import { ActivityIcon } from './activity-icon';
import styles from './dictation-button.module.css';

/** A microphone toggle that dictates into a text field; renders nothing without speech recognition. */
export function DictationButton({ language, onText }: { language: string; onText: (text: string) => void }) {
  const { t } = useTranslation();
  const speech = useSpeechRecognition(language, onText);
  if (!speech.supported) return null;
  return (
    <div className={styles.wrap}>
      <button
        type="button"
        className={`${styles.mic} ${speech.listening ? styles.listening : ''}`}
        aria-pressed={speech.listening}
        onClick={speech.listening ? speech.stop : speech.start}
        data-testid="dictation-button"
      >
        <ActivityIcon name="mic" />
        <span className="visually-hidden">{speech.listening ? t('activities.dictation.stop') : t('activities.dictation.start')}</span>
      </button>
      <span className={styles.status} aria-live="polite">
        {speech.listening ? t('activities.dictation.listening') : speech.failed ? t('activities.dictation.failed') : ''}
      </span>
    </div>
  );
}
