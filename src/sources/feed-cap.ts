export interface CappedXml {
  xml: string;
  /** item/entry elements seen in the whole document */
  items: number;
  /** "items": cut after maxItems; "truncated": the document ended early and was closed off */
  cut: 'none' | 'items' | 'truncated';
}

const MAX_STACK = 256;
const TAG_NAME = /<(\/?)([A-Za-z_][\w:.-]*)/y;

const isItem = (name: string): boolean => {
  const local = name.slice(name.indexOf(':') + 1).toLowerCase();
  return local === 'item' || local === 'entry';
};
const closeAll = (stack: string[]): string =>
  [...stack]
    .reverse()
    .map((n) => `</${n}>`)
    .join('');

function endOf(xml: string, from: number, close: string): number {
  const at = xml.indexOf(close, from);
  return at < 0 ? -1 : at + close.length;
}

/** Ends of "<![CDATA[ ... ]]>", "<!-- ... -->", "<? ... ?>", "<!X ...>" and tags; -1 if unfinished. */
function constructEnd(xml: string, i: number): number {
  if (xml.startsWith('<![CDATA[', i)) return endOf(xml, i, ']]>');
  if (xml.startsWith('<!--', i)) return endOf(xml, i, '-->');
  if (xml.startsWith('<?', i)) return endOf(xml, i, '?>');
  return endOf(xml, i, '>');
}

/**
 * Cuts an RSS/Atom document after `maxItems` items, closing the elements still open, so the
 * parser never sees the 100,000 items a feed may hold; also closes off a document that ends
 * mid-item (a body truncated at the size cap), dropping the unfinished item. One pass with
 * indexOf, linear in the size of the document.
 */
export function capXmlItems(xml: string, maxItems: number): CappedXml {
  const stack: string[] = [];
  let overflow = 0;
  let items = 0;
  let cutAt = -1;
  let cutStack: string[] = [];
  let itemAt = -1;
  let itemDepth = 0;
  let unfinishedAt = -1;
  for (let i = xml.indexOf('<'); i >= 0;) {
    const end = constructEnd(xml, i);
    if (end < 0) {
      unfinishedAt = i;
      break;
    }
    TAG_NAME.lastIndex = i;
    const m = xml[i + 1] === '!' || xml[i + 1] === '?' ? null : TAG_NAME.exec(xml);
    if (m && m[1]) {
      if (overflow > 0) overflow--;
      else {
        const at = stack.lastIndexOf(m[2]!);
        if (at >= 0) stack.length = at;
      }
      if (itemAt >= 0 && stack.length <= itemDepth) itemAt = -1;
    } else if (m && xml[end - 2] !== '/') {
      if (isItem(m[2]!)) {
        items++;
        if (items === maxItems + 1) [cutAt, cutStack] = [i, [...stack]];
        if (itemAt < 0) [itemAt, itemDepth] = [i, stack.length];
      }
      if (stack.length < MAX_STACK) stack.push(m[2]!);
      else overflow++;
    } else if (m && isItem(m[2]!)) items++;
    i = xml.indexOf('<', end);
  }
  if (cutAt >= 0) return { xml: xml.slice(0, cutAt) + closeAll(cutStack), items, cut: 'items' };
  if (unfinishedAt < 0 && stack.length === 0) return { xml, items, cut: 'none' };
  if (itemAt >= 0)
    return {
      xml: xml.slice(0, itemAt) + closeAll(stack.slice(0, itemDepth)),
      items: items - 1,
      cut: 'truncated',
    };
  return {
    xml: xml.slice(0, unfinishedAt < 0 ? xml.length : unfinishedAt) + closeAll(stack),
    items,
    cut: 'truncated',
  };
}

/** Removes the DOCTYPE, and with it any internal subset declaring entities (billion laughs). */
export function stripDoctype(xml: string): string {
  const m = /<!DOCTYPE/i.exec(xml.slice(0, 65536));
  if (!m) return xml;
  const start = m.index;
  const gt = xml.indexOf('>', start);
  const bracket = xml.indexOf('[', start);
  let end = gt;
  if (bracket >= 0 && (gt < 0 || bracket < gt)) {
    const close = xml.indexOf(']', bracket);
    end = close < 0 ? -1 : xml.indexOf('>', close);
  }
  return end < 0 ? xml.slice(0, start) : xml.slice(0, start) + xml.slice(end + 1);
}
