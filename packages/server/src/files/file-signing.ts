import { createHmac, timingSafeEqual } from 'node:crypto';

export const FILE_URL_TTL_SECONDS = 600;

const mac = (secret: string, fileId: string, userId: string, exp: number) =>
  createHmac('sha256', secret).update(`file:${fileId}:${userId}:${exp}`).digest('base64url');

/** `/files/:id?sig=<userId>.<expiry>.<hmac>`: the link works for that user until it expires. */
export function signFileUrl(secret: string, fileId: string, userId: string, now = Date.now(), ttl = FILE_URL_TTL_SECONDS): string {
  const exp = Math.floor(now / 1000) + ttl;
  return `/files/${fileId}?sig=${userId}.${exp}.${mac(secret, fileId, userId, exp)}`;
}

/** The user a signature was issued to, or null when it is forged, for another file, or expired. */
export function verifyFileSig(secret: string, fileId: string, sig: string, now = Date.now()): string | null {
  const [userId, expText, given] = sig.split('.');
  const exp = Number(expText);
  if (!userId || !given || !Number.isInteger(exp) || exp * 1000 < now) return null;
  const want = Buffer.from(mac(secret, fileId, userId, exp));
  const got = Buffer.from(given);
  return got.length === want.length && timingSafeEqual(got, want) ? userId : null;
}
