import { GraphQLError } from 'graphql';

/** Error codes clients can rely on (extensions.code). */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'CONFLICT'
  | 'QUERY_TOO_DEEP'
  | 'QUERY_TOO_COMPLEX'
  | 'INTERNAL_SERVER_ERROR';

export function crmError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

export const badInput = (field: string, message: string, extra: Record<string, unknown> = {}) =>
  crmError('BAD_USER_INPUT', message, { field, ...extra });

export const notFound = (entity: string, id: string, field = 'id') =>
  crmError('NOT_FOUND', `${entity} ${id} was not found`, { field, entity });

export const forbidden = (message = 'You are not allowed to do this', extra: Record<string, unknown> = {}) =>
  crmError('FORBIDDEN', message, extra);

export const unauthenticated = (message = 'Sign in first') => crmError('UNAUTHENTICATED', message);

export const conflict = (field: string, message: string) => crmError('CONFLICT', message, { field });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else is rejected before it reaches SQL. */
export function assertId(id: string, field = 'id'): string {
  if (typeof id !== 'string' || !UUID.test(id)) throw badInput(field, `${field} is not a valid id`);
  return id.toLowerCase();
}

export const isId = (id: unknown): id is string => typeof id === 'string' && UUID.test(id);
