import express, { type ErrorRequestHandler, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../config/config';
import { logger } from '../config/logger';
import { RequestContext, type SessionUser } from '../api/request-context';
import { AuthService } from '../identity/auth.service';
import { isId } from '../common/errors';
import { sniffContentType, isImage } from './sniff';
import { verifyFileSig } from './file-signing';
import { findReadableFile, fileStore, storeFile } from './file.service';

const fail = (res: Response, status: number, code: string, message: string) => res.status(status).json({ code, message });

/** A file name without paths or control characters, at most 255 characters. */
function cleanName(header: string | undefined): string {
  let name = 'file';
  try {
    name = header ? decodeURIComponent(header) : name;
  } catch {
    /* keep the default */
  }
  // eslint-disable-next-line no-control-regex
  name = name.replace(/[\x00-\x1f\x7f"]/g, '').split(/[\\/]/).pop()!.trim();
  return name.slice(0, 255) || 'file';
}

/** Declared types that say nothing about the bytes; any other declared type must match the sniffed one. */
const VAGUE = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

/** `POST /files` (raw body, bearer token) and `GET /files/:id` (signed `sig` or bearer token). */
export function filesRouter(dataSource: DataSource, config: Config): express.Router {
  const auth = new AuthService(dataSource, config);
  const router = express.Router();

  const bearer = async (req: Request): Promise<SessionUser | null> => {
    const user = await auth.verify(req.headers.authorization).catch(() => null);
    if (!user) return null;
    return AuthService.confirm(dataSource, user).then(() => user, () => null);
  };

  router.post(
    '/files',
    async (req, res, next) => {
      const user = await bearer(req);
      if (!user) return fail(res, 401, 'UNAUTHENTICATED', 'Sign in first');
      res.locals.user = user;
      next();
    },
    express.raw({ type: () => true, limit: config.MAX_UPLOAD_MB * 1024 * 1024 }),
    async (req, res) => {
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (!bytes.length) return fail(res, 400, 'BAD_REQUEST', 'The request body must be the file');
      const contentType = sniffContentType(bytes);
      if (!contentType) return fail(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Only PNG, JPEG, GIF and WebP images, PDF and plain text files can be uploaded');
      const declared = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
      if (!VAGUE.has(declared) && declared !== contentType) {
        return fail(res, 415, 'UNSUPPORTED_MEDIA_TYPE', `The file says it is ${declared} but its content is ${contentType}`);
      }
      const ctx = new RequestContext(dataSource, config, res.locals.user as SessionUser);
      const doc = await storeFile(ctx, { fileName: cleanName(req.headers['x-file-name'] as string | undefined), contentType, bytes });
      res.status(201).json({ id: doc.id, fileName: doc.fileName, contentType: doc.contentType, size: doc.size });
    },
  );

  router.get('/files/:id', async (req, res) => {
    const id = String(req.params.id);
    const sig = typeof req.query.sig === 'string' ? req.query.sig : null;
    let user: SessionUser | null = null;
    if (isId(id) && sig) {
      const userId = verifyFileSig(config.authSecret, id.toLowerCase(), sig);
      const [row] = userId && isId(userId)
        ? await dataSource.query(`SELECT id, "orgId", role, name FROM "user" WHERE id = $1 AND "isActive"`, [userId])
        : [];
      user = row ?? null;
    } else if (isId(id)) {
      user = await bearer(req);
    }
    if (!user) return fail(res, sig ? 403 : 401, sig ? 'FORBIDDEN' : 'UNAUTHENTICATED', 'This link is invalid or has expired');
    const ctx = new RequestContext(dataSource, config, user);
    const doc = await findReadableFile(ctx, id.toLowerCase()).catch(() => null);
    if (!doc) return fail(res, 404, 'NOT_FOUND', 'File not found');
    const bytes = await fileStore(ctx).read(ctx.em, doc);
    const disposition = isImage(doc.contentType) ? 'inline' : 'attachment';
    res.set({
      'Content-Type': doc.contentType === 'text/plain' ? 'text/plain; charset=utf-8' : doc.contentType,
      'Content-Length': String(bytes.length),
      'Content-Disposition': `${disposition}; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Cache-Control': 'private, max-age=600',
    });
    res.end(bytes);
  });

  const onError: ErrorRequestHandler = (err, _req, res, _next) => {
    const status = (err as { status?: number }).status ?? 500;
    if (status === 413) return fail(res, 413, 'PAYLOAD_TOO_LARGE', `Files are limited to ${config.MAX_UPLOAD_MB} MB`);
    if (status < 500) return fail(res, status, 'BAD_REQUEST', (err as Error).message);
    logger.error({ err }, 'file request failed');
    fail(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  };
  router.use(onError);
  return router;
}
