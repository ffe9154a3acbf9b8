import { api } from '../api/endpoints.js';
import { ApiError } from '../api/errors.js';
import type { AddArticleResult } from '../api/article-types.js';
import { forgetToken, readToken, saveToken } from '../api/token.js';
import { errorBox } from '../components/error-box.js';
import { h } from '../dom/h.js';
import { t } from '../i18n/index.js';
import { paths } from '../router/routes.js';
import { addArticleFields, readBody } from './add-article-form.js';
import type { ViewResult } from './view.js';

async function resultView(result: AddArticleResult): Promise<HTMLElement> {
  const labels = await Promise.all(
    result.claims.map((id) =>
      api.claim(id).then(
        (r) => r.claim.label,
        () => `#${id}`,
      ),
    ),
  );
  return h(
    'div',
    { class: 'result-box' },
    h(
      'p',
      { class: 'result-title' },
      result.created
        ? t('add.created', { id: result.article.id })
        : t('add.existing', { id: result.article.id }),
    ),
    h(
      'p',
      null,
      h('a', { href: paths.article(result.article.id) }, result.article.title ?? t('add.openArticle')),
    ),
    result.claims.length === 0
      ? h('p', null, t('add.noClaims'))
      : [
          h('p', null, t('add.claims')),
          h(
            'ul',
            { class: 'plain-list' },
            result.claims.map((id, i) => h('li', null, h('a', { href: paths.claim(id) }, labels[i]))),
          ),
        ],
  );
}

export function addArticleView(): ViewResult {
  const result = h('div', { class: 'add-result', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'primary' }, t('add.submit'));
  const forget = h('button', { type: 'button', hidden: !readToken() }, t('add.forget'));
  const form = h(
    'form',
    { class: 'add-form', 'aria-describedby': 'add-either' },
    addArticleFields(Boolean(readToken())),
    h('div', { class: 'actions' }, submit, forget),
  );
  const dropToken = () => {
    forgetToken();
    forget.hidden = true;
    (form.elements.namedItem('token') as HTMLInputElement).required = true;
  };
  forget.addEventListener('click', () => {
    dropToken();
    result.replaceChildren(h('p', { role: 'status' }, t('add.forgotten')));
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const typed = String(data.get('token') ?? '').trim();
    const token = typed || readToken();
    const read = readBody(data);
    const problem = (text: string) =>
      result.replaceChildren(h('div', { class: 'error-box', role: 'alert' }, h('p', null, text)));
    if (!token) return problem(t('add.errorToken'));
    if ('problem' in read) return problem(read.problem);
    if (typed) saveToken(typed);
    forget.hidden = false;
    submit.disabled = true;
    result.replaceChildren(h('p', { role: 'status' }, t('add.sending')));
    try {
      result.replaceChildren(await resultView(await api.addArticle(read.body, token)));
    } catch (err) {
      // a refused token is dropped so the next try asks for it again
      if (err instanceof ApiError && err.status === 401) dropToken();
      result.replaceChildren(errorBox(err));
    } finally {
      submit.disabled = false;
    }
  });
  const node = h(
    'div',
    { class: 'add-page' },
    h('h1', null, t('add.title')),
    h('p', { class: 'lede' }, t('add.lede')),
    form,
    result,
  );
  return { title: t('add.title'), node };
}
