import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation, useMatch } from 'react-router';

import { paths } from '@/config/paths';
import { campaignPaths } from '@/features/campaigns/paths';
import { serviceForecastPaths } from '@/features/service-forecast/paths';
import { forecastPaths } from '@/features/forecasts/paths';
import { dashboardPaths } from '@/features/dashboards/paths';
import { reportPaths } from '@/features/reports/paths';
import { territoryPaths } from '@/features/territories/paths';
import { useCanManageUsers, useUsersViewer } from '@/features/users/hooks/use-can-manage-users';
import { userPaths } from '@/features/users/paths';

import styles from './app-layout.module.css';

export function SidebarNav() {
  const { t } = useTranslation();
  const linkClass = ({ isActive }: { isActive: boolean }) =>
    isActive ? `${styles.navLink} ${styles.navLinkActive}` : styles.navLink;
  // "Campaigns" covers the hierarchy and every campaign's page, not the calendar (its own entry).
  const { pathname } = useLocation();
  const onCalendar = useMatch(campaignPaths.calendar.path) !== null;
  const onCampaigns = !onCalendar && (pathname === campaignPaths.tree.path || pathname.startsWith(`${campaignPaths.tree.path}/`));
  // Setup pages: administrators only (the page itself says so to anyone else).
  const canManageUsers = useCanManageUsers();
  // The agent's home: service agents (and admins).
  const role = useUsersViewer().me?.role;
  const isAgent = role === 'SERVICE_AGENT' || role === 'ADMIN';

  return (
    <nav aria-label={t('nav.label')} className={styles.nav}>
      <ul>
        <li>
          <NavLink to={paths.home.getHref()} className={linkClass} data-testid="nav-home">
            {t('nav.home')}
          </NavLink>
        </li>
        <li>
          <NavLink to={paths.opportunities.getHref()} className={linkClass} data-testid="nav-opportunities">
            {t('nav.opportunities')}
          </NavLink>
        </li>
        <li>
          <NavLink to={paths.approvals.getHref()} className={linkClass} data-testid="nav-approvals">
            {t('nav.approvals')}
          </NavLink>
        </li>
        <li>
          <NavLink to={paths.orders.getHref()} className={linkClass} data-testid="nav-orders">
            {t('orders.nav')}
          </NavLink>
        </li>
        <li>
          <NavLink to={paths.accounts.getHref()} className={linkClass} data-testid="nav-accounts">
            {t('accounts.nav')}
          </NavLink>
        </li>
        <li>
          <NavLink to={paths.contacts.getHref()} className={linkClass} data-testid="nav-contacts">
            {t('contacts.nav')}
          </NavLink>
        </li>
        <li>
          <NavLink to={reportPaths.reports.getHref()} className={linkClass} data-testid="nav-reports">
            {t('nav.reports')}
          </NavLink>
        </li>
        <li>
          <NavLink to={dashboardPaths.dashboards.getHref()} className={linkClass} data-testid="nav-dashboards">
            {t('nav.dashboards')}
          </NavLink>
        </li>
        <li>
          <NavLink to={forecastPaths.forecasts.getHref()} className={linkClass} data-testid="nav-forecasts">
            {t('nav.forecasts')}
          </NavLink>
        </li>
        <li>
          <NavLink to={paths.groups.getHref()} className={linkClass} data-testid="nav-groups">
            {t('groups.nav')}
          </NavLink>
        </li>
        {isAgent && (
          <li>
            <NavLink to={paths.serviceHome.getHref()} className={linkClass} data-testid="nav-service-home">
              {t('cases.navService')}
            </NavLink>
          </li>
        )}
        <li>
          <NavLink to={paths.cases.getHref()} className={linkClass} data-testid="nav-cases">
            {t('cases.nav')}
          </NavLink>
        </li>
        <li>
          <NavLink to={serviceForecastPaths.serviceForecast.getHref()} className={linkClass} data-testid="nav-service-forecast">
            {t('nav.serviceForecast')}
          </NavLink>
        </li>
        <li>
          <NavLink to={paths.leads.getHref()} className={linkClass} data-testid="nav-leads">
            {t('leads.nav')}
          </NavLink>
        </li>
        <li>
          <Link
            to={campaignPaths.tree.getHref()}
            className={linkClass({ isActive: onCampaigns })}
            aria-current={onCampaigns ? 'page' : undefined}
            data-testid="nav-campaigns"
          >
            {t('nav.campaigns')}
          </Link>
        </li>
        <li>
          <NavLink to={campaignPaths.calendar.getHref()} className={linkClass} data-testid="nav-campaign-calendar">
            {t('nav.campaignCalendar')}
          </NavLink>
        </li>
        <li>
          <NavLink to={territoryPaths.territories.getHref()} className={linkClass} data-testid="nav-territories">
            {t('nav.territories')}
          </NavLink>
        </li>
        <li>
          <NavLink to={paths.dataImport.getHref()} className={linkClass} data-testid="nav-data-import">
            {t('data.nav.import')}
          </NavLink>
        </li>
        <li>
          <NavLink to={paths.dataMassUpdate.getHref()} className={linkClass} data-testid="nav-data-mass-update">
            {t('data.nav.massUpdate')}
          </NavLink>
        </li>
        {canManageUsers && (
          <li>
            <NavLink to={userPaths.users.getHref()} className={linkClass} data-testid="nav-users">
              {t('nav.users')}
            </NavLink>
          </li>
        )}
        {canManageUsers && (
          <>
            <li>
              <NavLink to={paths.setupValidationRules.getHref()} className={linkClass} data-testid="nav-setup-validation-rules">
                {t('setup.nav.validationRules')}
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.setupStages.getHref()} className={linkClass} data-testid="nav-setup-stages">
                {t('setup.nav.stages')}
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.setupPicklists.getHref()} className={linkClass} data-testid="nav-setup-picklists">
                {t('setup.nav.picklists')}
              </NavLink>
            </li>
          </>
        )}
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
