// Posts the 5,000-row batch power adjustment from a process of its own (see batch-sheet.ts).
import { postBatchSheet, type BatchJob } from './batch-sheet';
import { serveJob } from './serve-job';

serveJob((job: BatchJob) => postBatchSheet(job));
