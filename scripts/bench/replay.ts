// Starts and stops the SQL replay server (replay-server.ts) as a child process.
import { startChildServer } from './child-server';
import type { Statement } from './sql-capture';

export interface ReplayServer {
  /** The URL that replays the statements of `key`. */
  url(key: string): string;
  stop(): Promise<void>;
}

export async function startReplayServer(databaseUrl: string, routes: Record<string, Statement[]>): Promise<ReplayServer> {
  const server = await startChildServer('replay-server.js', databaseUrl, { routes });
  return { url: (key) => `${server.baseUrl}/replay/${encodeURIComponent(key)}`, stop: server.stop };
}
