// The child side of child.ts: answers the one job the parent sends with { result } or { error } and
// exits, so that the job's memory and event loop are not the server's.
import type { Serializable } from 'child_process';

export function serveJob<Job, Result extends Serializable>(run: (job: Job) => Promise<Result>): void {
  process.once('message', (job: Job) => {
    run(job)
      .then((result) => process.send?.({ result }, () => process.exit(0)))
      .catch((error: unknown) => process.send?.({ error: String(error) }, () => process.exit(1)));
  });
}
