/**
 * The page frame: skip link, banner with navigation and language switch, the main region views
 * render into, and a footer.
 */
import { h } from '../dom/h.js';
import { getLang, LANGS, t, type Lang } from '../i18n/index.js';
import { paths, type Route } from '../router/routes.js';

export interface Shell {
  root: HTMLElement;
  main: HTMLElement;
  markCurrent(route: Route): void;
}

const LANG_NAMES: Record<Lang, string> = { en: 'English', id: 'Bahasa Indonesia' };

export function createShell(onLang: (lang: Lang) => void): Shell {
  const links = [
    ['claims', paths.claims(), t('nav.claims')],
    ['search', '/search', t('nav.search')],
    ['add', paths.add(), t('nav.add')],
  ] as const;
  const nav = h(
    'nav',
    { 'aria-label': t('nav.label') },
    h(
      'ul',
      null,
      links.map(([name, href, label]) => h('li', null, h('a', { href, 'data-nav': name }, label))),
    ),
  );
  const select = h(
    'select',
    { id: 'lang-select' },
    LANGS.map((l) => h('option', { value: l, selected: l === getLang(), lang: l }, LANG_NAMES[l])),
  );
  select.addEventListener('change', () => onLang(select.value as Lang));
  const main = h('main', { id: 'main', tabindex: -1 });
  const root = h(
    'div',
    { class: 'shell' },
    h('a', { class: 'skip-link', href: '#main' }, t('nav.skip')),
    h(
      'header',
      { class: 'site-header' },
      h('a', { class: 'brand', href: paths.claims() }, 'Corroborate'),
      nav,
      h('div', { class: 'lang-switch' }, h('label', { for: 'lang-select' }, t('nav.language')), select),
    ),
    main,
    h('footer', { class: 'site-footer' }, h('p', null, t('footer.text'))),
  );
  const markCurrent = (route: Route) => {
    const current = route.name === 'claims' || route.name === 'claim' ? 'claims' : route.name;
    for (const a of nav.querySelectorAll('a')) {
      if (a.dataset.nav === current) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    }
  };
  return { root, main, markCurrent };
}
