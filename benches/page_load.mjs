// How long from navigation to the analyzer being ready, on loopback.
//
//   make web && node benches/page_load.mjs [--runs=15]
//
// Serves www/ on 127.0.0.1 and loads the page in headless Chromium, each
// time in a fresh context (no cache, no service worker). "Ready" is the
// page's `analyzer-ready` event: the worker has compiled the wasm and built
// the Analyzer, and the Analyze button is enabled. Prints the median, best
// and worst of the runs. A benchmark, not a test: it asserts nothing.
import { REPO_ROOT, launchChromium, serveDirectory } from '../tests/browser/serve.mjs';

const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 15);
const server = await serveDirectory(`${REPO_ROOT}/www`);
const browser = await launchChromium();
const times = [];
try {
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.addEventListener('analyzer-ready', () => { window.__readyAt = performance.now(); });
    });
    await page.goto(`${server.origin}/`);
    await page.waitForFunction(() => window.__readyAt !== undefined, null, { timeout: 30_000 });
    times.push(await page.evaluate(() => window.__readyAt));
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
times.sort((a, b) => a - b);
const ms = (t) => `${t.toFixed(0)} ms`;
console.log(`navigation → analyzer ready, ${runs} fresh loads on loopback:`);
console.log(`  median ${ms(times[Math.floor(times.length / 2)])}, best ${ms(times[0])}, worst ${ms(times[times.length - 1])}`);
