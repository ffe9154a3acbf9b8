import { append, applyAttrs, type Attrs, type Children } from './h.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The SVG twin of `h()`: same rules, elements in the SVG namespace. */
export function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs?: Attrs | null,
  ...children: Children
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  applyAttrs(el, attrs);
  append(el, children);
  return el;
}
