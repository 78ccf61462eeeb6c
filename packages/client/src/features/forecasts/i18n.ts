import { loadFeatureStrings, useFeatureT, type LeafKeys } from '@/lib/i18n/feature-bundle';

import type en from './locales/en.json';

/** Loads the feature's strings (en + the current language) under `forecasts.`; the route awaits it. */
export const loadForecastsStrings = () =>
  loadFeatureStrings('forecasts', {
    en: () => import('./locales/en.json'),
    ko: () => import('./locales/ko.json'),
    'zh-CN': () => import('./locales/zh-CN.json'),
  });

export type ForecastsKey = LeafKeys<typeof en>;

export const useForecastsT = () => useFeatureT<ForecastsKey>('forecasts');
