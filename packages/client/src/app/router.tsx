import { createBrowserRouter, Navigate } from 'react-router';

import { paths } from '@/config/paths';
import { ProtectedRoute } from '@/features/auth/components/protected-route';
import { campaignPaths } from '@/features/campaigns/paths';
import { serviceForecastPaths } from '@/features/service-forecast/paths';
import { forecastPaths } from '@/features/forecasts/paths';
import { dashboardPaths } from '@/features/dashboards/paths';
import { reportPaths } from '@/features/reports/paths';
import { territoryPaths } from '@/features/territories/paths';
import { userPaths } from '@/features/users/paths';

import { AppLayout } from './layout/app-layout';
import { RouteError } from './routes/route-error';
import { withActivitySlots } from './routes/with-activity-slots';
import { withOrderAction } from './routes/with-order-action';
import { withRecordPosts } from './routes/with-record-posts';

export const router = createBrowserRouter([
  {
    ErrorBoundary: RouteError,
    children: [
      {
        path: paths.signIn.path,
        lazy: async () => {
          const { SignInRoute } = await import('@/features/auth/routes/sign-in-route');
          return { Component: SignInRoute };
        },
      },
      {
        element: (
          <ProtectedRoute>
            <AppLayout />
          </ProtectedRoute>
        ),
        children: [
          { index: true, element: <Navigate to={paths.home.getHref()} replace /> },
          {
            path: paths.home.path,
            lazy: async () => {
              const [{ HomeRoute }, { GlobalLogCall }] = await Promise.all([
                import('@/features/home/routes/home-route'),
                import('@/features/activities/components/global-log-call'),
              ]);
              return { Component: () => <HomeRoute renderLogCall={() => <GlobalLogCall />} /> };
            },
          },
          {
            path: paths.opportunities.path,
            lazy: async () => {
              const { MyOpportunitiesRoute } = await import(
                '@/features/opportunities/routes/my-opportunities-route'
              );
              return { Component: MyOpportunitiesRoute };
            },
          },
          {
            // Static segment: ranked before :opportunityId by the router.
            path: paths.opportunityBoard.path,
            lazy: async () => {
              const { BoardRoute } = await import('@/features/opportunities/routes/board-route');
              return { Component: BoardRoute };
            },
          },
          {
            path: paths.opportunity.path,
            lazy: () =>
              withActivitySlots(() => withOrderAction(() => withRecordPosts(() => import('@/features/opportunities/routes/opportunity-route').then((m) => m.OpportunityRoute)))),
          },
          {
            path: paths.approvals.path,
            lazy: async () => {
              const { ApprovalsRoute } = await import('@/features/opportunities/routes/approvals-route');
              return { Component: ApprovalsRoute };
            },
          },
          {
            path: paths.leads.path,
            lazy: async () => {
              const { LeadsRoute } = await import('@/features/leads/routes/leads-route');
              return { Component: LeadsRoute };
            },
          },
          {
            // Static segment: ranked before :leadId by the router.
            path: paths.newLead.path,
            lazy: async () => {
              const { NewLeadRoute } = await import('@/features/leads/routes/new-lead-route');
              return { Component: NewLeadRoute };
            },
          },
          {
            path: paths.lead.path,
            lazy: () => withActivitySlots(() => import('@/features/leads/routes/lead-route').then((m) => m.LeadRoute)),
          },
          {
            path: paths.cases.path,
            lazy: async () => {
              const { CasesRoute } = await import('@/features/cases/routes/cases-route');
              return { Component: CasesRoute };
            },
          },
          {
            path: paths.case.path,
            lazy: () => withActivitySlots(() => import('@/features/cases/routes/case-route').then((m) => m.CaseRoute)),
          },
          {
            path: paths.serviceHome.path,
            lazy: async () => {
              const { ServiceHomeRoute } = await import('@/features/cases/routes/service-home-route');
              return { Component: ServiceHomeRoute };
            },
          },
          {
            path: serviceForecastPaths.serviceForecast.path,
            lazy: async () => {
              const [{ ServiceForecastRoute }] = await Promise.all([import('@/features/service-forecast/routes/service-forecast-route'), import('@/features/service-forecast/i18n').then((m) => m.loadServiceForecastStrings())]);
              return { Component: ServiceForecastRoute };
            },
          },
          {
            path: paths.groups.path,
            lazy: async () => {
              const { GroupsRoute } = await import('@/features/groups/routes/groups-route');
              return { Component: GroupsRoute };
            },
          },
          {
            path: paths.group.path,
            lazy: async () => {
              const { GroupRoute } = await import('@/features/groups/routes/group-route');
              return { Component: GroupRoute };
            },
          },
          {
            path: paths.search.path,
            lazy: async () => {
              const { SearchRoute } = await import('@/features/search/routes/search-route');
              return { Component: SearchRoute };
            },
          },
          {
            path: paths.accounts.path,
            lazy: async () => {
              const { AccountsRoute } = await import('@/features/accounts/routes/accounts-route');
              return { Component: AccountsRoute };
            },
          },
          {
            path: paths.account.path,
            lazy: () => withActivitySlots(() => withOrderAction(() => withRecordPosts(() => import('@/features/accounts/routes/account-route').then((m) => m.AccountRoute)))),
          },
          {
            path: paths.contacts.path,
            lazy: async () => {
              const { ContactsRoute } = await import('@/features/contacts/routes/contacts-route');
              return { Component: ContactsRoute };
            },
          },
          {
            path: paths.contact.path,
            lazy: () => withActivitySlots(() => import('@/features/contacts/routes/contact-route').then((m) => m.ContactRoute)),
          },
          {
            path: campaignPaths.tree.path,
            lazy: async () => {
              const { CampaignsRoute } = await import('@/features/campaigns/routes/campaigns-route');
              return { Component: CampaignsRoute };
            },
          },
          {
            // Before :campaignId in the list for readers; the router ranks the static segment first anyway.
            path: campaignPaths.calendar.path,
            lazy: async () => {
              const { CampaignCalendarRoute } = await import('@/features/campaigns/routes/campaign-calendar-route');
              return { Component: CampaignCalendarRoute };
            },
          },
          {
            path: campaignPaths.campaign.path,
            lazy: async () => {
              const { CampaignRoute } = await import('@/features/campaigns/routes/campaign-route');
              return { Component: CampaignRoute };
            },
          },
          {
            path: forecastPaths.forecasts.path,
            lazy: async () => {
              const [{ ForecastsRoute }] = await Promise.all([import('@/features/forecasts/routes/forecasts-route'), import('@/features/forecasts/i18n').then((m) => m.loadForecastsStrings())]);
              return { Component: ForecastsRoute };
            },
          },
          {
            path: territoryPaths.territories.path,
            lazy: async () => {
              const { TerritoriesRoute } = await import('@/features/territories/routes/territories-route');
              return { Component: TerritoriesRoute };
            },
          },
          {
            path: paths.setupValidationRules.path,
            lazy: async () => {
              const { ValidationRulesRoute } = await import('@/features/setup/routes/validation-rules-route');
              return { Component: ValidationRulesRoute };
            },
          },
          {
            path: paths.setupStages.path,
            lazy: async () => {
              const { StagesRoute } = await import('@/features/setup/routes/stages-route');
              return { Component: StagesRoute };
            },
          },
          {
            path: paths.setupPicklists.path,
            lazy: async () => {
              const { PicklistsRoute } = await import('@/features/setup/routes/picklists-route');
              return { Component: PicklistsRoute };
            },
          },
          {
            path: paths.dataImport.path,
            lazy: async () => {
              const { ImportRoute } = await import('@/features/data/routes/import-route');
              return { Component: ImportRoute };
            },
          },
          {
            path: paths.dataMassUpdate.path,
            lazy: async () => {
              const { MassUpdateRoute } = await import('@/features/data/routes/mass-update-route');
              return { Component: MassUpdateRoute };
            },
          },
          {
            path: paths.orders.path,
            lazy: async () => {
              const { OrdersRoute } = await import('@/features/orders/routes/orders-route');
              return { Component: OrdersRoute };
            },
          },
          {
            path: paths.newOrder.path,
            lazy: async () => {
              const { NewOrderRoute } = await import('@/features/orders/routes/new-order-route');
              return { Component: NewOrderRoute };
            },
          },
          {
            path: paths.order.path,
            lazy: async () => {
              const { OrderRoute } = await import('@/features/orders/routes/order-route');
              return { Component: OrderRoute };
            },
          },
          {
            path: reportPaths.reports.path,
            lazy: async () => {
              const [{ ReportsRoute }] = await Promise.all([import('@/features/reports/routes/reports-route'), import('@/features/reports/i18n').then((m) => m.loadReportsStrings())]);
              return { Component: ReportsRoute };
            },
          },
          {
            // Static segment: ranked before :reportId by the router.
            path: reportPaths.newReport.path,
            lazy: async () => {
              const [{ ReportBuilderRoute }] = await Promise.all([import('@/features/reports/routes/report-builder-route'), import('@/features/reports/i18n').then((m) => m.loadReportsStrings())]);
              return { Component: ReportBuilderRoute };
            },
          },
          {
            path: reportPaths.report.path,
            lazy: async () => {
              const [{ ReportBuilderRoute }] = await Promise.all([import('@/features/reports/routes/report-builder-route'), import('@/features/reports/i18n').then((m) => m.loadReportsStrings())]);
              return { Component: ReportBuilderRoute };
            },
          },
          {
            path: dashboardPaths.dashboards.path,
            lazy: async () => {
              const [{ DashboardsRoute }] = await Promise.all([import('@/features/dashboards/routes/dashboards-route'), import('@/features/dashboards/i18n').then((m) => m.loadDashboardsStrings())]);
              return { Component: DashboardsRoute };
            },
          },
          {
            path: dashboardPaths.drillDown.path,
            lazy: async () => {
              const [{ DrillDownRoute }] = await Promise.all([import('@/features/dashboards/routes/drill-down-route'), import('@/features/dashboards/i18n').then((m) => m.loadDashboardsStrings())]);
              return { Component: DrillDownRoute };
            },
          },
          {
            path: dashboardPaths.dashboard.path,
            lazy: async () => {
              const [{ DashboardRoute }] = await Promise.all([import('@/features/dashboards/routes/dashboard-route'), import('@/features/dashboards/i18n').then((m) => m.loadDashboardsStrings())]);
              return { Component: DashboardRoute };
            },
          },
          {
            path: userPaths.users.path,
            lazy: async () => {
              const { UsersRoute } = await import('@/features/users/routes/users-route');
              return { Component: UsersRoute };
            },
          },
        ],
      },
      {
        path: '*',
        lazy: async () => {
          const { NotFoundRoute } = await import('./routes/not-found');
          return { Component: NotFoundRoute };
        },
      },
    ],
  },
]);
