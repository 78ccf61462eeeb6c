import fs from 'node:fs';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts PGlite (Postgres in WebAssembly) and serves it on a loopback port over the wire
 * protocol, so TypeORM's ordinary `pg` driver talks to it exactly as to a real server.
 * PGlite has one session: the pool that uses it must hold exactly one connection.
 * `dataDir` undefined means in-memory (tests).
 */
export async function startEmbeddedPostgres(dataDir?: string): Promise<EmbeddedPostgres> {
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  // pg_trgm backs search (trigram GIN indexes); the migration runs CREATE EXTENSION on both databases.
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const db = await PGlite.create({ ...(dataDir ? { dataDir } : {}), extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0 });
  await server.start();
  const hostPort = server.getServerConn();
  return {
    url: `postgres://postgres:postgres@${hostPort}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
