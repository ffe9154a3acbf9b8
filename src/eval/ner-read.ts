/** One sentence of a BIO-tagged dataset: its tokens and gold entity spans in token positions. */
export interface NerSentence {
  tokens: string[];
  gold: NerSpan[];
}

export interface NerSpan {
  /** first token */
  start: number;
  /** after the last token */
  end: number;
  /** the dataset's label without its B-/I- prefix: "PERSON", "LOC" */
  label: string;
}

/** Spans from B-/I- tags; an I- tag that does not continue a span of its label opens one. */
export function spansOf(tags: readonly string[]): NerSpan[] {
  const out: NerSpan[] = [];
  let open: NerSpan | null = null;
  tags.forEach((tag, i) => {
    const m = /^([BI])-(.+)$/.exec(tag);
    if (!m) {
      open = null;
      return;
    }
    const [, bio, label] = m;
    if (bio === 'I' && open && open.label === label && open.end === i) open.end = i + 1;
    else {
      open = { start: i, end: i + 1, label: label! };
      out.push(open);
    }
  });
  return out;
}

/**
 * Reads `token<TAB>tag` lines (NERGrit) or CoNLL-like `index<TAB>token<TAB>tag...` lines with
 * `#` comments (Universal NER); a blank line ends a sentence.
 */
export function readBio(content: string, columns: { token: number; tag: number }): NerSentence[] {
  const out: NerSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (tokens.length) out.push({ tokens, gold: spansOf(tags) });
    tokens = [];
    tags = [];
  };
  for (const raw of content.split(/\r?\n/)) {
    if (raw.startsWith('#')) continue;
    if (raw.trim() === '') {
      flush();
      continue;
    }
    const cols = raw.split('\t');
    const token = cols[columns.token];
    if (token === undefined || token === '') continue;
    tokens.push(token);
    tags.push(cols[columns.tag] ?? 'O');
  }
  flush();
  return out;
}
