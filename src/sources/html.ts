import type { RawArticle } from './file.js';

/** Placeholder until the HTML reader lands: strips tags. */
export function htmlToArticle(html: string, url: string | null): RawArticle {
  const text = html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' ').replace(/<[^>]+>/g, ' ');
  return { text, path: null, url, title: null, outlet: null, published: null, language: null, format: 'html' };
}
