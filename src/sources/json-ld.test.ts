import { describe, expect, it } from 'vitest';
import { readJsonLd } from './json-ld.js';

describe('readJsonLd', () => {
  it('prefers a NewsArticle to other objects and resolves @id references', () => {
    const graph = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', '@id': '#site', name: 'Site' },
        { '@type': 'Organization', '@id': '#org', name: 'Example Media' },
        { '@type': 'Article', headline: 'Generic' },
        {
          '@type': ['NewsArticle'],
          headline: 'The news',
          datePublished: '2024-03-05',
          author: [{ '@id': '#p1' }, 'Second Author'],
          publisher: { '@id': '#org' },
          inLanguage: { '@type': 'Language', name: 'English', alternateName: 'en' },
          mainEntityOfPage: { '@id': 'https://x.example/news' },
        },
        { '@type': 'Person', '@id': '#p1', name: 'First Author' },
      ],
    });
    expect(readJsonLd([graph])).toEqual({
      headline: 'The news',
      datePublished: '2024-03-05',
      authors: ['First Author', 'Second Author'],
      publisher: 'Example Media',
      inLanguage: 'en',
      url: 'https://x.example/news',
      description: null,
      articleBody: null,
    });
  });

  it('forgives raw line breaks inside strings and skips broken blocks', () => {
    const loose = '{"@type": "NewsArticle", "headline": "Two\nlines"}';
    expect(readJsonLd(['{ not json', loose])?.headline).toBe('Two lines');
  });

  it('gives null when no article is described', () => {
    expect(readJsonLd(['{"@type": "Organization", "name": "x"}'])).toBeNull();
  });
});
