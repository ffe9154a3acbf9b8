/** One token of an annotated corpus with its label ("B-STATEMENT", "O"). */
export interface LabelledToken {
  text: string;
  label: string;
}

/** Reads `token<TAB>label` lines, blank lines between segments. */
export function readTokenLabelFile(content: string): LabelledToken[][] {
  const segments: LabelledToken[][] = [];
  let cur: LabelledToken[] = [];
  for (const line of content.split('\n')) {
    if (!line.trim()) {
      if (cur.length) segments.push(cur);
      cur = [];
      continue;
    }
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    cur.push({ text: line.slice(0, tab), label: line.slice(tab + 1).trim() });
  }
  if (cur.length) segments.push(cur);
  return segments;
}

/** Spans [first, last] of each labelled entity in BIO or BILOU tags, by type. */
export function labelSpans(tokens: LabelledToken[]): Array<{ type: string; first: number; last: number }> {
  const out: Array<{ type: string; first: number; last: number }> = [];
  let cur: { type: string; first: number; last: number } | null = null;
  tokens.forEach((t, i) => {
    const [tag, type] = t.label === 'O' ? ['O', ''] : [t.label.slice(0, 1), t.label.slice(2)];
    const continues = (tag === 'I' || tag === 'L') && cur && cur.type === type && cur.last === i - 1;
    if (continues) cur!.last = i;
    else {
      if (cur) out.push(cur);
      cur = tag === 'O' ? null : { type, first: i, last: i };
    }
    if (tag === 'L' || tag === 'U') {
      if (cur) out.push(cur);
      cur = null;
    }
  });
  if (cur) out.push(cur);
  return out;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
export const scores = (tp: number, pred: number, gold: number, tpRecall = tp): Scores => {
  const precision = pred ? tp / pred : 0;
  const recall = gold ? tpRecall / gold : 0;
  return { precision, recall, f1: f1(precision, recall) };
};
