import fs from 'node:fs/promises';
import path from 'node:path';
import type { EntityManager } from 'typeorm';
import type { Config } from '../config/config';
import type { ContentDocument } from './content-document.entity';

/** Where a file's bytes live: the database (bytea, the embedded default) or FILES_DIR. */
export interface FileStore {
  readonly kind: 'db' | 'disk';
  /** Called inside the upload's transaction, after the row is inserted. */
  put(em: EntityManager, doc: ContentDocument, bytes: Buffer): Promise<void>;
  read(em: EntityManager, doc: ContentDocument): Promise<Buffer>;
  /** Undoes `put` when the transaction did not commit. */
  discard(doc: ContentDocument): Promise<void>;
}

class DbFileStore implements FileStore {
  readonly kind = 'db' as const;
  async put(em: EntityManager, doc: ContentDocument, bytes: Buffer) {
    await em.query(`UPDATE content_document SET data = $1 WHERE id = $2`, [bytes, doc.id]);
  }
  async read(em: EntityManager, doc: ContentDocument) {
    const [row] = await em.query(`SELECT data FROM content_document WHERE id = $1`, [doc.id]);
    return row.data as Buffer;
  }
  async discard() {}
}

class DiskFileStore implements FileStore {
  readonly kind = 'disk' as const;
  constructor(private readonly dir: string) {}
  private file(doc: ContentDocument) {
    // orgId and id are UUIDs from the database: no user input reaches the path.
    return path.join(this.dir, doc.orgId, doc.id);
  }
  async put(_em: EntityManager, doc: ContentDocument, bytes: Buffer) {
    await fs.mkdir(path.dirname(this.file(doc)), { recursive: true });
    await fs.writeFile(this.file(doc), bytes, { flag: 'wx' });
  }
  read(_em: EntityManager, doc: ContentDocument) {
    return fs.readFile(this.file(doc));
  }
  async discard(doc: ContentDocument) {
    await fs.rm(this.file(doc), { force: true });
  }
}

export function fileStoreFor(config: Config): FileStore {
  return config.FILES_DIR ? new DiskFileStore(path.resolve(config.FILES_DIR)) : new DbFileStore();
}
