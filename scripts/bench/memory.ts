// Peak resident memory of the server under test: the server runs in the bench's own process (the
// load generator and the plain server in others), so its RSS is sampled here every 200 ms.
export class PeakMemory {
  peak = process.memoryUsage().rss;
  private readonly timer: NodeJS.Timeout;

  constructor() {
    this.timer = setInterval(() => {
      this.peak = Math.max(this.peak, process.memoryUsage().rss);
    }, 200);
    this.timer.unref();
  }

  stop(): number {
    clearInterval(this.timer);
    return Math.max(this.peak, process.memoryUsage().rss);
  }
}
