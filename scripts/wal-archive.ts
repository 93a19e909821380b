// Continuous WAL archiving for point-in-time recovery (npm run restore -- --until …): when
// config/backup.json enables it (or WAL_ARCHIVE_DIR is set), the embedded PostgreSQL starts with
// archive_mode on and copies every finished WAL segment there. archive_mode takes effect only at a
// server start, hence start flags. The environment overrides the file for one run:
// WAL_ARCHIVE_DIR=<dir> archives there, WAL_ARCHIVE_DIR=off not at all; WAL_ARCHIVE_TIMEOUT seconds.
import { chownSync, mkdirSync, statSync } from 'fs';
import { isAbsolute, join } from 'path';
import { backupConfig } from '@nmg/config';
import { ROOT } from './run';

const OFF = ['off', 'false', '0', 'no'];

/** The archive folder (relative paths from the repository), or null when archiving is off. */
export function walArchiveDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const override = env.WAL_ARCHIVE_DIR;
  let folder: string | null;
  if (override !== undefined && override !== '') folder = OFF.includes(override.toLowerCase()) ? null : override;
  else {
    const { walArchive } = backupConfig();
    folder = walArchive.enabled ? walArchive.dir : null;
  }
  if (folder === null) return null;
  return isAbsolute(folder) ? folder : join(ROOT, folder);
}

/** archive_timeout in seconds: WAL_ARCHIVE_TIMEOUT, else config/backup.json. */
export function walArchiveTimeout(env: NodeJS.ProcessEnv = process.env): string {
  const override = env.WAL_ARCHIVE_TIMEOUT;
  return override !== undefined && override !== '' ? override : String(backupConfig().walArchive.timeoutSeconds);
}

/** PostgreSQL settings that archive into folder, which is made writable by the data's owner. */
export function archiveSettings(folder: string, dataDir: string): Record<string, string> {
  if (/['\n]/.test(folder)) throw new Error(`The WAL archive folder must not contain a quote or a line break: ${folder}`);
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
    archive_timeout: walArchiveTimeout(),
  };
}
