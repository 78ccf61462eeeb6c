import { useTranslation } from 'react-i18next';

import type { CampaignStatsFragment } from '@/gql/graphql';
import { useFormatters } from '@/lib/format';

import styles from './campaign-stats.module.css';

type StatKey =
  | 'NumberOfLeads'
  | 'NumberOfConvertedLeads'
  | 'NumberOfContacts'
  | 'NumberOfResponses'
  | 'NumberOfOpportunities'
  | 'NumberOfWonOpportunities'
  | 'AmountAllOpportunities'
  | 'AmountWonOpportunities'
  | 'BudgetedCost'
  | 'ActualCost'
  | 'ExpectedRevenue'
  | 'NumberSent';

const ROWS: ReadonlyArray<{ key: StatKey; money: boolean }> = [
  { key: 'NumberOfLeads', money: false },
  { key: 'NumberOfConvertedLeads', money: false },
  { key: 'NumberOfContacts', money: false },
  { key: 'NumberOfResponses', money: false },
  { key: 'NumberOfOpportunities', money: false },
  { key: 'NumberOfWonOpportunities', money: false },
  { key: 'AmountAllOpportunities', money: true },
  { key: 'AmountWonOpportunities', money: true },
  { key: 'BudgetedCost', money: true },
  { key: 'ActualCost', money: true },
  { key: 'ExpectedRevenue', money: true },
  { key: 'NumberSent', money: false },
];

const lowerFirst = <S extends string>(value: S) => (value.charAt(0).toLowerCase() + value.slice(1)) as Uncapitalize<S>;

/** The campaign's own statistics next to the same over its whole hierarchy. */
export function CampaignStats({ stats }: { stats: CampaignStatsFragment }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const show = (value: number | null | undefined, money: boolean) =>
    value == null ? t('common.empty') : money ? format.currency(value) : format.number(value);

  return (
    <section className={styles.section} aria-labelledby="campaign-stats-heading" data-testid="campaign-stats">
      <h2 id="campaign-stats-heading" className={styles.heading}>
        {t('campaigns.stats.heading')}
      </h2>
      <div className={styles.wrapper}>
        <table className={styles.table}>
          <caption className="visually-hidden">{t('campaigns.stats.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('campaigns.stats.measure')}</th>
              <th scope="col" className={styles.number}>
                {t('campaigns.stats.own')}
              </th>
              <th scope="col" className={styles.number}>
                {t('campaigns.stats.hierarchy')}
              </th>
            </tr>
          </thead>
          <tbody>
            {ROWS.map(({ key, money }) => {
              const own = lowerFirst(key);
              const hierarchy = `hierarchy${key}` as const;
              return (
                <tr key={key}>
                  <th scope="row">{t(`campaigns.stats.${own}`)}</th>
                  <td className={styles.number} data-testid={`stat-${own}`}>
                    {show(stats[own], money)}
                  </td>
                  <td className={styles.number} data-testid={`stat-${hierarchy}`}>
                    {show(stats[hierarchy], money)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
