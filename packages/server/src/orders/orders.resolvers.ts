import { OrganizationOrderSettingsResolver, PricebookEntryResolver, PricebookResolver, ProductResolver } from './catalog.resolver';
import { AccountOrdersResolver, OpportunityOrdersResolver, OrderItemResolver, OrderResolver } from './order.resolver';

/** The resolver classes of the orders domain, registered in api/resolvers.ts. */
export const ordersResolvers: Function[] = [
  ProductResolver, PricebookResolver, PricebookEntryResolver, OrganizationOrderSettingsResolver,
  OrderResolver, OrderItemResolver, AccountOrdersResolver, OpportunityOrdersResolver,
];
