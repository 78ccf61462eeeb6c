import { Field, Int, ObjectType } from 'type-graphql';
import type { RequestContext } from '../api/request-context';
import { badInput, forbidden } from '../common/errors';
import { recordHistory } from '../history/field-history';
import { UserRole } from '../identity/user-role';
import { DateTimeScalar } from '../common/scalars';
import { caseOrigins, PRIORITY_ORDER_SQL } from './case-sla';
import type { Case } from './case.entity';
import { caseService } from './case.service';

@ObjectType({ description: 'A channel queue: the open cases of one origin that nobody owns yet (ownerId null).' })
export class CaseQueue {
  @Field({ description: 'The origin (channel) the queue holds.' }) origin: string;
  @Field(() => Int) openCount: number;
  @Field(() => Int) highPriorityCount: number;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the oldest waiting case came in.' }) oldestCreatedDate: Date | null;
}

/** Who works the queues: service agents, and the org-wide roles. */
const QUEUE_ROLES: readonly UserRole[] = [UserRole.SERVICE_AGENT, UserRole.ADMIN, UserRole.EXECUTIVE];

export function assertQueueRole(ctx: RequestContext) {
  if (!QUEUE_ROLES.includes(ctx.user.role)) throw forbidden('Only service agents work the case queues');
}

/** Every channel's queue with its counts, in one statement. */
export async function caseQueues(ctx: RequestContext): Promise<CaseQueue[]> {
  const rows: Array<{ origin: string; open: number; high: number; oldest: Date | null }> = await ctx.em.query(
    `SELECT o.origin, count(c.id)::int AS open, count(c.id) FILTER (WHERE c.priority = 'High')::int AS high, min(c."createdDate") AS oldest
     FROM unnest($2::text[]) WITH ORDINALITY AS o(origin, n)
     LEFT JOIN "case" c ON c."orgId" = $1 AND c.origin = o.origin AND c."ownerId" IS NULL AND NOT c."isClosed"
     GROUP BY o.origin, o.n ORDER BY o.n`,
    [ctx.orgId, caseOrigins],
  );
  return rows.map((r) => ({ origin: r.origin, openCount: r.open, highPriorityCount: r.high, oldestCreatedDate: r.oldest }));
}

/**
 * Assigns the most urgent waiting case of the origin's queue (priority first, then the oldest) to
 * the caller. Concurrent callers lock different rows (SKIP LOCKED): no two get the same case.
 * Null when the queue is empty.
 */
export async function takeNextCase(ctx: RequestContext, origin: string): Promise<Case | null> {
  assertQueueRole(ctx);
  if (!caseOrigins.includes(origin as never)) throw badInput('origin', `origin must be one of ${caseOrigins.join(', ')}`);
  return ctx.transaction(async () => {
    const res: unknown[] = await ctx.em.query(
      `UPDATE "case" SET "ownerId" = $3, "version" = "version" + 1, "lastModifiedDate" = now()
       WHERE id = (SELECT id FROM "case" WHERE "orgId" = $1 AND origin = $2 AND "ownerId" IS NULL AND NOT "isClosed"
                   ORDER BY ${PRIORITY_ORDER_SQL}, "createdDate", id LIMIT 1 FOR UPDATE SKIP LOCKED)
       RETURNING id`,
      [ctx.orgId, origin, ctx.user.id],
    );
    // An UPDATE ... RETURNING answers [rows, count] on PostgreSQL drivers.
    const rows = (Array.isArray(res[0]) ? res[0] : res) as Array<{ id: string }>;
    if (!rows.length) return null;
    const id = rows[0].id;
    await recordHistory(ctx, 'Case', [{ recordId: id, before: { ownerId: null }, after: { ownerId: ctx.user.id } }]);
    return caseService.findOne(ctx, id);
  });
}
