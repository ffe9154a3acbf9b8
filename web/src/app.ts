/**
 * @module The web app: picks the UI language, draws the frame, and renders the view of each URL
 * into it. A navigation that starts while a view is loading aborts that load.
 */
import { errorBox } from './components/error-box.js';
import { h } from './dom/h.js';
import { detectLang, setLang, t, type Lang } from './i18n/index.js';
import { startNavigation, type ChangeKind, type Navigate } from './router/navigation.js';
import { parseRoute } from './router/routes.js';
import { createShell, type Shell } from './shell/layout.js';
import { renderView } from './views/index.js';
import type { ViewResult } from './views/view.js';

const LANG_KEY = 'corroborate.lang';

function storedLang(): string | null {
  try {
    return localStorage.getItem(LANG_KEY);
  } catch {
    return null;
  }
}

export function startApp(container: HTMLElement): void {
  let shell: Shell;
  let router: Navigate | null = null;
  // views keep this for later; the router exists only once the first view has been asked for
  const navigate: Navigate = (href, options) => router?.(href, options);
  let controller: AbortController | null = null;
  let shown: { key: string; view: ViewResult } | null = null;

  const applyLang = (lang: Lang) => {
    setLang(lang);
    document.documentElement.lang = lang;
    shell = createShell((next) => {
      try {
        localStorage.setItem(LANG_KEY, next);
      } catch {
        /* the choice lasts until reload */
      }
      applyLang(next);
      void show(new URL(location.href), 'initial');
    });
    container.replaceChildren(shell.root);
  };

  async function show(url: URL, kind: ChangeKind): Promise<void> {
    const key = url.pathname + url.search;
    if (kind === 'fragment' && shown?.key === key) {
      shown.view.onFragment?.(url.hash);
      return;
    }
    controller?.abort();
    const own = (controller = new AbortController());
    const route = parseRoute(url);
    shell.markCurrent(route);
    shell.main.setAttribute('aria-busy', 'true');
    shell.main.replaceChildren(h('p', { class: 'loading' }, t('common.loading')));
    let view: ViewResult;
    try {
      view = await renderView(route, { signal: own.signal, navigate, url });
    } catch (err) {
      if (own.signal.aborted) return;
      view = {
        title: t('error.generic'),
        node: h('div', null, h('h1', null, t('error.title')), errorBox(err)),
      };
    }
    if (own.signal.aborted) return;
    shell.main.removeAttribute('aria-busy');
    shell.main.replaceChildren(view.node);
    document.title = `${view.title} · Corroborate`;
    shown = { key, view };
    if (view.mounted) view.mounted();
    else if (kind === 'push') {
      window.scrollTo(0, 0);
      shell.main.focus({ preventScroll: true });
    }
  }

  applyLang(detectLang(storedLang(), navigator.languages ?? [navigator.language]));
  router = startNavigation((url, kind) => void show(url, kind));
}
