import type { Entity, EntityType } from '../domain/entity.js';
import type { NerSpan } from './ner-read.js';

/** Character offsets of each token when the tokens are joined by single spaces. */
export function tokenOffsets(tokens: readonly string[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let at = 0;
  for (const t of tokens) {
    out.push([at, at + t.length]);
    at += t.length + 1;
  }
  return out;
}

/**
 * The predicted mentions as token spans with the dataset's labels. The datasets are flat, so a
 * mention inside another (the country in "Kementerian Luar Negeri Jerman") is left out; they
 * annotate names, so a nationality adjective read as its country ("French", rule "demonym") is
 * left out too; a mention that cuts a token takes the whole token.
 */
export function predictedSpans(
  entities: readonly Entity[],
  offsets: ReadonlyArray<[number, number]>,
  labels: Record<EntityType, string>,
): NerSpan[] {
  const mentions = entities
    .flatMap((e) =>
      e.mentions
        .filter((m) => m.rule !== 'demonym')
        .map((m) => ({ start: m.start, end: m.end, label: labels[e.type] })),
    )
    .sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: typeof mentions = [];
  for (const m of mentions) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  const out: NerSpan[] = [];
  for (const m of kept) {
    const first = offsets.findIndex(([, e]) => e > m.start);
    let last = -1;
    offsets.forEach(([s], i) => {
      if (s < m.end) last = i;
    });
    if (first >= 0 && last >= first) out.push({ start: first, end: last + 1, label: m.label });
  }
  return out;
}

export interface Counts {
  gold: number;
  predicted: number;
  correct: number;
}

const key = (s: NerSpan): string => `${s.start}:${s.end}:${s.label}`;

/** Exact span and label matches of one sentence. */
export function countMatches(gold: readonly NerSpan[], predicted: readonly NerSpan[]): Counts {
  const want = new Set(gold.map(key));
  let correct = 0;
  for (const p of new Set(predicted.map(key))) if (want.has(p)) correct++;
  return { gold: gold.length, predicted: predicted.length, correct };
}

export function f1Of(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.predicted ? c.correct / c.predicted : 0;
  const recall = c.gold ? c.correct / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
