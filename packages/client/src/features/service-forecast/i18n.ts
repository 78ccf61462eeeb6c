import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import { i18n } from '@/lib/i18n';
import { isLanguage, type Language } from '@/lib/i18n/languages';

import type en from './locales/en.json';

/**
 * The feature's strings live in its own locale files, merged into the `translation` namespace
 * under `serviceForecast.` when the route loads (and for each language chosen later).
 */
const FEATURE = 'serviceForecast';
const loaders: Record<Language, () => Promise<{ default: Record<string, unknown> }>> = {
  en: () => import('./locales/en.json'),
  ko: () => import('./locales/ko.json'),
  'zh-CN': () => import('./locales/zh-CN.json'),
};

async function add(language: string): Promise<void> {
  if (!isLanguage(language) || i18n.exists(`${FEATURE}.title`, { lng: language, fallbackLng: false })) return;
  const { default: strings } = await loaders[language]();
  i18n.addResourceBundle(language, 'translation', { [FEATURE]: strings }, true, true);
}

let listening = false;

/** Loads English (every language's fallback) and the current language; the route awaits it. */
export async function loadServiceForecastStrings(): Promise<void> {
  if (!listening) {
    listening = true;
    i18n.on('languageChanged', (language) => void add(language));
  }
  await Promise.all([add('en'), add(i18n.language)]);
}

type Leaves<T, P extends string = ''> = { [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`> }[keyof T & string];
export type ServiceForecastKey = Leaves<typeof en>;

/** `t` for this feature's keys; re-renders when its strings arrive. */
export function useServiceForecastT() {
  const { t } = useTranslation(undefined, { bindI18nStore: 'added' });
  return useCallback(
    (key: ServiceForecastKey, options?: Record<string, unknown>): string =>
      (t as unknown as (k: string, o?: Record<string, unknown>) => string)(`${FEATURE}.${key}`, options),
    [t],
  );
}
