// Backup settings (README "Backup, restore and crash recovery"): continuous WAL archiving of the
// embedded PostgreSQL for point-in-time recovery. Kept apart from the regulation's files, like pii.json;
// the environment (WAL_ARCHIVE_DIR, WAL_ARCHIVE_TIMEOUT) overrides it for one run.
import { readFileSync } from 'fs';
import { join } from 'path';
import { z } from 'zod';

export const backupFile = z.object({
  walArchive: z.object({
    /** archive_mode on, every finished WAL segment copied to `dir`. */
    enabled: z.boolean(),
    /** The archive folder, relative to the repository unless absolute; on another disk than .data. */
    dir: z.string().min(1).regex(/^[^'\n]+$/, 'must not contain a quote or a line break (it goes into archive_command)'),
    /** archive_timeout: at most this long (with writes) before a segment is archived; each switch archives 16 MB. */
    timeoutSeconds: z.number().int().min(60).max(86400),
  }).strict(),
}).strict();
export type BackupFile = z.infer<typeof backupFile>;

/** Reads and validates config/backup.json from `dir` (the same directory as the other config files). */
export function loadBackupConfig(dir: string): BackupFile {
  const path = join(dir, 'backup.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`config/backup.json: cannot read JSON (${(error as Error).message})`);
  }
  const parsed = backupFile.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new Error(`config/backup.json is invalid: ${issues}`);
  }
  return parsed.data;
}
