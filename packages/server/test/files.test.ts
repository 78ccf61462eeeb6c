import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from './harness';
import { signFileUrl } from '../src/files/file-signing';
import { upload } from './files-helper';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n');

describe.each([
  ['database', false],
  ['disk (FILES_DIR)', true],
])('uploads stored in the %s', (_label, onDisk) => {
  let t: TestServer;
  let a: OrgFixture;
  let b: OrgFixture;
  const dir = onDisk ? fs.mkdtempSync(path.join(os.tmpdir(), 'crm-files-')) : undefined;
  const stored = async () => {
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM content_document`);
    const onDiskFiles = dir ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length : 0;
    return { rows: n as number, files: onDiskFiles };
  };

  beforeAll(async () => {
    t = await startTestServer({ MAX_UPLOAD_MB: '1', ...(dir ? { FILES_DIR: dir } : {}) });
    a = await createOrg(t, 'FilesA');
    b = await createOrg(t, 'FilesB');
  }, 60_000);
  afterAll(async () => {
    await t?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('stores an allowed file with the sniffed type and serves it to its uploader', async () => {
    const before = await stored();
    const r = await upload(t, a.tokens.rep1, PNG, 'Whiteboard 1.png', 'image/png');
    expect(r.status).toBe(201);
    expect(r.body).toEqual({ id: expect.any(String), fileName: 'Whiteboard 1.png', contentType: 'image/png', size: PNG.length });
    expect(await stored()).toEqual({ rows: before.rows + 1, files: before.files + (onDisk ? 1 : 0) });
    const [row] = await t.ds.query(`SELECT storage, data IS NULL AS "noData" FROM content_document WHERE id = $1`, [r.body.id]);
    expect(row).toEqual({ storage: onDisk ? 'disk' : 'db', noData: onDisk });

    const { file } = ok(await t.gql(`query($id: ID!) { file(id: $id) { id fileName contentType size createdDate url } }`, { id: r.body.id }, a.tokens.rep1));
    expect(file.url).toMatch(new RegExp(`^/files/${r.body.id}\\?sig=`));
    const res = await fetch(t.url + file.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('content-disposition')).toMatch(/^inline/);
    expect(Buffer.from(await res.arrayBuffer()).equals(PNG)).toBe(true);
  });

  it('serves non-images as attachments, plain text with a charset', async () => {
    const pdf = await upload(t, a.tokens.rep1, PDF, 'quote.pdf', 'application/pdf');
    expect(pdf.body.contentType).toBe('application/pdf');
    const txt = await upload(t, a.tokens.rep1, Buffer.from('Competitor dropped their price by 8%.\n'), 'notes.txt', 'text/plain');
    expect(txt.body.contentType).toBe('text/plain');
    for (const f of [pdf.body, txt.body]) {
      const res = await fetch(`${t.url}/files/${f.id}`, { headers: { authorization: `Bearer ${a.tokens.rep1}` } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''${encodeURIComponent(f.fileName)}`);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
    const res = await fetch(`${t.url}/files/${txt.body.id}`, { headers: { authorization: `Bearer ${a.tokens.rep1}` } });
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });

  it('refuses a file over MAX_UPLOAD_MB with 413 and stores nothing', async () => {
    const before = await stored();
    const big = Buffer.concat([PNG, Buffer.alloc(1024 * 1024 + 1)]);
    const r = await upload(t, a.tokens.rep1, big);
    expect(r.status).toBe(413);
    expect(r.body.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await stored()).toEqual(before);
  });

  it.each([
    ['HTML named .png', Buffer.from('<!DOCTYPE html><html><script>alert(1)</script></html>'), 'image/png'],
    ['SVG named .png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 'image/png'],
    ['HTML after some text', Buffer.from('hello\n<script>alert(1)</script>'), 'application/octet-stream'],
    ['JavaScript-free binary of unknown type', Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe]), 'application/octet-stream'],
    ['a PDF declared as an image', PDF, 'image/png'],
  ])('refuses %s with 415 and stores nothing', async (_label, bytes, type) => {
    const before = await stored();
    const r = await upload(t, a.tokens.rep1, bytes, 'innocent.png', type);
    expect(r.status).toBe(415);
    expect(r.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(await stored()).toEqual(before);
  });

  it('refuses uploads without a valid token and stores nothing', async () => {
    const before = await stored();
    expect((await upload(t, null, PNG)).status).toBe(401);
    expect((await upload(t, 'not-a-token', PNG)).status).toBe(401);
    expect(await stored()).toEqual(before);
  });

  it('keeps an unattached file to its uploader: others in the org, another org, forged and expired links are refused', async () => {
    const { body } = await upload(t, a.tokens.rep1, PNG);
    const byBearer = (token: string) => fetch(`${t.url}/files/${body.id}`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.status);
    expect(await byBearer(a.tokens.rep1)).toBe(200);
    expect(await byBearer(a.tokens.rep2)).toBe(404);
    expect(await byBearer(a.tokens.admin)).toBe(404);
    expect(await byBearer(b.tokens.admin)).toBe(404);
    const gql = await t.gql(`query($id: ID!) { file(id: $id) { id } }`, { id: body.id }, b.tokens.rep1);
    expect(gql.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const secret = t.config.authSecret;
    const get = (url: string) => fetch(t.url + url).then((r) => r.status);
    expect(await get(signFileUrl(secret, body.id, a.users.rep1.id))).toBe(200);
    // A link signed for another user is checked against that user's access.
    expect(await get(signFileUrl(secret, body.id, b.users.admin.id))).toBe(404);
    expect(await get(signFileUrl(secret, body.id, a.users.rep1.id, Date.now() - 11 * 60_000))).toBe(403);
    expect(await get(signFileUrl('another-secret-another-secret-0123456789', body.id, a.users.rep1.id))).toBe(403);
    const good = signFileUrl(secret, body.id, a.users.rep1.id);
    expect(await get(good.replace(a.users.rep1.id, a.users.rep2.id))).toBe(403);
    expect(await get(`/files/${body.id}`)).toBe(401);
  });
});
