import { h } from '../dom/h.js';
import type { Run } from './highlight.js';

/** Turns run trees into DOM: text runs become text nodes, marks become what `element` builds. */
export function renderRuns<D>(
  runs: readonly Run<D>[],
  element: (data: D, first: boolean) => HTMLElement,
): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const run of runs) {
    if (run.type === 'text') {
      fragment.append(document.createTextNode(run.text));
    } else {
      const el = element(run.mark.data, run.first);
      el.append(renderRuns(run.children, element));
      fragment.append(el);
    }
  }
  return fragment;
}

export const visuallyHidden = (text: string): HTMLElement => h('span', { class: 'visually-hidden' }, text);
