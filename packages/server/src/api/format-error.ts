import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { logger } from '../config/logger';

const KNOWN = new Set([
  'BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED', 'CONFLICT', 'QUERY_TOO_DEEP',
  'QUERY_TOO_COMPLEX', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_ALLOWED', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE',
]);

interface ValidationIssue {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationIssue[];
}

/** The first failing property of a class-validator result, as a dotted path. */
function firstIssue(issues: ValidationIssue[], prefix = ''): { field: string; message: string } | null {
  for (const i of issues) {
    const path = prefix ? `${prefix}.${i.property}` : i.property;
    if (i.constraints) return { field: path, message: Object.values(i.constraints)[0] };
    const child = i.children && firstIssue(i.children, path);
    if (child) return child;
  }
  return null;
}

interface PgError {
  code?: string;
  column?: string;
  detail?: string;
  message?: string;
}

/** Database rule violations are the caller's input errors, not server faults. */
function fromDatabase(err: unknown): { code: string; message: string; field?: string } | null {
  const pg = (err as { driverError?: PgError })?.driverError;
  if (!pg?.code) return null;
  const keyField = /Key \((?:[^)]*, )?"?(\w+)"?\)/.exec(pg.detail ?? '')?.[1];
  switch (pg.code) {
    case 'CRM01':
      return { code: 'BAD_USER_INPUT', message: pg.message ?? 'Invalid hierarchy', field: pg.column };
    case '23505':
      return { code: 'CONFLICT', message: 'A record with these values already exists', field: keyField };
    case '23502':
      return { code: 'BAD_USER_INPUT', message: `${pg.column ?? 'A field'} is required`, field: pg.column };
    case '23503':
      return { code: 'BAD_USER_INPUT', message: 'A referenced record does not exist or is still in use', field: keyField };
    case '22001':
    case '22003':
    case '22P02':
      return { code: 'BAD_USER_INPUT', message: 'A value is out of range or malformed' };
    default:
      return null;
  }
}

/** Names the offending field of GraphQL's own input errors (variables and literals). */
function fieldFromMessage(message: string): string | undefined {
  return (
    /at "([^"]+)"/.exec(message)?.[1] ??
    /Field "(?:\w+\.)?(\w+)" of required type/.exec(message)?.[1] ??
    /Field "(\w+)" is not defined by type/.exec(message)?.[1] ??
    /Variable "\$(\w+)"/.exec(message)?.[1] ??
    /[Aa]rgument "(\w+)"/.exec(message)?.[1]
  );
}

/**
 * Every error leaves with a code and, for bad input, the field. Unexpected errors are logged and
 * masked: no stack trace or SQL reaches the client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error) as { extensions?: Record<string, unknown> } | undefined;
  const ext = { ...(formatted.extensions ?? {}) } as Record<string, unknown>;
  delete ext.stacktrace;
  const validation = (original?.extensions?.validationErrors ?? ext.validationErrors) as ValidationIssue[] | undefined;
  if (validation?.length) {
    const issue = firstIssue(validation);
    delete ext.validationErrors;
    return { ...formatted, message: issue ? `${issue.field}: ${issue.message}` : formatted.message, extensions: { ...ext, code: 'BAD_USER_INPUT', field: issue?.field } };
  }
  const db = fromDatabase(original);
  if (db) return { ...formatted, message: db.message, extensions: { code: db.code, ...(db.field ? { field: db.field } : {}) } };
  const code = ext.code as string | undefined;
  if (code && KNOWN.has(code)) {
    if ((code === 'BAD_USER_INPUT' || code === 'GRAPHQL_VALIDATION_FAILED') && !ext.field) {
      const field = fieldFromMessage(formatted.message);
      if (field) ext.field = field;
    }
    return { ...formatted, extensions: ext };
  }
  logger.error({ err: original ?? error, path: formatted.path }, 'unexpected error');
  return { message: 'Internal server error', path: formatted.path, locations: formatted.locations, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
