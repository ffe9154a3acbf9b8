import { Ledger } from '../services/ledger.js';
import { textArticle } from '../sources/file.js';
import type { LedgerStore } from '../store/port.js';
import { SqliteStore } from '../store/sqlite/store.js';

async function articleIds(store: LedgerStore): Promise<number[]> {
  const { total } = await store.listArticles({}, { limit: 1, offset: 0 });
  const ids: number[] = [];
  for (let offset = 0; offset < total; offset += 500)
    ids.push(...(await store.listArticles({}, { limit: 500, offset })).articles.map((a) => a.id));
  return ids.sort((a, b) => a - b);
}

/**
 * Everything a ledger says about its claims, with articles named by their place in commit order
 * (PostgreSQL may skip an id a rolled-back write drew) and claim ids and update times left out:
 * two ledgers that hold the same compare equal.
 */
export async function claimsOf(store: LedgerStore) {
  const rank = new Map((await articleIds(store)).map((id, i) => [id, i + 1]));
  const out = [];
  for (let offset = 0; ; offset += 500) {
    const { claims } = await store.listClaims({}, { limit: 500, offset });
    for (const { updatedAt: _u, id, profile: _p, labelStatementId: _l, ...c } of claims) {
      const members = (await store.claimStatements(id)).map(
        (s) => `${rank.get(s.articleId)}:${s.idx}:${s.linkStance}`,
      );
      const figures = c.figures.map(({ statementId: _s, articleId, ...f }) => ({
        ...f,
        article: rank.get(articleId),
      }));
      out.push({ ...c, figures, members: members.sort() });
    }
    if (claims.length < 500) return out;
  }
}

/**
 * The claims a ledger filled by several processes at once would have had if its articles had been
 * added one by one, in the order it committed them: its articles, in id order, read again into a
 * fresh SQLite ledger. Equal claims mean none was created twice and no link was lost.
 */
export async function oneByOneClaims(store: LedgerStore): Promise<Awaited<ReturnType<typeof claimsOf>>> {
  const lite = new SqliteStore(':memory:');
  try {
    const ledger = new Ledger(lite);
    for (const id of await articleIds(store)) {
      const a = (await store.getArticle(id))!;
      await ledger.add({
        ...textArticle(a.text, a.path),
        url: a.url,
        canonicalUrl: a.canonicalUrl,
        title: a.title,
        outlet: a.outlet,
        published: a.published,
        language: a.language,
      });
    }
    return await claimsOf(lite);
  } finally {
    await lite.close();
  }
}
