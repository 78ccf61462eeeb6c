/**
 * The upload allow-list, identified from the bytes. A magic-number table rather than `file-type`:
 * the list is six types, `file-type` cannot recognise plain text anyway (the check we need most:
 * markup disguised as text or an image), and its CommonJS line (16.x) is no longer maintained.
 */
const MAGIC: Array<{ type: string; at: number; bytes: number[] }> = [
  { type: 'image/png', at: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', at: 0, bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/gif', at: 0, bytes: [...Buffer.from('GIF87a')] },
  { type: 'image/gif', at: 0, bytes: [...Buffer.from('GIF89a')] },
  { type: 'application/pdf', at: 0, bytes: [...Buffer.from('%PDF-')] },
];

const startsWith = (buf: Buffer, at: number, bytes: number[]) =>
  buf.length >= at + bytes.length && bytes.every((b, i) => buf[at + i] === b);

// Anything a browser might treat as markup or script, wherever it appears near the start.
const MARKUP = /<\s*(!doctype|\?xml|html|head|body|script|svg|iframe|object|embed|img|a\s|meta|link|style|div|xsl)|<!--/i;

function isPlainText(buf: Buffer): boolean {
  let s: string;
  try {
    s = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return false;
  }
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x08\x0b\x0e-\x1f\x7f]/.test(s)) return false;
  const head = s.slice(0, 8192).replace(/^\uFEFF/, '');
  return !/^\s*</.test(head) && !MARKUP.test(head);
}

/** The allowed content type of these bytes, or null (html, svg, scripts, unknown binaries). */
export function sniffContentType(buf: Buffer): string | null {
  for (const m of MAGIC) if (startsWith(buf, m.at, m.bytes)) return m.type;
  if (startsWith(buf, 0, [...Buffer.from('RIFF')]) && startsWith(buf, 8, [...Buffer.from('WEBP')])) return 'image/webp';
  if (buf.length > 0 && isPlainText(buf)) return 'text/plain';
  return null;
}

export const isImage = (contentType: string) => contentType.startsWith('image/');
