// Side by side: this project's wasm build against the in-browser NLP
// libraries, on the same texts, in node.
//
//   make web && (cd benches/peers && npm ci && node peers.mjs)   # or: make bench-peers
//
// Texts: the 200 news articles of ../shared/data/quotes-dev when present,
// else this repository's own golden articles; plus one 1 MB and one 10 MB
// document made by joining them. Each tool runs in a child process of its
// own, so that its peak memory (max RSS) is its own; a run over
// TIMEOUT_S seconds is reported as such. Prints a Markdown table. A
// benchmark: it asserts nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = join(HERE, '../..');
const TIMEOUT_S = 600;
const ARTICLE_PASSES = 3;
const ARTICLE_MS = 10_000;
const TOOLS = ['article-analyzer', 'compromise', 'wink-nlp', 'chrono-node'];

function articles() {
  const shared = join(REPO, '../shared/data/quotes-dev');
  if (existsSync(shared)) {
    return readdirSync(shared).filter((f) => f.endsWith('.json')).sort()
      .map((f) => JSON.parse(readFileSync(join(shared, f), 'utf8')).text);
  }
  const golden = join(REPO, 'tests/golden');
  return readdirSync(golden).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(golden, f), 'utf8'));
}

// Counts bytes as it goes: measuring the growing string on every round
// copied it each time, and that garbage, not the tool, set the peak memory.
function joined(texts, bytes) {
  const parts = [];
  for (let i = 0, n = 0; n < bytes; i++) {
    const part = `${texts[i % texts.length]}\n\n`;
    parts.push(part);
    n += Buffer.byteLength(part);
  }
  return parts.join('');
}

/** Loads one tool; returns a function analyzing one text fully. */
async function load(tool) {
  const require = (await import('node:module')).createRequire(join(HERE, 'package.json'));
  switch (tool) {
    case 'article-analyzer': {
      const glue = await import(join(REPO, 'www/pkg/article_analyzer.js'));
      await glue.default({ module_or_path: readFileSync(join(REPO, 'www/pkg/article_analyzer_bg.wasm')) });
      const analyzer = new glue.Analyzer();
      return (text) => analyzer.analyze(text);
    }
    case 'compromise': {
      const nlp = (await import('compromise')).default;
      nlp.extend((await import('compromise-dates')).default);
      // People, organizations, places, quotations and dates: the nearest
      // it comes to this project's output.
      return (text) => {
        const doc = nlp(text);
        return [doc.people().out('array'), doc.organizations().out('array'), doc.places().out('array'),
          doc.quotations().out('array'), doc.dates().json()];
      };
    }
    case 'wink-nlp': {
      const winkNLP = require('wink-nlp');
      const model = require('wink-eng-lite-web-model');
      const nlp = winkNLP(model);
      // wink's model has no people or organizations; its entities are
      // dates, numbers and the like.
      return (text) => nlp.readDoc(text).entities().out(nlp.its.detail);
    }
    case 'chrono-node': {
      const chrono = await import('chrono-node');
      const reference = new Date('2016-01-01T00:00:00Z');
      return (text) => chrono.parse(text, reference);
    }
    default:
      throw new Error(`unknown tool ${tool}`);
  }
}

/** In the child: time one tool on one case, print JSON. */
async function child(tool, which) {
  const texts = articles();
  const analyze = await load(tool);
  const inputs = which === 'articles' ? texts : [joined(texts, which === '1mb' ? 1 << 20 : 10 << 20)];
  const bytes = inputs.reduce((n, t) => n + Buffer.byteLength(t), 0);
  // The articles take each tool ARTICLE_PASSES passes, and more until
  // ARTICLE_MS have gone by: a pass of ours lasts about 0.2 s, and its
  // first runs before V8 has optimized the wasm, so that three passes
  // measured warm-up as much as analysis. The median pass is reported,
  // and the first one too. The 1 MB and 10 MB documents get one pass.
  const [minPasses, minMs] = which === 'articles' ? [ARTICLE_PASSES, ARTICLE_MS] : [1, 0];
  const times = [];
  for (let began = performance.now(); times.length < minPasses || performance.now() - began < minMs; ) {
    const start = performance.now();
    for (const text of inputs) analyze(text);
    times.push(performance.now() - start);
  }
  const firstMs = times[0];
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)];
  console.log(JSON.stringify({ tool, which, bytes, ms, firstMs, passes: times.length, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

function measure(tool, which) {
  try {
    const out = execFileSync(process.execPath, ['--max-old-space-size=8192', fileURLToPath(import.meta.url), '--child', tool, which],
      { encoding: 'utf8', timeout: TIMEOUT_S * 1000, maxBuffer: 1 << 20 });
    return JSON.parse(out.trim().split('\n').pop());
  } catch (err) {
    return { tool, which, failed: err.killed || err.signal ? `over ${TIMEOUT_S} s` : String(err.message).split('\n')[0] };
  }
}

/** The browser payload of each tool: what a page must download. */
function sizes() {
  const file = (...parts) => readFileSync(join(...parts));
  const modules = join(HERE, 'node_modules');
  const sum = (buffers) => ({
    raw: buffers.reduce((n, b) => n + b.length, 0),
    gzip: buffers.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
  });
  const dir = (path) => readdirSync(path, { recursive: true }).filter((f) => /\.(js|json)$/.test(f)).map((f) => file(path, f));
  return {
    'article-analyzer': sum([file(REPO, 'www/pkg/article_analyzer_bg.wasm'), file(REPO, 'www/pkg/article_analyzer.js')]),
    compromise: sum([file(modules, 'compromise/builds/compromise.js'), file(modules, 'compromise-dates/builds/compromise-dates.min.js')]),
    'wink-nlp': sum([...dir(join(modules, 'wink-nlp/src')), ...dir(join(modules, 'wink-eng-lite-web-model/dist'))]),
    'chrono-node': sum(dir(join(modules, 'chrono-node/dist/esm'))),
  };
}

async function main() {
  const results = {};
  for (const tool of TOOLS) {
    for (const which of ['articles', '1mb', '10mb']) {
      process.stderr.write(`${tool} / ${which}…\n`);
      results[`${tool}/${which}`] = measure(tool, which);
    }
  }
  const kbps = (r, ms = r.ms) => (r.failed ? r.failed : `${(r.bytes / 1024 / (ms / 1000)).toFixed(0)} KB/s`);
  const secs = (r) => (r.failed ? r.failed : `${(r.ms / 1000).toFixed(2)} s`);
  const ours = results['article-analyzer/articles'];
  const size = sizes();
  const n = articles().length;
  console.log(`\n${n} articles (${(ours.bytes / 1024).toFixed(0)} KB), one call each: the median of at least ${ARTICLE_PASSES} passes over ${ARTICLE_MS / 1000} s, and the first pass; then one 1 MB and one 10 MB document.\n`);
  console.log('| tool | articles | ours ÷ tool | first pass | passes | 1 MB | 10 MB | 10 MB ÷ 1 MB | peak RSS, 10 MB | payload (gzip) |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const tool of TOOLS) {
    const a = results[`${tool}/articles`];
    const one = results[`${tool}/1mb`];
    const ten = results[`${tool}/10mb`];
    const ratio = a.failed || ours.failed ? '—' : `${(a.ms / ours.ms * (ours.bytes / a.bytes)).toFixed(1)}×`;
    const scale = one.failed || ten.failed ? '—' : `${(ten.ms / one.ms).toFixed(1)}×`;
    const rss = ten.failed ? '—' : `${ten.maxRssMb.toFixed(0)} MB`;
    console.log(`| ${tool} | ${kbps(a)} | ${tool === 'article-analyzer' ? '1×' : ratio} | ${kbps(a, a.firstMs)} | ${a.passes ?? '—'} | ${secs(one)} | ${secs(ten)} | ${scale} | ${rss} | ${(size[tool].gzip / 1024).toFixed(0)} KB |`);
  }
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4]);
else await main();
