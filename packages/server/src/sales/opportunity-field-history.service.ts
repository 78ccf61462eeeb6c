import type { RequestContext } from '../api/request-context';
import { teamSubquery } from '../common/access';
import { CrudService } from '../common/crud/crud-service';
import { forbidden } from '../common/errors';
import { SortDirection } from '../common/list/connection-types';
import { defineList } from '../common/list/define-list';
import { loadPage, type ListArgs } from '../common/list/list-query';
import type { Page } from '../common/list/connection-types';
import { OpportunityFieldHistory } from './opportunity-field-history.entity';

export const opportunityFieldHistoryList = defineList(() => OpportunityFieldHistory, {
  name: 'OpportunityFieldHistory',
  fields: {
    id: 'id', opportunityId: 'id', field: 'string', oldValue: 'string', newValue: 'string', createdById: 'id', createdDate: 'datetime',
  },
  defaultOrder: [['createdDate', SortDirection.DESC]],
});

/**
 * Opportunity field history (written by `history/field-history.ts`, never through the API).
 * Under an opportunity (`Opportunity.history`) the parent's visibility applies; the top-level
 * list shows the history of the opportunities the caller can see.
 */
export class OpportunityFieldHistoryService extends CrudService<OpportunityFieldHistory> {
  readonly entity = OpportunityFieldHistory;
  readonly list = opportunityFieldHistoryList;
  readonly access = 'org' as const;
  readonly writeRoles = [];

  findMany(ctx: RequestContext, args: ListArgs): Promise<Page<OpportunityFieldHistory>> {
    if (ctx.seesWholeOrg) return loadPage(ctx, this.source(), args);
    const where = (qb: Parameters<NonNullable<ReturnType<typeof this.source>['where']>>[0], alias: string) =>
      qb.andWhere(
        `${alias}."opportunityId" IN (SELECT o.id FROM opportunity o WHERE o."orgId" = :__orgId AND o."ownerId" IN ${teamSubquery(':__historyUser')})`,
        { __historyUser: ctx.user.id },
      );
    return loadPage(ctx, this.source(where), args);
  }

  protected assertWriteRole(): void {
    throw forbidden('Field history is written by the changes themselves');
  }
}

export const opportunityFieldHistoryService = new OpportunityFieldHistoryService();
