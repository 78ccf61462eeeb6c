import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { useFormatters } from '@/lib/format';

import type { OpportunityDetail } from '../hooks/use-opportunity';
import { fieldLabel } from '../utils/field-label';
import { stageLabel } from '../utils/stage-key';
import styles from './opportunity-facts.module.css';

/** The opportunity's fields, read-only. */
export function OpportunityFacts({ opportunity: o }: { opportunity: OpportunityDetail }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const empty = t('common.empty');
  const rows: Array<[string, React.ReactNode]> = [
    [t('opportunities.columns.account'), o.account ? <Link to={paths.account.getHref(o.account.id)}>{o.account.name}</Link> : empty],
    [t('opportunities.fields.contact'), o.contact ? <Link to={paths.contact.getHref(o.contact.id)}>{o.contact.name}</Link> : empty],
    [fieldLabel(t, 'stageName'), stageLabel(t, o.stageName)],
    [fieldLabel(t, 'amount'), o.amount == null ? empty : format.currency(o.amount)],
    [fieldLabel(t, 'closeDate'), format.date(o.closeDate)],
    [fieldLabel(t, 'probability'), o.probability == null ? empty : format.percent(o.probability)],
    [t('opportunities.fields.expectedRevenue'), o.expectedRevenue == null ? empty : format.currency(o.expectedRevenue)],
    [t('opportunities.fields.forecastCategory'), o.forecastCategoryName],
    [fieldLabel(t, 'nextStep'), o.nextStep || empty],
    [fieldLabel(t, 'competitor'), o.competitor || empty],
    [fieldLabel(t, 'lostReason'), o.lostReason || empty],
    [fieldLabel(t, 'type'), o.type || empty],
    [fieldLabel(t, 'leadSource'), o.leadSource || empty],
    [t('opportunities.columns.owner'), o.owner.name],
  ];
  return (
    <>
      <dl className={styles.facts} data-testid="opportunity-facts">
        {rows.map(([label, value]) => (
          <div key={label} className={styles.fact}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {o.description && <p className={styles.description}>{o.description}</p>}
    </>
  );
}
