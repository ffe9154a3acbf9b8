import type { ClaimStatement } from '../api/types.js';
import { formatDate } from '../claims/format.js';
import { h } from '../dom/h.js';
import { t, tp } from '../i18n/index.js';
import { paths } from '../router/routes.js';
import { stanceBadge } from './stance-badge.js';

/** Where a statement was read: outlet and date, and a link to the exact words in the article. */
function provenance(s: ClaimStatement, copies: ClaimStatement[]): HTMLElement {
  const where = [s.outlet ?? s.articleTitle ?? t('article.untitled'), formatDate(s.published)].join(', ');
  return h(
    'p',
    { class: 'provenance' },
    where,
    ' · ',
    h('a', { href: paths.article(s.articleId, s.id), class: 'span-link' }, t('statement.showInArticle')),
    copies.length > 0 &&
      h(
        'span',
        { class: 'copies' },
        ' · ',
        tp('statement.copies', copies.length),
        ' ',
        ...copies.flatMap((c, i) => [
          i > 0 ? ', ' : '',
          h('a', { href: paths.article(c.articleId, c.id) }, c.outlet ?? `#${c.articleId}`),
        ]),
      ),
  );
}

export function statementItem(
  s: ClaimStatement,
  copies: ClaimStatement[] = [],
  showSpeaker = false,
): HTMLElement {
  const meta = h(
    'p',
    { class: 'statement-meta' },
    stanceBadge(s.stance),
    showSpeaker && h('strong', { class: 'speaker-name' }, s.speaker.name),
    s.cue && h('span', { class: 'cue' }, t('statement.cue'), ' ', h('q', null, s.cue)),
    h('span', { class: 'mode' }, s.direct ? t('statement.direct') : t('statement.indirect')),
    s.speaker.implied && h('span', { class: 'mode' }, t('statement.impliedSpeaker')),
    s.citedSource && h('span', { class: 'via' }, t('statement.via', { name: s.citedSource.name })),
  );
  const content = s.direct
    ? h('blockquote', { class: 'content', lang: s.language }, s.content)
    : h('p', { class: 'content', lang: s.language }, s.content);
  return h(
    'li',
    { class: `statement stance-${s.stance}`, 'data-statement': s.id },
    meta,
    content,
    provenance(s, copies),
    s.link.reason &&
      h(
        'p',
        { class: 'link-reason' },
        t('statement.linkedBy', { reason: s.link.reason }),
        s.link.matched.length > 0 ? ` (${s.link.matched.join(', ')})` : '',
      ),
  );
}
