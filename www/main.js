// The page's entry point: the analyzer in a worker, the page, and a service
// worker that keeps everything for offline visits.
import { startApp } from './app.js';
import { WorkerEngine } from './engine.js';

startApp(new WorkerEngine(new URL('./worker.js', import.meta.url)));

if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  navigator.serviceWorker.register('./sw.js').catch(() => {
    // Offline support is a bonus; the page works without it.
  });
}
