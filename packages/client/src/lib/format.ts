import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { DEFAULT_CURRENCY } from '@/config/app';

/** Locale-aware formatters built on Intl, following the active UI language. */
export interface Formatters {
  locale: string;
  number: (value: number) => string;
  currency: (value: number, currency?: string) => string;
  /** 0–100 (Salesforce style) shown as a percentage. */
  percent: (value: number) => string;
  /** A calendar date "YYYY-MM-DD" (no time zone). */
  date: (value: string) => string;
}

export function createFormatters(locale: string): Formatters {
  const numberFormat = new Intl.NumberFormat(locale);
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const currencyFormats = new Map<string, Intl.NumberFormat>();

  const currencyFormat = (currency: string) => {
    let format = currencyFormats.get(currency);
    if (!format) {
      format = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 });
      currencyFormats.set(currency, format);
    }
    return format;
  };

  return {
    locale,
    number: (value) => numberFormat.format(value),
    currency: (value, currency = DEFAULT_CURRENCY) => currencyFormat(currency).format(value),
    percent: (value) => percentFormat.format(value / 100),
    date: (value) => {
      const [year, month, day] = value.slice(0, 10).split('-').map(Number);
      if (!year || !month || !day) return value;
      return dateFormat.format(new Date(Date.UTC(year, month - 1, day)));
    },
  };
}

export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => createFormatters(locale), [locale]);
}
