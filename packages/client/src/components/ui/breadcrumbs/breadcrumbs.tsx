import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import styles from './breadcrumbs.module.css';

export interface BreadcrumbItem {
  label: string;
  /** Absent for the current page (the last item). */
  href?: string;
}

export interface BreadcrumbsProps {
  items: readonly BreadcrumbItem[];
  'data-testid'?: string;
}

/** A trail of links; the last item is the current page. */
export function Breadcrumbs({ items, ...rest }: BreadcrumbsProps) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('breadcrumbs.label')} className={styles.breadcrumbs} data-testid={rest['data-testid']}>
      <ol>
        {items.map((item, index) => {
          const current = index === items.length - 1;
          return (
            <li key={`${index}-${item.label}`}>
              {item.href && !current ? (
                <Link to={item.href}>{item.label}</Link>
              ) : (
                <span aria-current={current ? 'page' : undefined}>{item.label}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
