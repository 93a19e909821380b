import { judgeUpload } from '../../../cms/src/uploads/sniff';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'IHDR');
const PDF = bytes('%PDF-1.7\n');
const OLE2 = bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
const ZIP = bytes([0x50, 0x4b, 0x03, 0x04], '[Content_Types].xml');

describe('uploads judged by content (GB/T 22239 恶意代码防范, 入侵防范)', () => {
  test.each<[string, Uint8Array, string]>([
    ['决定书.pdf', PDF, 'application/pdf'],
    ['photo.PNG', PNG, 'image/png'],
    ['photo.jpg', bytes([0xff, 0xd8, 0xff, 0xe0]), 'image/jpeg'],
    ['a.gif', bytes('GIF89a'), 'image/gif'],
    ['a.webp', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
    ['清单.xls', OLE2, 'application/vnd.ms-excel'],
    ['清单.xlsx', ZIP, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['报告.docx', ZIP, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['rows.csv', bytes('\uFEFF名称,编码\n许可,1\n'), 'text/csv'],
  ])('accepts %s as %s', (name, head, type) => {
    expect(judgeUpload(name, head)).toEqual({ ok: true, type: expect.stringContaining(type.split(';')[0]) as unknown as string });
  });

  test.each<[string, Uint8Array, string]>([
    ['page.html', bytes('<html><script>alert(1)</script>'), 'UPLOAD_TYPE_NOT_ALLOWED'],
    ['logo.svg', bytes('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 'UPLOAD_TYPE_NOT_ALLOWED'],
    ['app.js', bytes('alert(1)'), 'UPLOAD_TYPE_NOT_ALLOWED'],
    ['no-extension', PDF, 'UPLOAD_TYPE_NOT_ALLOWED'],
    ['disguised.pdf', bytes('<!doctype html><script>alert(1)</script>'), 'UPLOAD_CONTENT_MISMATCH'],
    ['disguised.png', PDF, 'UPLOAD_CONTENT_MISMATCH'],
    ['disguised.csv', bytes('a,b\n<script>alert(1)</script>'), 'UPLOAD_CONTENT_MISMATCH'],
    ['binary.csv', bytes('a,b', [0], 'c'), 'UPLOAD_CONTENT_MISMATCH'],
    ['empty.pdf', new Uint8Array(), 'UPLOAD_CONTENT_MISMATCH'],
  ])('refuses %s (%s)', (name, head, code) => {
    const verdict = judgeUpload(name, head);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) {
      expect(verdict.code).toBe(code);
      expect(verdict.message).toMatch(/不允许|不予接收/);
    }
  });
});
