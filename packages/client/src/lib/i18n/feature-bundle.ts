import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import { i18n } from './index';
import { isLanguage, type Language } from './languages';

/**
 * Strings of a lazily loaded feature, kept in the feature's own locale files and merged into the
 * `translation` namespace under `<feature>.` when the feature's route loads (and again for each
 * language chosen later). The shared locale files stay small.
 */
type Loader = () => Promise<{ default: Record<string, unknown> }>;

const registered = new Map<string, Record<Language, Loader>>();

async function add(feature: string, language: string): Promise<void> {
  const loaders = registered.get(feature);
  if (!loaders || !isLanguage(language)) return;
  if (i18n.exists(`${feature}.__loaded`, { lng: language, fallbackLng: false })) return;
  const { default: strings } = await loaders[language]();
  i18n.addResourceBundle(language, 'translation', { [feature]: { ...strings, __loaded: '1' } }, true, true);
}

i18n.on('languageChanged', (language) => {
  for (const feature of registered.keys()) void add(feature, language);
});

export async function loadFeatureStrings(feature: string, loaders: Record<Language, Loader>): Promise<void> {
  registered.set(feature, loaders);
  // English is every language's fallback: always there.
  await Promise.all([add(feature, 'en'), add(feature, i18n.language)]);
}

type PluralFree<K extends string> = K extends `${infer B}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? B : K;

/** Paths of the string leaves of a locale file ("a.b.c"; plural forms as their base key). */
export type LeafKeys<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${PluralFree<K>}` : LeafKeys<T[K], `${P}${K}.`>;
}[keyof T & string];

/** `t` for a feature's keys; re-renders when the feature's strings arrive. */
export function useFeatureT<Key extends string>(feature: string) {
  const { t } = useTranslation(undefined, { bindI18nStore: 'added' });
  return useCallback(
    (key: Key, options?: Record<string, unknown>): string => (t as unknown as (k: string, o?: Record<string, unknown>) => string)(`${feature}.${key}`, options),
    [t, feature],
  );
}
