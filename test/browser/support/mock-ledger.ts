/**
 * A tiny in-memory ledger answering like the real API (docs/API.md) from the fixtures. Claim
 * summaries are computed from the statements, so adding an article changes the counts.
 */
import type { FixtureArticle, FixtureClaim, FixtureStatement, Fixtures } from './fixtures.js';

export const STANCES = ['assert', 'deny', 'hedge', 'conditional', 'question'] as const;

export class MockLedger {
  constructor(readonly data: Fixtures) {}

  find(statementId: number): { article: FixtureArticle; statement: FixtureStatement } | null {
    for (const article of this.data.articles) {
      const statement = article.statements.find((s) => s.id === statementId);
      if (statement) return { article, statement };
    }
    return null;
  }

  statementsOf(claim: FixtureClaim) {
    return claim.statementIds.flatMap((id) => {
      const found = this.find(id);
      return found ? [found] : [];
    });
  }

  claimStatement(
    claim: FixtureClaim,
    { article, statement: s }: { article: FixtureArticle; statement: FixtureStatement },
  ) {
    const reasons = this.data.linkReasons[String(claim.id)] ?? {};
    return {
      id: s.id,
      articleId: article.id,
      articleTitle: article.title,
      outlet: article.outlet,
      published: article.published,
      language: article.language,
      speaker: {
        name: s.speaker.name,
        kind: s.speaker.kind,
        role: s.speaker.role,
        entityId: s.speaker.entityId,
        affiliation: s.speaker.affiliation,
        implied: s.speaker.implied,
      },
      cue: s.cue,
      direct: s.direct,
      stance: s.stance,
      certainty: s.certainty,
      content: s.content,
      span: s.span,
      citedSource: s.citedSource && { name: s.citedSource.name, kind: s.citedSource.kind },
      link: reasons[s.stance] ??
        reasons.assert ?? { reason: 'linked when the article was added', matched: [] },
      copyGroup: article.copyGroup,
    };
  }

  affiliationName(id: string): string {
    return (
      this.data.affiliations.find((a) => a.id === id)?.name ??
      this.data.entities.find((e) => e.id === id)?.name ??
      id
    );
  }

  summary(claim: FixtureClaim) {
    const found = this.statementsOf(claim);
    const stances = Object.fromEntries(
      STANCES.map((s) => [s, found.filter((f) => f.statement.stance === s).length]),
    );
    const days = found
      .map((f) => f.article.published)
      .filter((d): d is string => Boolean(d))
      .sort();
    const byAffiliation = new Map<string, number>();
    for (const { statement } of found) {
      if (statement.speaker.affiliation)
        byAffiliation.set(
          statement.speaker.affiliation,
          (byAffiliation.get(statement.speaker.affiliation) ?? 0) + 1,
        );
    }
    // one voice per affiliation (or per unaffiliated speaker) among those who do not deny
    const voices = new Set(
      found
        .filter((f) => f.statement.stance !== 'deny')
        .map((f) => f.statement.speaker.affiliation ?? `speaker:${f.statement.speaker.name}`),
    );
    return {
      id: claim.id,
      label: claim.label,
      statements: found.length,
      articles: new Set(found.map((f) => f.article.id)).size,
      languages: [...new Set(found.map((f) => f.article.language))],
      stances,
      independentSources: voices.size,
      affiliations: [...byAffiliation]
        .map(([id, statements]) => ({ id, name: this.affiliationName(id), statements }))
        .sort((a, b) => b.statements - a.statements),
      figures: claim.figures,
      firstSeen: days[0] ?? null,
      lastSeen: days.at(-1) ?? null,
    };
  }

  detail(claim: FixtureClaim) {
    const found = this.statementsOf(claim);
    const places = claim.places.flatMap((id) => {
      const e = this.data.entities.find((x) => x.id === id);
      return e
        ? [
            {
              id: e.id,
              name: e.name,
              type: e.type === 'country' ? 'country' : 'place',
              coordinates: e.coordinates,
            },
          ]
        : [];
    });
    return {
      ...this.summary(claim),
      subject: claim.subject,
      predicate: claim.predicate,
      object: claim.object,
      places,
      statements: found.map((f) => this.claimStatement(claim, f)),
      sources: this.sources(found),
    };
  }

  sources(found: Array<{ article: FixtureArticle; statement: FixtureStatement }>) {
    const nodes = new Map<string, { id: string; kind: string; label: string }>();
    const edges = new Map<string, { from: string; to: string; kind: string }>();
    const node = (id: string, kind: string, label: string) => (
      nodes.has(id) || nodes.set(id, { id, kind, label }),
      id
    );
    const edge = (from: string, to: string, kind: string) =>
      edges.set(`${from}>${to}>${kind}`, { from, to, kind });
    for (const { article, statement: s } of found) {
      const speaker = node(`speaker:${s.speaker.entityId ?? s.speaker.name}`, 'speaker', s.speaker.name);
      if (s.speaker.affiliation)
        edge(
          speaker,
          node(
            `affiliation:${s.speaker.affiliation}`,
            'affiliation',
            this.affiliationName(s.speaker.affiliation),
          ),
          'member',
        );
      const art = node(
        `article:${article.id}`,
        'article',
        `${article.outlet ?? 'article'} ${article.published ?? ''}`.trim(),
      );
      edge(speaker, art, 'said');
      if (s.citedSource)
        edge(node(`outlet:${s.citedSource.name}`, 'outlet', s.citedSource.name), speaker, 'relayed');
      if (article.outlet) edge(node(`outlet:${article.outlet}`, 'outlet', article.outlet), art, 'published');
      if (article.duplicateOf) edge(art, `article:${article.duplicateOf}`, 'copy');
    }
    return {
      nodes: [...nodes.values()],
      edges: [...edges.values()].filter((e) => nodes.has(e.from) && nodes.has(e.to)),
    };
  }
}
