// Every multipart upload, on any route (the admin's media library at /upload, the content API's
// /api/upload), is judged by content before Strapi sees it (cms/src/uploads/sniff.ts); one refused
// file refuses the request with a Chinese 400 and nothing is stored. The stored type is the one
// the content proved, not the one the client declared. Uploads from URLs (the server fetching
// whatever address it is given) are off.
import { open, unlink } from 'fs/promises';
import { judgeUpload } from '../uploads/sniff';

interface UploadedFile {
  filepath?: string;
  path?: string;
  originalFilename?: string | null;
  name?: string | null;
  mimetype?: string | null;
}

interface Ctx {
  method: string;
  path: string;
  status: number;
  body: unknown;
  request: { files?: Record<string, UploadedFile | UploadedFile[]> };
}

const HEAD_BYTES = 4100;

async function headOf(path: string): Promise<Uint8Array> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await file.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

const refuse = (ctx: Ctx, status: number, code: string, message: string): void => {
  ctx.status = status;
  ctx.body = { data: null, error: { status, name: status === 400 ? 'ValidationError' : 'ForbiddenError', message, details: { code, errors: { files: [message] } } } };
};

export default () => async (ctx: Ctx, next: () => Promise<void>) => {
  if (ctx.method === 'POST' && /^\/upload\/actions\/upload-from-urls\/?$/i.test(ctx.path)) {
    refuse(ctx, 403, 'UPLOAD_FROM_URL_DISABLED', '不允许由服务器从网址下载文件：请先下载到本机并检查后再上传。');
    return;
  }
  const files = Object.values(ctx.request.files ?? {}).flat();
  if (files.length === 0) return next();
  for (const file of files) {
    const name = file.originalFilename ?? file.name ?? '';
    const path = file.filepath ?? file.path;
    const verdict = judgeUpload(name, path ? await headOf(path) : new Uint8Array());
    if (!verdict.ok) {
      await Promise.all(files.map((f) => (f.filepath ?? f.path ? unlink(String(f.filepath ?? f.path)).catch(() => undefined) : undefined)));
      refuse(ctx, 400, verdict.code, verdict.message);
      return;
    }
    file.mimetype = verdict.type;
  }
  return next();
};
