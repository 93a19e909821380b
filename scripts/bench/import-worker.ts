// Builds, reads and posts the import sheet in a process of its own, so that the .xlsx work (exceljs
// holds the whole workbook) does not count in the peak memory of the server under test.
import { importSheet, type ImportResult } from './import-sheet';

export interface ImportJob {
  baseUrl: string;
  jwt: string;
}

process.once('message', (job: ImportJob) => {
  importSheet(job.baseUrl, job.jwt)
    .then((result: ImportResult) => process.send?.({ result }, () => process.exit(0)))
    .catch((error: unknown) => process.send?.({ error: String(error) }, () => process.exit(1)));
});
