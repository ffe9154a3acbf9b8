import type { SourceRoot } from '../store/types.js';

/**
 * How a claim counts what its statements say, in one place: which keys a linked statement adds
 * (its speaker, its independent root when it asserts, its affiliation, language and article),
 * how it moves the stance counts and the first and last day, and which of its figures join the
 * timeline. The SQLite store applies these rules one link at a time as articles come in, and
 * all at once when it rebuilds a claim; `tally` is the whole computation, for rebuilding and for
 * checking that both ways agree.
 */

export const STANCES = ['assert', 'deny', 'hedge', 'conditional', 'question'] as const;
export type Stance = (typeof STANCES)[number];
export type TallyKind = 'speaker' | 'root' | 'affiliation' | 'language' | 'article';

export interface TallyFigure {
  value: number;
  max?: number;
  qualifier: string;
  unit: string | null;
  planned: boolean;
}

/** One statement linked to a claim, with what the counts need. */
export interface TallyRow {
  statementId: number;
  stance: string;
  saidOn: string | null;
  speakerName: string;
  speakerEntity: string | null;
  root: SourceRoot;
  affiliation: SourceRoot | null;
  language: string;
  articleId: number;
  figures: TallyFigure[];
}

export interface TimelinePoint extends TallyFigure {
  saidKey: string;
  saidOn: string | null;
  speaker: string;
  articleId: number;
  statementId: number;
}

export interface ClaimTally {
  statements: number;
  stances: Record<Stance, number>;
  /** kind -> key -> name and number of statements */
  keys: Record<TallyKind, Map<string, { name: string; n: number }>>;
  figures: TimelinePoint[];
  firstSeen: string | null;
  lastSeen: string | null;
}

/**
 * The claim counter a kind of key counts, when it has one: a link that brings a new speaker adds
 * one to `speakers`, a new independent root to `independent`, a new article to `articles`.
 */
export const KEY_COUNTER: Partial<Record<TallyKind, 'speakers' | 'independent' | 'articles'>> = {
  speaker: 'speakers',
  root: 'independent',
  article: 'articles',
};

/** A stance the counts know; anything else counts as an assertion. */
export const stanceOf = (s: string): Stance =>
  (STANCES as readonly string[]).includes(s) ? (s as Stance) : 'assert';

/** The keys a statement adds to its claim: an independent root only when it asserts. */
export function tallyKeys(row: TallyRow): Array<{ kind: TallyKind; key: string; name: string }> {
  const out: Array<{ kind: TallyKind; key: string; name: string }> = [
    {
      kind: 'speaker',
      key: row.speakerEntity ?? `name:${row.speakerName.toLowerCase()}`,
      name: row.speakerName,
    },
  ];
  if (stanceOf(row.stance) === 'assert') out.push({ kind: 'root', key: row.root.key, name: row.root.name });
  if (row.affiliation)
    out.push({ kind: 'affiliation', key: row.affiliation.key, name: row.affiliation.name });
  out.push({ kind: 'language', key: row.language, name: row.language });
  out.push({ kind: 'article', key: String(row.articleId), name: String(row.articleId) });
  return out;
}

/** The order of the timeline: by the day said (undated last), then by statement. */
export const saidKey = (saidOn: string | null, statementId: number): string =>
  `${saidOn ?? '9999'}${String(statementId).padStart(12, '0')}`;

/** What makes two figures the same point of a timeline. */
export const figureIdentity = (f: TallyFigure): string =>
  [f.value, f.max ?? -1, f.qualifier, f.unit ?? '', f.planned ? 1 : 0].join('|');

/** A denial's figures are not the claim's: "we never sent 3,000" puts no 3,000 on its timeline. */
export function timelineFigures(row: TallyRow): TimelinePoint[] {
  if (stanceOf(row.stance) === 'deny') return [];
  return row.figures.map((f) => ({
    ...f,
    saidKey: saidKey(row.saidOn, row.statementId),
    saidOn: row.saidOn,
    speaker: row.speakerName,
    articleId: row.articleId,
    statementId: row.statementId,
  }));
}

/** The first and last day a claim was said on, after one more statement. */
export function seen(
  range: { first: string | null; last: string | null },
  saidOn: string | null,
): { first: string | null; last: string | null } {
  if (saidOn === null) return range;
  return {
    first: range.first === null || saidOn < range.first ? saidOn : range.first,
    last: range.last === null || saidOn > range.last ? saidOn : range.last,
  };
}

/** Every count of a claim from its linked statements. */
export function tally(rows: readonly TallyRow[]): ClaimTally {
  const stances = Object.fromEntries(STANCES.map((s) => [s, 0])) as Record<Stance, number>;
  const keys = {
    speaker: new Map(),
    root: new Map(),
    affiliation: new Map(),
    language: new Map(),
    article: new Map(),
  } as ClaimTally['keys'];
  const figures = new Map<string, TimelinePoint>();
  let range = { first: null as string | null, last: null as string | null };
  for (const row of rows) {
    stances[stanceOf(row.stance)]++;
    for (const k of tallyKeys(row)) {
      const m = keys[k.kind];
      const hit = m.get(k.key);
      // the first statement's name stays, as when statements are linked one by one
      m.set(k.key, { name: hit?.name ?? k.name, n: (hit?.n ?? 0) + 1 });
    }
    for (const f of timelineFigures(row)) {
      const id = figureIdentity(f);
      const cur = figures.get(id);
      if (!cur || f.saidKey < cur.saidKey) figures.set(id, f);
    }
    range = seen(range, row.saidOn);
  }
  return {
    statements: rows.length,
    stances,
    keys,
    figures: [...figures.values()].sort((a, b) => (a.saidKey < b.saidKey ? -1 : 1)),
    firstSeen: range.first,
    lastSeen: range.last,
  };
}
