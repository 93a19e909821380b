// Grows the region data set in a process of its own: the generator's buffers are not the memory of
// the server under test, whose peak RSS the bench reports (issue 17: ≤ 500 MB).
import { seedRegion, type SeedResult } from '../seed-region';
import { serveJob } from './serve-job';

export interface SeedJob {
  databaseUrl: string;
  fraction: number;
}

serveJob((job: SeedJob): Promise<SeedResult> => seedRegion(job.databaseUrl, job.fraction));
