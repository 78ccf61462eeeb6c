import { DataHygieneResolver } from './data-hygiene.resolver';
import { kpiResultResolvers } from './kpi-results';
import { SalesKpisResolver } from './sales-kpis.resolver';
import { ServiceKpisResolver } from './service-kpis.resolver';

/** The KPI catalogue's resolvers (Query.salesKpis, serviceKpis, dataHygiene and the KPI results' records). */
export const kpisResolvers = [SalesKpisResolver, ServiceKpisResolver, DataHygieneResolver, ...kpiResultResolvers];
