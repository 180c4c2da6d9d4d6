// <article-analyzer>: drop-in highlighting for any page.
//
//   <script type="module" src="element.js"></script>
//   <article-analyzer reference-date="2020-10-14" layers="quote PERSON date">
//     “We are ready,” said Ada Quinlan on Tuesday.
//   </article-analyzer>
//
// It analyzes its own text, or the element named by for="…" (a textarea is
// followed as it is edited), and renders the highlighted text in a shadow
// root. Attributes: `for`, `reference-date` (YYYY-MM-DD), `layers` (a
// space-separated subset of: quote PERSON ORG LOC MISC date). It fires
// `analyzed` (detail: the analysis) and `analysis-error` (detail: message).
import init, { Analyzer } from './pkg/article_analyzer.js';
import { wasmBytes } from './wasm-inline.js';
import { LAYERS, applyLayers, describe, el, findingsById, renderArticle } from './render.js';

let shared = null;
/** One analyzer for every element on the page, loaded on first use. */
const analyzer = () => {
  shared ??= init({ module_or_path: wasmBytes() }).then(() => new Analyzer());
  return shared;
};

/** Text written inside the element, without the indentation of its HTML. */
function ownText(node) {
  const lines = node.textContent.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length && !lines[0].trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  const indents = lines.filter((line) => line.trim()).map((line) => line.match(/^[ \t]*/)[0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(cut)).join('\n');
}

class ArticleAnalyzerElement extends HTMLElement {
  static observedAttributes = ['for', 'reference-date', 'layers'];

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const css = (name) => el('link', { rel: 'stylesheet', href: new URL(name, import.meta.url).href });
    this.view = el('div', { class: 'article-view', part: 'article', role: 'document' });
    this.details = el('p', { class: 'details', part: 'details', 'aria-live': 'polite' });
    this.message = el('p', { class: 'message', part: 'message', role: 'status' }, 'Loading…');
    root.append(css('marks.css'), css('element.css'), this.message, this.view, this.details);
    this.generation = 0;
    this.items = new Map();
    this.onSourceInput = () => {
      clearTimeout(this.debounce);
      this.debounce = setTimeout(() => this.update(), 300);
    };
    const show = (event) => this.showDetails(event.composedPath()[0]);
    this.view.addEventListener('mouseover', show);
    this.view.addEventListener('focusin', show);
  }

  connectedCallback() {
    this.follow();
    this.update();
  }

  disconnectedCallback() {
    this.source?.removeEventListener('input', this.onSourceInput);
    this.source = null;
  }

  attributeChangedCallback(name) {
    if (!this.isConnected) return;
    if (name === 'for') this.follow();
    if (name === 'layers' && this.result) applyLayers(this.view, this.layers());
    else this.update();
  }

  /** Listens to the element named by `for`, if any. */
  follow() {
    this.source?.removeEventListener('input', this.onSourceInput);
    const id = this.getAttribute('for');
    this.source = id ? document.getElementById(id) : null;
    this.source?.addEventListener('input', this.onSourceInput);
  }

  text() {
    if (this.getAttribute('for')) {
      const source = this.source ?? document.getElementById(this.getAttribute('for'));
      if (!source) return null;
      return 'value' in source ? source.value : ownText(source);
    }
    return ownText(this);
  }

  layers() {
    const value = this.getAttribute('layers');
    if (value === null) return new Set(LAYERS);
    const wanted = new Set(value.split(/[\s,]+/).filter(Boolean).map((w) => w.toLowerCase()));
    return new Set(LAYERS.filter((layer) => wanted.has(layer.toLowerCase()) || (wanted.has('entity') && layer === layer.toUpperCase())));
  }

  async update() {
    const mine = ++this.generation;
    const isCurrent = () => mine === this.generation;
    const text = this.text();
    if (text === null) {
      this.fail(`no element with id “${this.getAttribute('for')}” to analyze`);
      return;
    }
    const referenceDate = this.getAttribute('reference-date')?.trim();
    try {
      const engine = await analyzer();
      if (!isCurrent()) return;
      const result = engine.analyze(text, referenceDate ? { referenceDate } : {});
      this.result = result;
      this.items = findingsById(result);
      this.textAnalyzed = text;
      applyLayers(this.view, this.layers());
      if (!(await renderArticle(this.view, text, result, { idPrefix: 'aa-', isCurrent }))) return;
      this.message.textContent = '';
      this.message.hidden = true;
      this.dispatchEvent(new CustomEvent('analyzed', { detail: result }));
    } catch (err) {
      if (isCurrent()) this.fail(String(err?.message ?? err));
    }
  }

  fail(message) {
    this.message.hidden = false;
    this.message.textContent = `Could not analyze: ${message}`;
    this.message.dataset.state = 'error';
    this.dispatchEvent(new CustomEvent('analysis-error', { detail: message }));
  }

  showDetails(target) {
    const mark = target?.closest?.('mark');
    const found = mark && this.items.get(mark.dataset.id);
    if (found) this.details.textContent = describe(found.kind, found.item, this.textAnalyzed).join(' · ');
  }
}

if (!customElements.get('article-analyzer')) customElements.define('article-analyzer', ArticleAnalyzerElement);
