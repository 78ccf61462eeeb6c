import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { RecordSection, recordSectionStyles as s } from '@/components/ui/record-section/record-section';
import { paths } from '@/config/paths';
import { AccountHierarchyDocument, type AccountHierarchyQuery } from '@/gql/graphql';

import styles from './account-page.module.css';
import { SectionState } from './section-state';

/** Root first, down to the account's parent (the server answers nearest first). */
function ancestorsOf(account: AccountHierarchyQuery['account']): { id: string; name: string }[] {
  return [...account.ancestors].reverse();
}

function HierarchyBody({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const query = useQuery(AccountHierarchyDocument, { variables: { id: accountId } });
  const account = query.data?.account;
  if (!account) return <SectionState loading={query.loading} error={query.error} onRetry={() => void query.refetch()} />;
  const ancestors = ancestorsOf(account);
  const children = account.childAccounts;
  if (ancestors.length === 0 && children.totalCount === 0) return <p className={s.muted}>{t('accounts.sections.noHierarchy')}</p>;
  return (
    <ol className={styles.tree} data-testid="account-hierarchy">
      {ancestors.map((a, depth) => (
        <li key={a.id} style={{ paddingInlineStart: `${Math.min(depth, 4) * 16}px` }} data-testid="hierarchy-ancestor">
          <Link to={paths.account.getHref(a.id)}>{a.name}</Link>
        </li>
      ))}
      <li style={{ paddingInlineStart: `${Math.min(ancestors.length, 4) * 16}px` }} aria-current="page" className={styles.treeSelf}>
        {account.name}
      </li>
      {children.nodes.map((c) => (
        <li key={c.id} style={{ paddingInlineStart: `${Math.min(ancestors.length + 1, 5) * 16}px` }} data-testid="hierarchy-child">
          <Link to={paths.account.getHref(c.id)}>{c.name}</Link>
          {c.billingCity && <span className={s.rowMeta}> · {c.billingCity}</span>}
        </li>
      ))}
      {children.totalCount > children.nodes.length && (
        <li className={s.rowMeta}>{t('accounts.sections.moreChildren', { count: children.totalCount - children.nodes.length })}</li>
      )}
    </ol>
  );
}

/** The parent chain up to the top account and the child accounts. */
export function AccountHierarchySection({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  return (
    <RecordSection title={t('accounts.sections.hierarchy')} loadingLabel={t('accounts.sections.loading')} data-testid="section-hierarchy">
      {() => <HierarchyBody accountId={accountId} />}
    </RecordSection>
  );
}
