/**
 * Rebuilds readable text from corpus tokens so the extractor sees text as a newspaper prints
 * it: no space before ",.;:!?)" or after "(", and ambiguous quotation marks (” and ") attached
 * to the words they enclose, opening and closing in turn. Returns each token's offsets.
 */
export function detokenize(tokens: string[]): {
  text: string;
  offsets: Array<{ start: number; end: number }>;
} {
  let text = '';
  const offsets: Array<{ start: number; end: number }> = [];
  let open = false;
  let glueNext = false;
  for (const t of tokens) {
    const ambiguousQuote = t === '”' || t === '"' || t === '“' || t === '″';
    let opening = false;
    let space = text.length > 0 && !glueNext;
    if (ambiguousQuote) {
      opening = t === '“' ? true : !open;
      open = opening;
      if (!opening) space = false;
    } else if (/^[,.;:!?)\]%]$/.test(t) || t === '…') space = false;
    if (space) text += ' ';
    offsets.push({ start: text.length, end: text.length + t.length });
    text += t;
    glueNext = (ambiguousQuote && opening) || t === '(' || t === '[';
  }
  return { text, offsets };
}
