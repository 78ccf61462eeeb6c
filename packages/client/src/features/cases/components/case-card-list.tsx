import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Badge } from '@/components/ui/badge/badge';
import { paths } from '@/config/paths';
import type { CaseCardFragment } from '@/gql/graphql';

import styles from './case-card-list.module.css';
import { SlaClock } from './sla-clock';

const PRIORITY_TONE = { High: 'danger', Medium: 'warning', Low: 'neutral' } as const;

/** Cases as cards (they fit a phone): number, priority, subject, account, SLA clocks. */
export function CaseCardList({ cases, testId }: { cases: CaseCardFragment[]; testId?: string }) {
  const { t } = useTranslation();
  if (!cases.length) return <p className={styles.top}>{t('cases.console.empty')}</p>;
  return (
    <ul className={styles.list} data-testid={testId}>
      {cases.map((c) => (
        <li key={c.id}>
          <Link to={paths.case.getHref(c.id)} className={styles.card} data-testid="case-card">
            <span className={styles.top}>
              <span>{c.caseNumber}</span>
              <Badge tone={PRIORITY_TONE[c.priority as keyof typeof PRIORITY_TONE] ?? 'neutral'}>{t(`cases.priority.${c.priority}` as 'cases.priority.High', c.priority)}</Badge>
              <span>{c.status}</span>
              {c.origin && <span>{t(`cases.origin.${c.origin}` as 'cases.origin.Phone', c.origin)}</span>}
              {c.account && <span>{c.account.name}</span>}
            </span>
            <span className={styles.subject}>{c.subject ?? c.caseNumber}</span>
            {!c.isClosed && (
              <span className={styles.clocks}>
                <SlaClock label={t('cases.sla.firstResponse')} due={c.firstResponseDueDate} doneAt={c.firstResponseDate} />
                <SlaClock label={t('cases.sla.resolution')} due={c.resolutionDueDate} doneAt={null} />
              </span>
            )}
          </Link>
        </li>
      ))}
    </ul>
  );
}
