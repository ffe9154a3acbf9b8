/**
 * A tiny element builder. Strings become text nodes, so article text, snippets and API messages
 * are never parsed as HTML. `style` attributes are refused: the server's CSP blocks them; set
 * `element.style.x` from code instead.
 */
export type Child = Node | string | number | null | undefined | false | Child[];
export type Children = Child[];
export type AttrValue = string | number | boolean | null | undefined;
export type Attrs = Record<string, AttrValue | ((event: Event) => void)>;

export function applyAttrs(el: Element, attrs: Attrs | null | undefined): void {
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (name === 'style' || name === 'innerHTML' || name === 'srcdoc') {
      throw new Error(`h(): "${name}" is not allowed`);
    }
    if (typeof value === 'function') {
      el.addEventListener(name.replace(/^on/, '').toLowerCase(), value);
    } else if (value === true) {
      el.setAttribute(name, '');
    } else if (value !== false && value !== null && value !== undefined) {
      el.setAttribute(name, String(value));
    }
  }
}

export function append(parent: Node, children: Children): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs | null,
  ...children: Children
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  applyAttrs(el, attrs);
  append(el, children);
  return el;
}
