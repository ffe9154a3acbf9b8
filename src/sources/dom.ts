import { parseHTML } from 'linkedom';

// The few DOM members we use, typed here: linkedom's own types need the DOM lib, which a Node
// project does not load, and come out as `any`.
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly parentNode: DomNode | null;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
}

export interface DomList extends Iterable<DomElement> {
  readonly length: number;
}

export interface DomElement extends DomNode {
  readonly localName: string;
  readonly attributes: ArrayLike<{ readonly name: string; readonly value: string }>;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): DomList;
  remove(): void;
}

export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  readonly title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): DomList;
}

/** An attribute whatever the case of its name ("xmlUrl", "xmlurl"); linkedom keeps the case. */
export function attribute(el: DomElement, name: string): string | null {
  const want = name.toLowerCase();
  for (const a of Array.from(el.attributes)) if (a.name.toLowerCase() === want) return a.value;
  return null;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** True when some element under `root` is nested deeper than `limit`; walks with a loop. */
export function deeperThan(root: DomNode, limit: number): boolean {
  let depth = 0;
  let node: DomNode | null = root.firstChild;
  while (node) {
    if (node.firstChild) {
      if (++depth > limit) return true;
      node = node.firstChild;
      continue;
    }
    while (node && !node.nextSibling) {
      node = node.parentNode;
      depth--;
      if (!node || node === root) return false;
    }
    node = node ? node.nextSibling : null;
  }
  return false;
}

/** Parses HTML as data: linkedom runs no scripts and loads nothing. */
export function parseDocument(html: string): DomDocument {
  return parseHTML(html).document as unknown as DomDocument;
}

/** "a \n  b" to "a b"; zero-width spaces and BOMs dropped. */
export const squash = (s: string): string =>
  s
    .replace(/[\u200b\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** "Rice &amp; <b>beans</b>" to "Rice & beans": the text of an HTML fragment, squashed. */
export function plainText(fragment: string): string {
  if (!/[<&]/.test(fragment)) return squash(fragment);
  const doc = parseDocument(`<!doctype html><html><body>${fragment}</body></html>`);
  for (const el of [...doc.querySelectorAll('script, style, template')]) el.remove();
  return squash(doc.body?.textContent ?? '');
}
