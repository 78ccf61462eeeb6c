import type { RequestContext } from '../api/request-context';

/** The caller's organisation's Fiscal Year Start Month (1-12), read once per request. */
export function fiscalYearStartMonth(ctx: RequestContext): Promise<number> {
  return ctx.loaders.memo('fiscalYearStartMonth', async () => {
    const [row] = await ctx.em.query(`SELECT "fiscalYearStartMonth" AS m FROM organization WHERE id = $1`, [ctx.orgId]);
    return Number(row?.m ?? 1);
  });
}

/** Only FISCAL_QUARTER(S) and FISCAL_YEAR(S) literals depend on the setting. */
export const isFiscalLiteral = (literal: unknown): boolean => typeof literal === 'string' && /FISCAL/i.test(literal);

/**
 * The setting when one of `literals` names a fiscal period, else undefined (the others resolve
 * alike for every start month): requests without a fiscal literal read nothing more.
 */
export async function fiscalYearFor(ctx: RequestContext, literals: readonly unknown[]): Promise<number | undefined> {
  return literals.some(isFiscalLiteral) ? fiscalYearStartMonth(ctx) : undefined;
}
