import { ELEMENT_NODE, squash, TEXT_NODE, type DomElement, type DomNode } from './dom.js';

// prettier-ignore
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot',
  'thead', 'tr', 'ul', 'body', 'html',
]);
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'svg',
  'iframe',
  'object',
  'button',
  'select',
  'textarea',
]);
const CELL = new Set(['td', 'th']);

const nameOf = (n: DomNode): string => (n as DomElement).localName ?? n.nodeName.toLowerCase();

/**
 * The text under `root`, one line per block element (a paragraph, heading, list item ...),
 * inline white space collapsed, `<br>` a line break. Walks with a loop, not recursion, so
 * 100,000 nested <div>s cannot overflow the stack.
 */
export function blockLines(root: DomNode): string[] {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    const s = squash(line);
    if (s) lines.push(s);
    line = '';
  };
  const enter = (n: DomNode): boolean => {
    if (n.nodeType === TEXT_NODE) {
      line += n.textContent ?? '';
      return false;
    }
    if (n.nodeType !== ELEMENT_NODE) return false;
    const name = nameOf(n);
    if (SKIP.has(name)) return false;
    if (name === 'br') flush();
    else if (BLOCK.has(name)) flush();
    else if (CELL.has(name)) line += ' ';
    return true;
  };
  const leave = (n: DomNode) => {
    if (n.nodeType === ELEMENT_NODE && BLOCK.has(nameOf(n))) flush();
  };
  let node: DomNode | null = root.firstChild;
  while (node) {
    if (enter(node) && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    let cur: DomNode = node;
    node = null;
    for (;;) {
      leave(cur);
      if (cur.nextSibling) {
        node = cur.nextSibling;
        break;
      }
      const parent = cur.parentNode;
      if (!parent || parent === root) break;
      cur = parent;
    }
  }
  flush();
  return lines;
}

// "Baca juga: ...", "Read more: ...", "Lihat juga - ...": links to other articles
const RELATED = new RegExp(
  '^(baca juga|baca pula|lihat juga|simak juga|tonton juga|cek juga|read more|read also|also read|see also|' +
    'related(?: articles?| stories| news| coverage| content)?|more on this(?: story)?|recommended(?: for you)?|' +
    'artikel terkait|berita terkait|leia também|lire aussi|à lire aussi|lesen sie auch|mehr zum thema|' +
    'lee también|ver también|leggi anche)\\s*[:：»>|–—-]',
  'i',
);
// lines that are only a label: "ADVERTISEMENT", "Share this article", "Scroll to continue"
const LABEL =
  /^(advertisement|advertisment|iklan|ads?|sponsored|scroll to continue(?: with content)?|lanjutkan membaca|continue reading|read more|baca juga|lihat juga|baca selengkapnya|selengkapnya|share(?: this(?: article| story)?)?|bagikan(?: artikel)?|tweet|print|copy link|salin tautan|link copied|comments?|komentar|follow us.*)$/i;
// prettier-ignore
const SHARE = new Set([
  'facebook', 'twitter', 'x', 'whatsapp', 'telegram', 'linkedin', 'email', 'e-mail', 'line',
  'pinterest', 'reddit', 'copy', 'link', 'share', 'print', 'messenger', 'threads', 'bluesky',
]);

const isShareRow = (line: string): boolean => {
  const w = line
    .toLowerCase()
    .split(/[\s|·•,/]+/)
    .filter(Boolean);
  return line.length < 120 && w.length > 0 && w.every((x) => SHARE.has(x));
};

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Drops related-links lines, labels and share rows, and a first line that repeats the title. */
export function dropBoilerplate(lines: string[], title: string | null): string[] {
  const kept = lines.filter((l) => !RELATED.test(l) && !LABEL.test(l) && !isShareRow(l));
  if (title && kept[0] && same(kept[0], squash(title))) kept.shift();
  return kept;
}
