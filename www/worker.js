// Runs the analyzer off the main thread, so that typing never stalls. The
// wasm comes from a JS module (wasm-inline.js, made by `make web`) rather
// than a fetch: the page's Content-Security-Policy allows no connections.
import init, { Analyzer } from './pkg/article_analyzer.js';
import { wasmBytes } from './wasm-inline.js';

let analyzer = null;
const ready = init({ module_or_path: wasmBytes() }).then(() => {
  analyzer = new Analyzer();
});

ready.then(
  () => self.postMessage({ type: 'ready' }),
  (err) => self.postMessage({ type: 'failed', message: String(err?.message ?? err) }),
);

// Items per message: the page unpacks each message in one task, so a big
// analysis arrives in several.
const PART = 2000;
const LISTS = ['quotes', 'entities', 'dates', 'clusters', 'speakers'];

// { id, text, referenceDate } in; the analysis out in parts, `{ id, part,
// done }` (lists in a part continue those before), or `{ id, error }`.
self.addEventListener('message', async ({ data }) => {
  await ready;
  const { id, text, referenceDate } = data;
  let result;
  try {
    result = analyzer.analyze(text, referenceDate ? { referenceDate } : {});
  } catch (err) {
    self.postMessage({ type: 'result', id, error: String(err?.message ?? err), done: true });
    return;
  }
  const head = Object.fromEntries(Object.entries(result).map(([k, v]) => [k, LISTS.includes(k) ? [] : v]));
  self.postMessage({ type: 'result', id, part: head, done: false });
  for (const list of LISTS) {
    for (let i = 0; i < result[list].length; i += PART) {
      self.postMessage({ type: 'result', id, part: { [list]: result[list].slice(i, i + PART) }, done: false });
    }
  }
  self.postMessage({ type: 'result', id, part: {}, done: true });
});
