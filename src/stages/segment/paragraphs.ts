import type { Paragraph } from '../../domain/text.js';

/** Every non-empty line is a paragraph, trimmed of surrounding spaces. */
export function splitParagraphs(norm: string): Paragraph[] {
  const out: Paragraph[] = [];
  let lineStart = 0;
  const n = norm.length;
  for (let i = 0; i <= n; i++) {
    if (i === n || norm.charCodeAt(i) === 10) {
      let s = lineStart;
      let e = i;
      while (s < e && norm.charCodeAt(s) === 32) s++;
      while (e > s && norm.charCodeAt(e - 1) === 32) e--;
      if (e > s) out.push({ start: s, end: e, index: out.length });
      lineStart = i + 1;
    }
  }
  return out;
}
