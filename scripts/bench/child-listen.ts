// The child's side of child-server.ts, shared by the reference servers: JSON answers, listening on
// a free port of 127.0.0.1 and reporting it, and closing the server and its pool on 'stop'.
import type { Server, ServerResponse } from 'http';
import type { Pool } from 'pg';

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

export function listenForParent(server: Server): void {
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
  });
}

/** 'stop' closes the server and the pool and ends the process; other messages go to `other`. */
export function onParentMessage(server: Server, pool: Pool, other: (message: unknown) => void = () => undefined): void {
  process.on('message', (message: unknown) => {
    if (message !== 'stop') return other(message);
    server.close(() => void pool.end().then(() => process.exit(0)));
    server.closeAllConnections();
  });
}
