import DataLoader from 'dataloader';
import type { RequestContext } from '../api/request-context';
import { conflict, forbidden, notFound } from '../common/errors';
import { ContentDocument } from './content-document.entity';
import { fileStoreFor, type FileStore } from './file-store';

/** Whether the caller may read a record of one object: each owning domain registers its own. */
export type FileAccessCheck = (ctx: RequestContext, recordIds: string[]) => Promise<Set<string>>;
const access = new Map<string, FileAccessCheck>();

/**
 * Registers how to decide who reads files attached to records of `objectApiName`. The check may
 * take one id (`(ctx, id) => Promise<boolean>`) or, set-based, many (`{ many: ... }`).
 */
export function registerFileAccess(
  objectApiName: string,
  check: ((ctx: RequestContext, recordId: string) => Promise<boolean>) | { many: FileAccessCheck },
): void {
  access.set(
    objectApiName,
    typeof check === 'function'
      ? async (ctx, ids) => {
          const ok = await Promise.all(ids.map((id) => check(ctx, id)));
          return new Set(ids.filter((_, i) => ok[i]));
        }
      : check.many,
  );
}

export interface FileTarget {
  objectApiName: string;
  recordId: string;
}

export interface NewFile {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

const stores = new WeakMap<object, FileStore>();
export function fileStore(ctx: RequestContext): FileStore {
  let s = stores.get(ctx.config);
  if (!s) stores.set(ctx.config, (s = fileStoreFor(ctx.config)));
  return s;
}

/** Stores an uploaded file, unattached and owned by the caller. Nothing is left behind on failure. */
export async function storeFile(ctx: RequestContext, file: NewFile): Promise<ContentDocument> {
  const store = fileStore(ctx);
  let doc: ContentDocument | undefined;
  try {
    return await ctx.transaction(async () => {
      const repo = ctx.em.getRepository(ContentDocument);
      doc = await repo.save(repo.create({
        orgId: ctx.orgId, ownerId: ctx.user.id, fileName: file.fileName, contentType: file.contentType,
        size: file.bytes.length, storage: store.kind, data: null, linkedObjectApiName: null, linkedRecordId: null,
      }));
      await store.put(ctx.em, doc, file.bytes);
      return doc;
    });
  } catch (err) {
    if (doc) await store.discard(doc).catch(() => {});
    throw err;
  }
}

/**
 * Attaches the caller's unattached files to a record, in the caller's transaction (one statement).
 * NOT_FOUND for a file outside the org, FORBIDDEN for someone else's, CONFLICT if already attached.
 */
export async function attachFiles(ctx: RequestContext, fileIds: string[], target: FileTarget, field = 'fileIds'): Promise<void> {
  const ids = [...new Set(fileIds)];
  if (!ids.length) return;
  const rows: Array<{ id: string; ownerId: string; linkedRecordId: string | null }> = await ctx.em.query(
    `SELECT id, "ownerId", "linkedRecordId" FROM content_document WHERE id = ANY($1) AND "orgId" = $2 FOR UPDATE`,
    [ids, ctx.orgId],
  );
  for (const id of ids) {
    const row = rows.find((r) => r.id === id);
    if (!row) throw notFound('File', id, field);
    if (row.ownerId !== ctx.user.id) throw forbidden('Only the uploader can attach this file', { field });
    if (row.linkedRecordId) throw conflict(field, `File ${id} is already attached to a record`);
  }
  await ctx.em.query(
    `UPDATE content_document SET "linkedObjectApiName" = $1, "linkedRecordId" = $2, "lastModifiedDate" = now() WHERE id = ANY($3)`,
    [target.objectApiName, target.recordId, ids],
  );
}

/** One file: see attachFiles. */
export function attachFile(ctx: RequestContext, fileId: string, target: FileTarget, field = 'fileId'): Promise<void> {
  return attachFiles(ctx, [fileId], target, field);
}

/** Which of these files the caller may read: their own unattached ones, else as the record's domain says. */
export async function readableFiles(ctx: RequestContext, docs: ContentDocument[]): Promise<ContentDocument[]> {
  const byObject = new Map<string, string[]>();
  for (const d of docs) {
    if (d.orgId !== ctx.orgId || !d.linkedObjectApiName || !d.linkedRecordId) continue;
    byObject.set(d.linkedObjectApiName, [...(byObject.get(d.linkedObjectApiName) ?? []), d.linkedRecordId]);
  }
  const allowed = new Set<string>();
  for (const [objectApiName, recordIds] of byObject) {
    const check = access.get(objectApiName);
    if (!check) continue;
    for (const id of await check(ctx, [...new Set(recordIds)])) allowed.add(`${objectApiName}:${id}`);
  }
  return docs.filter((d) =>
    d.orgId === ctx.orgId &&
    (d.linkedRecordId ? allowed.has(`${d.linkedObjectApiName}:${d.linkedRecordId}`) : d.ownerId === ctx.user.id));
}

export async function canReadFile(ctx: RequestContext, doc: ContentDocument): Promise<boolean> {
  return (await readableFiles(ctx, [doc])).length === 1;
}

/** A file the caller may read, or NOT_FOUND (never revealing that it exists). */
export async function findReadableFile(ctx: RequestContext, id: string): Promise<ContentDocument> {
  const doc = await ctx.em.getRepository(ContentDocument).findOneBy({ id, orgId: ctx.orgId });
  if (!doc || !(await canReadFile(ctx, doc))) throw notFound('File', id);
  return doc;
}

const loaders = new WeakMap<object, Map<string, DataLoader<string, ContentDocument[]>>>();

/**
 * The files attached to records of one object, batched: one statement per object and request.
 * The caller has already checked that the records are readable.
 */
export function filesOf(ctx: RequestContext, objectApiName: string): DataLoader<string, ContentDocument[]> {
  let m = loaders.get(ctx.loaders);
  if (!m) loaders.set(ctx.loaders, (m = new Map()));
  let l = m.get(objectApiName);
  if (!l) {
    l = new DataLoader(async (ids) => {
      const rows = await ctx.em.getRepository(ContentDocument).createQueryBuilder('f')
        .where('f.orgId = :org AND f.linkedObjectApiName = :o AND f.linkedRecordId = ANY(:ids)', { org: ctx.orgId, o: objectApiName, ids })
        .orderBy('f.createdDate').addOrderBy('f.id').getMany();
      return ids.map((id) => rows.filter((r) => r.linkedRecordId === id));
    });
    m.set(objectApiName, l);
  }
  return l;
}
