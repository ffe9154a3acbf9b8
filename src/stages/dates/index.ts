/**
 * @module The dates stage: absolute and relative dates, resolved to ISO values.
 *
 * Parsers (absolute.ts, numeric.ts, weekday.ts, relative.ts) propose dates at each token; the
 * longest wins (scan.ts). Each is then resolved (resolve.ts) against the reference date: the
 * publication date, or when that is unknown the first full date the article states itself (a
 * dateline such as "Senin (13/04/2020)"), or none, and then relative dates stay null.
 * `stated` says whether the text gave the calendar date; `implied` what was filled in.
 *
 * As a refiner, the stage then drops every figure that overlaps a date ("23 Oktober",
 * "3 hari lalu"): the figures stage runs first and leaves most dates alone, but not all.
 *
 * Conventions: a bare weekday ("pada hari Senin") is the latest such day on or before the
 * reference; a week ("pekan lalu") is given by its Monday with `end` its Sunday; a part of a
 * month ("awal hingga pertengahan Oktober") by its first day with `end` its last (awal 1-10,
 * pertengahan 11-20, akhir 21-end, as dates.json says); a day and month without a year take
 * the year that puts them nearest the reference, and match the weekday when one is written.
 */
import type { DateRef } from '../../domain/date-ref.js';
import type { Figure } from '../../domain/figure.js';
import type { Stage } from '../../pipeline/stage.js';
import { paragraphStreams, releaseParagraphStreams } from '../figures/stream.js';
import { parseIsoDay, type Ymd } from './calendar.js';
import type { Candidate } from './candidate.js';
import { datesModel } from './model.js';
import { resolve } from './resolve.js';
import { scanDates } from './scan.js';

/** The first date the article states in full (day, month and year), as a fallback reference. */
function statedReference(found: Array<{ c: Candidate }>): Ymd | null {
  for (const { c } of found)
    if (c.year !== undefined && c.month !== undefined && c.day !== undefined && !c.relative)
      return { y: c.year, m: c.month, d: c.day };
  return null;
}

/** Figures that overlap no date; both lists sorted by span start. */
export function dropOverlapping(figures: Figure[], dates: readonly DateRef[]): Figure[] {
  let k = 0;
  return figures.filter((f) => {
    while (k < dates.length && dates[k]!.span.end <= f.span.start) k++;
    for (let j = k; j < dates.length && dates[j]!.span.start < f.span.end; j++)
      if (dates[j]!.span.end > f.span.start) return false;
    return true;
  });
}

export const datesStage: Stage = {
  id: 'dates',
  // 3: lexicon phrases tokenized with the language's particles and suffixes, as its text is
  version: 3,
  needsLexicon: true,
  run(doc, ctx) {
    if (!ctx.lex) return;
    const dm = datesModel(ctx.lex);
    const found: Array<{ c: Candidate; start: number; end: number }> = [];
    for (const stream of paragraphStreams(doc)) {
      try {
        for (const c of scanDates(stream, dm))
          found.push({ c, start: stream.tokens[c.start]!.start, end: stream.tokens[c.end - 1]!.end });
      } catch (e) {
        doc.warnings.push(`dates: a paragraph could not be read (${(e as Error).message})`);
      }
    }
    // the figures and dates stages are done with them
    releaseParagraphStreams(doc);
    const ref = parseIsoDay(doc.published) ?? statedReference(found);
    const dates: DateRef[] = [];
    for (const { c, start, end } of found) {
      const d = resolve(c, ref) as DateRef;
      d.text = doc.text.slice(start, end);
      d.span = { start, end };
      d.rule = c.rule;
      dates.push(d);
    }
    doc.dates = dates;
    doc.figures = dropOverlapping(doc.figures, doc.dates);
  },
};
