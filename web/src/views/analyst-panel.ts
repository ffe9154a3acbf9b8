import { corrections, type CorrectionT, type VerdictT } from '../api/corrections.js';
import { readToken, saveToken } from '../api/token.js';
import type { ClaimDetail } from '../api/types.js';
import { errorBox } from '../components/error-box.js';
import { h } from '../dom/h.js';
import { t } from '../i18n/index.js';

const STANCES = ['assert', 'deny', 'hedge', 'conditional', 'question'] as const;
const BY_KEY = 'corroborate.analyst';

/** What the claim page reads beyond the shared ClaimDetail type: the corrections fields. */
export type CorrectedClaim = ClaimDetail & {
  verdict?: VerdictT | null;
  statements: Array<ClaimDetail['statements'][number] & { corrected?: boolean }>;
};

const analyst = () => {
  try {
    return localStorage.getItem(BY_KEY) ?? '';
  } catch {
    return '';
  }
};

/** Runs a write with the token and the analyst's name, then reloads the page to show the result. */
function writer(status: HTMLElement, reload: () => void) {
  return async (fn: (by: string | undefined) => Promise<unknown>) => {
    const token = (document.getElementById('analyst-token') as HTMLInputElement | null)?.value.trim();
    if (token) saveToken(token);
    const by = (document.getElementById('analyst-by') as HTMLInputElement | null)?.value.trim() || undefined;
    try {
      if (by) localStorage.setItem(BY_KEY, by);
    } catch {
      // storage disabled: the name still goes with this request
    }
    try {
      await fn(by);
      status.replaceChildren(t('analyst.saved'));
      reload();
    } catch (err) {
      status.replaceChildren(errorBox(err));
    }
  };
}

const field = (id: string, label: string, control: HTMLElement) =>
  h('p', { class: 'field' }, h('label', { for: id }, label), ' ', control);

/** What editing a statement needs: both the claim's and the article's statements have it. */
interface Editable {
  id: number;
  stance: string;
  content: string;
  speaker: { name: string };
  corrected?: boolean;
}

function statementEditor(s: Editable, n: number, run: ReturnType<typeof writer>) {
  const stance = h(
    'select',
    { id: `st-stance-${s.id}`, name: 'stance' },
    STANCES.map((x) => h('option', { value: x, selected: x === s.stance }, x)),
  ) as HTMLSelectElement;
  const speaker = h('input', { id: `st-speaker-${s.id}`, value: s.speaker.name }) as HTMLInputElement;
  const moveTo = h('input', { id: `st-move-${s.id}`, inputmode: 'text', size: 6 }) as HTMLInputElement;
  const save = (e: Event) => {
    e.preventDefault();
    const body: { stance?: (typeof STANCES)[number]; speaker?: string } = {};
    if (stance.value !== s.stance) body.stance = stance.value as (typeof STANCES)[number];
    if (speaker.value.trim() && speaker.value.trim() !== s.speaker.name) body.speaker = speaker.value.trim();
    if (Object.keys(body).length)
      void run((by) => corrections.patchStatement(s.id, { ...body, ...(by ? { by } : {}) }));
  };
  const move = (e: Event) => {
    e.preventDefault();
    const v = moveTo.value.trim().toLowerCase();
    if (!v) return;
    const target = v === 'new' ? { new: true as const } : { claimId: Number(v) };
    void run((by) => corrections.move(s.id, { ...target, ...(by ? { by } : {}) }));
  };
  return h(
    'li',
    { class: `statement-editor${s.corrected ? ' corrected' : ''}`, 'data-statement': s.id },
    h(
      'p',
      { class: 'statement-meta' },
      t('analyst.statement', { n, speaker: s.speaker.name }),
      s.corrected && h('span', { class: 'badge corrected-badge' }, ` ${t('analyst.corrected')}`),
    ),
    h('p', { class: 'content' }, s.content.slice(0, 200)),
    h(
      'form',
      {
        class: 'inline-form',
        onsubmit: save,
        'aria-label': t('analyst.statement', { n, speaker: s.speaker.name }),
      },
      field(`st-stance-${s.id}`, t('analyst.stance'), stance),
      field(`st-speaker-${s.id}`, t('analyst.speaker'), speaker),
      h('button', { type: 'submit' }, t('analyst.save')),
      h(
        'button',
        {
          type: 'button',
          onclick: () =>
            void run((by) => corrections.patchStatement(s.id, { notStatement: true, ...(by ? { by } : {}) })),
        },
        t('analyst.notStatement'),
      ),
    ),
    h(
      'form',
      { class: 'inline-form', onsubmit: move },
      field(`st-move-${s.id}`, t('analyst.moveTo'), moveTo),
      h('button', { type: 'submit' }, t('analyst.move')),
    ),
  );
}

function verdictForm(claim: CorrectedClaim, run: ReturnType<typeof writer>) {
  const rating = h('select', { id: 'verdict-rating', name: 'rating' }) as HTMLSelectElement;
  const status = h('select', { id: 'verdict-status', name: 'status' }) as HTMLSelectElement;
  const note = h('input', {
    id: 'verdict-note',
    name: 'note',
    value: claim.verdict?.note ?? '',
  }) as HTMLInputElement;
  void corrections.ratings().then((r) => {
    rating.replaceChildren(
      ...r.ratings.map((x) => h('option', { value: x, selected: x === claim.verdict?.rating }, x)),
    );
    status.replaceChildren(
      ...r.statuses.map((x) => h('option', { value: x, selected: x === claim.verdict?.status }, x)),
    );
  });
  const submit = (e: Event) => {
    e.preventDefault();
    void run((by) =>
      corrections.verdict(claim.id, {
        rating: rating.value,
        status: status.value as 'new' | 'review' | 'published',
        ...(note.value.trim() ? { note: note.value.trim() } : {}),
        ...(by ? { by } : {}),
      }),
    );
  };
  const v = claim.verdict;
  return h(
    'form',
    { class: 'verdict-form', onsubmit: submit, 'aria-labelledby': 'verdict-heading' },
    h('h3', { id: 'verdict-heading' }, t('analyst.verdict')),
    h(
      'p',
      { class: 'current-verdict' },
      v
        ? t('analyst.currentVerdict', { rating: v.rating, status: v.status, by: v.by })
        : t('analyst.noVerdict'),
    ),
    field('verdict-rating', t('analyst.rating'), rating),
    field('verdict-status', t('analyst.status'), status),
    field('verdict-note', t('analyst.note'), note),
    h('button', { type: 'submit' }, t('analyst.giveVerdict')),
  );
}

function historyPanel(claimId: number, run: ReturnType<typeof writer>) {
  const list = h('ol', { class: 'history-list' }, h('li', null, t('common.loading')));
  const line = (c: CorrectionT) => {
    const v = (x: unknown) => (typeof x === 'string' ? x : JSON.stringify(x));
    const what = c.field === 'undo' ? `undo #${c.undoes}` : `${c.field}: ${v(c.oldValue)} → ${v(c.newValue)}`;
    return h(
      'li',
      { class: `history-item${c.undoneBy ? ' undone' : ''}`, 'data-field': c.field },
      `#${c.id} ${c.at.slice(0, 16).replace('T', ' ')} ${c.by} — ${what}`,
      c.reason && ` (${c.reason})`,
      c.undoneBy && ` [${t('analyst.undone')}]`,
      !c.undoneBy &&
        c.field !== 'undo' &&
        h(
          'button',
          {
            type: 'button',
            class: 'link-button',
            onclick: () => void run((by) => corrections.undo(c.id, by)),
          },
          t('analyst.undo'),
        ),
    );
  };
  void corrections.history(claimId).then(
    (r) =>
      list.replaceChildren(
        ...(r.history.length ? r.history.map(line) : [h('li', null, t('analyst.noHistory'))]),
      ),
    (err: unknown) => list.replaceChildren(errorBox(err)),
  );
  return h(
    'section',
    { class: 'history-panel', 'aria-labelledby': 'history-heading' },
    h('h3', { id: 'history-heading' }, t('analyst.history')),
    list,
  );
}

const whoFields = () =>
  h(
    'p',
    { class: 'field' },
    h('label', { for: 'analyst-token' }, t('analyst.token')),
    ' ',
    h('input', { id: 'analyst-token', type: 'password', autocomplete: 'off', value: readToken() ?? '' }),
    ' ',
    h('label', { for: 'analyst-by' }, t('analyst.by')),
    ' ',
    h('input', { id: 'analyst-by', value: analyst() }),
  );

/** The analyst's panel on an article page: edit each of its statements in place. */
export function articleAnalystPanel(statements: Editable[], reload: () => void): HTMLElement {
  const status = h('p', { class: 'analyst-status', role: 'status', 'aria-live': 'polite' });
  const run = writer(status, reload);
  return h(
    'section',
    { class: 'analyst-panel', 'aria-labelledby': 'analyst-heading' },
    h('h2', { id: 'analyst-heading' }, t('analyst.title')),
    whoFields(),
    status,
    h(
      'ol',
      { class: 'statement-editors' },
      statements.map((s, i) => statementEditor(s, i + 1, run)),
    ),
  );
}

/** The analyst's panel on a claim page: edit each statement in place, give a verdict, see the history. */
export function analystPanel(claim: CorrectedClaim, reload: () => void): HTMLElement {
  const status = h('p', { class: 'analyst-status', role: 'status', 'aria-live': 'polite' });
  const run = writer(status, reload);
  return h(
    'section',
    { class: 'panel analyst-panel', 'aria-labelledby': 'analyst-heading' },
    h('h2', { id: 'analyst-heading' }, t('analyst.title')),
    h('p', { class: 'lede' }, t('analyst.lede')),
    whoFields(),
    status,
    verdictForm(claim, run),
    h(
      'ol',
      { class: 'statement-editors' },
      claim.statements.map((s, i) => statementEditor(s, i + 1, run)),
    ),
    historyPanel(claim.id, run),
  );
}
