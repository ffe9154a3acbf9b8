import { h } from '../dom/h.js';

let counter = 0;

/**
 * One tooltip for a chart or an article text: shown next to the hovered or focused mark, hidden on leave, blur or
 * Escape. The mark's `data-tip` holds the text: chart marks also carry it as their name, text
 * highlights get it as their description while it shows.
 */
export function attachTip(container: HTMLElement): void {
  const tip = h('div', { class: 'chart-tip', role: 'tooltip', id: `tip-${++counter}`, hidden: true });
  container.append(tip);
  let current: Element | null = null;
  const show = (target: Element) => {
    const text = target.getAttribute('data-tip');
    if (!text) return;
    current = target;
    tip.textContent = text;
    // marks named by their aria-label need no description; highlights in text do
    if (!target.hasAttribute('aria-label')) target.setAttribute('aria-describedby', tip.id);
    tip.hidden = false;
    const box = container.getBoundingClientRect();
    const mark = target.getBoundingClientRect();
    const left = Math.min(
      Math.max(0, mark.left - box.left + mark.width / 2 - tip.offsetWidth / 2),
      Math.max(0, box.width - tip.offsetWidth),
    );
    tip.style.left = `${left}px`;
    tip.style.top = `${Math.max(0, mark.top - box.top - tip.offsetHeight - 8)}px`;
  };
  const hide = () => {
    current?.removeAttribute('aria-describedby');
    current = null;
    tip.hidden = true;
  };
  const markOf = (event: Event) => (event.target as Element | null)?.closest?.('[data-tip]') ?? null;
  container.addEventListener('mouseover', (e) => {
    const m = markOf(e);
    if (m) show(m);
  });
  container.addEventListener('mouseout', (e) => {
    if (markOf(e) === current) hide();
  });
  container.addEventListener('focusin', (e) => {
    const m = markOf(e);
    if (m) show(m);
  });
  container.addEventListener('focusout', hide);
  container.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hide();
  });
}
