import type { RequestContext } from '../../api/request-context';
import { Opportunity } from '../../sales/opportunity.entity';
import { opportunityList } from '../../sales/opportunity.types';
import { runKpi } from './kpi-engine';
import type { CheckedFilter } from './kpi-filter';
import { campaignGroup, DIMS } from './kpi-dimensions';

const roi = (won: number, cost: number | null) => (cost ? ((won - cost) * 100) / cost : null);

/**
 * Campaign ROI per campaign (Primary Campaign Source): (won amount − actualCost) ÷ actualCost, in
 * percent, over the won opportunities the caller sees. One statement; the cost rides along the join.
 */
export async function campaignRoi(ctx: RequestContext, f: CheckedFilter) {
  const data = await runKpi(ctx, {
    entity: Opportunity, list: opportunityList as never, access: 'owner', dims: DIMS.opportunity, filter: f,
    date: { column: 'closeDate', type: 'date' }, defaultPeriod: null,
    where: (a) => [`${a}."isWon"`, `${a}."campaignId" IS NOT NULL`],
    measure: 'amount', amount: (a) => `coalesce(${a}.amount, 0)`, group: campaignGroup(), secondaryAverage: () => `kc."actualCost"`,
  });
  let cost = 0;
  let wonWithCost = 0;
  for (const p of data.points) {
    p.denominator = p.average;
    p.value = roi(p.amount ?? 0, p.average);
    if (p.average) (cost += p.average), (wonWithCost += p.amount ?? 0);
    p.average = null;
  }
  // The total compares like with like: campaigns without a cost have no ROI and stay out of it.
  return { ...data, denominator: cost, average: null, value: roi(wonWithCost, cost) };
}
