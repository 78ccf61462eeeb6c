import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

import {
  DEFAULT_LANGUAGE,
  SUPPORTED_LANGUAGES,
  detectLanguage,
  isLanguage,
  storeLanguage,
} from './languages';
import en from './locales/en.json';
import ko from './locales/ko.json';
import zhCN from './locales/zh-CN.json';

export const resources = {
  en: { translation: en },
  ko: { translation: ko },
  'zh-CN': { translation: zhCN },
} as const;

function applyToDocument(language: string): void {
  document.documentElement.lang = language;
}

void i18n.use(initReactI18next).init({
  resources,
  lng: detectLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...SUPPORTED_LANGUAGES],
  load: 'currentOnly',
  interpolation: { escapeValue: false }, // React escapes rendered text
});

applyToDocument(i18n.language);

i18n.on('languageChanged', (language) => {
  applyToDocument(language);
  if (isLanguage(language)) storeLanguage(language);
});

export { i18n };
