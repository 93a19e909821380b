// Continuous WAL archiving for point-in-time recovery (npm run restore -- --until …): when
// WAL_ARCHIVE_DIR is set, the embedded PostgreSQL starts with archive_mode on and copies every
// finished WAL segment there. archive_mode takes effect only at a server start, hence start flags.
import { chownSync, mkdirSync, statSync } from 'fs';
import { isAbsolute, join } from 'path';
import { ROOT } from './run';

/** The archive folder from WAL_ARCHIVE_DIR (relative to the repository), or null when archiving is off. */
export function walArchiveDir(): string | null {
  const configured = process.env.WAL_ARCHIVE_DIR;
  if (!configured) return null;
  return isAbsolute(configured) ? configured : join(ROOT, configured);
}

/** PostgreSQL settings that archive into folder, which is made writable by the data's owner. */
export function archiveSettings(folder: string, dataDir: string): Record<string, string> {
  if (/['\n]/.test(folder)) throw new Error(`WAL_ARCHIVE_DIR must not contain a quote or a line break: ${folder}`);
  mkdirSync(folder, { recursive: true });
  if (typeof process.getuid === 'function' && process.getuid() === 0) {
    const { uid, gid } = statSync(dataDir);
    chownSync(folder, uid, gid);
  }
  return {
    archive_mode: 'on',
    // Never overwrite a segment already archived (PostgreSQL's documented example).
    archive_command: `test ! -f '${folder}/%f' && cp '%p' '${folder}/%f'`,
    // A segment is archived when full, or after this many seconds with writes: the most a lost
    // disk can cost. Each switch archives a whole 16 MB segment, hence not less.
    archive_timeout: process.env.WAL_ARCHIVE_TIMEOUT ?? '300',
  };
}
