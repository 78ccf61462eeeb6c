import type { CreateForecastingQuotaInput, QuotaFieldsFragment, QuotaOwnerChainFragment, UpdateForecastingQuotaInput } from '@/gql/graphql';

/** Roles that may write quotas (the server's TERRITORY_WRITE_ROLES); admins and executives: anyone's. */
const WRITE_ROLES = ['ADMIN', 'EXECUTIVE', 'SALES_MANAGER'];
const WHOLE_ORG = ['ADMIN', 'EXECUTIVE'];
export const MAX_QUOTA = 1e15;

export interface Viewer { id: string; role: string }
/** Why an owner's quota is read-only here (null: editable; the server has the last word). */
export type Lock = 'own' | 'notBelow' | null;

/** Whether the viewer may open the quota editor of a grid row (role rows: its user; territory rows: its users). */
export function canEditQuotas(viewer: Viewer | undefined, rowId: string, territory: boolean): boolean {
  if (!viewer || !WRITE_ROLES.includes(viewer.role)) return false;
  return territory || rowId !== viewer.id || viewer.role === 'ADMIN';
}

/**
 * Whether the viewer may set this user's quota: nobody but an admin their own; admins and executives
 * anyone's; managers those below them. A role grid only holds the viewer's team (`inTeam`); otherwise
 * the owner's manager chain tells, and a chain longer than the query reached is left to the server.
 */
export function quotaLock(viewer: Viewer, ownerId: string, chain: QuotaOwnerChainFragment | null, inTeam: boolean): Lock {
  if (ownerId === viewer.id) return viewer.role === 'ADMIN' ? null : 'own';
  if (WHOLE_ORG.includes(viewer.role) || inTeam || !chain) return null;
  let m: { id: string; manager?: unknown } | null | undefined = chain.manager;
  while (m) {
    if (m.id === viewer.id) return null;
    if (!('manager' in m)) return null; // deeper than the query: the server decides
    m = m.manager as typeof m;
  }
  return 'notBelow';
}

export const quotaKey = (ownerId: string, month: string) => `${ownerId}|${month}`;

/** A typed quota: '' = none; otherwise a number 0 to MAX_QUOTA (undefined: not a valid number). */
export function parseQuota(text: string): number | null | undefined {
  const s = text.trim();
  if (s === '') return null;
  const v = Number(s);
  return Number.isFinite(v) && v >= 0 && v <= MAX_QUOTA ? v : undefined;
}

export type QuotaChange =
  | { key: string; kind: 'create'; input: CreateForecastingQuotaInput }
  | { key: string; kind: 'update'; id: string; input: UpdateForecastingQuotaInput }
  | { key: string; kind: 'delete'; id: string };

export interface PlanInput {
  ownerIds: string[];
  months: string[];
  /** The saved quotas by quotaKey. */
  saved: ReadonlyMap<string, QuotaFieldsFragment>;
  drafts: Readonly<Record<string, string>>;
  isAmount: boolean;
  territoryId: string | null;
  productFamily: string | null;
}

/**
 * The writes that turn the saved quotas into the drafts, per owner and month: a new value creates,
 * a changed one updates, a cleared one deletes (or, when the record also holds the other measure,
 * clears only this one). `invalid`: the keys whose text is not a valid quota (nothing is planned then).
 */
export function planQuotaChanges(p: PlanInput): { changes: QuotaChange[]; invalid: string[] } {
  const measure = p.isAmount ? 'quotaAmount' : 'quotaQuantity';
  const other = p.isAmount ? 'quotaQuantity' : 'quotaAmount';
  const changes: QuotaChange[] = [];
  const invalid: string[] = [];
  for (const ownerId of p.ownerIds) {
    for (const month of p.months) {
      const key = quotaKey(ownerId, month);
      const text = p.drafts[key];
      if (text === undefined) continue;
      const value = parseQuota(text);
      if (value === undefined) {
        invalid.push(key);
        continue;
      }
      const row = p.saved.get(key);
      if (!row) {
        if (value !== null) {
          changes.push({ key, kind: 'create', input: {
            quotaOwnerId: ownerId, startDate: month, [measure]: value,
            ...(p.territoryId ? { territoryId: p.territoryId } : {}), ...(p.productFamily ? { productFamily: p.productFamily } : {}),
          } });
        }
      } else if (value === null) {
        if (row[measure] === null) continue;
        changes.push(row[other] === null ? { key, kind: 'delete', id: row.id } : { key, kind: 'update', id: row.id, input: { [measure]: null } });
      } else if (row[measure] !== value) {
        changes.push({ key, kind: 'update', id: row.id, input: { [measure]: value } });
      }
    }
  }
  return { changes: invalid.length ? [] : changes, invalid };
}

/** The drafts of saved quotas: each owner and month's value in the measure ('' = none). */
export function initialDrafts(ownerIds: string[], months: string[], saved: ReadonlyMap<string, QuotaFieldsFragment>, isAmount: boolean) {
  const drafts: Record<string, string> = {};
  for (const o of ownerIds) {
    for (const m of months) {
      const v = saved.get(quotaKey(o, m))?.[isAmount ? 'quotaAmount' : 'quotaQuantity'];
      drafts[quotaKey(o, m)] = v == null ? '' : String(v);
    }
  }
  return drafts;
}

/** The months (first days) of a grid period. */
export function periodMonths(startDate: string, endDate: string): string[] {
  const out: string[] = [];
  const [y, m] = startDate.split('-').map(Number);
  for (let i = 0; ; i++) {
    const d = new Date(Date.UTC(y, m - 1 + i, 1)).toISOString().slice(0, 10);
    if (d > endDate) return out;
    out.push(d);
  }
}
