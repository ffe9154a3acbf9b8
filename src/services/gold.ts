import type { LedgerStore } from '../store/port.js';

/**
 * Corrections as gold: every statement of the ledger as the analyst left it (speaker, stance,
 * claim), with the articles' texts, in the statement-to-claim format the evaluation reads
 * (samples/gold-links.json: `file`, `anchor`, `speaker`, `proposition`), plus the span, stance
 * and the articles themselves so `npm run eval -- --gold file` can re-read them.
 */
export async function exportGold(store: LedgerStore, write: (s: string) => void): Promise<void> {
  const articles: Array<Record<string, unknown>> = [];
  const statements: Array<Record<string, unknown>> = [];
  const propositions: Record<string, string> = {};
  for (let offset = 0; ; offset += 200) {
    const page = await store.listArticles({}, { limit: 200, offset });
    for (const rec of page.articles) {
      const a = await store.getArticle(rec.id);
      if (!a) continue;
      const file = a.url ?? `sha256:${a.contentHash}`;
      articles.push({
        id: a.id,
        file,
        url: a.url,
        title: a.title,
        outlet: a.outlet,
        published: a.published,
        text: a.text,
      });
      for (const s of await store.articleStatements(a.id)) {
        // "not a statement": left out, so an extractor that reads one there loses precision
        if ((s.data as { notStatement?: boolean }).notStatement) continue;
        const claim = s.claimIds[0];
        const proposition = claim !== undefined ? `claim:${claim}` : `statement:${s.id}`;
        if (claim !== undefined && !propositions[proposition])
          propositions[proposition] = (await store.getClaim(claim))?.label ?? proposition;
        statements.push({
          file,
          anchor: a.text.slice(s.spanStart, s.spanEnd),
          span: { start: s.spanStart, end: s.spanEnd },
          speaker: s.speakerName,
          speakerAliases: [],
          speakerEntity: s.speakerEntity,
          stance: s.stance,
          proposition,
        });
      }
    }
    if (page.articles.length < 200) break;
  }
  // articles in the order they were added, so a re-read links them the same way
  articles.sort((x, y) => Number(x.id) - Number(y.id));
  write(
    `${JSON.stringify(
      {
        notes: ['Exported by `corroborate export --format gold`: the ledger as the analysts left it.'],
        propositions,
        articles: articles.map(({ id: _id, ...rest }) => rest),
        statements,
      },
      null,
      1,
    )}\n`,
  );
}
