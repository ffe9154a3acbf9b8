/**
 * Breakdowns of matched statements that show where the extractor goes wrong: a stance confusion
 * matrix (gold stance x predicted stance) and speaker accuracy by the rule that chose the speaker.
 */

/** One gold statement the extractor found. */
export interface Match {
  /** unset when the annotation gives no stance */
  goldStance?: string;
  stance: string;
  /** the id of the rule that chose the speaker ("speaker.before-cue", "speaker.clitic-previous") */
  speakerRule: string;
  speakerOk: boolean;
}

const STANCES = ['assert', 'deny', 'hedge', 'conditional', 'question'];

/**
 * The speaker part of a statement's rule: "quote.after.clitic speaker.clitic-previous" ->
 * "speaker.clitic-previous"; a rule without one gives what follows its content rule.
 */
export function speakerRuleOf(rule: string): string {
  const parts = rule.split(/\s+/).filter((p) => p.length > 0);
  const speaker = parts.filter((p) => /^(speaker|resolve)\b/.test(p));
  if (speaker.length > 0) return speaker.join(' ');
  return parts.length > 1 ? parts.slice(1).join(' ') : (parts[0] ?? '(none)');
}

export type Confusion = Record<string, Record<string, number>>;

/** gold -> predicted -> count, over the matches whose annotation gives a stance. */
export function stanceConfusion(matches: readonly Match[]): Confusion {
  const out: Confusion = {};
  for (const m of matches) {
    if (m.goldStance === undefined) continue;
    const row = (out[m.goldStance] ??= {});
    row[m.stance] = (row[m.stance] ?? 0) + 1;
  }
  return out;
}

export interface RuleAccuracy {
  rule: string;
  statements: number;
  speakerRight: number;
}

/** Speaker accuracy per speaker rule, the most used rule first. */
export function speakerByRule(matches: readonly Match[]): RuleAccuracy[] {
  const by = new Map<string, RuleAccuracy>();
  for (const m of matches) {
    const r = by.get(m.speakerRule) ?? { rule: m.speakerRule, statements: 0, speakerRight: 0 };
    r.statements++;
    if (m.speakerOk) r.speakerRight++;
    by.set(m.speakerRule, r);
  }
  return [...by.values()].sort((a, b) => b.statements - a.statements || a.rule.localeCompare(b.rule));
}

/** The confusion matrix as text lines, indented under its heading. */
export function formatConfusion(c: Confusion, indent: string): string[] {
  const labels = [
    ...STANCES,
    ...[
      ...new Set(
        Object.values(c)
          .flatMap((r) => Object.keys(r))
          .concat(Object.keys(c)),
      ),
    ]
      .filter((s) => !STANCES.includes(s))
      .sort(),
  ];
  const cell = (s: string | number) => String(s).padStart(12);
  const lines = [`${indent}${'gold \\ predicted'.padEnd(16)}${labels.map(cell).join('')}`];
  for (const g of labels) {
    const row = c[g];
    if (!row) continue;
    const total = Object.values(row).reduce((n, k) => n + k, 0);
    lines.push(
      `${indent}${g.padEnd(16)}${labels.map((p) => cell(row[p] ?? 0)).join('')}   (${row[g] ?? 0}/${total} right)`,
    );
  }
  return lines;
}

/** Speaker accuracy by rule as text lines, the weakest rule visible at a glance. */
export function formatRules(rules: readonly RuleAccuracy[], indent: string): string[] {
  return rules.map(
    (r) =>
      `${indent}${r.rule.padEnd(40)}${String(r.statements).padStart(5)} statements   speaker right ${(r.speakerRight / r.statements).toFixed(3)}`,
  );
}

/** Of the statements with a gold stance (and the right speaker), how many got it, overall and per stance. */
export interface StanceScore {
  right: number;
  of: number;
  /** gold stance -> statements of it, and those read so (recall of that stance) */
  byGold: Record<string, { right: number; of: number }>;
}

/**
 * Stance accuracy and per-stance recall over the matches whose speaker is right: a statement
 * given to the wrong speaker is a speaker error, not a stance one.
 */
export function stanceScore(matches: readonly Match[]): StanceScore {
  const out: StanceScore = { right: 0, of: 0, byGold: {} };
  for (const m of matches) {
    if (m.goldStance === undefined || !m.speakerOk) continue;
    const g = (out.byGold[m.goldStance] ??= { right: 0, of: 0 });
    g.of++;
    out.of++;
    if (m.stance === m.goldStance) {
      g.right++;
      out.right++;
    }
  }
  return out;
}

const share = (r: { right: number; of: number } | undefined): string =>
  r && r.of > 0
    ? `${(r.right / r.of).toFixed(2)} (${String(r.right).padStart(3)}/${String(r.of).padEnd(3)})`
    : '  -'.padEnd(13);

/** The stances whose recall the per-language line shows: the ones read as assertions most often. */
export const STANCE_LINE = ['deny', 'hedge', 'conditional'] as const;

/**
 * One language's stance line for a split: accuracy, then the recall of deny, hedge and
 * conditional ("0.62 ( 40/65 )"), so the weak languages and stances show at a glance.
 */
export function formatStanceLine(label: string, s: StanceScore): string {
  const acc = s.of > 0 ? (s.right / s.of).toFixed(3) : '  -  ';
  return `${label.padEnd(12)}${acc}  ${String(s.of).padStart(4)}   ${STANCE_LINE.map((g) => share(s.byGold[g])).join(' ')}`;
}

/** The heading of the per-language stance lines. */
export const STANCE_LINE_HEAD = `${'lang split'.padEnd(12)}acc    n      ${STANCE_LINE.map((g) => `${g} recall`.padEnd(14)).join('')}`;
