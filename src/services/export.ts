import type { LedgerStore } from '../store/port.js';
import { csvCell } from './csv.js';
import { claimReviewOf, verdictsOf } from './claimreview.js';
import { exportGold } from './gold.js';
import { claimDetail } from './query.js';

export type ExportFormat = 'json' | 'csv' | 'claimreview' | 'gold';

const CSV_COLUMNS = [
  'claim_id',
  'claim_label',
  'statement_id',
  'article_id',
  'article_title',
  'outlet',
  'published',
  'language',
  'speaker',
  'speaker_kind',
  'role',
  'affiliation',
  'stance',
  'direct',
  'cited_source',
  'said_on',
  'content',
] as const;

async function* claims(store: LedgerStore, minStatements: number) {
  for (let offset = 0; ; offset += 200) {
    const page = await store.listClaims({}, { limit: 200, offset });
    for (const c of page.claims)
      if (c.statements >= minStatements) yield (await claimDetail(store, c.id)).claim;
    if (page.claims.length < 200) return;
  }
}

/**
 * Writes every claim with at least `minStatements` statements: as JSON (one document), as CSV
 * (one row per statement of a claim), or as schema.org ClaimReview JSON-LD for fact-checkers.
 */
export async function exportClaims(
  store: LedgerStore,
  format: ExportFormat,
  write: (s: string) => void,
  minStatements = 1,
) {
  if (format === 'gold') return exportGold(store, write);
  if (format === 'csv') {
    write(`${CSV_COLUMNS.join(',')}\n`);
    for await (const c of claims(store, minStatements))
      for (const s of c.statements)
        write(
          `${[
            c.id,
            c.label,
            s.id,
            s.articleId,
            s.articleTitle,
            s.outlet,
            s.published,
            s.language,
            s.speaker.name,
            s.speaker.kind,
            s.speaker.role,
            s.speaker.affiliation,
            s.stance,
            s.direct,
            s.citedSource?.name,
            s.saidOn,
            s.content,
          ]
            .map(csvCell)
            .join(',')}\n`,
        );
    return;
  }
  write(format === 'json' ? '{"schemaVersion":2,"claims":[\n' : '[\n');
  let first = true;
  const verdicts = format === 'claimreview' ? await verdictsOf(store) : new Map();
  for await (const c of claims(store, minStatements)) {
    const doc = format === 'json' ? c : claimReviewOf(c, verdicts.get(c.id) ?? null);
    write(`${first ? '' : ',\n'}${JSON.stringify(doc)}`);
    first = false;
  }
  write(format === 'json' ? '\n]}\n' : '\n]\n');
}

type Claim = Awaited<ReturnType<typeof claimDetail>>['claim'];

/** schema.org ClaimReview: the claim, where it appeared and who said it; the verdict is left to the fact-checker. */
export function claimReview(c: Claim) {
  const s = c.stances;
  const seen = new Set<number>();
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: c.label,
    datePublished: c.lastSeen,
    itemReviewed: {
      '@type': 'Claim',
      firstAppearance: c.statements[0] ? appearance(c.statements[0]) : undefined,
      appearance: c.statements.filter((x) => !seen.has(x.articleId) && seen.add(x.articleId)).map(appearance),
      author: [
        ...new Map(
          c.statements.map((x) => [
            x.speaker.name,
            { '@type': x.speaker.kind === 'person' ? 'Person' : 'Organization', name: x.speaker.name },
          ]),
        ).values(),
      ],
    },
    reviewRating: {
      '@type': 'Rating',
      alternateName: `asserted ${s.assert}, denied ${s.deny}, hedged ${s.hedge}, conditional ${s.conditional}; ${c.independentSources} independent source(s)`,
      ratingExplanation: 'Compiled by Corroborate from attributed statements; not a verdict.',
    },
  };
}

function appearance(x: Claim['statements'][number]) {
  return {
    '@type': 'CreativeWork',
    headline: x.articleTitle ?? undefined,
    datePublished: x.published ?? undefined,
    publisher: x.outlet ? { '@type': 'Organization', name: x.outlet } : undefined,
    text: x.content,
  };
}
