/**
 * History navigation: same-origin links are followed without reloading the page; back and
 * forward re-render the view of the URL. A link to a fragment of the page already shown
 * (`#main`, `#s12`) is left to the browser, which scrolls to it; the view hears of it as a
 * 'fragment' change.
 */
export type ChangeKind = 'push' | 'pop' | 'fragment' | 'initial';
export type Navigate = (href: string, options?: { replace?: boolean }) => void;

export function startNavigation(onChange: (url: URL, kind: ChangeKind) => void): Navigate {
  let last = location.pathname + location.search;
  const navigate: Navigate = (href, options = {}) => {
    const url = new URL(href, location.href);
    if (url.origin !== location.origin) {
      location.assign(url.href);
      return;
    }
    if (options.replace) history.replaceState(null, '', url.href);
    else history.pushState(null, '', url.href);
    const same = url.pathname + url.search === last;
    last = url.pathname + url.search;
    onChange(url, same ? 'fragment' : 'push');
  };

  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    // SVG links too: chart points and map places are <a> elements in the SVG namespace
    const link = (event.target as Element | null)?.closest?.('a[href]');
    const href = link?.getAttribute('href');
    if (!link || !href || link.getAttribute('target') || link.hasAttribute('download')) return;
    const url = new URL(href, location.href);
    if (url.origin !== location.origin || url.pathname.startsWith('/api/')) return;
    if (url.pathname === location.pathname && url.search === location.search && url.hash) return;
    event.preventDefault();
    navigate(url.href);
  });

  const changed = () => {
    const url = new URL(location.href);
    const same = url.pathname + url.search === last;
    last = url.pathname + url.search;
    onChange(url, same ? 'fragment' : 'pop');
  };
  // a fragment navigation fires both events; a view's fragment handler runs twice, harmlessly
  window.addEventListener('popstate', changed);
  window.addEventListener('hashchange', changed);
  onChange(new URL(location.href), 'initial');
  return navigate;
}
