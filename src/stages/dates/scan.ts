import type { Candidate } from './candidate.js';
import { readNamed, readYear } from './absolute.js';
import type { DatesModel } from './model.js';
import { readNumeric } from './numeric.js';
import { readUnitMarked } from './unit-marked.js';
import { readAgo, readPart, readRelative } from './relative.js';
import { readWeekday } from './weekday.js';
import type { TokenStream } from '../figures/stream.js';
import { filterOf, type WordFilter } from '../../lexicon/word-filter.js';

/**
 * Every parser proposes a date starting at token i; the longest wins. On a tie between a weekday
 * and a relative phrase ("Minggu lalu": last Sunday or last week?) the relative phrase wins
 * unless the weekday is sure (capitalised inside a sentence, or after "hari").
 */
function best(stream: TokenStream, i: number, dm: DatesModel): Candidate | null {
  const { tokens } = stream;
  const t = tokens[i]!;
  const found: Array<Candidate | null> = [];
  if (t.kind === 'number') {
    found.push(
      readNumeric(tokens, i, dm, false),
      readNamed(tokens, i, dm),
      readAgo(stream, i, dm),
      readYear(tokens, i, dm),
      readUnitMarked(tokens, i, dm),
    );
  } else if (t.kind === 'word') {
    found.push(
      readRelative(stream, i, dm),
      readNamed(tokens, i, dm),
      readPart(stream, i, dm),
      readYear(tokens, i, dm),
    );
    const w = readWeekday(stream, i, dm);
    if (w) {
      const rivals = found.filter((c): c is Candidate => !!c && c.end >= w.end);
      if (w.sure || rivals.length === 0) found.unshift(w);
    }
    found.push(readAgo(stream, i, dm));
  } else return null;
  let pick: Candidate | null = null;
  for (const c of found) if (c && (!pick || c.end > pick.end)) pick = c;
  return pick;
}

// digits that may begin a date: a day, a year, "23/10", "23.10.2024"
const DATE_DIGITS = /^(?:\d{1,4}|\d+\/[\d/]+|\d{1,2}\.\d{1,2}\.\d{4})$/;

function mayStart(stream: TokenStream, i: number, dm: DatesModel, starts: WordFilter): boolean {
  const t = stream.tokens[i]!;
  if (t.kind === 'number') return DATE_DIGITS.test(t.norm);
  if (t.kind !== 'word') return false;
  if (starts.mayHave(t.norm) && dm.starts.has(t.norm)) return true;
  const dash = t.norm.indexOf('-');
  return dash > 0 && dm.partWords.has(t.norm.slice(0, dash));
}

/** Non-overlapping date candidates of one paragraph, left to right. */
export function scanDates(stream: TokenStream, dm: DatesModel): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = stream;
  // most words are no date's first word: turned away before the set
  const starts = filterOf(dm.starts);
  for (let i = 0; i < tokens.length; i++) {
    if (!mayStart(stream, i, dm, starts)) continue;
    const c = best(stream, i, dm);
    if (c) {
      out.push(c);
      i = c.end - 1;
    }
  }
  return out;
}
