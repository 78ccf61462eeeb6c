import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert/alert';
import layout from '@/components/ui/layout/layout.module.css';
import { Spinner } from '@/components/ui/spinner/spinner';

import { useSetupAccess } from '../hooks/use-setup-access';

export interface SetupPageProps {
  title: string;
  intro: string;
  /** Buttons at the end of the header (administrators only). */
  actions?: ReactNode;
  children: ReactNode;
}

/** A Setup page: administrators see its content, anyone else is told it is for administrators. */
export function SetupPage({ title, intro, actions, children }: SetupPageProps) {
  const { t } = useTranslation();
  const access = useSetupAccess();
  return (
    <div className={layout.page}>
      <title>{`${title} · ${t('setup.setup')} · ${t('app.name')}`}</title>
      <header className={layout.pageHeader}>
        <h1 data-testid="page-heading">{title}</h1>
        {access.canSetup && actions}
      </header>
      <p className={layout.lead}>{intro}</p>
      {!access.me && access.loading && (
        <div className={layout.placeholder}>
          <Spinner label={t('setup.loading')} showLabel />
        </div>
      )}
      {!access.me && !access.loading && access.error && <Alert>{t('setup.error')}</Alert>}
      {access.me && !access.canSetup && (
        <Alert tone="info">
          <span data-testid="setup-forbidden">{t('setup.forbidden')}</span>
        </Alert>
      )}
      {access.canSetup && children}
    </div>
  );
}
