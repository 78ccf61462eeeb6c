import { loadFeatureStrings, useFeatureT, type LeafKeys } from '@/lib/i18n/feature-bundle';

import type en from './locales/en.json';

/** Loads the feature's strings (en + the current language) under `serviceForecast.`; the route awaits it. */
export const loadServiceForecastStrings = () =>
  loadFeatureStrings('serviceForecast', {
    en: () => import('./locales/en.json'),
    ko: () => import('./locales/ko.json'),
    'zh-CN': () => import('./locales/zh-CN.json'),
  });

export type ServiceForecastKey = LeafKeys<typeof en>;

export const useServiceForecastT = () => useFeatureT<ServiceForecastKey>('serviceForecast');
