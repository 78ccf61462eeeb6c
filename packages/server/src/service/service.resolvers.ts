import { AccountCasesResolver, CaseCommentResolver, CaseHistoryResolver, CaseResolver, ContactCasesResolver } from './case.resolver';

/** The resolver classes of the service domain, registered in api/resolvers.ts. */
export const serviceResolvers: Function[] = [CaseResolver, AccountCasesResolver, ContactCasesResolver, CaseCommentResolver, CaseHistoryResolver];
