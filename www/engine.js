// Where the analysis runs. The page uses a Web Worker so that typing never
// waits for it; both engines offer `ready` and `analyze(text, date)`.

/** Analysis in a module worker. Only the newest request waits its turn. */
export class WorkerEngine {
  constructor(url) {
    this.worker = new Worker(url, { type: 'module' });
    this.nextId = 0;
    this.busy = null; // the request the worker is on
    this.queued = null; // the one after it; a newer request replaces it
    this.ready = new Promise((resolve, reject) => {
      this.worker.addEventListener('error', (event) => reject(new Error(event.message || 'the analyzer worker failed to start')));
      this.worker.addEventListener('message', ({ data }) => {
        if (data.type === 'ready') resolve();
        else if (data.type === 'failed') reject(new Error(data.message));
        else if (data.type === 'result') this.settle(data);
      });
    });
  }

  analyze(text, referenceDate) {
    return new Promise((resolve, reject) => {
      const request = { id: this.nextId++, text, referenceDate, resolve, reject };
      if (this.queued) this.queued.reject(new Error('superseded by a newer request'));
      this.queued = request;
      this.pump();
    });
  }

  pump() {
    if (this.busy || !this.queued) return;
    this.busy = this.queued;
    this.queued = null;
    const { id, text, referenceDate } = this.busy;
    this.worker.postMessage({ id, text, referenceDate });
  }

  settle({ id, part, done, error }) {
    const request = this.busy;
    if (!request || request.id !== id) return;
    // The analysis comes in parts; lists continue those before.
    if (part) {
      request.result ??= {};
      for (const [key, value] of Object.entries(part)) {
        if (Array.isArray(value) && Array.isArray(request.result[key])) {
          for (const item of value) request.result[key].push(item);
        } else {
          request.result[key] = value;
        }
      }
    }
    if (!done) return;
    this.busy = null;
    if (error === undefined) request.resolve(request.result);
    else request.reject(new Error(error));
    this.pump();
  }
}

/** Analysis on the calling thread, with an `Analyzer` already built. */
export class InThreadEngine {
  constructor(makeAnalyzer) {
    this.ready = Promise.resolve().then(() => {
      this.analyzer = makeAnalyzer();
    });
  }

  async analyze(text, referenceDate) {
    await this.ready;
    return this.analyzer.analyze(text, referenceDate ? { referenceDate } : {});
  }
}
