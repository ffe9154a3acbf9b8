import { api } from '../api/endpoints.js';
import type { ClaimDetail } from '../api/types.js';
import { sourceGraph } from '../charts/source-graph.js';
import { preferredWidth, timelineChart } from '../charts/timeline.js';
import { formatDate, languageName } from '../claims/format.js';
import { independenceLine } from '../components/claim-card.js';
import { errorBox } from '../components/error-box.js';
import { figuresTable } from '../components/figures-table.js';
import { stanceCounts } from '../components/stance-badge.js';
import { h } from '../dom/h.js';
import { t } from '../i18n/index.js';
import { analystPanel, type CorrectedClaim } from './analyst-panel.js';
import { claimStatements } from './claim-statements.js';
import type { ViewContext, ViewResult } from './view.js';

/** Who the label's words are from: "In the words of Lloyd Austin (Global Wire)". */
function labelSource(claim: ClaimDetail): HTMLElement | null {
  const s = claim.statements.find((x) => x.id === claim.labelStatementId);
  if (!s) return null;
  const speaker = s.outlet ? `${s.speaker.name} (${s.outlet})` : s.speaker.name;
  return h('p', { class: 'label-source' }, t('claim.labelFrom', { speaker }));
}

function header(claim: ClaimDetail): HTMLElement {
  return h(
    'header',
    { class: 'page-header' },
    h('p', { class: 'eyebrow' }, t('claim.eyebrow')),
    h('h1', claim.key ? { title: claim.key } : null, claim.label),
    labelSource(claim),
    h('p', { class: 'triple' }, [claim.subject, claim.predicate, claim.object].filter(Boolean).join(' — ')),
    stanceCounts(claim.stances),
    independenceLine(
      claim.independentSources,
      claim.statementsTotal ?? claim.statements.length,
      claim.articles,
    ),
    h(
      'dl',
      { class: 'facts' },
      h('dt', null, t('claim.languages')),
      h('dd', null, claim.languages.map(languageName).join(', ') || '—'),
      h('dt', null, t('claim.firstSeen')),
      h('dd', null, formatDate(claim.firstSeen)),
      h('dt', null, t('claim.lastUpdate')),
      h('dd', null, formatDate(claim.lastSeen)),
    ),
  );
}

const panel = (id: string, title: string, ...body: Node[]) =>
  h('section', { class: 'panel', 'aria-labelledby': id }, h('h2', { id }, title), ...body);

function mapPanel(claim: ClaimDetail): HTMLElement {
  const slot = h('div', { class: 'map-slot', 'aria-busy': 'true' }, h('p', null, t('common.loading')));
  if (claim.places.length === 0) slot.replaceChildren(h('p', { class: 'empty' }, t('map.empty')));
  else {
    import('../map/world-map.js')
      .then((m) => m.worldMap(claim.places))
      .then(
        (node) => slot.replaceChildren(node),
        (err: unknown) => slot.replaceChildren(errorBox(err)),
      )
      .finally(() => slot.removeAttribute('aria-busy'));
  }
  return panel('map-heading', t('claim.map'), slot);
}

export async function claimPageView(id: number, ctx: ViewContext): Promise<ViewResult> {
  const { claim } = await api.claim(id, ctx.signal);
  const node = h(
    'div',
    { class: 'claim-page' },
    header(claim),
    h(
      'div',
      { class: 'claim-grid' },
      panel(
        'timeline-heading',
        t('claim.timeline'),
        timelineChart(claim.figures, preferredWidth(window.innerWidth)),
        figuresTable(claim.figures),
      ),
      mapPanel(claim),
      claimStatements(claim),
      analystPanel(claim as CorrectedClaim, () => location.reload()),
      panel('graph-heading', t('claim.sources'), sourceGraph(claim.sources)),
    ),
  );
  return { title: claim.label, node };
}
