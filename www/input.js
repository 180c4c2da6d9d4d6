// Getting article text in: rich HTML pasted from a news site, or a dropped
// .txt or .html file. HTML is parsed into an inert document (DOMParser runs
// no scripts and loads no images) and only its text is kept, one paragraph
// per block element.

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'IFRAME', 'OBJECT', 'SVG']);

/** The text of an HTML document, with a blank line between blocks. */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const paragraphs = [];
  let line = '';
  const flush = () => {
    const text = line.replace(/[ \t\u00a0]+/g, ' ').replace(/ *\n */g, '\n').trim();
    if (text) paragraphs.push(text);
    line = '';
  };
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        line += child.data.replace(/\s+/g, ' ');
      } else if (child.nodeType === Node.ELEMENT_NODE && !SKIPPED.has(child.tagName)) {
        if (child.tagName === 'BR') {
          line += '\n';
        } else if (BLOCKS.has(child.tagName)) {
          flush();
          walk(child);
          flush();
        } else {
          walk(child);
        }
      }
    }
  };
  walk(doc.body ?? doc.documentElement);
  flush();
  return paragraphs.join('\n\n');
}

/** The text of a dropped or chosen file; HTML files lose their markup. */
export async function fileToText(file) {
  const text = await file.text();
  const html = /\.html?$/i.test(file.name) || file.type === 'text/html';
  return html ? htmlToText(text) : text.replace(/\r\n?/g, '\n');
}

/** Accepts only text and HTML files, by type or name. */
export const isTextFile = (file) =>
  /^text\/(plain|html)$/.test(file.type) || /\.(txt|text|html?)$/i.test(file.name);
