import type { DataSource } from 'typeorm';
import type { DemoUser, SeedContext } from '../src/seed/context';
import { componentVariables } from '../src/analytics/dashboards/filter-variables';
import type { DashboardComponent } from '../src/analytics/dashboards/dashboard.entity';
import { newRng } from '../src/seed/context';
import { seedDashboards } from '../src/seed/seed-dashboards';
import { seedReports } from '../src/seed/seed-reports';

// What the analytics bench measures: every shipped dashboard component (its own persisted
// document, its dashboard's default filters). Until dashboards exist in the schema, each field
// of the KPI roots (salesKpis, serviceKpis, dataHygiene) with a selection of its scalar leaves.

export interface BenchComponent { dashboard: string; dashboardId?: string; title: string; document: string; hash?: string; variables: Record<string, unknown> }
type Gql = (query: string, variables?: object) => Promise<any>;

/** The demo users' keys mapped to bench users, for the demo's report and dashboard seeds. */
const DEMO_KEYS: Record<string, string> = {
  admin: 'admin', ceo: 'ceo', manager: 'manager1', manager2: 'manager2', rep: 'rep1', rep2: 'rep2', rep3: 'rep3', rep4: 'rep11', rep5: 'rep12', rep6: 'rep13',
  marketing: 'marketing', support: 'agent1', support2: 'agent2',
};

/**
 * The demo's reports and dashboards, seeded again into the bench organisation on every run (the
 * bench database holds that organisation only), so the bench runs the documents as shipped now.
 */
export async function seedShippedDashboards(ds: DataSource, orgId: string): Promise<string | null> {
  const tables = ds.entityMetadatas.map((m) => m.tableName).filter((t) => /^(dashboard|report|persisted_query)/.test(t));
  try {
    await ds.transaction(async (em) => {
      if (tables.length) await em.query(`TRUNCATE ${tables.map((t) => `"${t}"`).join(', ')} CASCADE`);
      const rows: Array<{ id: string; email: string; role: string; managerId: string | null }> = await em.query(`SELECT id, email, role, "managerId" FROM "user" WHERE "orgId" = $1`, [orgId]);
      const byLocal = new Map(rows.map((u) => [u.email.split('@')[0], u]));
      const users: Record<string, DemoUser> = {};
      for (const [key, local] of Object.entries(DEMO_KEYS)) {
        const u = byLocal.get(local);
        if (u) users[key] = { key, id: u.id, email: u.email, role: u.role, managerKey: null };
      }
      const ctx = { em, orgId, rng: newRng, users, accounts: [], contacts: [], campaigns: [], opportunities: [], leads: [], cases: [] } as unknown as SeedContext;
      await seedReports(ctx);
      await seedDashboards(ctx);
    });
    return null;
  } catch (e) {
    return `the demo's dashboards could not be seeded into the bench organisation: ${(e as Error).message}`;
  }
}

const DASHBOARDS = `{ dashboards { id title filters { name label defaultValue options { value label } } components { title document documentHash settings } } }`;

/** The shipped components, read back through the API (as the SPA reads them), with their dashboard's default filters. */
export async function shippedComponents(gql: Gql): Promise<BenchComponent[]> {
  const body = await gql(DASHBOARDS).catch(() => null);
  const dashboards: any[] = body?.data?.dashboards ?? [];
  return dashboards.flatMap((d) =>
    (d.components ?? []).map((c: any) => ({
      dashboard: d.title, dashboardId: d.id, title: c.title, document: c.document, hash: c.documentHash,
      variables: componentVariables({ document: c.document, settings: c.settings } as DashboardComponent, d.filters ?? []),
    })),
  );
}

const INTROSPECT = `{ __schema { queryType { fields { name args { name type { kind name ofType { kind name } } } type { kind name ofType { kind name } } } } types { kind name fields { name args { name type { kind ofType { kind } } } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }`;

const named = (t: any): any => (t.ofType ? named(t.ofType) : t);

/** Fallback: one component per field of each KPI root, selecting its scalars (points included). */
export async function kpiComponents(gql: Gql): Promise<BenchComponent[]> {
  const s = (await gql(INTROSPECT)).data.__schema;
  const types = new Map<string, any>(s.types.map((t: any) => [t.name, t]));
  const select = (typeName: string, depth: number): string | null => {
    const t = types.get(typeName);
    if (!t?.fields) return null;
    const parts = t.fields.flatMap((f: any) => {
      if (f.args.some((a: any) => a.type.kind === 'NON_NULL')) return [];
      const n = named(f.type);
      if (n.kind === 'SCALAR' || n.kind === 'ENUM') return [f.name];
      if (n.kind !== 'OBJECT' || depth <= 0 || /Connection$|^DrillDown$|^User$/.test(n.name)) return [];
      const sub = select(n.name, depth - 1);
      return sub ? [`${f.name} ${sub}`] : [];
    });
    return parts.length ? `{ ${parts.join(' ')} }` : null;
  };
  const out: BenchComponent[] = [];
  for (const root of ['salesKpis', 'serviceKpis', 'dataHygiene']) {
    const field = s.queryType.fields.find((f: any) => f.name === root);
    if (!field) continue;
    const rootType = types.get(named(field.type).name);
    for (const f of rootType?.fields ?? []) {
      if (f.args.some((a: any) => a.type.kind === 'NON_NULL')) continue;
      const n = named(f.type);
      const sel = n.kind === 'OBJECT' ? select(n.name, 2) : '';
      if (sel === null) continue;
      out.push({ dashboard: root, title: f.name, document: `query Bench($filter: KpiFilter) { ${root}(filter: $filter) { ${f.name} ${sel} } }`, variables: { filter: {} } });
    }
  }
  return out;
}
