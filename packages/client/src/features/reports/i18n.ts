import { loadFeatureStrings, useFeatureT, type LeafKeys } from '@/lib/i18n/feature-bundle';

import type en from './locales/en.json';

/** Loads the reports strings (en + the current language); the routes await it. */
export const loadReportsStrings = () =>
  loadFeatureStrings('reports', {
    en: () => import('./locales/en.json'),
    ko: () => import('./locales/ko.json'),
    'zh-CN': () => import('./locales/zh-CN.json'),
  });

export type ReportsKey = LeafKeys<typeof en>;

export const useReportsT = () => useFeatureT<ReportsKey>('reports');
