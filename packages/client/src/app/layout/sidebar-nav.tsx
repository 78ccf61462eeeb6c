import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

import { paths } from '@/config/paths';

import styles from './app-layout.module.css';

export function SidebarNav() {
  const { t } = useTranslation();
  const linkClass = ({ isActive }: { isActive: boolean }) =>
    isActive ? `${styles.navLink} ${styles.navLinkActive}` : styles.navLink;

  return (
    <nav aria-label={t('nav.label')} className={styles.nav}>
      <ul>
        <li>
          <NavLink to={paths.opportunities.getHref()} className={linkClass} data-testid="nav-opportunities">
            {t('nav.opportunities')}
          </NavLink>
        </li>
        <li>
          {/* A separate page served next to the SPA, not a client route. */}
          <a href={paths.graphiql.getHref()} className={styles.navLink} data-testid="nav-graphiql">
            {t('nav.graphiql')}
          </a>
        </li>
      </ul>
    </nav>
  );
}
