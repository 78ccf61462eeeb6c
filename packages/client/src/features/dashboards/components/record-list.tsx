import { Link } from 'react-router';

import { useFormatters } from '@/lib/format';

import styles from './dashboard-grid.module.css';

type Node = Record<string, unknown>;

/** Record pages of the existing screens, by connection type. */
const RECORD_HREF: Record<string, (id: string) => string> = {
  OpportunityConnection: (id) => `/opportunities/${encodeURIComponent(id)}`,
  LeadConnection: (id) => `/leads/${encodeURIComponent(id)}`,
  CaseConnection: (id) => `/cases/${encodeURIComponent(id)}`,
  AccountConnection: (id) => `/accounts/${encodeURIComponent(id)}`,
  ContactConnection: (id) => `/contacts/${encodeURIComponent(id)}`,
  CampaignConnection: (id) => `/campaigns/${encodeURIComponent(id)}`,
};

const name = (v: unknown) => (v && typeof v === 'object' && 'name' in v ? String((v as { name: unknown }).name ?? '') : '');

/** The records behind a number, as cards (they fit a phone), each opening its record page. */
export function RecordList({ typename, nodes }: { typename: string; nodes: Node[] }) {
  const f = useFormatters();
  const href = RECORD_HREF[typename];
  return (
    <ul className={styles.list} data-testid="drill-records">
      {nodes.map((n) => {
        const id = String(n.id);
        const title = String(n.name ?? n.subject ?? n.caseNumber ?? id);
        const facts = [
          n.caseNumber && n.subject ? String(n.subject) : '',
          String(n.stageName ?? n.status ?? ''),
          typeof n.amount === 'number' ? f.currency(n.amount) : '',
          typeof n.closeDate === 'string' ? f.date(n.closeDate) : typeof n.activityDate === 'string' ? f.date(n.activityDate) : '',
          String(n.company ?? ''),
          name(n.account),
          name(n.owner),
        ].filter(Boolean);
        const body = (
          <>
            <span className={styles.listTitle}>{title}</span>
            <span className={styles.muted}>{facts.join(' · ')}</span>
          </>
        );
        return (
          <li key={id}>
            {href ? (
              <Link to={href(id)} className={styles.listCard} data-testid="drill-record">
                {body}
              </Link>
            ) : (
              <span className={styles.listCard} data-testid="drill-record">
                {body}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
