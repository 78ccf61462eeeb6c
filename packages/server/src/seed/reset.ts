import type { DataSource, EntityManager, EntityMetadata } from 'typeorm';
import { DEMO_ORG_NAME } from './seed';

/**
 * Removes the demo organisation. When it is the only organisation every table is truncated and the
 * case number sequence restarts, so a new seed is identical to the first; otherwise only its rows go.
 */
export function resetDemo(ds: DataSource): Promise<'none' | 'truncated' | 'deleted'> {
  return ds.transaction(async (em) => {
    const orgs: Array<{ id: string; name: string }> = await em.query(`SELECT id, name FROM organization`);
    const demo = orgs.filter((o) => o.name === DEMO_ORG_NAME);
    if (!demo.length) return 'none';
    // Entity tables that exist (an entity may be ahead of its migration).
    const existing: Array<{ t: string }> = await em.query(
      `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ANY($1)`,
      [ds.entityMetadatas.map((m) => m.tableName)],
    );
    const tables = new Set(existing.map(({ t }) => t));
    if (demo.length === orgs.length) {
      await em.query(`TRUNCATE ${[...tables].map((t) => `"${t}"`).join(', ')} CASCADE`);
      await em.query(`ALTER SEQUENCE case_number_seq RESTART`);
      await em.query(`ALTER SEQUENCE order_number_seq RESTART`);
      return 'truncated';
    }
    const order = deleteOrder(ds.entityMetadatas.filter((m) => tables.has(m.tableName) && m.findColumnWithPropertyName('orgId')));
    for (const { id } of demo) await deleteOrg(em, order, id);
    return 'deleted';
  });
}

/** Org-scoped tables, each after every table whose foreign keys point at it. */
function deleteOrder(metas: EntityMetadata[]): EntityMetadata[] {
  const left = new Set(metas);
  const order: EntityMetadata[] = [];
  while (left.size) {
    const referenced = new Set([...left].flatMap((m) => m.foreignKeys.map((fk) => fk.referencedEntityMetadata).filter((r) => r !== m)));
    const next = [...left].filter((m) => !referenced.has(m));
    for (const m of next.length ? next : [...left]) {
      order.push(m);
      left.delete(m);
    }
  }
  return order;
}

async function deleteOrg(em: EntityManager, order: EntityMetadata[], orgId: string): Promise<void> {
  for (const m of order) {
    const restrictTree = m.foreignKeys.find((fk) => fk.referencedEntityMetadata === m && fk.onDelete === 'RESTRICT');
    if (!restrictTree) {
      await em.query(`DELETE FROM "${m.tableName}" WHERE "orgId" = $1`, [orgId]);
      continue;
    }
    // A RESTRICT self-reference (campaign, territory trees): leaves first.
    const parent = restrictTree.columnNames[0];
    for (let level = 0; level < 1000; level++) {
      await em.query(`DELETE FROM "${m.tableName}" t WHERE t."orgId" = $1 AND NOT EXISTS (SELECT 1 FROM "${m.tableName}" c WHERE c."${parent}" = t.id)`, [orgId]);
      const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM "${m.tableName}" WHERE "orgId" = $1`, [orgId]);
      if (n === 0) break;
    }
  }
  await em.query(`DELETE FROM organization WHERE id = $1`, [orgId]);
}
