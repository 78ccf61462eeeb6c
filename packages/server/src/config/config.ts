import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  CRM_DATA_DIR: z.string().default('.data'),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  TOKEN_TTL_HOURS: z.coerce.number().int().positive().default(12),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).default(20),
  MAX_QUERY_COST: z.coerce.number().int().min(10).default(50_000),
  MAX_PAGE_SIZE: z.coerce.number().int().min(1).default(500),
  SEED_ON_EMPTY: bool.default(true),
  REPORT_SQL_COUNT: bool.default(false),
  CLIENT_DIST: z.string().optional(),
  FILES_DIR: z.string().optional(),
  MAX_UPLOAD_MB: z.coerce.number().positive().max(1024).default(10),
  /** Folder the default email transport writes .eml files to; default <CRM_DATA_DIR>/outbox. */
  OUTBOX_DIR: z.string().optional(),
  /** When set (smtp://user:pass@host:port), emails go out by SMTP instead of .eml files. */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL').optional(),
  /** The outbox worker runs in the server process (never in tests unless a test starts it). */
  OUTBOX_WORKER: bool.default(true),
  OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(8),
  OUTBOX_BASE_DELAY_MS: z.coerce.number().int().min(1).default(5_000),
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).default(1_000),
  /** strict: only registered persisted-query hashes run (dashboard components); open: APQ registration too. */
  PERSISTED_QUERIES: z.enum(['open', 'strict']).default('open'),
  /** How long a dashboard widget's result may be reused (dropped at once when the org's records change); 0 turns the cache off. */
  WIDGET_CACHE_TTL_MS: z.coerce.number().int().min(0).default(60_000),
  OUTBOX_LEASE_MS: z.coerce.number().int().min(100).default(60_000),
});

export type Config = z.infer<typeof schema> & { authSecret: string; dataDir: string; outboxDir: string };

const DEV_SECRET = 'dev-only-secret-change-me-in-production-0123456789';

/** Parses the environment; throws one readable message naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  if (c.NODE_ENV === 'production' && !c.AUTH_SECRET) {
    throw new Error('Invalid configuration:\n  AUTH_SECRET: required when NODE_ENV=production');
  }
  const dataDir = path.resolve(c.CRM_DATA_DIR);
  return { ...c, authSecret: c.AUTH_SECRET ?? DEV_SECRET, dataDir, outboxDir: path.resolve(c.OUTBOX_DIR ?? path.join(dataDir, 'outbox')) };
}
