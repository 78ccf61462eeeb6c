import { useQuery } from '@apollo/client/react';

import select from '@/components/ui/select/select.module.css';
import { DashboardViewAsUsersDocument, DashboardViewerDocument } from '@/gql/graphql';

import { useDashboardsT } from '../i18n';
import styles from './dashboard-grid.module.css';

const ORG_WIDE = new Set(['ADMIN', 'EXECUTIVE']);

/** MY_TEAM_USER dashboards: a manager views them as one of their reps (header x-crm-view-as). */
export function ViewAsSelect({ value, onChange }: { value: string; onChange: (userId: string) => void }) {
  const t = useDashboardsT();
  const viewer = useQuery(DashboardViewerDocument);
  const me = viewer.data?.me;
  const orgWide = me ? ORG_WIDE.has(me.role) : false;
  const users = useQuery(DashboardViewAsUsersDocument, {
    variables: { filter: orgWide ? { isActive: { eq: true } } : { isActive: { eq: true }, managerId: { eq: me?.id ?? '' } } },
    skip: !me,
  });
  const others = (users.data?.users.nodes ?? []).filter((u) => u.id !== me?.id);
  if (!me || !others.length) return null;
  return (
    <label className={styles.filter}>
      {t('viewAs.label')}
      <select className={select.select} value={value} onChange={(e) => onChange(e.target.value)} data-testid="dashboard-view-as">
        <option value="">{t('viewAs.me', { name: me.name })}</option>
        {others.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </select>
    </label>
  );
}
