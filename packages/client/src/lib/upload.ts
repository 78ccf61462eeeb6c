import { getAuthToken } from './auth-token';

/** What `POST /files` answers: the stored file, unattached until a mutation attaches it. */
export interface UploadedFile {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
}

/** A refused upload: `code` is PAYLOAD_TOO_LARGE (413), UNSUPPORTED_MEDIA_TYPE (415), UNAUTHENTICATED ... */
export class UploadError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

/** Uploads one file as the signed-in user; pass its `id` to a mutation (e.g. `fileIds`) to attach it. */
export async function uploadFile(file: File, signal?: AbortSignal): Promise<UploadedFile> {
  const token = getAuthToken();
  const res = await fetch('/files', {
    method: 'POST',
    headers: {
      'Content-Type': file.type || 'application/octet-stream',
      'X-File-Name': encodeURIComponent(file.name || 'file'),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: file,
    signal,
  });
  const body = (await res.json().catch(() => ({}))) as Partial<UploadedFile> & { code?: string; message?: string };
  if (!res.ok) throw new UploadError(body.code ?? 'UPLOAD_FAILED', body.message ?? `Upload failed (${res.status})`, res.status);
  return body as UploadedFile;
}
