// GNU tar and gzip for base backups: tar copes with files that change or vanish while it reads
// them (PostgreSQL keeps writing during an online backup; the WAL repairs those pages on restore).
import { spawn } from 'child_process';
import { createReadStream, createWriteStream } from 'fs';
import { pipeline } from 'stream/promises';
import { createGzip } from 'zlib';

/** Runs tar; exit 1 ("file changed as we read it") is expected when tolerateChanges. */
export function tar(args: string[], options: { tolerateChanges?: boolean } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('tar', args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString('utf8')));
    child.once('error', (error) => reject(new Error(`tar could not run (${error.message}): install GNU tar`)));
    child.once('close', (code) => {
      if (code === 0 || (code === 1 && options.tolerateChanges)) resolve();
      else reject(new Error(`tar ${args[0]} failed (exit ${code}): ${stderr.replace(/\s+/g, ' ').trim()}`));
    });
  });
}

export async function gzipFile(from: string, to: string): Promise<void> {
  // Level 6 (zlib's default) costs about as much CPU as the copy itself; data pages compress well.
  await pipeline(createReadStream(from), createGzip({ level: 6 }), createWriteStream(to));
}
