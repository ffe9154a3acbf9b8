import { api } from '../api/endpoints.js';
import { claimCard } from '../components/claim-card.js';
import { collapseCopies } from '../claims/group.js';
import { statementItem } from '../components/statement-item.js';
import { h } from '../dom/h.js';
import { t, type MessageKey } from '../i18n/index.js';
import { paths } from '../router/routes.js';
import type { ViewContext, ViewResult } from './view.js';

export async function entityPageView(id: string, ctx: ViewContext): Promise<ViewResult> {
  const { entity, statements, claims } = await api.entity(id, ctx.signal);
  const type = ['person', 'organization', 'country', 'place'].includes(entity.type)
    ? t(`entity.type.${entity.type}` as MessageKey)
    : entity.type;
  const node = h(
    'div',
    { class: 'entity-page' },
    h(
      'header',
      { class: 'page-header' },
      h('p', { class: 'eyebrow' }, type),
      h('h1', null, entity.name),
      h(
        'dl',
        { class: 'facts' },
        h('dt', null, t('entity.id')),
        h('dd', null, h('code', null, entity.id)),
        entity.country && [h('dt', null, t('entity.country')), h('dd', null, entity.country)],
        entity.aliases.length > 0 && [
          h('dt', null, t('entity.aliases')),
          h('dd', null, entity.aliases.join(', ')),
        ],
        entity.coordinates && [
          h('dt', null, t('entity.coordinates')),
          h('dd', null, entity.coordinates.map((c) => c.toFixed(2)).join(', ')),
        ],
      ),
      h(
        'p',
        null,
        h('a', { href: paths.claims(new URLSearchParams({ entity: entity.id })) }, t('entity.filterClaims')),
      ),
    ),
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'entity-claims' },
      h('h2', { id: 'entity-claims' }, t('entity.claims')),
      claims.length === 0
        ? h('p', { class: 'empty' }, t('claims.empty'))
        : h(
            'ol',
            { class: 'card-list' },
            claims.map((c) => h('li', null, claimCard(c, 'h3'))),
          ),
    ),
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'entity-statements' },
      h('h2', { id: 'entity-statements' }, t('entity.statements')),
      statements.length === 0
        ? h('p', { class: 'empty' }, t('claim.noStatements'))
        : h(
            'ul',
            { class: 'statement-list' },
            collapseCopies(statements).map((e) => statementItem(e.statement, e.copies, true)),
          ),
    ),
  );
  return { title: entity.name, node };
}
