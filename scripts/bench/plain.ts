// Starts and stops the plain node + pg server (plain-server.ts) as a child process.
import { startChildServer, type ChildServer } from './child-server';

export type PlainServer = ChildServer;

export const startPlainServer = (databaseUrl: string): Promise<PlainServer> => startChildServer('plain-server.js', databaseUrl);
