import { stringifyResult } from '../../api/raw-json';
import type { RequestContext } from '../../api/request-context';

interface Entry {
  version: number;
  at: number;
  data: Record<string, unknown>;
}

/**
 * Dashboard widget results, per running user, document and variables (what Salesforce calls the
 * dashboard's last refresh). An organisation's entries are dropped as soon as any of its records
 * change: the change feed (LISTEN/NOTIFY, every replica) bumps the organisation's version before
 * it tells subscribers, so the refetch a live update triggers always recomputes. The TTL bounds
 * what no trigger reports (a new manager, a changed role). Only queries are kept (a component may
 * still call `runSavedReport`, which counts a run each time).
 */
/** Per organisation, how many times its records changed (in this process's view). */
const versions = new Map<string, number>();

export class WidgetCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 5_000,
  ) {}

  /** The key of a widget request, or null when it is not one the cache may answer. */
  key(ctx: RequestContext, queryHash: string, variables: Record<string, unknown>): string | null {
    if (this.ttlMs <= 0 || !ctx.dashboardId || !ctx.sessionUser) return null;
    const u = ctx.sessionUser;
    return `${u.orgId}|${u.id}|${u.role}|${queryHash}|${JSON.stringify(variables)}`;
  }

  version(orgId: string): number {
    return versions.get(orgId) ?? 0;
  }

  get(key: string, orgId: string): Record<string, unknown> | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    this.entries.delete(key);
    if (e.version !== this.version(orgId) || Date.now() - e.at > this.ttlMs) return undefined;
    this.entries.set(key, e); // most recently used last
    return e.data;
  }

  /** Keeps a result computed at `version` (taken before it ran: a change meanwhile makes it stale). */
  set(key: string, version: number, data: Record<string, unknown>): void {
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    // Written out and read back: JSON pages' texts are spliced in, and nothing shares the object.
    this.entries.set(key, { version, at: Date.now(), data: JSON.parse(stringifyResult({ data })).data });
  }
}

/** A server's cache; `ttlMs` 0 turns it off. */
export const widgetCache = (ttlMs: number) => new WidgetCache(ttlMs);

/** Records of the organisation changed: everything cached for it is stale. The change feed calls it for every notification, before it coalesces them. */
export function invalidateWidgets(orgId: string): void {
  versions.set(orgId, (versions.get(orgId) ?? 0) + 1);
}
