// Builds, reads and posts the import sheet in a process of its own, so that the .xlsx work (exceljs
// holds the whole workbook) does not count in the peak memory of the server under test.
import { importSheet } from './import-sheet';
import { serveJob } from './serve-job';

export interface ImportJob {
  baseUrl: string;
  jwt: string;
}

serveJob((job: ImportJob) => importSheet(job.baseUrl, job.jwt));
