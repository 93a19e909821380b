// npm run restore <file> [-- --until '2026-12-05 13:00:00'] [--data-dir <dir>] [--archive <dir>] [--force]
// Restores a backup of npm run backup into an empty embedded data directory (.data/postgres unless
// --data-dir or EMBEDDED_PG_DIR); `npm start` then runs on it. --until replays the WAL archive
// (WAL_ARCHIVE_DIR or --archive) up to that moment; --archive alone replays all of it.
import { isAbsolute, join, relative } from 'path';
import { restoreBaseBackup } from './backup/restore';
import { embeddedDir } from './database';
import { runOrExplain } from './start-error';
import { walArchiveDir } from './wal-archive';

interface Arguments {
  file?: string;
  until?: string;
  dataDir?: string;
  archive?: string;
  force: boolean;
}

function parse(argv: string[]): Arguments {
  const parsed: Arguments = { force: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--force') parsed.force = true;
    else if (arg === '--until') parsed.until = value();
    else if (arg === '--data-dir') parsed.dataDir = value();
    else if (arg === '--archive') parsed.archive = value();
    else if (arg.startsWith('-')) throw new Error(`unknown option ${arg} (options: --until <time>, --data-dir <dir>, --archive <dir>, --force)`);
    else parsed.file = arg;
  }
  return parsed;
}

const absolute = (path: string) => (isAbsolute(path) ? path : join(process.cwd(), path));

runOrExplain(async () => {
  const args = parse(process.argv.slice(2));
  if (!args.file) throw new Error('which backup? usage: npm run restore <backups/….tar.gz> [-- --until "2026-12-05 13:00:00"] [--data-dir <dir>] [--force]');
  if (process.env.DATABASE_URL && !args.dataDir) {
    throw new Error('DATABASE_URL is set: this restores the embedded PostgreSQL\'s data directory only; restore a server elsewhere with pg_restore of its own major version, or pass --data-dir');
  }
  const dataDir = args.dataDir ? absolute(args.dataDir) : embeddedDir();
  const archive = args.archive ? absolute(args.archive) : args.until ? walArchiveDir() ?? undefined : undefined;
  const began = Date.now();
  const result = await restoreBaseBackup({ file: absolute(args.file), dataDir, force: args.force, archiveDir: archive, until: args.until });
  const seconds = ((Date.now() - began) / 1000).toFixed(1);
  console.log(`[nmg] restored ${relative(process.cwd(), absolute(args.file))} into ${dataDir} in ${seconds} s: ${args.until ? `state at ${args.until}` : archive ? 'replayed the whole WAL archive' : `state at the backup's end (${result.info.finishedAt})`}; databases ${result.databases.join(', ')}; timeline ${result.timeline}`);
  if (result.movedAside) console.log(`      the previous data were moved to ${result.movedAside} (delete it when no longer needed)`);
  console.log(`      start with: ${dataDir === embeddedDir() && !process.env.EMBEDDED_PG_DIR ? 'npm start' : `EMBEDDED_PG_DIR=${dataDir} npm start`}`);
}, 'restore');
