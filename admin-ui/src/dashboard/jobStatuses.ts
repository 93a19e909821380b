// The scheduled jobs' last runs and failed records of GET /console-api/dashboard (region tier only;
// cms/src/console/dashboard-jobs.ts), read as unknown and kept only when well-formed.
import { isObject } from '../providers/types';

export interface JobStatus {
  job: string;
  lastRunAt: string | null;
  succeeded: number;
  failed: number;
  failures: { recordId: string; error: string }[];
}

const num = (value: unknown): number => (typeof value === 'number' ? value : 0);

export function parseJobStatuses(value: unknown): JobStatus[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).flatMap((j) => {
    if (typeof j.job !== 'string') return [];
    const failures = Array.isArray(j.failures)
      ? j.failures.filter(isObject).map((f) => ({ recordId: String(f.recordId ?? ''), error: String(f.error ?? '') }))
      : [];
    return [{ job: j.job, lastRunAt: typeof j.lastRunAt === 'string' ? j.lastRunAt : null, succeeded: num(j.succeeded), failed: num(j.failed), failures }];
  });
}
