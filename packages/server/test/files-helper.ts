import type { TestServer } from './harness';

/** POST /files as a client would: raw body, X-File-Name, bearer token. */
export async function upload(t: TestServer, token: string | null, bytes: Buffer, name = 'photo.png', type = 'application/octet-stream') {
  const res = await fetch(`${t.url}/files`, {
    method: 'POST',
    headers: { 'content-type': type, 'x-file-name': encodeURIComponent(name), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: new Uint8Array(bytes),
  });
  return { status: res.status, body: (await res.json()) as any };
}
