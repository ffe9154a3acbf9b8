import type { Stance } from '../api/types.js';
import { h } from '../dom/h.js';
import { t, type MessageKey } from '../i18n/index.js';

export const stanceLabel = (stance: string): string =>
  ['assert', 'deny', 'hedge', 'conditional', 'question'].includes(stance)
    ? t(`stance.${stance}` as MessageKey)
    : stance;

/** A stance as a word with a colour and a shape, never colour alone. */
export function stanceBadge(stance: Stance | string, count?: number): HTMLElement {
  const text = count === undefined ? stanceLabel(stance) : `${stanceLabel(stance)} ${count}`;
  return h('span', { class: `badge badge-${stance}` }, text);
}

/** The non-zero stance counts of a claim, as a list of badges. */
export function stanceCounts(stances: Partial<Record<Stance, number>>): HTMLElement {
  const items = (['assert', 'deny', 'hedge', 'conditional', 'question'] as const)
    .filter((s) => (stances[s] ?? 0) > 0 || s === 'assert' || s === 'deny')
    .map((s) => h('li', null, stanceBadge(s, stances[s] ?? 0)));
  return h('ul', { class: 'badges', 'aria-label': t('claim.stances') }, items);
}
