// Helpers shared by the browser checks: driving the page like a user, and
// running the wasm analyzer inside it.
export const byId = (result) => new Map(
  [...result.quotes, ...result.entities, ...result.dates].map((item) => [item.id, item]),
);

/** Runs `new Analyzer().analyze(...)` inside the page; returns parsed JSON per case. */
export async function analyzeInPage(page, cases) {
  const json = await page.evaluate(async (items) => {
    const wasm = await import('/pkg/article_analyzer.js');
    const { wasmBytes } = await import('/wasm-inline.js');
    await wasm.default({ module_or_path: wasmBytes() });
    const analyzer = new wasm.Analyzer();
    try {
      return items.map(({ text, referenceDate }) => JSON.stringify(
        referenceDate ? analyzer.analyze(text, { referenceDate }) : analyzer.analyze(text),
      ));
    } finally {
      analyzer.free();
    }
  }, cases.map(({ text, reference_date: referenceDate = null }) => ({ text, referenceDate })));
  return json.map((s) => JSON.parse(s));
}

/** Types into the page like a user and clicks Analyze. */
export async function pasteAndAnalyze(page, text, referenceDate = '') {
  await page.fill('#article', text);
  await page.fill('#ref-date', referenceDate);
  await page.getByRole('button', { name: 'Analyze', exact: true }).click();
  await page.waitForFunction(() => {
    const state = document.querySelector('#status').dataset.state;
    return state === 'error' || (state === 'ok' && !document.querySelector('#results').hidden);
  });
}

/** Every <mark> on the page, with what the checks need to know about it. */
export function readMarks(page) {
  return page.$$eval('mark', (marks) => marks.map((m) => ({
    kind: m.dataset.kind,
    id: m.dataset.id,
    label: m.dataset.label ?? null,
    text: m.textContent,
    title: m.title,
    continued: m.hasAttribute('data-continued'),
    inOutput: Boolean(m.closest('#output')),
    quote: m.parentElement.closest('mark[data-kind="quote"]')?.dataset.id ?? null,
  })));
}

