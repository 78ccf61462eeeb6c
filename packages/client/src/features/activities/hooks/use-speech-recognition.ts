import { useCallback, useEffect, useRef, useState } from 'react';

// The Web Speech API is not in TypeScript's DOM library: the little we use of it.
interface RecognitionResultEvent {
  resultIndex: number;
  results: ArrayLike<{ isFinal: boolean; 0: { transcript: string } }>;
}
interface Recognition {
  lang: string;
  interimResults: boolean;
  continuous: boolean;
  onresult: ((event: RecognitionResultEvent) => void) | null;
  onend: (() => void) | null;
  onerror: ((event: { error: string }) => void) | null;
  start(): void;
  stop(): void;
}
type RecognitionConstructor = new () => Recognition;

function recognitionClass(): RecognitionConstructor | null {
  if (typeof window === 'undefined') return null;
  const w = window as unknown as { SpeechRecognition?: RecognitionConstructor; webkitSpeechRecognition?: RecognitionConstructor };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
}

const SPEECH_LANGS: Record<string, string> = { en: 'en-US', ko: 'ko-KR', 'zh-CN': 'zh-CN' };

/**
 * Dictation through the browser's speech recognition, where it exists (`supported` is false
 * elsewhere: hide the control). Each final phrase is handed to `onText`.
 */
export function useSpeechRecognition(language: string, onText: (text: string) => void) {
  const [supported] = useState(() => recognitionClass() !== null);
  const [listening, setListening] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const recognition = useRef<Recognition | null>(null);
  const onTextRef = useRef(onText);
  useEffect(() => {
    onTextRef.current = onText;
  });

  const stop = useCallback(() => recognition.current?.stop(), []);

  const start = useCallback(() => {
    const Ctor = recognitionClass();
    if (!Ctor || recognition.current) return;
    const r = new Ctor();
    r.lang = SPEECH_LANGS[language] ?? language;
    r.interimResults = false;
    r.continuous = false;
    r.onresult = (event) => {
      for (let i = event.resultIndex; i < event.results.length; i++) {
        const result = event.results[i];
        if (result?.isFinal) onTextRef.current(result[0].transcript.trim());
      }
    };
    r.onerror = (event) => setFailed(event.error);
    r.onend = () => {
      recognition.current = null;
      setListening(false);
    };
    recognition.current = r;
    setFailed(null);
    setListening(true);
    try {
      r.start();
    } catch {
      recognition.current = null;
      setListening(false);
      setFailed('start');
    }
  }, [language]);

  useEffect(() => () => recognition.current?.stop(), []);

  return { supported, listening, failed, start, stop };
}
