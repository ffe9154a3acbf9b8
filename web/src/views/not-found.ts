import { h } from '../dom/h.js';
import { t } from '../i18n/index.js';
import { paths } from '../router/routes.js';
import type { ViewResult } from './view.js';

export function notFoundView(path: string): ViewResult {
  return {
    title: t('error.notFound'),
    node: h(
      'div',
      null,
      h('h1', null, t('error.notFound')),
      h('p', null, t('error.noPage', { path })),
      h('p', null, h('a', { href: paths.claims() }, t('nav.backToClaims'))),
    ),
  };
}
