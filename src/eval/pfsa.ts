import fs from 'node:fs';
import path from 'node:path';
import { runPipeline } from '../pipeline/extract.js';
import { fold } from '../lexicon/fold.js';
import { labelSpans, readTokenLabelFile, scores, type LabelledToken, type Scores } from './conll.js';
import { detokenize } from './detok.js';
import { speakerRuleOf, type Match } from './breakdown.js';

export interface PfsaResult {
  dataset: string;
  language: string;
  articles: number;
  goldStatements: number;
  predictedStatements: number;
  statementExact: Scores;
  statementOverlap: Scores;
  cue: Scores;
  /** share of found gold statements whose speaker is the gold speaker */
  speakerAttribution: number;
  speakerFound: number;
  /** per found gold statement with a gold person: the speaker rule and whether it was right */
  matches: Match[];
}

// "JAKARTA , KOMPAS —" opens an article
const DATELINE = /^[A-Z][A-Z .]*$/;
function isDateline(seg: LabelledToken[]): boolean {
  const comma = seg.findIndex((t) => t.text === ',');
  if (comma < 1 || comma > 4) return false;
  const outlet = seg[comma + 1];
  const dash = seg[comma + 2];
  return (
    seg.slice(0, comma).every((t) => DATELINE.test(t.text)) &&
    !!outlet &&
    /^[A-Z]{3,}$/.test(outlet.text) &&
    !!dash &&
    /^[—–-]$/.test(dash.text)
  );
}

/** Splits the corpus's segments into articles at their datelines. */
export function pfsaArticles(content: string): LabelledToken[][] {
  const articles: LabelledToken[][] = [];
  for (const seg of readTokenLabelFile(content)) {
    const last = articles[articles.length - 1];
    if (!last || isDateline(seg)) articles.push([...seg]);
    else last.push(...seg);
  }
  return articles;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

const nameTokens = (s: string) =>
  fold(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3);

/**
 * Scores direct-quote statements against PFSA-ID: STATEMENT spans (exact and overlapping), CUE
 * and CUECOREF spans, and speaker attribution — a found statement's speaker is right when it
 * shares a name word with, or overlaps, the PERSON/PERSONCOREF mention nearest the statement.
 */
export function evalPfsa(file: string): PfsaResult {
  const articles = pfsaArticles(fs.readFileSync(file, 'utf8'));
  let gold = 0;
  let pred = 0;
  let exact = 0;
  let predOverlap = 0;
  let goldOverlap = 0;
  let cueGold = 0;
  let cuePred = 0;
  let cueTp = 0;
  let speakerOk = 0;
  const matches: Match[] = [];
  for (const tokens of articles) {
    const { text, offsets } = detokenize(tokens.map((t) => t.text));
    const spans = labelSpans(tokens);
    const charSpan = (s: { first: number; last: number }) => ({
      start: offsets[s.first]!.start,
      end: offsets[s.last]!.end,
    });
    const goldStatements = spans.filter((s) => s.type === 'STATEMENT').map(charSpan);
    const goldCues = spans.filter((s) => s.type === 'CUE' || s.type === 'CUECOREF').map(charSpan);
    const persons = spans
      .filter((s) => s.type === 'PERSON' || s.type === 'PERSONCOREF')
      .map((s) => ({ ...charSpan(s), text: text.slice(offsets[s.first]!.start, offsets[s.last]!.end) }));
    const doc = runPipeline(text, { lang: 'id' });
    const direct = doc.statements.filter((s) => s.direct);
    const seen = new Set<string>();
    const preds = direct.filter((s) => {
      const k = `${s.span.start}:${s.span.end}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    gold += goldStatements.length;
    pred += preds.length;
    for (const p of preds) {
      if (goldStatements.some((g) => g.start === p.span.start && g.end === p.span.end)) exact++;
      if (goldStatements.some((g) => overlaps(g, p.span))) predOverlap++;
    }
    for (const g of goldStatements) {
      const found = direct.filter((p) => overlaps(g, p.span));
      if (!found.length) continue;
      goldOverlap++;
      const who = nearest(persons, g);
      if (!who) continue;
      const words = new Set(nameTokens(who.text));
      const right = found.find(
        (p) =>
          (p.speaker.span && overlaps(p.speaker.span, who)) ||
          nameTokens(`${p.speaker.name} ${p.speaker.role ?? ''}`).some((w) => words.has(w)),
      );
      if (right) speakerOk++;
      const p = right ?? found[0]!;
      matches.push({ stance: p.stance, speakerRule: speakerRuleOf(p.rule), speakerOk: !!right });
    }
    const predCues = preds.flatMap((p) => (p.cueSpan ? [p.cueSpan] : []));
    cueGold += goldCues.length;
    cuePred += predCues.length;
    for (const c of predCues) if (goldCues.some((g) => g.start === c.start && g.end === c.end)) cueTp++;
  }
  return {
    dataset: `PFSA-ID ${path.basename(file, '.txt')}`,
    language: 'id',
    articles: articles.length,
    goldStatements: gold,
    predictedStatements: pred,
    statementExact: scores(exact, pred, gold),
    statementOverlap: scores(predOverlap, pred, gold, goldOverlap),
    cue: scores(cueTp, cuePred, cueGold),
    speakerAttribution: goldOverlap ? speakerOk / goldOverlap : 0,
    speakerFound: speakerOk,
    matches,
  };
}

/** The PERSON or PERSONCOREF mention closest to a statement, in characters, either side. */
function nearest<T extends { start: number; end: number }>(
  persons: T[],
  s: { start: number; end: number },
): T | null {
  let best: T | null = null;
  let dist = Infinity;
  for (const p of persons) {
    const d = p.start >= s.end ? p.start - s.end : p.end <= s.start ? s.start - p.end + 0.5 : 0;
    if (d < dist) {
      dist = d;
      best = p;
    }
  }
  return best;
}
