import type { ClaimDetail } from '../api/types.js';
import { groupStatements, type SpeakerGroup } from '../claims/group.js';
import { statementItem } from '../components/statement-item.js';
import { h } from '../dom/h.js';
import { t, tp } from '../i18n/index.js';
import { paths } from '../router/routes.js';

function speakerBlock(group: SpeakerGroup): HTMLElement {
  const name = group.entityId ? h('a', { href: paths.entity(group.entityId) }, group.name) : group.name;
  return h(
    'li',
    { class: 'speaker-group' },
    h(
      'h4',
      { class: 'speaker-heading' },
      name,
      group.role &&
        group.role.toLowerCase() !== group.name.toLowerCase() &&
        h('span', { class: 'role' }, ` — ${group.role}`),
    ),
    h(
      'ul',
      { class: 'statement-list' },
      group.entries.map((e) => statementItem(e.statement, e.copies)),
    ),
  );
}

/** The claim's statements, by affiliation and then by speaker. */
export function claimStatements(claim: ClaimDetail): HTMLElement {
  const groups = groupStatements(claim.statements, claim.affiliations);
  return h(
    'section',
    { class: 'panel statements-panel', 'aria-labelledby': 'statements-heading' },
    h('h2', { id: 'statements-heading' }, t('claim.statements')),
    groups.length === 0 && h('p', { class: 'empty' }, t('claim.noStatements')),
    groups.map((g) =>
      h(
        'section',
        { class: 'affiliation-group', 'aria-label': g.name ?? t('claim.unaffiliated') },
        h(
          'h3',
          { class: 'affiliation-heading' },
          g.id && g.name ? h('a', { href: paths.entity(g.id) }, g.name) : (g.name ?? t('claim.unaffiliated')),
          h('span', { class: 'count' }, ` · ${tp('count.statements', g.statements)}`),
        ),
        h('ul', { class: 'speaker-list' }, g.speakers.map(speakerBlock)),
      ),
    ),
  );
}
