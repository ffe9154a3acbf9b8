import type { Match } from './breakdown.js';
import { f1 } from './conll.js';
import type { FixtureReport } from './fixtures.js';

/**
 * One scored set of fixtures: the construction fixtures of a language (asserted case by case
 * and tuned on), or the news fixtures of a language and split (measured; "dev" tuned on, "test"
 * never).
 */
export interface FixtureSet {
  label: string;
  lang: string;
  split: 'construction' | 'dev' | 'test';
  tunedOn: boolean;
  cases: number;
  stories: number;
  passed: number;
  expected: number;
  predicted: number;
  found: number;
  speakerOk: number;
  /** of the statements found with the right speaker, those with the annotated stance */
  stanceOk: number;
  stanceOf: number;
  matches: Match[];
}

const sum = (rs: readonly FixtureReport[], k: 'expected' | 'predicted' | 'found' | 'speakerOk') =>
  rs.reduce((n, r) => n + r.statements[k], 0);

/** Groups fixture reports into sets, languages in order, construction first, then dev, then test. */
export function fixtureSets(reports: readonly FixtureReport[]): FixtureSet[] {
  const out: FixtureSet[] = [];
  for (const lang of [...new Set(reports.map((r) => r.lang))])
    for (const split of ['construction', 'dev', 'test'] as const) {
      const rs = reports.filter((r) => r.lang === lang && (r.split ?? 'construction') === split);
      if (rs.length === 0) continue;
      const matches = rs.flatMap((r) => r.matches);
      const judged = matches.filter((m) => m.speakerOk && m.goldStance !== undefined);
      const stories = new Set(rs.map((r) => r.story ?? r.name)).size;
      out.push({
        label:
          split === 'construction'
            ? `team fixtures (${rs.length} cases)`
            : `news ${split} (${rs.length} art., ${stories} stor.)`,
        lang,
        split,
        tunedOn: split !== 'test',
        cases: rs.length,
        stories,
        passed: rs.filter((r) => r.problems.length === 0).length,
        expected: sum(rs, 'expected'),
        predicted: sum(rs, 'predicted'),
        found: sum(rs, 'found'),
        speakerOk: sum(rs, 'speakerOk'),
        stanceOk: judged.filter((m) => m.stance === m.goldStance).length,
        stanceOf: judged.length,
        matches,
      });
    }
  return out;
}

const ratio = (a: number, b: number) => a / Math.max(1, b);

/** Statements found: precision, recall, F1. */
export const foundScores = (s: FixtureSet) => {
  const p = ratio(s.found, s.predicted);
  const r = ratio(s.found, s.expected);
  return { precision: p, recall: r, f1: f1(p, r) };
};

/** Statements found with the right speaker (the speaker-F1). */
export const speakerScores = (s: FixtureSet) => {
  const p = ratio(s.speakerOk, s.predicted);
  const r = ratio(s.speakerOk, s.expected);
  return { precision: p, recall: r, f1: f1(p, r) };
};
