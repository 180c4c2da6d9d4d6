// The page: wires the form, the reading view and the panels to an analysis
// engine (a Web Worker on the page, the main thread in the single-file
// build). No analysis happens here; see render.js for how results become
// DOM.
import {
  LABELS, appendInSlices, appendShowAll, applyLayers, describe, el, findingsById, plural, quotesAsText, renderArticle,
  speakerText, timeline, toCsv,
} from './render.js';
import { fileToText, htmlToText, isTextFile } from './input.js';

const SOURCES = { option: 'given', article: 'from the article' };
// Typing pauses this long before the article is analyzed again.
const DEBOUNCE_MS = 300;
// Items a panel list shows before its "Show all" button.
const LIST_PREVIEW = 250;
// Quotes listed under each speaker before theirs wait behind a button.
const SPEAKER_PREVIEW = 25;

const errorMessage = (err) => (err instanceof Error ? err.message : String(err));

/**
 * Starts the page. `engine` has `ready` (a promise) and
 * `analyze(text, referenceDate)` (a promise of the analysis).
 */
export function startApp(engine) {
  const $ = (id) => document.getElementById(id);
  const ui = {
    form: $('input-form'),
    text: $('article'),
    file: $('file'),
    refDate: $('ref-date'),
    button: $('analyze'),
    status: $('status'),
    results: $('results'),
    refInfo: $('ref-info'),
    output: $('output'),
    details: $('details'),
    speakers: $('speaker-list'),
    quotes: $('quote-list'),
    entities: $('entity-groups'),
    dates: $('date-list'),
    layers: [...document.querySelectorAll('[data-layer]')],
    counts: {
      speakers: $('speakers-count'), quotes: $('quotes-count'), entities: $('entities-count'), dates: $('dates-count'),
    },
  };

  let current = null; // { text, result, items }
  let generation = 0;
  let debounce = null;

  const setStatus = (message, state = 'ok') => {
    ui.status.textContent = message;
    ui.status.dataset.state = state;
  };

  // ---- Panels ---------------------------------------------------------------

  const jump = (item, ...children) => el('a', { href: `#mark-${item.id}`, 'data-target': item.id }, ...children);
  const emptyItem = (message) => el('li', { class: 'empty' }, message);

  // Long articles have long lists: they fill in time slices, and past
  // LIST_PREVIEW items wait behind a button that says how many there are.
  async function fill(list, items, build, empty, isCurrent) {
    list.replaceChildren();
    if (!items.length) {
      list.append(empty());
      return true;
    }
    if (items.length <= LIST_PREVIEW) return appendInSlices(list, items, build, isCurrent);
    if (!(await appendInSlices(list, items.slice(0, LIST_PREVIEW), build, isCurrent))) return false;
    appendShowAll(list, items.slice(LIST_PREVIEW), build, `Show all ${items.length.toLocaleString('en')}`);
    return true;
  }

  function renderSpeakers(result, isCurrent) {
    const quotes = new Map(result.quotes.map((q) => [q.id, q]));
    const said = (id) => el('li', {}, jump(quotes.get(id), el('span', { class: 'quote-text' }, quotes.get(id).text)));
    return fill(ui.speakers, result.speakers, (s) => {
      const list = el('ol', { class: 'said' }, ...s.quotes.slice(0, SPEAKER_PREVIEW).map(said));
      if (s.quotes.length > SPEAKER_PREVIEW) {
        appendShowAll(list, s.quotes.slice(SPEAKER_PREVIEW), said, `Show all ${s.quotes.length.toLocaleString('en')} quotes`);
      }
      return el('li', {}, el('span', { class: 'speaker' }, s.name), list);
    }, () => emptyItem('No attributed quotations.'), isCurrent);
  }

  function renderQuotes(result, text, isCurrent) {
    return fill(ui.quotes, result.quotes, (q) => {
      const who = q.kind === 'term'
        ? el('span', { class: 'badge term' }, 'term')
        : el('span', { class: q.speaker ? 'speaker' : 'speaker unattributed' }, speakerText(q, text));
      const cue = q.cue ? el('span', { class: 'cue' }, ` · ${q.cue.text}`) : '';
      return el('li', {}, jump(q, el('span', { class: 'quote-text' }, q.text)), el('div', { class: 'attribution' }, who, cue));
    }, () => emptyItem('No quotations found.'), isCurrent);
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

  function renderDates(result, isCurrent) {
    return fill(ui.dates, timeline(result), (d) => el('li', {},
      el('code', { class: 'value' }, d.value), ' ',
      jump(d, d.text), ' ', el('span', { class: 'type' }, d.type)),
    () => emptyItem('No dates found.'), isCurrent);
  }

  function renderReferenceDate(result) {
    ui.refInfo.textContent = result.reference_date
      ? `Reference date: ${result.reference_date} (${SOURCES[result.reference_date_source] ?? result.reference_date_source})`
      : 'Reference date: none (relative dates stay unresolved)';
    // The field shows the date the article gave, ready to be overridden.
    ui.refDate.placeholder = result.reference_date_source === 'article'
      ? `${result.reference_date} (article)`
      : 'YYYY-MM-DD';
  }

  async function render(text, result, isCurrent) {
    current = { text, result, items: findingsById(result) };
    renderReferenceDate(result);
    ui.counts.speakers.textContent = String(result.speakers.length);
    ui.counts.quotes.textContent = String(result.quotes.length);
    ui.counts.entities.textContent = String(result.entities.length);
    ui.counts.dates.textContent = String(result.dates.length);
    ui.results.hidden = false;
    renderEntities(result);
    return await renderArticle(ui.output, text, result, { isCurrent })
      && await renderSpeakers(result, isCurrent)
      && await renderQuotes(result, text, isCurrent)
      && await renderDates(result, isCurrent);
  }

  // ---- Analysis -------------------------------------------------------------

  async function analyzeNow() {
    clearTimeout(debounce);
    const mine = ++generation;
    const isCurrent = () => mine === generation;
    const text = ui.text.value;
    const referenceDate = ui.refDate.value.trim();
    setStatus('Analyzing…', 'busy');
    try {
      const result = await engine.analyze(text, referenceDate || null);
      if (!isCurrent()) return;
      const done = await render(text, result, isCurrent);
      if (!done || !isCurrent()) return;
      setStatus(`Found ${plural(result.quotes.length, 'quote')}, ${plural(result.entities.length, 'entity', 'entities')} and ${plural(result.dates.length, 'date')}.`);
    } catch (err) {
      if (!isCurrent()) return;
      setStatus(`Error: ${errorMessage(err)}`, 'error');
    }
  }

  const analyzeSoon = () => {
    clearTimeout(debounce);
    debounce = setTimeout(analyzeNow, DEBOUNCE_MS);
  };

  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    analyzeNow();
  });
  ui.text.addEventListener('input', analyzeSoon);
  ui.refDate.addEventListener('input', analyzeSoon);
  // Ctrl+Enter / Cmd+Enter in the textarea analyzes at once.
  ui.text.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      ui.form.requestSubmit();
    }
  });

  // ---- Input: rich paste, dropped or chosen files ---------------------------

  const insertText = (text) => {
    ui.text.setRangeText(text, ui.text.selectionStart, ui.text.selectionEnd, 'end');
    ui.text.dispatchEvent(new Event('input', { bubbles: true }));
  };
  ui.text.addEventListener('paste', (event) => {
    const html = event.clipboardData?.getData('text/html');
    if (!html) return; // plain text: the browser pastes it as is
    event.preventDefault();
    insertText(htmlToText(html));
  });
  const loadFile = async (file) => {
    if (!isTextFile(file)) {
      setStatus(`“${file.name}” is not a .txt or .html file.`, 'error');
      return;
    }
    try {
      ui.text.value = await fileToText(file);
      analyzeNow();
    } catch (err) {
      setStatus(`Could not read “${file.name}”: ${errorMessage(err)}`, 'error');
    }
  };
  ui.text.addEventListener('dragover', (event) => {
    if (event.dataTransfer?.types.includes('Files')) {
      event.preventDefault();
      ui.text.classList.add('dropping');
    }
  });
  ui.text.addEventListener('dragleave', () => ui.text.classList.remove('dropping'));
  ui.text.addEventListener('drop', (event) => {
    ui.text.classList.remove('dropping');
    const [file] = event.dataTransfer?.files ?? [];
    if (!file) return;
    event.preventDefault();
    loadFile(file);
  });
  ui.file.addEventListener('change', () => {
    if (ui.file.files[0]) loadFile(ui.file.files[0]);
    ui.file.value = '';
  });

  // ---- Reading view: layers, details, jumping to mentions -------------------

  const shownLayers = () => new Set(ui.layers.filter((box) => box.checked).map((box) => box.dataset.layer));
  for (const box of ui.layers) box.addEventListener('change', () => applyLayers(ui.output, shownLayers()));
  applyLayers(ui.output, shownLayers());

  const showDetails = (target) => {
    const marks = [];
    for (let node = target?.closest?.('mark'); node && ui.output.contains(node); node = node.parentElement?.closest('mark')) {
      marks.push(node);
    }
    if (!current || !marks.length) return;
    const lines = marks.reverse().map((mark) => {
      const found = current.items.get(mark.dataset.id);
      return found ? describe(found.kind, found.item, current.text).join(' · ') : '';
    });
    ui.details.textContent = lines.filter(Boolean).join('  ›  ');
  };
  ui.output.addEventListener('mouseover', (event) => showDetails(event.target));
  ui.output.addEventListener('focusin', (event) => showDetails(event.target));

  // A panel link scrolls to its mention, flashes every mark of it and moves
  // the focus there, so keyboard users land on it.
  document.querySelector('.side').addEventListener('click', (event) => {
    const link = event.target.closest('a[data-target]');
    if (!link) return;
    const id = link.dataset.target;
    const first = document.getElementById(`mark-${id}`);
    if (!first) return;
    event.preventDefault();
    for (const mark of ui.output.querySelectorAll('mark.flash')) mark.classList.remove('flash');
    for (const mark of ui.output.querySelectorAll(`mark[data-id="${CSS.escape(id)}"]`)) mark.classList.add('flash');
    first.tabIndex = -1;
    first.scrollIntoView({ block: 'center', behavior: 'auto' });
    first.focus({ preventScroll: true });
    showDetails(first);
  });

  // ---- Export ---------------------------------------------------------------

  const download = (name, type, body) => {
    const url = URL.createObjectURL(new Blob([body], { type }));
    const link = el('a', { href: url, download: name });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  $('export-json').addEventListener('click', () => {
    if (current) download('analysis.json', 'application/json', `${JSON.stringify(current.result, null, 2)}\n`);
  });
  $('export-csv').addEventListener('click', () => {
    if (current) download('analysis.csv', 'text/csv', toCsv(current.result));
  });
  $('copy-quotes').addEventListener('click', async () => {
    if (!current) return;
    try {
      await navigator.clipboard.writeText(quotesAsText(current.result, current.text));
      setStatus('Quotes copied to the clipboard.');
    } catch (err) {
      setStatus(`Could not copy: ${errorMessage(err)}`, 'error');
    }
  });

  // ---- Start ----------------------------------------------------------------

  engine.ready.then(
    () => {
      ui.button.disabled = false;
      setStatus('Ready. Paste an article; it is analyzed as you type.');
      window.dispatchEvent(new Event('analyzer-ready'));
    },
    (err) => setStatus(`Could not load the analyzer: ${errorMessage(err)}`, 'error'),
  );
}
