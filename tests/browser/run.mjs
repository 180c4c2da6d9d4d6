// Real-browser test of www/ plus a CLI-vs-wasm comparison.
//
//   make web && cargo build && (cd tests/browser && node run.mjs)
//
// Serves www/ on 127.0.0.1, drives headless Chromium (playwright-core, the
// system's /usr/bin/chromium), pastes articles, clicks Analyze and checks the
// highlights; then runs the native CLI (--jsonl) and the wasm build in the
// page on the same texts and requires identical JSON. Prints one line per
// check; exits non-zero if any check fails.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT, WWW_ROOT, launchChromium, serveDirectory } from './serve.mjs';
import { analyzeInPage, byId, pasteAndAnalyze, readMarks } from './page.mjs';
import * as features from './features.mjs';

const CLI = join(REPO_ROOT, 'target/debug/article-analyzer');
const GOLDEN_DIR = join(REPO_ROOT, 'tests/golden');
// Shared data outside the repo: used only when present, never copied or printed.
const MI5_PATH = join(REPO_ROOT, '../shared/data/mi5-article.txt');
const MI5_GOLD = join(REPO_ROOT, '../shared/data/articles/mi5-article.gold.json');
const HARBOUR = readFileSync(join(GOLDEN_DIR, 'harbour-council.txt'), 'utf8');
const TIMEOUT_MS = 600_000;

const HOSTILE = `Harbour Board Hears Complaint

Mia Ortega told the board on Friday: “Please stop sending <img src=x onerror="window.__pwned=1"> in emails,” and left.

<script>window.__pwned=2</script> The board said it would reply next week.
`;

const INLINE_CASES = [
  { id: 'inline:empty', text: '' },
  { id: 'inline:emoji', text: '🙂 “Hi,” said Ada.' },
  { id: 'inline:cjk', text: '東京大学の田中教授は「研究を続ける」と述べた。2020年10月14日、京都で会議が開かれた。' },
  { id: 'inline:crlf', text: 'Town Hall Reopens\r\n\r\n“We are back,” said Mayor Lena Holt on Monday.\r\n' },
];

// ---- Reporting ------------------------------------------------------------

class Skip extends Error {}
const results = { passed: 0, failed: [], skipped: 0 };
const indent = (text) => String(text).replace(/^/gm, '     ');

async function check(name, fn) {
  try {
    const detail = await fn();
    results.passed += 1;
    console.log(`ok   ${name}${detail ? ` (${detail})` : ''}`);
    return true;
  } catch (err) {
    if (err instanceof Skip) {
      results.skipped += 1;
      console.log(`skip ${name}: skipped, ${err.message}`);
      return true;
    }
    results.failed.push(name);
    console.log(`FAIL ${name}\n${indent(err?.stack && !(err instanceof assert.AssertionError) ? err.stack : err?.message ?? err)}`);
    return false;
  }
}

// Fields that hold the article's own words (hidden when `redact` is set).
const TEXT_FIELDS = new Set(['text', 'name', 'canonical']);

/**
 * Paths where two JSON values differ, e.g. `$.quotes[2].speaker.name:
 * cli="A" wasm="B"`. With `redact`, the article's words are not printed.
 */
function diffJson(cli, wasm, { redact = false, limit = 20 } = {}) {
  const hide = (key, x) => (redact && TEXT_FIELDS.has(key) && typeof x === 'string' ? `<${x.length} chars>` : x);
  const show = (v, path) => {
    if (v === undefined) return '(missing)';
    const json = JSON.stringify(hide(path.split('.').pop(), v), hide);
    return json.length > 140 ? `${json.slice(0, 140)}…` : json;
  };
  const out = [];
  const walk = (a, b, path) => {
    if (out.length >= limit || Object.is(a, b)) return;
    const isObj = (v) => v !== null && typeof v === 'object';
    if (!isObj(a) || !isObj(b) || Array.isArray(a) !== Array.isArray(b)) {
      out.push(`${path}: cli=${show(a, path)} wasm=${show(b, path)}`);
      return;
    }
    if (Array.isArray(a)) {
      if (a.length !== b.length) out.push(`${path}.length: cli=${a.length} wasm=${b.length}`);
      for (let i = 0; i < Math.max(a.length, b.length); i++) walk(a[i], b[i], `${path}[${i}]`);
      return;
    }
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) walk(a[key], b[key], `${path}.${key}`);
  };
  walk(cli, wasm, '$');
  return out;
}

function countByKind(marks) {
  const counts = { quote: 0, entity: 0, date: 0 };
  for (const m of marks) counts[m.kind] = (counts[m.kind] ?? 0) + 1;
  return counts;
}

/**
 * Marks agree with the analysis: one per span, same text, nested in their
 * quotes. With `redact`, failure messages do not quote the article.
 */
function assertMarksMatch(marks, result, text, { redact = false } = {}) {
  const show = (s) => (redact ? `<${s.length} chars>` : JSON.stringify(s));
  const counts = countByKind(marks);
  assert.deepEqual(counts, {
    quote: result.quotes.length, entity: result.entities.length, date: result.dates.length,
  }, 'number of marks of each kind (page) vs spans in the analyze() result');
  const items = byId(result);
  for (const m of marks) {
    assert.ok(m.inOutput, `mark ${m.id} is outside the rendered article`);
    const item = items.get(m.id);
    assert.ok(item, `mark with data-id=${m.id} has no span in the result`);
    const expected = text.slice(item.start, item.end);
    assert.ok(m.text === expected, `text of mark ${m.id}: ${show(m.text)}, expected ${show(expected)}`);
    assert.ok(!m.continued, `span ${m.id} was split into several marks (crossing spans)`);
    assert.ok(m.title.trim(), `mark ${m.id} has a title`);
    if (m.kind === 'entity') assert.equal(m.label, item.label, `data-label of ${m.id}`);
  }
  for (const inner of [...result.entities, ...result.dates]) {
    const outer = result.quotes.find((q) => q.start <= inner.start && inner.end <= q.end);
    const mark = marks.find((m) => m.id === inner.id);
    assert.equal(mark.quote, outer?.id ?? null, `${inner.id} should be nested in quote mark ${outer?.id ?? '(none)'}`);
  }
}

// ---- Checks -----------------------------------------------------------------

function checkWwwSources() {
  // wasm-inline.js is generated base64, not source.
  const files = readdirSync(WWW_ROOT).filter((f) => /\.(html|js|mjs|css)$/.test(f) && f !== 'wasm-inline.js');
  const sinks = /\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\s*\(|new\s+Function\b|setTimeout\s*\(\s*['"`])/;
  const remote = /(https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}|url\(\s*['"]?(https?:)?\/\//i;
  for (const file of files) {
    const lines = readFileSync(join(WWW_ROOT, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      assert.ok(!sinks.test(line), `www/${file}:${i + 1} uses an HTML-string or eval sink: ${line.trim()}`);
      assert.ok(!remote.test(line), `www/${file}:${i + 1} refers to another origin: ${line.trim()}`);
    });
  }
  return files.join(', ');
}

/** Holds the wasm download to see the loading state, then waits for ready. */
async function checkLoadingThenReady(page, origin) {
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  await page.context().route('**/wasm-inline.js', async (route) => { await gate; await route.continue(); });
  await page.goto(`${origin}/`);
  const button = page.getByRole('button', { name: 'Analyze', exact: true });
  await button.waitFor();
  assert.equal(await button.isDisabled(), true, 'Analyze is disabled while the wasm loads');
  assert.match(await page.textContent('#status'), /Loading…/, 'status says Loading… while the wasm loads');
  release();
  await page.waitForFunction(() => !document.querySelector('#analyze').disabled
    || document.querySelector('#status').dataset.state === 'error', null, { timeout: 30_000 });
  await page.context().unroute('**/wasm-inline.js');
  const status = (await page.textContent('#status')).trim();
  if (await button.isDisabled()) {
    assert.fail(`the page could not load the wasm: ${status}${/Table\.grow/.test(status)
      ? '\n(www/pkg/article_analyzer_bg.wasm is broken: wasm-opt from binaryen <= 108 points the'
        + ' __wbindgen_externrefs export at the funcref table; rebuild without wasm-opt or with binaryen >= 110)'
      : ''}`);
  }
  assert.doesNotMatch(status, /Loading|Error|Could not/, `status once ready: ${status}`);
  return `status: "${status}"`;
}

async function checkFormStructure(page) {
  const info = await page.evaluate(() => {
    const textarea = document.querySelector('textarea');
    const date = document.querySelector('#ref-date');
    const status = document.querySelector('#status');
    return {
      textareaLabel: textarea.labels?.[0]?.textContent.trim() ?? '',
      dateLabel: date.labels?.[0]?.textContent.trim() ?? '',
      datePlaceholder: date.placeholder,
      buttons: [...document.querySelectorAll('button')].map((b) => b.textContent),
      statusRole: status.getAttribute('role'),
      statusLive: status.getAttribute('aria-live'),
      externalScripts: [...document.scripts].filter((s) => s.src && new URL(s.src).origin !== location.origin).length,
    };
  });
  assert.ok(info.textareaLabel, 'the textarea has a <label>');
  assert.ok(info.dateLabel, 'the reference-date input has a <label>');
  assert.equal(info.datePlaceholder, 'YYYY-MM-DD');
  assert.ok(info.buttons.includes('Analyze'), `a button whose text is exactly "Analyze" (buttons: ${JSON.stringify(info.buttons)})`);
  assert.equal(info.statusRole, 'status');
  assert.ok(info.statusLive, 'status has aria-live');
  assert.equal(info.externalScripts, 0);
  return `textarea label "${info.textareaLabel}"`;
}

async function checkHarbourHighlights(page) {
  await pasteAndAnalyze(page, HARBOUR);
  const [result] = await analyzeInPage(page, [{ text: HARBOUR }]);
  const marks = await readMarks(page);
  const counts = countByKind(marks);
  for (const kind of ['quote', 'entity', 'date']) assert.ok(counts[kind] > 0, `there are mark[data-kind=${kind}] elements`);
  assertMarksMatch(marks, result, HARBOUR);
  const has = (pred, what) => assert.ok(marks.some(pred), `${what}; marks: ${JSON.stringify(marks.map((m) => m.text))}`);
  has((m) => m.kind === 'entity' && m.label === 'PERSON' && m.text === 'Ada Quinlan', 'a PERSON entity mark reads "Ada Quinlan"');
  has((m) => m.kind === 'quote' && m.text === '“We have waited long enough,”', 'a quote mark reads "“We have waited long enough,”"');
  has((m) => m.kind === 'date' && m.text === 'Wednesday', 'a date mark reads "Wednesday"');
  return `${counts.quote} quotes, ${counts.entity} entities, ${counts.date} dates`;
}

/** The rendered article (currently shown in the page) is exactly `text`. */
async function checkTextPreserved(page, text = HARBOUR, { redact = false } = {}) {
  const rendered = await page.textContent('#output');
  if (rendered !== text) {
    let i = 0;
    while (i < text.length && rendered[i] === text[i]) i++;
    assert.fail(`rendered text (${rendered.length} units) differs from the pasted text (${text.length}) at UTF-16 offset ${i}`
      + (redact ? '' : `: pasted ${JSON.stringify(text.slice(i, i + 40))}, rendered ${JSON.stringify(rendered.slice(i, i + 40))}`));
  }
  const whiteSpace = await page.$eval('#output', (el) => getComputedStyle(el).whiteSpace);
  assert.equal(whiteSpace, 'pre-wrap', 'line breaks are kept (white-space: pre-wrap)');
  return `${text.length} UTF-16 code units`;
}

/** Runs after checkHarbourHighlights, on the article it rendered. */
async function checkSideLists(page) {
  const [result] = await analyzeInPage(page, [{ text: HARBOUR }]);
  const lists = await page.evaluate(() => ({
    quotes: [...document.querySelectorAll('#quote-list > li')].map((li) => li.textContent),
    entities: [...document.querySelectorAll('#entity-groups li')].map((li) => li.textContent),
    groups: [...document.querySelectorAll('#entity-groups h4')].map((h) => h.textContent),
    dates: [...document.querySelectorAll('#date-list > li')].map((li) => li.textContent),
    refInfo: document.querySelector('#ref-info').textContent,
  }));
  assert.equal(lists.quotes.length, result.quotes.length, 'one list item per quote');
  assert.equal(lists.dates.length, result.dates.length, 'one list item per date');
  result.quotes.forEach((q, i) => {
    assert.ok(lists.quotes[i].includes(q.text), `quote item ${i} shows the quote`);
    const who = q.kind === 'term' ? 'term' : q.speaker ? q.speaker.name : 'unattributed';
    assert.ok(lists.quotes[i].includes(who), `quote item ${i} shows "${who}": ${lists.quotes[i]}`);
  });
  const byValue = [...result.dates].sort((x, y) => x.value.localeCompare(y.value) || x.start - y.start);
  byValue.forEach((d, i) => assert.ok(lists.dates[i].includes(d.value), `timeline item ${i} shows ${d.value}, in value order`));
  const canonical = new Set(result.entities.map((e) => `${e.label}/${e.canonical}`));
  assert.equal(lists.entities.length, canonical.size, 'each canonical entity listed once');
  const ada = lists.entities.filter((t) => t.startsWith('Ada Quinlan'));
  assert.equal(ada.length, 1, `"Ada Quinlan" listed once among entities: ${JSON.stringify(lists.entities)}`);
  const adaMentions = result.entities.filter((e) => e.canonical === 'Ada Quinlan').length;
  assert.match(ada[0], new RegExp(`\\b${adaMentions} mentions?\\b`), 'with its mention count');
  assert.ok(lists.quotes.some((t) => t.includes('Ada Quinlan')), 'quotes list names Ada Quinlan');
  assert.equal(lists.refInfo, `Reference date: ${result.reference_date} (from the article)`);
  return `groups: ${lists.groups.join(', ')}; ${lists.refInfo}`;
}

async function checkReferenceDateInput(page) {
  await pasteAndAnalyze(page, HARBOUR, '2021-03-10');
  const [given] = await analyzeInPage(page, [{ text: HARBOUR, reference_date: '2021-03-10' }]);
  assert.equal(await page.textContent('#ref-info'), 'Reference date: 2021-03-10 (given)');
  const shown = await page.$$eval('#date-list > li code', (codes) => codes.map((c) => c.textContent));
  assert.deepEqual(shown, given.dates.map((d) => d.value).sort(), 'date values follow the given reference date');

  for (const bad of ['2021-13-45', 'next tuesday', '<img src=x onerror="window.__pwned=3">']) {
    await pasteAndAnalyze(page, HARBOUR, bad);
    const status = await page.$eval('#status', (el) => ({
      text: el.textContent, state: el.dataset.state, visible: el.checkVisibility(),
    }));
    assert.equal(status.state, 'error', `a bad reference date (${bad}) shows an error`);
    assert.ok(status.visible && status.text.length > 8, `the error is visible: ${status.text}`);
  }
  assert.equal(await page.locator('img').count(), 0, 'no <img> from the error message');
  await pasteAndAnalyze(page, HARBOUR, '');
  assert.equal(await page.$eval('#status', (el) => el.dataset.state), 'ok', 'the page recovers after an error');
  return 'given date shown; bad dates reported in #status';
}

async function checkHostileText(page) {
  const scriptsBefore = await page.locator('script').count();
  await pasteAndAnalyze(page, HOSTILE);
  await page.waitForTimeout(300); // give a stray onerror a chance to fire
  const state = await page.evaluate(() => ({
    pwned: typeof window.__pwned,
    imgs: document.querySelectorAll('img').length,
    scripts: document.querySelectorAll('script').length,
    outputElements: [...document.querySelectorAll('#output *')].map((e) => e.localName),
    divsArePlain: [...document.querySelectorAll('#output div')]
      .every((d) => ['para', 'chunk'].includes(d.className) && d.attributes.length === 1),
  }));
  assert.equal(state.pwned, 'undefined', 'window.__pwned stays undefined');
  assert.equal(state.imgs, 0, 'no <img> element appeared');
  assert.equal(state.scripts, scriptsBefore, 'no <script> element appeared');
  assert.deepEqual([...new Set(state.outputElements)].filter((n) => n !== 'mark' && n !== 'div'), [],
    'only <div>s and <mark>s inside the article');
  assert.ok(state.divsArePlain, 'the <div>s (slices and paragraphs) carry nothing but their class');
  await checkTextPreserved(page, HOSTILE);
  const [result] = await analyzeInPage(page, [{ text: HOSTILE }]);
  assert.ok(result.quotes.length > 0, 'the hostile article has a quote');
  assertMarksMatch(await readMarks(page), result, HOSTILE);
  const listed = await page.textContent('#quote-list');
  assert.ok(listed.includes('<img src=x'), 'the quote list shows the markup literally');
  return `${result.quotes.length} quote(s), markup shown as text`;
}

async function checkUnicodeOffsets(page) {
  const text = readFileSync(join(GOLDEN_DIR, 'unicode-offsets.txt'), 'utf8');
  await pasteAndAnalyze(page, text);
  const [result] = await analyzeInPage(page, [{ text }]);
  assertMarksMatch(await readMarks(page), result, text);
  await checkTextPreserved(page, text);
  return `${result.quotes.length + result.entities.length + result.dates.length} marks line up`;
}

/**
 * The analyzer should never return crossing spans, but the renderer must
 * not lose text if it gets them: feed www/render.js a hand-made result in
 * the page and check the DOM it builds.
 */
async function checkCrossingSpans(page) {
  const text = 'Alpha Beta Gamma Delta';
  const span = (id, start, end, extra) => ({ id, start, end, text: text.slice(start, end), ...extra });
  const fake = {
    reference_date: null,
    reference_date_source: null,
    quotes: [span('q0', 0, 10, { kind: 'speech', speaker: null, cue: null })],
    entities: [span('e0', 6, 16, { label: 'ORG', canonical: 'Beta Gamma' }), span('e1', 17, 99, { label: 'LOC', canonical: 'x' })],
    dates: [span('d0', 11, 22, { value: 'XXXX', type: 'DATE' }), span('d1', 3, 3, { value: 'XXXX', type: 'DATE' })],
  };
  const built = await page.evaluate(async ({ result, text: source }) => {
    const { renderArticle } = await import('/render.js');
    const box = document.createElement('div');
    await renderArticle(box, source, result);
    return {
      text: box.textContent,
      marks: [...box.querySelectorAll('mark')].map((m) => ({ id: m.dataset.id, continued: m.hasAttribute('data-continued') })),
    };
  }, { result: fake, text });
  assert.equal(built.text, text, 'the rendered text is the text');
  assert.deepEqual([...new Set(built.marks.map((m) => m.id))].sort(), ['d0', 'e0', 'e1', 'q0'], 'every non-empty span has a mark');
  assert.ok(built.marks.some((m) => m.continued), 'a crossing span continues in a second mark');
  return 'text kept, crossing spans split into marks with the same data-id';
}

async function checkNarrowScreen(page) {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 360, height: 740 });
  await pasteAndAnalyze(page, HARBOUR);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.setViewportSize(before);
  assert.ok(overflow <= 1, `no horizontal scrolling at 360px wide (overflow ${overflow}px)`);
  return 'no horizontal overflow at 360px';
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return newest;
}

function runCli(cases) {
  const input = cases.map(({ id, text, reference_date = null }) => JSON.stringify({ id, text, reference_date })).join('\n');
  const run = spawnSync(CLI, ['--jsonl'], { input: `${input}\n`, encoding: 'utf8', maxBuffer: 256 << 20 });
  if (run.error) throw run.error;
  assert.equal(run.status, 0, `CLI exited with ${run.status}: ${run.stderr}`);
  const lines = run.stdout.split('\n').filter((l) => l.trim());
  assert.equal(lines.length, cases.length, 'the CLI prints one line per input line');
  return lines.map((line, i) => {
    const { id, ...analysis } = JSON.parse(line);
    assert.equal(id, cases[i].id, `CLI output line ${i + 1} is in input order`);
    return analysis;
  });
}

async function checkCliMatchesWasm(page) {
  const cases = readdirSync(GOLDEN_DIR).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => ({ id: `golden/${f}`, text: readFileSync(join(GOLDEN_DIR, f), 'utf8') }));
  if (existsSync(MI5_PATH)) cases.push({ id: 'shared/mi5-article.txt', text: readFileSync(MI5_PATH, 'utf8'), redact: true });
  else console.log('     (shared/data/mi5-article.txt absent: skipped)');
  cases.push(...INLINE_CASES);
  cases.push({ id: 'golden/harbour-council.txt @2021-03-03', text: HARBOUR, reference_date: '2021-03-03' });

  const cli = runCli(cases);
  const wasm = await analyzeInPage(page, cases);
  const problems = [];
  cases.forEach((c, i) => {
    const diff = diffJson(cli[i], wasm[i], { redact: c.redact });
    if (diff.length) problems.push(`${c.id}: CLI and wasm differ\n${indent(diff.join('\n'))}`);
    else assert.deepStrictEqual(wasm[i], cli[i]);
    for (const item of [...wasm[i].quotes, ...wasm[i].entities, ...wasm[i].dates]) {
      if (c.text.slice(item.start, item.end) !== item.text) {
        problems.push(`${c.id}: ${item.id} [${item.start}, ${item.end}) is not a UTF-16 slice of the text`
          + (c.redact ? '' : `: ${JSON.stringify(item.text)} vs ${JSON.stringify(c.text.slice(item.start, item.end))}`));
      }
    }
  });
  if (problems.length) {
    const newestSrc = newestMtime(join(REPO_ROOT, 'src'));
    const stale = [CLI, join(WWW_ROOT, 'pkg/article_analyzer_bg.wasm')]
      .filter((f) => statSync(f).mtimeMs < newestSrc).map((f) => relative(REPO_ROOT, f));
    if (stale.length) problems.push(`note: src/ changed after ${stale.join(' and ')} was built; run make web and cargo build`);
    assert.fail(problems.join('\n'));
  }
  return `${cases.length} texts identical`;
}

async function checkMi5Article(page) {
  if (!existsSync(MI5_PATH)) throw new Skip('shared/data/mi5-article.txt is absent');
  const text = readFileSync(MI5_PATH, 'utf8');
  await pasteAndAnalyze(page, text);
  const [result] = await analyzeInPage(page, [{ text }]);
  const marks = await readMarks(page);
  const quoteMarks = marks.filter((m) => m.kind === 'quote');
  assert.equal(quoteMarks.length, 10, 'number of quote marks');
  assertMarksMatch(marks, result, text, { redact: true });
  await checkTextPreserved(page, text, { redact: true });
  const quotes = byId(result);
  const wrong = quoteMarks.map((m) => quotes.get(m.id))
    .filter((q) => q.kind === 'speech' && q.speaker?.name !== 'Ken McCallum')
    .map((q) => `${q.id}: speaker ${q.speaker ? JSON.stringify(q.speaker.name) : 'none'}`);
  assert.deepEqual(wrong, [], 'every speech quote is attributed to Ken McCallum');
  const speech = quoteMarks.filter((m) => quotes.get(m.id).kind === 'speech').length;
  // The expected counts of the annotated article, when it is present.
  if (existsSync(MI5_GOLD)) {
    const gold = JSON.parse(readFileSync(MI5_GOLD, 'utf8'));
    // Spans the annotation marks optional count neither way, as in eval.py.
    // (A span with no layer is optional for entities only.)
    const optional = (layer) => (gold.optional ?? [])
      .filter((o) => o.layer === layer || (o.layer == null && layer === 'entities'));
    const required = (items, layer) => items.filter((x) => !optional(layer)
      .some((o) => Math.max(o.start, x.start) < Math.min(o.end, x.end))).length;
    assert.equal(speech, gold.quotes.length, 'speech quote marks vs the gold quotes');
    assert.equal(required(result.entities, 'entities'), gold.entities.length, 'entity marks vs the gold entities');
    assert.equal(required(result.dates, 'dates'), gold.dates.length, 'date marks vs the gold dates');
  }
  return `10 quote marks, ${speech} speech quotes all by Ken McCallum; entity and date marks match the gold counts`;
}

function checkSameOrigin(requests, origin) {
  const foreign = requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin);
  assert.deepEqual(foreign, [], 'requests to another origin');
  return `${requests.length} requests, all to ${origin}`;
}

function checkNoPageErrors(errors) {
  assert.deepEqual(errors, [], 'page errors / console errors');
}

// ---- Main -------------------------------------------------------------------

async function main() {
  for (const [file, fix] of [[join(WWW_ROOT, 'pkg/article_analyzer.js'), 'make web'], [CLI, 'cargo build']]) {
    if (!existsSync(file)) {
      console.error(`missing ${relative(REPO_ROOT, file)}: run \`${fix}\` first (from the repo root)`);
      process.exit(1);
    }
  }
  const server = await serveDirectory(WWW_ROOT);
  const browser = await launchChromium();
  try {
    // The service worker would answer some requests itself; its own check
    // runs in a context of its own.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    const requests = [];
    const errors = [];
    context.on('request', (req) => requests.push(req.url()));
    const page = await context.newPage();
    page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
    page.on('console', (msg) => { if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`); });

    await check('www/ sources: no HTML-string/eval sinks, no other origins', () => checkWwwSources());
    page.setDefaultTimeout(20_000);
    const ready = await check('page loads: "Loading…" and disabled button until the wasm is ready',
      () => checkLoadingThenReady(page, server.origin));
    if (!ready) {
      console.log('     the page is not usable; skipping the remaining checks');
      return finish();
    }
    await check('form: labelled textarea and date input, "Analyze" button, role=status', () => checkFormStructure(page));
    await check('harbour-council: highlights match analyze()', () => checkHarbourHighlights(page));
    await check('harbour-council: rendered textContent equals the pasted text', () => checkTextPreserved(page));
    await check('harbour-council: side lists (quotes, entities by label, dates)', () => checkSideLists(page));
    await check('reference date: given date shown, bad dates reported', () => checkReferenceDateInput(page));
    await check('hostile text: markup shown literally, nothing executed', () => checkHostileText(page));
    await check('unicode-offsets: marks line up with UTF-16 offsets (emoji, CJK, €)', () => checkUnicodeOffsets(page));
    await check('crossing spans (defensive rendering): no text lost', () => checkCrossingSpans(page));
    await check('narrow screen: no horizontal overflow', () => checkNarrowScreen(page));
    await check('CLI --jsonl and wasm analyze() give identical JSON', () => checkCliMatchesWasm(page));
    await check('MI5 article: 10 quote marks, speech quotes by Ken McCallum', () => checkMi5Article(page));
    await check('who said what: speakers with their quotes', () => features.checkSpeakersPanel(page));
    await check('layer toggles hide highlighting, keep text', () => features.checkLayerToggles(page));
    await check('hover/focus shows a highlight\'s details', () => features.checkDetails(page));
    await check('keyboard: Tab reaches every panel item, Enter scrolls to its mention', () => features.checkKeyboardPanels(page));
    await check('exports: JSON, CSV, quotes copied as text', () => features.checkExports(page));
    await check('analysis runs as you type', () => features.checkAsYouType(page));
    await check('no request left the page\'s origin', () => checkSameOrigin(requests, server.origin));
    await check('no page errors or console errors', () => checkNoPageErrors(errors));
    // These provoke the Content-Security-Policy on purpose, so its reports
    // come after the check above.
    await check('CSP: no connections, no inline script, no eval, and enforced', () => features.checkContentSecurityPolicy(page));
    await check('rich HTML paste: paragraphs kept, markup inert', () => features.checkRichPaste(page));
    await check('file drop: .html read, other files refused', () => features.checkFileDrop(page));
    await check('1 MB paste: rendered in slices, no main-thread task near a second', () => features.checkLargePaste(browser, server.origin));
    await check('offline: a reload with the network off works (service worker)', () => features.checkOffline(browser, server.origin));
    await check('single file: dist/article-analyzer.html works from file://', () => features.checkSingleFile(browser, page));
    await check('embed.html: <article-analyzer> renders, follows its source, honours layers', () => features.checkEmbed(browser, server.origin));
    await check('www/pkg/package.json: publishable, with TypeScript types', () => features.checkPackageManifest());
    return finish();
  } finally {
    await browser.close();
    await server.close();
  }
}

function finish() {
  const { passed, failed, skipped } = results;
  console.log(`\n${passed} passed, ${failed.length} failed, ${skipped} skipped`);
  if (failed.length) {
    console.log(`failed:\n${failed.map((f) => `  - ${f}`).join('\n')}`);
    process.exitCode = 1;
  }
}

setTimeout(() => {
  console.error(`FAIL: timed out after ${TIMEOUT_MS / 1000} s`);
  process.exit(1);
}, TIMEOUT_MS).unref();

main().catch((err) => {
  console.error('FAIL: the test harness crashed\n', err);
  process.exit(1);
});
