import i18n from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';

import {
  DEFAULT_LANGUAGE,
  SUPPORTED_LANGUAGES,
  detectLanguage,
  isLanguage,
  storeLanguage,
} from './languages';
import en from './locales/en.json';

// English ships with the first load (it is every other language's fallback); Korean and Chinese
// load as their own chunks when chosen, so the strings of all three do not weigh on first load.
export const resources = { en: { translation: en } } as const;

function applyToDocument(language: string): void {
  document.documentElement.lang = language;
}

/** Resolves once the detected language's strings are loaded: render after it. */
export const i18nReady = i18n
  .use(resourcesToBackend((language: string) => import(`./locales/${language}.json`)))
  .use(initReactI18next)
  .init({
    resources,
    partialBundledLanguages: true,
    lng: detectLanguage(),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...SUPPORTED_LANGUAGES],
    load: 'currentOnly',
    interpolation: { escapeValue: false }, // React escapes rendered text
  })
  .then(() => applyToDocument(i18n.language));

i18n.on('languageChanged', (language) => {
  applyToDocument(language);
  if (isLanguage(language)) storeLanguage(language);
});

export { i18n };
