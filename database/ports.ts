// A free TCP port on the loopback interface, for throwaway PostgreSQL servers and servers under test
// (the test harnesses and the bench).
import { createServer } from 'net';

/** A TCP port that was free a moment ago on the loopback interface. */
export const freePort = (): Promise<number> =>
  new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
