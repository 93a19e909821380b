// Peak resident memory of the server under test: the server runs in the bench's own process (the
// load generators, the plain server and the import's .xlsx work in others), so its RSS is sampled
// here every 200 ms, with the step of the bench that was running when it peaked.
import { getHeapStatistics } from 'v8';

export interface Peak {
  rss: number;
  heapUsed: number;
  phase: string;
  /** V8's heap limit for this process (`--max-old-space-size`, NMG_HEAP_MB in package.json). */
  heapLimit: number;
}

export class PeakMemory {
  private current = 'start';
  private top: Peak = { rss: 0, heapUsed: 0, phase: 'start', heapLimit: getHeapStatistics().heap_size_limit };
  private readonly timer: NodeJS.Timeout;

  constructor() {
    this.sample();
    this.timer = setInterval(() => this.sample(), 200);
    this.timer.unref();
  }

  /** Names the step now running; a peak is reported with it. */
  phase(name: string): void {
    this.sample();
    this.current = name;
  }

  private sample(): void {
    const { rss, heapUsed } = process.memoryUsage();
    if (rss > this.top.rss) this.top = { ...this.top, rss, heapUsed, phase: this.current };
  }

  stop(): Peak {
    clearInterval(this.timer);
    this.sample();
    return this.top;
  }
}
