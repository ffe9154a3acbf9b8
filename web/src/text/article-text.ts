/**
 * An article's text with its highlights, built from text nodes only: whatever the article says,
 * `<script>` included, stays text. Hovering or focusing a highlight shows the rule that made it.
 */
import type { ArticleDetail } from '../api/article-types.js';
import { attachTip } from '../components/tip.js';
import { stanceLabel } from '../components/stance-badge.js';
import { h } from '../dom/h.js';
import { t, type MessageKey } from '../i18n/index.js';
import { articleMarks, type Highlight } from './article-marks.js';
import { buildRuns } from './highlight.js';
import { renderRuns } from './render-runs.js';

export function tipText(hl: Highlight): string {
  const words = hl.text.length > 70 ? `${hl.text.slice(0, 69)}…` : hl.text;
  const parts = [`${t(`hl.${hl.kind}` as MessageKey)}: ${words}`];
  const st = hl.statement;
  if (hl.kind === 'speaker' && st)
    parts.push(st.speaker.name + (st.speaker.implied ? ` (${t('statement.impliedSpeaker')})` : ''));
  if (hl.kind === 'content' && st) parts.push(stanceLabel(st.stance));
  parts.push(`${t('hl.rule')}: ${hl.rule || '—'}`);
  if (hl.kind === 'content' && st) parts.push(`${t('hl.stanceRule')}: ${st.stanceRule}`);
  return parts.join(' · ');
}

function element(hl: Highlight, first: boolean): HTMLElement {
  if (hl.kind === 'statement') {
    const id = hl.statement?.id ?? 0;
    return h('span', {
      class: `stmt stance-${hl.statement?.stance}`,
      'data-statement': id,
      id: first ? `s${id}` : null,
      tabindex: first ? -1 : null,
    });
  }
  return h('mark', {
    class: `hl hl-${hl.kind}`,
    tabindex: 0,
    'data-kind': hl.kind,
    'data-rule': hl.rule,
    'data-tip': tipText(hl),
  });
}

export interface ArticleText {
  node: HTMLElement;
  /** marks and scrolls to a statement; false when the article has no such statement */
  focusStatement(id: number): boolean;
}

export function articleText(article: ArticleDetail): ArticleText {
  const body = h('div', { class: 'article-text', lang: article.language });
  body.append(renderRuns(buildRuns(article.text, articleMarks(article)), element));
  const node = h('div', { class: 'article-text-wrap' }, body);
  attachTip(node);
  return {
    node,
    focusStatement(id) {
      for (const old of body.querySelectorAll('.stmt.is-target')) old.classList.remove('is-target');
      const parts = body.querySelectorAll<HTMLElement>(`.stmt[data-statement="${id}"]`);
      for (const part of parts) part.classList.add('is-target');
      const first = parts[0];
      if (!first) return false;
      first.scrollIntoView({ block: 'center' });
      first.focus({ preventScroll: true });
      return true;
    },
  };
}
