/**
 * @module A corpus of distinct news-length articles for the ingest bench. The generated bench
 * items are 320 characters and a quarter of them copies; real articles are 3-8 KB. Each article
 * here joins paragraphs of several of the team's fixtures and samples of one language (drawn by
 * a seeded generator, so every article is a different mix), and renumbers every figure, so the
 * near-copy detector sees distinct articles, as a day of real coverage mostly is.
 */
import fs from 'node:fs';
import path from 'node:path';
import { listFixtures } from '../eval/fixtures.js';
import type { GeneratedArticle } from './generate.js';

function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

export function newsCorpus(root: string): (i: number) => GeneratedArticle {
  const byLang = new Map<string, string[][]>();
  for (const f of listFixtures(path.join(root, 'fixtures'))) {
    if (!f.name.startsWith('news-')) continue;
    const paras = fs
      .readFileSync(path.join(f.dir, 'input.txt'), 'utf8')
      .split('\n')
      .filter((p) => p.trim());
    byLang.set(f.lang, [...(byLang.get(f.lang) ?? []), paras]);
  }
  if (!byLang.size) throw new Error('no news fixtures to build the news-length corpus from');
  // the languages in proportion to their articles, as the fixtures hold them
  const langs = [...byLang].flatMap(([lang, arts]) => arts.map(() => lang));
  return (i) => {
    const r = rng(i * 2654435761 + 17);
    const lang = langs[Math.floor(r() * langs.length)]!;
    const pool = byLang.get(lang)!;
    const target = 3000 + Math.floor(r() * 5000);
    const first = pool[Math.floor(r() * pool.length)]!;
    const paras = [...first];
    let size = paras.join('\n').length;
    while (size < target) {
      const other = pool[Math.floor(r() * pool.length)]!;
      const from = Math.floor(r() * other.length);
      for (const p of other.slice(from, from + 3)) {
        paras.push(p);
        size += p.length + 1;
      }
    }
    const text = paras
      .join('\n')
      .replace(/\d+/g, (d) =>
        String(Math.max(1, Math.round(Number(d) * (0.5 + r())))).slice(0, d.length + 1),
      );
    return {
      text,
      language: lang,
      title: paras[0]!.slice(0, 120),
      outlet: `Outlet ${i % 40}`,
      published: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      url: `https://news${i % 40}.example/${i}`,
    };
  };
}
