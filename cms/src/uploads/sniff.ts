// Which files may be uploaded, judged by their first bytes and not by the name or the Content-Type
// the client sends (both are the uploader's word): PDF, PNG/JPEG/GIF/WebP images, Office documents
// (OLE2 .doc/.xls/.ppt and OOXML .docx/.xlsx/.pptx) and CSV. The extension must be on the list AND
// the content must be what the extension says; HTML, SVG, scripts and anything else are refused.
// Pure (no Strapi import).

type Kind = 'pdf' | 'png' | 'jpeg' | 'gif' | 'webp' | 'ole2' | 'ooxml' | 'csv';

/** Allowed extension → the content it must have and the type the file is stored and served as. */
const ALLOWED: Record<string, { kind: Kind; type: string }> = {
  pdf: { kind: 'pdf', type: 'application/pdf' },
  png: { kind: 'png', type: 'image/png' },
  jpg: { kind: 'jpeg', type: 'image/jpeg' },
  jpeg: { kind: 'jpeg', type: 'image/jpeg' },
  gif: { kind: 'gif', type: 'image/gif' },
  webp: { kind: 'webp', type: 'image/webp' },
  doc: { kind: 'ole2', type: 'application/msword' },
  xls: { kind: 'ole2', type: 'application/vnd.ms-excel' },
  ppt: { kind: 'ole2', type: 'application/vnd.ms-powerpoint' },
  docx: { kind: 'ooxml', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xlsx: { kind: 'ooxml', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  pptx: { kind: 'ooxml', type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
  csv: { kind: 'csv', type: 'text/csv; charset=utf-8' },
};

/** How each allowed extension is served from /uploads. */
export const UPLOAD_CONTENT_TYPES: Record<string, string> = Object.fromEntries(Object.entries(ALLOWED).map(([ext, a]) => [ext, a.type]));

/** Raster images are shown in the page; everything else is downloaded. */
export const INLINE_UPLOAD_EXTENSIONS = new Set(['png', 'jpg', 'jpeg', 'gif', 'webp']);

/** The MIME types Strapi's own upload check (plugin::upload.security) allows: the same list. */
export const ALLOWED_UPLOAD_MIME_TYPES = [...new Set(Object.values(ALLOWED).map((a) => a.type.split(';')[0])), 'application/x-cfb'];
export const DENIED_UPLOAD_MIME_TYPES = ['text/html', 'application/xhtml+xml', 'image/svg+xml', 'application/javascript', 'text/javascript', 'application/xml', 'text/xml'];

const startsWith = (head: Uint8Array, bytes: number[], at = 0): boolean => bytes.every((b, i) => head[at + i] === b);
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

/** Markup a browser could render or run, anywhere in the first bytes of a text file. */
const MARKUP = /<\s*(script|html|svg|!doctype|iframe|body|head|object|embed|\?xml|meta|link|style|img|a\s)/i;

function isKind(kind: Kind, head: Uint8Array): boolean {
  switch (kind) {
    case 'pdf': return startsWith(head, ascii('%PDF-'));
    case 'png': return startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case 'jpeg': return startsWith(head, [0xff, 0xd8, 0xff]);
    case 'gif': return startsWith(head, ascii('GIF87a')) || startsWith(head, ascii('GIF89a'));
    case 'webp': return startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8);
    case 'ole2': return startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    case 'ooxml': return startsWith(head, [0x50, 0x4b, 0x03, 0x04]);
    case 'csv': {
      if (head.includes(0)) return false;
      const text = Buffer.from(head).toString('utf8');
      return !MARKUP.test(text);
    }
  }
}

export type UploadVerdict =
  | { ok: true; type: string }
  | { ok: false; code: 'UPLOAD_TYPE_NOT_ALLOWED' | 'UPLOAD_CONTENT_MISMATCH'; field: 'files'; message: string };

const ALLOWED_TEXT = 'PDF、PNG/JPEG/GIF/WebP 图片、Word/Excel/PowerPoint 文档（doc、docx、xls、xlsx、ppt、pptx）或 CSV';

/** Judges one file by its name and its first bytes (4 KB are plenty). */
export function judgeUpload(name: string, head: Uint8Array): UploadVerdict {
  const extension = (/\.([A-Za-z0-9]+)$/.exec(name)?.[1] ?? '').toLowerCase();
  const allowed = ALLOWED[extension];
  if (!allowed) {
    return { ok: false, code: 'UPLOAD_TYPE_NOT_ALLOWED', field: 'files', message: `不允许上传此类型的文件（${name}）：只能上传${ALLOWED_TEXT}。HTML、SVG、脚本等文件一律不予接收。` };
  }
  if (head.length === 0 || !isKind(allowed.kind, head)) {
    return { ok: false, code: 'UPLOAD_CONTENT_MISMATCH', field: 'files', message: `文件“${name}”的内容与其扩展名 .${extension} 不符，不予接收（按文件内容而非名称判断类型）。` };
  }
  return { ok: true, type: allowed.type.split(';')[0] };
}
