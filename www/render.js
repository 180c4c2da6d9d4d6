// Turning an analysis into DOM. Shared by the page (app.js), the custom
// element (element.js) and the single-file build. There is no analysis
// here: every span, label and value comes from `Analyzer.analyze`. Article
// text only ever becomes text nodes (createElement/append, never HTML
// strings), so it can never become markup.

export const LABELS = { PERSON: 'People', ORG: 'Organisations', LOC: 'Places', MISC: 'Other' };
export const LAYERS = ['quote', 'PERSON', 'ORG', 'LOC', 'MISC', 'date'];
// Outer before inner when two spans start and end at the same place.
const KIND_RANK = { quote: 0, entity: 1, date: 2 };
// Rendering works in slices of about this many milliseconds and then lets
// the browser breathe, so that a long article never blocks the page.
const SLICE_MS = 8;
// Beyond these sizes, what is off screen is not laid out (content-visibility).
const LONG_TEXT = 50_000;
const LONG_LIST = 200;

/** createElement with attributes and children (strings become text nodes). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}

export const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The speaker's name, with the words used for them when those differ. */
export function speakerText(quote, text) {
  const { speaker } = quote;
  if (!speaker) return 'unattributed';
  const words = text.slice(speaker.start, speaker.end);
  return words && !speaker.name.includes(words) ? `${speaker.name} (“${words}”)` : speaker.name;
}

/** One line per detail of a highlight, for its tooltip and details bar. */
export function describe(kind, item, text) {
  switch (kind) {
    case 'quote':
      return [
        item.kind === 'term' ? 'Quoted term' : 'Quotation',
        ...(item.kind === 'speech' ? [`Speaker: ${speakerText(item, text)}`] : []),
        ...(item.cue ? [`Cue: ${item.cue.text}`] : []),
      ];
    case 'entity':
      return [`${LABELS[item.label] ?? item.label}: ${item.canonical}`];
    default:
      return [`Date: ${item.value}`, `Type: ${item.type}`];
  }
}

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

/** Where paragraphs end: after each run of blank lines, and at the end. */
function paragraphEnds(text) {
  const ends = [];
  const blank = /\n[ \t\r]*\n\s*/g;
  for (let m = blank.exec(text); m; m = blank.exec(text)) ends.push(m.index + m[0].length);
  if (!ends.length || ends[ends.length - 1] !== text.length) ends.push(text.length);
  return ends;
}

function makeMark({ kind, item }, text, seen, idPrefix) {
  const mark = el('mark', {
    title: describe(kind, item, text).join('\n'),
    'data-kind': kind,
    'data-id': item.id,
  });
  if (kind === 'entity') mark.dataset.label = item.label;
  if (kind === 'quote') mark.dataset.quoteKind = item.kind;
  // Panel links point at the first mark of each span.
  if (!seen.has(item.id)) mark.id = `${idPrefix}${item.id}`;
  else mark.dataset.continued = '';
  seen.add(item.id);
  return mark;
}

/**
 * Yields to the browser until it has painted a frame: input and painting go
 * first, and each frame styles only one slice of new nodes. A hidden page
 * paints no frames, so there a message does.
 */
export function nextTask() {
  if (document.visibilityState !== 'hidden') {
    return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  }
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Appends `build(item)` for every item to `container`, in time slices.
 * Resolves to false if `isCurrent()` turns false on the way.
 */
export async function appendInSlices(container, items, build, isCurrent = () => true) {
  container.toggleAttribute('data-long', items.length > LONG_LIST);
  let sliceStart = performance.now();
  let fragment = document.createDocumentFragment();
  for (const item of items) {
    fragment.append(build(item));
    if (performance.now() - sliceStart > SLICE_MS) {
      container.append(fragment);
      await nextTask();
      if (!isCurrent()) return false;
      fragment = document.createDocumentFragment();
      sliceStart = performance.now();
    }
  }
  container.append(fragment);
  return true;
}

/**
 * Renders the article into `container` as one block per paragraph, each
 * holding text nodes and nested <mark>s. The text is cut at every span and
 * paragraph boundary; each piece goes inside the marks of the spans covering
 * it. A span that runs over paragraphs, or crosses another (which the
 * analyzer should not produce), becomes several marks with one data-id, so
 * no text is ever dropped or repeated: the container's textContent is the
 * text. Works in time slices, yielding between them; resolves to false if
 * `isCurrent()` turns false (a newer analysis took over).
 */
export async function renderArticle(container, text, result, { idPrefix = 'mark-', isCurrent = () => true } = {}) {
  const spans = collectSpans(result, text.length);
  const paragraphs = paragraphEnds(text);
  const cuts = [...new Set([0, ...paragraphs, ...spans.flatMap((s) => [s.start, s.end])])]
    .sort((a, b) => a - b);
  const seen = new Set();
  let active = []; // spans covering the current piece, outermost first
  let next = 0;
  let paragraph = 0;
  let cut = 0;
  container.replaceChildren();
  container.toggleAttribute('data-long', text.length > LONG_TEXT);
  while (cut + 1 < cuts.length) {
    // Each slice's paragraphs share a block, so that the article has few
    // children and a frame lays out little more than the slice it adds.
    const fragment = el('div', { class: 'chunk' });
    const sliceStart = performance.now();
    while (cut + 1 < cuts.length && performance.now() - sliceStart < SLICE_MS) {
      const block = el('div', { class: 'para' });
      const open = [];
      const top = () => (open.length ? open[open.length - 1].node : block);
      const end = paragraphs[paragraph++];
      for (; cut + 1 < cuts.length && cuts[cut] < end; cut++) {
        const [from, to] = [cuts[cut], cuts[cut + 1]];
        active = active.filter((s) => s.end > from);
        while (next < spans.length && spans[next].start <= from) {
          if (spans[next].end > from) active.push(spans[next]);
          next++;
        }
        let keep = 0;
        while (keep < open.length && open[keep].span === active[keep]) keep++;
        open.length = keep;
        for (const span of active.slice(keep)) {
          const node = makeMark(span, text, seen, idPrefix);
          top().append(node);
          open.push({ span, node });
        }
        top().append(text.slice(from, to));
      }
      fragment.append(block);
    }
    container.append(fragment);
    if (cut + 1 < cuts.length) {
      await nextTask();
      if (!isCurrent()) return false;
    }
  }
  return true;
}

/** Every finding by id, with its kind: what a mark's data-id stands for. */
export function findingsById(result) {
  return new Map([
    ...result.quotes.map((item) => [item.id, { kind: 'quote', item }]),
    ...result.entities.map((item) => [item.id, { kind: 'entity', item }]),
    ...result.dates.map((item) => [item.id, { kind: 'date', item }]),
  ]);
}

/**
 * Ends `list` with a "Show all …" button that, pressed, appends `rest`
 * (built by `build`) in time slices in its place.
 */
export function appendShowAll(list, rest, build, label) {
  const button = el('button', { type: 'button', class: 'secondary more' }, label);
  const more = el('li', { class: 'more' }, button);
  button.addEventListener('click', async () => {
    more.remove();
    await appendInSlices(list, rest, build);
  });
  list.append(more);
}

/** Hides the highlighting (not the text) of the layers not in `shown`. */
export function applyLayers(container, shown) {
  for (const layer of LAYERS) {
    container.toggleAttribute(`data-hide-${layer.toLowerCase()}`, !shown.has(layer));
  }
}

// ---- Exports ----------------------------------------------------------------

const csvField = (value) => {
  const s = value === undefined || value === null ? '' : String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * One row per finding: kind, id, start, end, text, label (entity label,
 * quote kind or date type), value (canonical name or date value), speaker,
 * cue. Offsets are UTF-16 code units, as in the JSON.
 */
export function toCsv(result) {
  const header = ['kind', 'id', 'start', 'end', 'text', 'label', 'value', 'speaker', 'cue'];
  const rows = [
    ...result.quotes.map((q) => ['quote', q.id, q.start, q.end, q.text, q.kind, '', q.speaker?.name, q.cue?.text]),
    ...result.entities.map((e) => ['entity', e.id, e.start, e.end, e.text, e.label, e.canonical, '', '']),
    ...result.dates.map((d) => ['date', d.id, d.start, d.end, d.text, d.type, d.value, '', '']),
  ];
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The quotations as plain text: “…” — speaker, one per line. */
export function quotesAsText(result, text) {
  return result.quotes
    .filter((q) => q.kind === 'speech')
    .map((q) => `${q.text} — ${speakerText(q, text)}`)
    .join('\n');
}

/** Dates ordered by value, for the timeline; unresolved values go last. */
export function timeline(result) {
  const known = (d) => /^\d/.test(d.value);
  return [...result.dates].sort((a, b) => (known(b) - known(a)) || a.value.localeCompare(b.value) || a.start - b.start);
}
