import { api } from '../api/endpoints.js';
import type { SearchResult } from '../api/article-types.js';
import { claimCard } from '../components/claim-card.js';
import { h } from '../dom/h.js';
import { t } from '../i18n/index.js';
import { paths } from '../router/routes.js';
import type { ViewContext, ViewResult } from './view.js';

const speakerName = (speaker: SearchResult['statements'][number]['speaker']) => speaker;

function searchForm(q: string, ctx: ViewContext): HTMLElement {
  const input = h('input', { type: 'search', id: 'search-q', name: 'q', value: q, required: true });
  const form = h(
    'form',
    { class: 'search-form', role: 'search', 'aria-label': t('search.title') },
    h('label', { for: 'search-q' }, t('search.label')),
    input,
    h('button', { type: 'submit', class: 'primary' }, t('search.submit')),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (input.value.trim()) ctx.navigate(paths.search(input.value.trim()));
  });
  return form;
}

const section = (id: string, title: string, count: number, list: HTMLElement) =>
  h(
    'section',
    { class: 'panel', 'aria-labelledby': id },
    h('h2', { id }, `${title} (${count})`),
    count === 0 ? h('p', { class: 'empty' }, t('search.none')) : list,
  );

export async function searchPageView(q: string, ctx: ViewContext): Promise<ViewResult> {
  const node = h('div', { class: 'search-page' }, h('h1', null, t('search.title')), searchForm(q, ctx));
  if (!q.trim()) return { title: t('search.title'), node };
  const result = await api.search(q, ctx.signal);
  node.append(
    h('p', { role: 'status', class: 'result-count' }, t('search.for', { q })),
    section(
      'search-claims',
      t('search.claims'),
      result.claims.length,
      h(
        'ol',
        { class: 'card-list' },
        result.claims.map((c) => h('li', null, claimCard(c, 'h3'))),
      ),
    ),
    section(
      'search-statements',
      t('search.statements'),
      result.statements.length,
      h(
        'ul',
        { class: 'plain-list' },
        result.statements.map((s) =>
          h(
            'li',
            null,
            h('a', { href: paths.article(s.articleId, s.id) }, speakerName(s.speaker)),
            ': ',
            s.snippet,
          ),
        ),
      ),
    ),
    section(
      'search-articles',
      t('search.articles'),
      result.articles.length,
      h(
        'ul',
        { class: 'plain-list' },
        result.articles.map((a) =>
          h(
            'li',
            null,
            h('a', { href: paths.article(a.id) }, a.title ?? t('article.untitled')),
            h('p', { class: 'snippet' }, a.snippet),
          ),
        ),
      ),
    ),
  );
  return { title: `${t('search.title')}: ${q}`, node };
}
