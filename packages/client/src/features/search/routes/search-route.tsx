import { skipToken, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import layout from '@/components/ui/layout/layout.module.css';
import { Spinner } from '@/components/ui/spinner/spinner';
import { paths } from '@/config/paths';
import { GlobalSearchDocument, type GlobalSearchQuery } from '@/gql/graphql';

import styles from './search-route.module.css';

type Hit = GlobalSearchQuery['search'][number];

const OBJECTS = ['Account', 'Contact', 'Lead', 'Opportunity', 'Case'] as const;
const HREF: Partial<Record<string, (id: string) => string>> = {
  Account: paths.account.getHref,
  Contact: paths.contact.getHref,
  Lead: paths.lead.getHref,
  Opportunity: paths.opportunity.getHref,
};
const LIMIT = 100;

/** /search?q=: the global search's results, grouped by object; cases have no page yet (unlinked). */
export function SearchRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const term = (params.get('q') ?? '').trim();
  const query = useQuery(GlobalSearchDocument, term ? { variables: { term, first: LIMIT }, fetchPolicy: 'cache-and-network' } : skipToken);
  const hits = query.data?.search ?? [];
  const groups = OBJECTS.map((o) => ({ object: o, hits: hits.filter((h) => h.objectApiName === o) })).filter((g) => g.hits.length);

  return (
    <div className={layout.page}>
      <title>{`${t('search.pageTitle')} · ${t('app.name')}`}</title>
      <header className={layout.pageHeader}>
        <h1 data-testid="page-heading">{term ? t('search.heading', { term }) : t('search.pageTitle')}</h1>
        {query.loading && query.data && <Spinner label={t('common.loading')} />}
      </header>

      {!term && <p className={layout.placeholder}>{t('search.prompt')}</p>}
      {query.error && (
        <Alert
          action={
            <Button variant="secondary" size="sm" onClick={() => void query.refetch()}>
              {t('search.retry')}
            </Button>
          }
        >
          {t('search.error')}
        </Alert>
      )}
      {term && !query.data && query.loading && (
        <div className={layout.placeholder}>
          <Spinner label={t('common.loading')} showLabel />
        </div>
      )}
      {term && query.data && hits.length === 0 && (
        <p className={layout.placeholder} data-testid="search-empty">
          {t('search.empty', { term })}
        </p>
      )}

      {groups.map((g) => (
        <section key={g.object} className={layout.section} data-testid="search-group" data-object={g.object}>
          <h2 className={layout.sectionHeading}>
            {t(`search.objects.${g.object}`)} <span className={styles.count}>({g.hits.length})</span>
          </h2>
          <ul className={styles.list}>
            {g.hits.map((hit) => (
              <SearchHitItem key={hit.id} hit={hit} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function SearchHitItem({ hit }: { hit: Hit }) {
  const href = HREF[hit.objectApiName]?.(hit.id);
  const body = (
    <>
      <span className={styles.name}>{hit.name}</span>
      {hit.subtitle && <span className={styles.subtitle}>{hit.subtitle}</span>}
    </>
  );
  return (
    <li data-testid="search-hit" data-id={hit.id} data-object={hit.objectApiName}>
      {href ? (
        <Link to={href} className={styles.hit}>
          {body}
        </Link>
      ) : (
        <div className={styles.hit}>{body}</div>
      )}
    </li>
  );
}
