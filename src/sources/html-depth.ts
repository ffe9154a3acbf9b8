// Elements that never hold children, and ones the parser closes by itself ("<p>a<p>b"): neither
// adds to the depth, so a page of unclosed <p>s is not mistaken for a deep one.
// prettier-ignore
const FLAT = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'rb', 'rt', 'rp',
]);

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*?(\/?)>/g;

/**
 * Removes start and end tags nested deeper than `limit`, keeping the text between them.
 * linkedom takes time that grows faster than the page when elements nest tens of thousands
 * deep ("<div>" x 50,000), which no real page does; one linear pass keeps that bounded.
 * Returns the HTML untouched when it is not that deep.
 */
export function flattenDeepNesting(html: string, limit: number): { html: string; flattened: boolean } {
  let depth = 0;
  let deepest = 0;
  for (const m of html.matchAll(TAG)) {
    const name = m[2]!.toLowerCase();
    if (FLAT.has(name) || m[3]) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
  }
  if (deepest <= limit) return { html, flattened: false };
  depth = 0;
  const dropped = new Map<string, number>();
  const out = html.replace(TAG, (tag, close: string, rawName: string, selfClosing: string) => {
    const name = rawName.toLowerCase();
    if (FLAT.has(name) || selfClosing) return tag;
    if (!close) {
      if (++depth <= limit) return tag;
      dropped.set(name, (dropped.get(name) ?? 0) + 1);
      return ' ';
    }
    depth = Math.max(0, depth - 1);
    const n = dropped.get(name) ?? 0;
    if (n === 0) return tag;
    dropped.set(name, n - 1);
    return ' ';
  });
  return { html: out, flattened: true };
}
