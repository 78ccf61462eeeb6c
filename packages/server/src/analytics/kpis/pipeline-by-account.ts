import type { RequestContext } from '../../api/request-context';
import { scopeQuery } from '../../common/access';
import { kpiRange } from './kpi-filter';
import { groupPoint, runKpi, type KpiResultData, type KpiSpec } from './kpi-engine';
import { eligible } from './kpi-summary';

/**
 * Open pipeline by account. A caller who sees the whole org reads the per-account summary, whose
 * rows are the groups already: the top `limit` straight from its amount-ordered index and the
 * total over every row, in one statement. Everyone else (and any period or filter the summary
 * cannot answer) goes through runKpi over their rows.
 */
export async function pipelineByAccount(ctx: RequestContext, spec: KpiSpec): Promise<KpiResultData> {
  const range = spec.date ? kpiRange(spec.filter, spec.defaultPeriod ?? null) : null;
  if (!eligible(ctx, spec, range)) return runKpi(ctx, spec);
  const table = spec.summary!.table.name;
  const part = (alias: string) => scopeQuery(ctx, ctx.em.createQueryBuilder().from(table, alias), alias, spec.access);
  const total = part('st').select(['CAST(NULL AS uuid) AS g', 'sum(st.n) AS n', 'sum(st.amount) AS amt', '1 AS total']);
  const top = part('sp').select(['sp."accountId" AS g', 'sp.n AS n', 'sp.amount AS amt', '0 AS total']).andWhere('sp.n <> 0')
    .orderBy('sp.amount', 'DESC').addOrderBy('sp."accountId"', 'ASC').limit(spec.limit ?? 10);
  const rows: Array<{ g: string | null; n: string; amt: string | null; total: number }> = await ctx.em.createQueryBuilder()
    .select('x.*').from(`((${total.getQuery()}) UNION ALL (${top.getQuery()}))`, 'x')
    .setParameters({ ...total.getParameters(), ...top.getParameters() })
    .getRawMany();
  const totalRow = rows.find((r) => Number(r.total) === 1);
  const points = rows.filter((r) => r !== totalRow);
  const labels = await spec.group!.labels!(ctx, points.filter((r) => r.g != null).map((r) => String(r.g)));
  const data = (r: { n: string; amt: string | null } | undefined) => {
    const amount = r?.amt == null ? 0 : Number(r.amt);
    return { value: amount, count: r ? Number(r.n ?? 0) : 0, amount, numerator: null, denominator: null, average: null };
  };
  return {
    ...data(totalRow), periodStart: null, periodEnd: null, spec,
    points: points.map((r) => groupPoint(r.g, r.g == null ? null : labels.get(r.g), data(r))),
  };
}
