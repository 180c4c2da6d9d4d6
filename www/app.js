// Renders what the wasm analyzer finds in a pasted article. There is no
// analysis here: every span, label and value comes from `analyze`; this file
// only turns them into DOM (createElement/textContent/append, never HTML
// strings, so the article's text can never become markup).
import init, { Analyzer } from './pkg/article_analyzer.js';

const $ = (id) => document.getElementById(id);
const ui = {
  form: $('input-form'),
  text: $('article'),
  refDate: $('ref-date'),
  button: $('analyze'),
  status: $('status'),
  results: $('results'),
  refInfo: $('ref-info'),
  output: $('output'),
  quotes: $('quote-list'),
  entities: $('entity-groups'),
  dates: $('date-list'),
  counts: { quotes: $('quotes-count'), entities: $('entities-count'), dates: $('dates-count') },
};

const LABELS = { PERSON: 'People', ORG: 'Organisations', LOC: 'Places', MISC: 'Other' };
// Outer before inner when two spans start and end at the same place.
const KIND_RANK = { quote: 0, entity: 1, date: 2 };
const SOURCES = { option: 'given', article: 'from the article' };

let analyzer = null;

/** createElement with attributes and children (strings become text nodes). */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined && value !== null) node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}

const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const errorMessage = (err) => (err instanceof Error ? err.message : String(err));

function setStatus(message, state = 'ok') {
  ui.status.textContent = message;
  ui.status.dataset.state = state;
}

// ---- Titles (tooltips) -------------------------------------------------

function speakerText(quote, text) {
  const { speaker } = quote;
  if (!speaker) return 'unattributed';
  const words = text.slice(speaker.start, speaker.end);
  // Show the words used ("she", "the minister") unless they are part of the name.
  return words && !speaker.name.includes(words) ? `${speaker.name} (“${words}”)` : speaker.name;
}

const TITLES = {
  quote: (q, text) => [
    q.kind === 'term' ? 'Quoted term' : 'Quotation',
    ...(q.kind === 'speech' || q.speaker ? [`Speaker: ${speakerText(q, text)}`] : []),
    ...(q.cue ? [`Cue: ${q.cue.text}`] : []),
  ].join('\n'),
  entity: (e) => `${e.label}: ${e.canonical}`,
  date: (d) => `${d.type}: ${d.value}`,
};

// ---- The highlighted article -------------------------------------------

/** All spans, clamped to the text, sorted so that outer spans come first. */
function collectSpans(result, length) {
  const clamp = (n) => Math.min(Math.max(n, 0), length);
  return [
    ...result.quotes.map((item) => ({ kind: 'quote', item })),
    ...result.entities.map((item) => ({ kind: 'entity', item })),
    ...result.dates.map((item) => ({ kind: 'date', item })),
  ]
    .map((s) => ({ ...s, start: clamp(s.item.start), end: clamp(s.item.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end || KIND_RANK[a.kind] - KIND_RANK[b.kind]);
}

function makeMark({ kind, item }, text, seen) {
  const mark = el('mark', { title: TITLES[kind](item, text), 'data-kind': kind, 'data-id': item.id });
  if (kind === 'entity') mark.dataset.label = item.label;
  if (kind === 'quote') mark.dataset.quoteKind = item.kind;
  // The side lists link to the first mark of each span.
  if (!seen.has(item.id)) mark.id = `mark-${item.id}`;
  else mark.dataset.continued = '';
  seen.add(item.id);
  return mark;
}

/**
 * The article as text nodes and nested <mark>s. The text is cut at every
 * span boundary; each piece goes inside the marks of the spans covering it.
 * Spans that nest give one mark each. Spans that cross (which the analyzer
 * should not produce) are split into several marks with the same data-id, so
 * no text is ever dropped or repeated.
 */
function renderArticle(text, result) {
  const spans = collectSpans(result, text.length);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])]
    .sort((a, b) => a - b);
  const root = document.createDocumentFragment();
  const open = []; // [{ span, node }], outermost first
  const seen = new Set();
  const top = () => (open.length ? open[open.length - 1].node : root);
  // A sweep over the sorted spans: `active` holds the few spans covering the
  // current piece (a quote and what is inside it), so long articles render
  // in linear time.
  let active = [];
  let next = 0;

  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    active = active.filter((s) => s.end > from);
    while (next < spans.length && spans[next].start <= from) {
      if (spans[next].end > from) active.push(spans[next]);
      next++;
    }
    const covering = active;
    let keep = 0;
    while (keep < open.length && open[keep].span === covering[keep]) keep++;
    open.length = keep;
    for (const span of covering.slice(keep)) {
      const node = makeMark(span, text, seen);
      top().append(node);
      open.push({ span, node });
    }
    top().append(text.slice(from, to));
  }
  return root;
}

// ---- Side lists -----------------------------------------------------------

const jump = (item, ...children) => el('a', { href: `#mark-${item.id}` }, ...children);
const emptyItem = (message) => el('li', { class: 'empty' }, message);

function renderQuotes(result, text) {
  ui.quotes.replaceChildren(
    ...result.quotes.map((q) => {
      const who = q.kind === 'term'
        ? el('span', { class: 'badge term' }, 'term')
        : q.speaker
          ? el('span', { class: 'speaker' }, speakerText(q, text))
          : el('span', { class: 'speaker unattributed' }, 'unattributed');
      const cue = q.cue ? el('span', { class: 'cue' }, ` · ${q.cue.text}`) : '';
      return el('li', {},
        jump(q, el('span', { class: 'quote-text' }, q.text)),
        el('div', { class: 'attribution' }, who, cue));
    }),
  );
  if (!result.quotes.length) ui.quotes.append(emptyItem('No quotations found.'));
}

function renderEntities(result) {
  // The core clusters mentions; the page only groups clusters by label.
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  const groups = new Map(Object.keys(LABELS).map((label) => [label, []]));
  for (const c of result.clusters) {
    if (!groups.has(c.label)) groups.set(c.label, []);
    groups.get(c.label).push(c);
  }
  const sections = [...groups]
    .filter(([, clusters]) => clusters.length)
    .map(([label, clusters]) => el('section', { class: 'entity-group' },
      el('h4', {}, el('span', { class: 'hl swatch', 'data-kind': 'entity', 'data-label': label }, LABELS[label] ?? label)),
      el('ul', {}, ...clusters.map((c) => el('li', {},
        jump(byId.get(c.first_mention), c.canonical), ' ',
        el('span', { class: 'mentions' }, plural(c.mention_count, 'mention')))))));
  ui.entities.replaceChildren(...sections);
  if (!sections.length) ui.entities.append(el('p', { class: 'empty' }, 'No entities found.'));
}

function renderDates(result) {
  ui.dates.replaceChildren(
    ...result.dates.map((d) => el('li', {},
      jump(d, d.text), ' ', el('span', { class: 'arrow', 'aria-hidden': 'true' }, '→'), ' ',
      el('code', { class: 'value' }, d.value), ' ', el('span', { class: 'type' }, d.type))),
  );
  if (!result.dates.length) ui.dates.append(emptyItem('No dates found.'));
}

function renderReferenceDate(result) {
  ui.refInfo.textContent = result.reference_date
    ? `Reference date: ${result.reference_date} (${SOURCES[result.reference_date_source] ?? result.reference_date_source})`
    : 'Reference date: none (relative dates stay unresolved)';
}

function render(text, result) {
  ui.output.replaceChildren(renderArticle(text, result));
  renderQuotes(result, text);
  renderEntities(result);
  renderDates(result);
  renderReferenceDate(result);
  ui.counts.quotes.textContent = String(result.quotes.length);
  ui.counts.entities.textContent = String(result.entities.length);
  ui.counts.dates.textContent = String(result.dates.length);
  ui.results.hidden = false;
}

// ---- Wiring ---------------------------------------------------------------

function analyzeInput() {
  if (!analyzer) return;
  const text = ui.text.value;
  const referenceDate = ui.refDate.value.trim();
  try {
    const result = analyzer.analyze(text, referenceDate ? { referenceDate } : {});
    render(text, result);
    setStatus(`Found ${plural(result.quotes.length, 'quote')}, ${plural(result.entities.length, 'entity', 'entities')} and ${plural(result.dates.length, 'date')}.`);
  } catch (err) {
    ui.results.hidden = true;
    setStatus(`Error: ${errorMessage(err)}`, 'error');
  }
}

ui.form.addEventListener('submit', (event) => {
  event.preventDefault();
  analyzeInput();
});
// Ctrl+Enter / Cmd+Enter in the textarea analyzes too.
ui.text.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    ui.form.requestSubmit();
  }
});

try {
  await init();
  analyzer = new Analyzer();
  ui.button.disabled = false;
  setStatus('Ready. Paste an article and press Analyze.');
} catch (err) {
  setStatus(`Could not load the analyzer: ${errorMessage(err)}`, 'error');
}
