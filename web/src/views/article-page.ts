import { api } from '../api/endpoints.js';
import { articleAnalystPanel } from './analyst-panel.js';
import type { ArticleDetail, ArticleStatement } from '../api/article-types.js';
import { formatDate, languageName } from '../claims/format.js';
import { stanceBadge } from '../components/stance-badge.js';
import { h } from '../dom/h.js';
import { t } from '../i18n/index.js';
import { paths } from '../router/routes.js';
import { articleText } from '../text/article-text.js';
import { highlightLegend } from '../text/legend.js';
import type { ViewContext, ViewResult } from './view.js';

function header(a: ArticleDetail): HTMLElement {
  const meta = [a.outlet, a.published && formatDate(a.published), languageName(a.language)]
    .filter(Boolean)
    .join(' · ');
  return h(
    'header',
    { class: 'page-header' },
    h('p', { class: 'eyebrow' }, t('article.eyebrow')),
    h('h1', { lang: a.language }, a.title ?? t('article.untitled')),
    h('p', { class: 'meta' }, meta),
    a.url &&
      h(
        'p',
        null,
        h('a', { href: a.url, rel: 'noopener noreferrer', target: '_blank' }, t('article.original')),
      ),
  );
}

function statementEntry(a: ArticleDetail, st: ArticleStatement): HTMLElement {
  return h(
    'li',
    { class: `statement stance-${st.stance}` },
    h(
      'p',
      { class: 'statement-meta' },
      stanceBadge(st.stance),
      h('strong', null, st.speaker.name),
      st.citedSource && h('span', { class: 'via' }, t('statement.via', { name: st.citedSource.name })),
    ),
    h('p', { class: 'content', lang: a.language }, st.content),
    h(
      'p',
      { class: 'provenance' },
      h('a', { href: paths.article(a.id, st.id), class: 'span-link' }, t('article.showSpan')),
      st.claimIds.map((c) => [' · ', h('a', { href: paths.claim(c) }, t('article.claimLink', { id: c }))]),
    ),
  );
}

export async function articlePageView(
  id: number,
  statementId: number | null,
  ctx: ViewContext,
): Promise<ViewResult> {
  const { article } = await api.article(id, ctx.signal);
  const text = articleText(article);
  const node = h(
    'article',
    { class: 'article-page' },
    header(article),
    h(
      'div',
      { class: 'article-layout' },
      h('section', { class: 'article-body', 'aria-label': t('article.text') }, text.node),
      h(
        'aside',
        { class: 'article-side', 'aria-label': t('article.side') },
        highlightLegend(),
        h(
          'section',
          { 'aria-labelledby': 'article-statements' },
          h('h2', { id: 'article-statements' }, t('article.statements')),
          article.statements.length === 0
            ? h('p', { class: 'empty' }, t('article.noStatements'))
            : h(
                'ol',
                { class: 'statement-list' },
                article.statements.map((st) => statementEntry(article, st)),
              ),
        ),
        article.statements.length > 0 && articleAnalystPanel(article.statements, () => location.reload()),
      ),
    ),
  );
  const focus = (hash: string) => {
    const match = /^#s(\d+)$/.exec(hash);
    if (match) text.focusStatement(Number(match[1]));
  };
  return {
    title: article.title ?? t('article.untitled'),
    node,
    mounted: statementId === null ? undefined : () => void text.focusStatement(statementId),
    onFragment: focus,
  };
}
