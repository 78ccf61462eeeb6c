import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';

import { Spinner } from '@/components/ui/spinner/spinner';
import { LanguageSwitcher } from '@/components/ui/language-switcher/language-switcher';
import { CurrentUser } from '@/features/auth/components/current-user';
import { SearchBox } from '@/features/search/components/search-box';
import { useMediaQuery } from '@/hooks/use-media-query';

import styles from './app-layout.module.css';
import { SidebarNav } from './sidebar-nav';
import { useDrawer } from './use-drawer';

const PHONE_QUERY = '(max-width: 767px)';
const SIDEBAR_ID = 'app-sidebar';

/** Sidebar on desktop; top bar with a menu button and a drawer on phones. */
export function AppLayout() {
  const { t } = useTranslation();
  const isPhone = useMediaQuery(PHONE_QUERY);
  const drawer = useDrawer();
  const drawerHidden = isPhone && !drawer.open;

  return (
    <div className={styles.shell}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>

      <header className={styles.topBar}>
        <button
          ref={drawer.triggerRef}
          type="button"
          className={styles.menuButton}
          aria-expanded={drawer.open}
          aria-controls={SIDEBAR_ID}
          onClick={drawer.toggle}
          data-testid="menu-button"
        >
          <span aria-hidden="true" className={styles.burger} />
          <span className="visually-hidden">{t('nav.openMenu')}</span>
        </button>
        <span className={styles.brand}>{t('app.name')}</span>
        {isPhone && <SearchBox className={styles.topSearch} />}
      </header>

      {isPhone && drawer.open && <div className={styles.backdrop} onClick={drawer.close} aria-hidden="true" />}

      <aside
        id={SIDEBAR_ID}
        className={styles.sidebar}
        data-open={drawer.open}
        inert={drawerHidden}
        aria-label={t('app.name')}
      >
        <div className={styles.sidebarHeader}>
          <span className={styles.brand}>{t('app.name')}</span>
          {isPhone && (
            <button ref={drawer.closeRef} type="button" className={styles.closeButton} onClick={drawer.close}>
              <span aria-hidden="true">×</span>
              <span className="visually-hidden">{t('nav.closeMenu')}</span>
            </button>
          )}
        </div>
        {!isPhone && <SearchBox />}
        <SidebarNav />
        <div className={styles.sidebarFooter}>
          <LanguageSwitcher className={styles.language} />
          <CurrentUser />
        </div>
      </aside>

      <main id="main" className={styles.main} tabIndex={-1}>
        <Suspense fallback={<Spinner label={t('common.loading')} showLabel />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
