import { loadFeatureStrings, useFeatureT, type LeafKeys } from '@/lib/i18n/feature-bundle';

import type en from './locales/en.json';

/** Loads the dashboards strings (en + the current language); the routes await it. */
export const loadDashboardsStrings = () =>
  loadFeatureStrings('dashboards', {
    en: () => import('./locales/en.json'),
    ko: () => import('./locales/ko.json'),
    'zh-CN': () => import('./locales/zh-CN.json'),
  });

export type DashboardsKey = LeafKeys<typeof en>;

export const useDashboardsT = () => useFeatureT<DashboardsKey>('dashboards');
