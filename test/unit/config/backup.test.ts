// config/backup.json (WAL archiving for point-in-time recovery): validated like the other config
// files, and the environment overrides it for one run.
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { loadBackupConfig } from '../../../config/src/backup';
import { walArchiveDir, walArchiveTimeout } from '../../../scripts/wal-archive';
import { ROOT as SCRIPTS_ROOT } from '../../../scripts/run';
import { ROOT } from '../../helpers/paths';

let dir: string;
const write = (value: unknown): void => writeFileSync(join(dir, 'backup.json'), JSON.stringify(value));
const archive = (over: Record<string, unknown> = {}) => ({ walArchive: { enabled: true, dir: 'backups/wal', timeoutSeconds: 300, ...over } });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'nmg-backup-config-'));
  process.env.CONFIG_DIR = dir;
});
afterEach(() => {
  delete process.env.CONFIG_DIR;
  rmSync(dir, { recursive: true, force: true });
});

test('the shipped config/backup.json is valid and leaves archiving off', () => {
  expect(loadBackupConfig(join(ROOT, 'config')).walArchive.enabled).toBe(false);
});

test.each([
  ['a quote in the folder', archive({ dir: "/mnt/it's" }), 'walArchive.dir'],
  ['a timeout under a minute', archive({ timeoutSeconds: 10 }), 'walArchive.timeoutSeconds'],
  ['enabled as a string', archive({ enabled: 'yes' }), 'walArchive.enabled'],
  ['an unknown key', { walArchive: { enabled: true, dir: 'x', timeoutSeconds: 300, mode: 'on' } }, 'walArchive'],
  ['no walArchive', {}, 'walArchive'],
])('refused: %s', (_name, value, path) => {
  write(value);
  expect(() => loadBackupConfig(dir)).toThrow(new RegExp(`config/backup.json is invalid: .*${path.replace('.', '\\.')}`));
});

// Relative folders are from the repository root as the compiled scripts see it (scripts/run.ts ROOT).
test('enabled in config/: archives into its folder (relative to the repository) with its timeout', () => {
  write(archive({ timeoutSeconds: 120 }));
  expect(walArchiveDir({})).toBe(join(SCRIPTS_ROOT, 'backups', 'wal'));
  expect(walArchiveTimeout({})).toBe('120');
  write(archive({ dir: '/srv/wal' }));
  expect(walArchiveDir({})).toBe('/srv/wal');
});

test('disabled in config/: no archiving, unless WAL_ARCHIVE_DIR asks for it', () => {
  write(archive({ enabled: false }));
  expect(walArchiveDir({})).toBeNull();
  expect(walArchiveDir({ WAL_ARCHIVE_DIR: '/mnt/wal' })).toBe('/mnt/wal');
});

test('the environment overrides config/: another folder, off, another timeout', () => {
  write(archive());
  expect(walArchiveDir({ WAL_ARCHIVE_DIR: 'elsewhere' })).toBe(join(SCRIPTS_ROOT, 'elsewhere'));
  expect(walArchiveDir({ WAL_ARCHIVE_DIR: 'off' })).toBeNull();
  expect(walArchiveDir({ WAL_ARCHIVE_DIR: '' })).toBe(join(SCRIPTS_ROOT, 'backups', 'wal'));
  expect(walArchiveTimeout({ WAL_ARCHIVE_TIMEOUT: '600' })).toBe('600');
});

test('an invalid config/backup.json stops the start with its message', () => {
  write(archive({ timeoutSeconds: 5 }));
  expect(() => walArchiveDir({})).toThrow(/config\/backup.json is invalid/);
});
