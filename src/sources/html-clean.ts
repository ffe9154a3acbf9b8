import type { DomDocument, DomElement } from './dom.js';

// prettier-ignore
// Never article text. Forms are judged by size below: ASP.NET pages wrap the whole page in one.
const JUNK = [
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'button',
  'select', 'textarea', 'input', 'nav', 'aside', 'figure', 'figcaption', 'dialog', '[hidden]',
  '[role="navigation"]', '[role="complementary"]', '[role="dialog"]',
].join(', ');

// prettier-ignore
// Words in class or id that mark page furniture: share bars, "related" boxes, comment threads.
const FURNITURE = new Set([
  'share', 'sharing', 'sharer', 'social', 'socials', 'related', 'newsletter', 'subscribe', 'subscription',
  'breadcrumb', 'breadcrumbs', 'caption', 'advert', 'advertisement', 'ads', 'ad', 'promo', 'sponsored',
  'tags', 'readmore', 'bacajuga', 'recommended', 'recommendation', 'popular', 'trending', 'outbrain',
  'taboola', 'cookie', 'consent', 'popup', 'modal', 'sidebar', 'widget', 'footer', 'form',
]);
const COMMENTS = new Set(['comment', 'comments', 'disqus', 'komentar', 'discussion']);

function words(el: DomElement): string[] {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const holdsArticle = (el: DomElement): boolean => !!el.querySelector('article, [itemprop="articleBody"], h1');

/** Removes scripts, styles, navigation, figures and the like: never article text. */
export function removeJunk(doc: DomDocument): void {
  for (const el of [...doc.querySelectorAll(JUNK)]) el.remove();
}

/**
 * Removes page furniture before Readability scores the page. Furniture is only removed when it
 * is small (fewer than 3 paragraphs) or a comment thread, and never when it wraps the article
 * itself, so a wrapper with class "post has-related" survives.
 */
export function cleanDocument(doc: DomDocument): void {
  removeJunk(doc);
  for (const el of [...doc.querySelectorAll('form, [class], [id]')]) {
    const w = el.localName === 'form' ? ['form'] : words(el);
    const comments = w.some((x) => COMMENTS.has(x));
    if (!comments && !w.some((x) => FURNITURE.has(x))) continue;
    if (holdsArticle(el)) continue;
    if (comments || el.querySelectorAll('p').length < 3) el.remove();
  }
}
