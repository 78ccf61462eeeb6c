import type { RequestContext } from '../api/request-context';
import { Account } from '../accounts/account.entity';
import { Contact } from '../accounts/contact.entity';
import { CrudService } from '../common/crud/crud-service';
import { badInput } from '../common/errors';
import { recordHistory } from '../history/field-history';
import { CaseSlaPolicy } from './case-sla-policy.entity';
import { caseOrigins, casePriorities } from './case-sla';
import { CaseStatus } from './case-status.entity';
import { Case } from './case.entity';
import { caseList } from './case.types';

type Input = Record<string, unknown>;

export class CaseService extends CrudService<Case> {
  readonly entity = Case;
  readonly list = caseList;
  readonly access = 'owner' as const;

  /** The org's case statuses in sort order (once per request). */
  statuses(ctx: RequestContext): Promise<CaseStatus[]> {
    return ctx.loaders
      .get<string, CaseStatus[]>('caseStatuses', async (orgIds) => {
        const rows = await ctx.em.getRepository(CaseStatus).find({ where: { orgId: orgIds[0] }, order: { sortOrder: 'ASC', apiName: 'ASC' } });
        return orgIds.map(() => rows);
      })
      .load(ctx.orgId);
  }

  /** The org's SLA targets per priority (once per request). */
  slaPolicies(ctx: RequestContext): Promise<CaseSlaPolicy[]> {
    return ctx.loaders
      .get<string, CaseSlaPolicy[]>('caseSlaPolicies', async (orgIds) => {
        const rows = await ctx.em.getRepository(CaseSlaPolicy).find({ where: { orgId: orgIds[0] } });
        const rank = (p: string) => casePriorities.indexOf(p as never);
        return orgIds.map(() => rows.sort((a, b) => rank(a.priority) - rank(b.priority)));
      })
      .load(ctx.orgId);
  }

  protected async apply(ctx: RequestContext, row: Case, input: Input, isNew: boolean) {
    delete (row as unknown as Record<string, unknown>).assignToQueue;
    await this.applyStatus(ctx, row, input, isNew);
    if (isNew && input.priority == null) row.priority = 'Medium';
    else if (input.priority !== undefined && !casePriorities.includes(input.priority as never)) {
      throw badInput('priority', `priority must be one of ${casePriorities.join(', ')}`);
    }
    if (input.origin != null && !caseOrigins.includes(input.origin as never)) {
      throw badInput('origin', `origin must be one of ${caseOrigins.join(', ')}`);
    }
    if (input.assignToQueue) {
      if (!row.origin) throw badInput('origin', 'A case in a queue needs an origin (the queue is its channel)');
      if (row.isClosed) throw badInput('assignToQueue', 'A closed case cannot go to a queue');
      (row as { ownerId: string | null }).ownerId = null;
    }
    if (isNew) {
      row.createdById = ctx.user.id;
      row.createdDate = new Date();
    }
    if (isNew || input.priority !== undefined) await this.applySla(ctx, row);
    await this.applyAccountAndContact(ctx, row, input);
    if (typeof input.parentId === 'string') await this.checkParent(ctx, row, input.parentId);
    // Last, so that a refused input does not use up a number.
    if (isNew) row.caseNumber = await this.nextCaseNumber(ctx);
  }

  /** status → isClosed; closedDate set on closing, cleared on reopening. */
  private async applyStatus(ctx: RequestContext, row: Case, input: Input, isNew: boolean) {
    if (!isNew && input.status === undefined) return;
    const statuses = await this.statuses(ctx);
    if (input.status == null) {
      if (!isNew) throw badInput('status', 'status is required');
      const def = statuses.find((s) => s.isDefault) ?? statuses[0];
      if (!def) throw badInput('status', 'The organisation has no case statuses');
      row.status = def.apiName;
    }
    const status = statuses.find((s) => s.apiName === row.status);
    if (!status) throw badInput('status', `Unknown case status "${row.status}"; valid: ${statuses.map((s) => s.apiName).join(', ')}`);
    const wasClosed = !isNew && row.isClosed;
    if (wasClosed && !status.isClosed) {
      row.reopenCount += 1;
      row.lastReopenedDate = new Date();
    }
    row.isClosed = status.isClosed;
    if (status.isClosed && !wasClosed) row.closedDate = new Date();
    if (!status.isClosed) row.closedDate = null;
    if (isNew) row.isClosedOnCreate = status.isClosed;
  }

  /** Due dates from the SLA policy of the case's priority, counted from its creation. */
  private async applySla(ctx: RequestContext, row: Case) {
    const policy = (await this.slaPolicies(ctx)).find((p) => p.priority === row.priority);
    const start = (row.createdDate ?? new Date()).getTime();
    row.firstResponseDueDate = policy ? new Date(start + policy.firstResponseMinutes * 60_000) : null;
    row.resolutionDueDate = policy ? new Date(start + policy.resolutionMinutes * 60_000) : null;
  }

  protected async afterSave(ctx: RequestContext, row: Case, _isNew: boolean, before?: Record<string, unknown> | null) {
    await recordHistory(ctx, 'Case', [{ recordId: row.id, before: before ?? null, after: row as unknown as Record<string, unknown> }]);
  }

  /** The account defaults to the contact's; when both are set the contact must belong to it. */
  private async applyAccountAndContact(ctx: RequestContext, row: Case, input: Input) {
    if (typeof input.accountId === 'string') await this.reference(ctx, Account, input.accountId, 'accountId', 'owner');
    if (input.contactId === undefined && input.accountId === undefined) return;
    let contact: Contact | null = null;
    if (typeof input.contactId === 'string') {
      contact = await this.reference(ctx, Contact, input.contactId, 'contactId', 'owner');
      if (input.accountId === undefined) row.accountId = contact.accountId;
    } else if (row.contactId) {
      // The account changes under an existing contact, which the caller may not see.
      contact = await ctx.em.getRepository(Contact).findOneBy({ id: row.contactId, orgId: ctx.orgId });
    }
    if (contact && row.accountId && contact.accountId !== row.accountId) {
      const field = typeof input.contactId === 'string' ? 'contactId' : 'accountId';
      throw badInput(field, 'The contact does not belong to the account of the case');
    }
  }

  /** The parent is another visible case, and not one of this case's descendants. */
  private async checkParent(ctx: RequestContext, row: Case, parentId: string) {
    if (parentId === row.id) throw badInput('parentId', 'A case cannot be its own parent');
    await this.reference(ctx, Case, parentId, 'parentId', 'owner');
    if (!row.id) return;
    const [{ cycle }] = await ctx.em.query(
      `WITH RECURSIVE up(id) AS (SELECT CAST($1 AS uuid) UNION SELECT c."parentId" FROM "case" c JOIN up ON c.id = up.id WHERE c."parentId" IS NOT NULL)
       SELECT EXISTS (SELECT 1 FROM up WHERE id = $2) AS cycle`,
      [parentId, row.id],
    );
    if (cycle) throw badInput('parentId', 'The parent cannot be this case or one of its sub-cases');
  }

  /** Salesforce-style auto-number: 8 digits, zero-padded. */
  private async nextCaseNumber(ctx: RequestContext): Promise<string> {
    const [{ n }] = await ctx.em.query(`SELECT nextval('case_number_seq') AS n`);
    return String(n).padStart(8, '0');
  }
}

export const caseService = new CaseService();
