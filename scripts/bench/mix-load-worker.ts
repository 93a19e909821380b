// The load generator for mix-load-job.ts, in a process of its own like load-worker.ts (the request
// loop is load-measure.ts): each request picks a path at random, or reads one and saves it back.
import type autocannon from 'autocannon';
import type { MixJob } from './mix-load-job';
import { answerJob, measureLoad } from './load-measure';

const pick = (paths: string[]): string => paths[Math.floor(Math.random() * paths.length)] ?? '/';

let saves = 0;

/** The body read, sent back as it was or with `field` set to a new value. */
function saveBody(body: unknown, field: string | undefined): string {
  const text = String(body ?? '{}');
  if (!field) return text;
  const record: unknown = JSON.parse(text);
  saves += 1;
  return typeof record === 'object' && record !== null ? JSON.stringify({ ...record, [field]: `压力测试保存 ${process.pid}-${saves}` }) : text;
}

function requests(job: MixJob): autocannon.Request[] {
  if (!job.saveBack) return [{ method: 'GET', setupRequest: (request) => ({ ...request, method: 'GET', path: pick(job.paths) }) }];
  return [
    {
      method: 'GET',
      setupRequest: (request, context) => {
        context.path = pick(job.paths);
        return { ...request, method: 'GET', path: String(context.path) };
      },
      onResponse: (_status, body, context) => {
        context.body = body;
      },
    },
    {
      method: 'PUT',
      setupRequest: (request, context) =>
        ({ ...request, method: 'PUT', path: String(context.path), body: saveBody(context.body, job.saveChange), headers: { ...request.headers, 'content-type': 'application/json' } }),
    },
  ];
}

answerJob((job: MixJob) =>
  measureLoad({
    options: { url: job.baseUrl, connections: job.connections, headers: job.headers, requests: requests(job) },
    warmupSeconds: job.warmupSeconds,
    seconds: job.seconds,
    label: `${job.baseUrl} (${job.paths.length} paths${job.saveBack ? ', read and save back' : ''})`,
    keepLatencies: job.keepLatencies,
  }));
