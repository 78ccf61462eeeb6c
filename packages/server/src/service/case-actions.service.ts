import type { RequestContext } from '../api/request-context';
import { badInput, forbidden } from '../common/errors';
import { UserRole } from '../identity/user-role';
import { attachFile } from '../files/file.service';
import { CaseComment } from './case-comment.entity';
import { CaseSlaPolicy } from './case-sla-policy.entity';
import { casePriorities } from './case-sla';
import type { Case } from './case.entity';
import { caseService } from './case.service';

/** A comment by the caller on a case they can read (an agent interaction; see the trigger). */
export async function addCaseComment(ctx: RequestContext, input: { caseId: string; body: string; isPublished?: boolean }): Promise<CaseComment> {
  return ctx.transaction(async () => {
    await caseService.findOne(ctx, input.caseId).catch(() => {
      throw badInput('caseId', `No case with id ${input.caseId}`);
    });
    return insertComment(ctx, input.caseId, input.body.trim(), input.isPublished ?? true, false);
  });
}

async function insertComment(ctx: RequestContext, caseId: string, body: string, isPublished: boolean, isResolution: boolean) {
  if (!body) throw badInput(isResolution ? 'resolution' : 'body', 'Complete this field.');
  const row = ctx.em.create(CaseComment, { orgId: ctx.orgId, caseId, body, isPublished, isResolution, createdById: ctx.user.id });
  return ctx.em.save(row);
}

/**
 * Update-and-close in one step: the closed status, the resolution note as a published comment,
 * and the optional photo attached to the case, all in one transaction (a refusal writes nothing).
 */
export async function closeCase(
  ctx: RequestContext,
  input: { caseId: string; status: string; resolution: string; photoFileId?: string | null; expectedVersion?: number | null },
): Promise<Case> {
  return ctx.transaction(async () => {
    const statuses = await caseService.statuses(ctx);
    const status = statuses.find((s) => s.apiName === input.status);
    if (!status?.isClosed) {
      throw badInput('status', `status must be a closed status: ${statuses.filter((s) => s.isClosed).map((s) => s.apiName).join(', ')}`);
    }
    const current = await caseService.loadForWrite(ctx, input.caseId, 'caseId');
    if (current.isClosed) throw badInput('status', 'The case is already closed');
    await caseService.update(ctx, input.caseId, { status: input.status, expectedVersion: input.expectedVersion ?? undefined });
    await insertComment(ctx, input.caseId, input.resolution.trim(), true, true);
    if (input.photoFileId) await attachFile(ctx, input.photoFileId, { objectApiName: 'Case', recordId: input.caseId }, 'photoFileId');
    return caseService.findOne(ctx, input.caseId);
  });
}

/** The customer's CSAT answer (1-5), recorded by an agent on a closed case; a new answer replaces it. */
export async function recordCaseSurvey(ctx: RequestContext, input: { caseId: string; score: number; comment?: string | null }): Promise<Case> {
  return ctx.transaction(async () => {
    const row = await caseService.loadForWrite(ctx, input.caseId, 'caseId');
    if (!row.isClosed) throw badInput('caseId', 'A satisfaction survey is only recorded on a closed case');
    await ctx.em.query(`UPDATE "case" SET "csatScore" = $2, "csatComment" = $3, "csatDate" = now() WHERE id = $1`, [row.id, input.score, input.comment?.trim() || null]);
    return caseService.findOne(ctx, row.id);
  });
}

/** Admins change a priority's targets; the open cases of that priority get new due dates in one statement. */
export async function updateCaseSlaPolicy(
  ctx: RequestContext,
  input: { priority: string; firstResponseMinutes: number; resolutionMinutes: number },
): Promise<CaseSlaPolicy> {
  if (ctx.user.role !== UserRole.ADMIN) throw forbidden('Only administrators change SLA policies');
  if (!casePriorities.includes(input.priority as never)) throw badInput('priority', `priority must be one of ${casePriorities.join(', ')}`);
  return ctx.transaction(async () => {
    await ctx.em.query(
      `INSERT INTO "case_sla_policy" ("orgId", "priority", "firstResponseMinutes", "resolutionMinutes") VALUES ($1, $2, $3, $4)
       ON CONFLICT ("orgId", "priority") DO UPDATE SET "firstResponseMinutes" = $3, "resolutionMinutes" = $4, "lastModifiedDate" = now()`,
      [ctx.orgId, input.priority, input.firstResponseMinutes, input.resolutionMinutes],
    );
    await ctx.em.query(
      `UPDATE "case" SET "firstResponseDueDate" = "createdDate" + make_interval(mins => $3), "resolutionDueDate" = "createdDate" + make_interval(mins => $4)
       WHERE "orgId" = $1 AND priority = $2 AND NOT "isClosed"`,
      [ctx.orgId, input.priority, input.firstResponseMinutes, input.resolutionMinutes],
    );
    return ctx.em.getRepository(CaseSlaPolicy).findOneByOrFail({ orgId: ctx.orgId, priority: input.priority });
  });
}
