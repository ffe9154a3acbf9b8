import { ApiError } from '../api/errors.js';
import { h } from '../dom/h.js';
import { t } from '../i18n/index.js';

/** Shows what went wrong in words, with the API's code for a bug report. */
export function errorBox(error: unknown): HTMLElement {
  const api = error instanceof ApiError ? error : null;
  const title =
    api?.status === 404
      ? t('error.notFound')
      : api?.status === 401
        ? t('error.unauthorized')
        : api?.code === 'network'
          ? t('error.network')
          : t('error.generic');
  return h(
    'div',
    { class: 'error-box', role: 'alert' },
    h('p', { class: 'error-title' }, title),
    h('p', null, api ? api.message : String((error as Error)?.message ?? error)),
    api && h('p', { class: 'error-code' }, t('error.code', { code: api.code, status: api.status })),
  );
}
