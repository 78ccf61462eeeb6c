import { badInput } from '../errors';

// Cursors are opaque to clients; inside they are positions in the ordered result.
export const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');

/** The same cursor computed in SQL from a position expression (JSON pages). */
export const cursorSql = (offset: string) => `rtrim(translate(encode(convert_to('o:' || (${offset})::text, 'UTF8'), 'base64'), '+/', '-_'), '=')`;

export function decodeCursor(cursor: string, field: string): number {
  const m = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m) throw badInput(field, `${field} is not a valid cursor`);
  return Number(m[1]);
}
