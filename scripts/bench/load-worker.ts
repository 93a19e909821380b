// The load generator of one URL, in its own process (load-measure.ts has the request loop).
import type { LoadJob } from './load-job';
import { answerJob, measureLoad } from './load-measure';

answerJob((job: LoadJob) =>
  measureLoad({ options: { url: job.url, connections: job.connections, headers: job.headers }, warmupSeconds: job.warmupSeconds, seconds: job.seconds, label: job.url }));
