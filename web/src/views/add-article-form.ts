import type { AddArticleBody } from '../api/endpoints.js';
import { h } from '../dom/h.js';
import { t } from '../i18n/index.js';

const field = (id: string, label: string, control: HTMLElement, hint?: string) => {
  control.id = id;
  if (hint) control.setAttribute('aria-describedby', `${id}-hint`);
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    control,
    hint && h('small', { class: 'hint', id: `${id}-hint` }, hint),
  );
};

export function addArticleFields(hasToken: boolean): HTMLElement[] {
  return [
    h(
      'fieldset',
      null,
      h('legend', null, t('add.tokenLegend')),
      field(
        'add-token',
        t('add.token'),
        h('input', { type: 'password', name: 'token', autocomplete: 'off', required: !hasToken }),
        hasToken ? t('add.tokenSaved') : t('add.tokenHint'),
      ),
    ),
    h(
      'fieldset',
      null,
      h('legend', null, t('add.articleLegend')),
      h('p', { class: 'hint', id: 'add-either' }, t('add.either')),
      field(
        'add-url',
        t('add.url'),
        h('input', { type: 'url', name: 'url', inputmode: 'url', placeholder: 'https://' }),
      ),
      field('add-text', t('add.text'), h('textarea', { name: 'text', rows: 10 })),
      field('add-title', t('add.titleField'), h('input', { type: 'text', name: 'title' })),
      field(
        'add-lang',
        t('add.language'),
        h(
          'select',
          { name: 'language' },
          h('option', { value: '' }, t('add.autoLanguage')),
          h('option', { value: 'id' }, 'Bahasa Indonesia'),
          h('option', { value: 'en' }, 'English'),
        ),
      ),
      field('add-published', t('add.published'), h('input', { type: 'date', name: 'published' })),
      field('add-outlet', t('add.outlet'), h('input', { type: 'text', name: 'outlet' })),
    ),
  ];
}

/** The request body from the form, or the message to show when it cannot be sent. */
export function readBody(data: FormData): { body: AddArticleBody } | { problem: string } {
  const get = (name: string) => String(data.get(name) ?? '').trim();
  const url = get('url');
  const text = get('text');
  if (url && text) return { problem: t('add.errorBoth') };
  if (!url && !text) return { problem: t('add.errorNone') };
  if (url) return { body: { url } };
  const body: AddArticleBody = { text };
  for (const key of ['title', 'language', 'published', 'outlet'] as const) if (get(key)) body[key] = get(key);
  return { body };
}
