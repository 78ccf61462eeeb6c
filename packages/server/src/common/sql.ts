/** Small SQL-building helpers shared by services, loaders and the seed. */

/**
 * SQL for a uuid derived from a seed and a key: md5 of both, in the version 4 layout. Unique
 * per key within a statement, random across statements when the seed is. Used instead of the
 * column default gen_random_uuid() for bulk inserts (on embedded PGlite every call opens and
 * reads /dev/urandom: seconds for 100,000 rows) and for the seed's reproducible ids.
 */
export function derivedUuidSql(seed: string, key: string): string {
  return `overlay(overlay(md5(${seed}::text || (${key})::text) placing '4' from 13) placing '8' from 17)::uuid`;
}

/**
 * Ids as one PostgreSQL array literal of quoted elements, for an `= ANY($n)` or `$n::uuid[]`
 * parameter: built by JSON.stringify, natively, where pg would quote and escape thousands of
 * elements one by one. A JSON string of an id is already a quoted array element unless it
 * needed a backslash escape: then null, and the caller passes the ids as they are or refuses.
 */
export function arrayLiteral(ids: readonly string[]): string | null {
  const json = JSON.stringify(ids);
  return json.includes('\\') ? null : `{${json.slice(1, -1)}}`;
}
