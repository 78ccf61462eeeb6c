import { AccountResolver, ContactResolver } from '../accounts/accounts.resolver';
import { approvalsResolvers } from '../approvals/discount-approval.resolver';
import { activitiesResolvers } from '../activities/activities.resolvers';
import { forecastsResolvers } from '../analytics/forecasts/forecasts.resolver';
import { bulkResolvers } from '../bulk/bulk.resolver';
import { campaignsResolvers } from '../campaigns/campaigns.resolvers';
import { OrganizationResolver, UserResolver } from '../identity/identity.resolver';
import { filesResolvers } from '../files/file.resolver';
import { groupsResolvers } from '../groups/groups.resolver';
import { salesResolvers } from '../sales/sales.resolvers';
import { ordersResolvers } from '../orders/orders.resolvers';
import { SearchResolver } from '../search/search.resolver';
import { serviceResolvers } from '../service/service.resolvers';
import { serviceForecastResolvers } from '../analytics/service-forecast/service-forecast.resolver';
import { territoriesResolvers } from '../territories/territories.resolvers';
import { ValidationRuleResolver } from '../validation/validation-rule.resolver';
import { reportsResolvers } from '../analytics/reports/reports.resolver';
import { dashboardsResolvers } from '../analytics/dashboards/dashboard.resolver';
import { LiveResolver } from '../analytics/live/live.resolver';
import { kpisResolvers } from '../analytics/kpis/kpis.resolvers';
import { FiscalYearResolver } from '../analytics/fiscal-year.resolver';

/** Every resolver class of the schema, by domain. */
export const resolvers = [
  UserResolver, OrganizationResolver, AccountResolver, ContactResolver,
  ...salesResolvers, ...campaignsResolvers, ...territoriesResolvers, ...serviceResolvers, ...activitiesResolvers,
  ...bulkResolvers, ValidationRuleResolver,
  SearchResolver, ...approvalsResolvers, ...ordersResolvers, ...filesResolvers, ...groupsResolvers,
  ...forecastsResolvers,
  ...serviceForecastResolvers,
  ...kpisResolvers, FiscalYearResolver,
  ...dashboardsResolvers, LiveResolver,
  ...reportsResolvers,
];
