// The field history of a seeded opportunity (what the Opportunity History dashboard reads): its
// creation, each stage change with the forecast category it brought, an amount change on some
// deals, and close dates pushed out on others; as recordHistory writes them. (The probability
// rows a stage change also brings are left out: they follow from the stage, and cost seed time.)
import { CREATED, historyText } from '../history/field-history';
import { OpportunityFieldHistory } from '../sales/opportunity-field-history.entity';
import { bulkInsert, type Row, type SeedContext, type StageRef } from './context';
import { roundTo, type Rng } from './random';

export interface Journey {
  id: string;
  ownerId: string;
  createdDays: number;
  closeDays: number;
  /** The stage it is in now. */
  stage: StageRef;
  /** The open stages it went through, first to last (the last one is `stage` while open). */
  path: readonly StageRef[];
  amount: number;
}

interface Change {
  at: Date;
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

export interface PlannedJourney extends Journey {
  createdAt: Date;
  lastModified: Date;
  changes: Change[];
}

/** The changes of one opportunity, from its creation to its stage, amount and close date now. */
export function planJourney(r: Rng, { dates }: SeedContext, j: Journey): PlannedJourney {
  const createdAt = dates.beforeNow(dates.dateTime(j.createdDays, r.int(8, 17), r.int(0, 59)));
  // Changes happen by yesterday (closed deals closed by then), so none is after the seed's clock.
  const end = j.stage.isClosed ? j.closeDays : Math.min(0, Math.max(j.createdDays, -1));
  const at = (day: number) => {
    const t = dates.beforeNow(dates.dateTime(Math.min(Math.max(day, j.createdDays), end), r.int(8, 18), r.int(0, 59)));
    return t > createdAt ? t : new Date(createdAt.getTime() + r.int(5, 240) * 60_000);
  };
  const changes: Change[] = [];
  const push = (when: Date, field: string, o: unknown, n: unknown, kind: 'text' | 'number' | 'date' = 'text') =>
    changes.push({ at: when, field, oldValue: historyText(o, kind), newValue: historyText(n, kind) });

  // Stages: some intermediate ones skipped; a closed deal's last change is on its close day.
  const steps = [j.path[0], ...j.path.slice(1, -1).filter(() => r.chance(0.75)), ...j.path.slice(1).slice(-1), ...(j.stage.isClosed ? [j.stage] : [])];
  const moves = steps.length - 1;
  let last = createdAt;
  // Strictly after the previous change of the same field, so that the changes chain in time order.
  const after = (t: Date) => (last = t > last ? t : new Date(last.getTime() + 60_000));
  for (let i = 1; i <= moves; i++) {
    const from = steps[i - 1], to = steps[i];
    const when = after(at(j.stage.isClosed && i === moves ? j.closeDays : j.createdDays + ((end - j.createdDays) * i) / (moves + (j.stage.isClosed ? 0 : 1))));
    push(when, 'stageName', from.apiName, to.apiName);
    if (from.forecastCategoryName !== to.forecastCategoryName) push(when, 'forecastCategoryName', from.forecastCategoryName, to.forecastCategoryName);
  }
  // Amount: re-estimated once on some deals (up: upsell; down: a smaller scope).
  if (moves > 0 && r.chance(0.3)) {
    const first = roundTo(j.amount * (0.6 + r.next() * 0.8), 100);
    if (first !== j.amount) push(at(r.int(j.createdDays, end)), 'amount', first, j.amount, 'number');
  }
  // Close date pushed out 1-3 times on some deals, each when the old date came near.
  const pushes: number[] = [];
  let original = j.closeDays;
  for (let k = r.weighted([[0, 60], [1, 25], [2, 10], [3, 5]]); k > 0 && j.createdDays < 0; k--) {
    const by = r.int(7, 45);
    if (original - by < j.createdDays + 7) break;
    pushes.unshift(by);
    original -= by;
  }
  let due = original;
  last = createdAt;
  for (const by of pushes) {
    push(after(at(Math.min(due, end) - r.int(0, 10))), 'closeDate', dates.isoDate(due), dates.isoDate(due + by), 'date');
    due += by;
  }
  changes.sort((a, b) => a.at.getTime() - b.at.getTime());
  return { ...j, createdAt, lastModified: changes.length ? changes[changes.length - 1].at : createdAt, changes };
}

/** One history row per change, plus the "created" row of each opportunity. */
export async function insertHistory(ctx: SeedContext, journeys: readonly PlannedJourney[]): Promise<number> {
  const r = ctx.rng('opportunity-history-ids');
  const rows: Array<Row<OpportunityFieldHistory>> = [];
  const row = (j: PlannedJourney, at: Date, field: string, oldValue: string | null, newValue: string | null) =>
    rows.push({ id: r.uuid(), orgId: ctx.orgId, opportunityId: j.id, field, oldValue, newValue, createdById: j.ownerId, createdDate: at, lastModifiedDate: at });
  for (const j of journeys) {
    row(j, j.createdAt, CREATED, null, null);
    for (const c of j.changes) row(j, c.at, c.field, c.oldValue, c.newValue);
  }
  await bulkInsert(ctx.em, OpportunityFieldHistory, rows);
  return rows.length;
}
