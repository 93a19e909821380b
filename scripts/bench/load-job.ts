// What the parent asks the load generator for, and what it reports back (over the IPC channel).
export interface LoadJob {
  url: string;
  connections: number;
  warmupSeconds: number;
  seconds: number;
  headers: Record<string, string>;
}

export interface LoadResult {
  url: string;
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Responses by status code. */
  statuses: Record<string, number>;
  non2xx: number;
  errors: number;
  timeouts: number;
}
