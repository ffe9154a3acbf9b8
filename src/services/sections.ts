/**
 * @module Very long inputs read section by section. A news article is a few kilobytes; a pasted
 * book, a site dump or a hostile POST can be megabytes, and the pipeline's working document (a
 * token, its forms and its labels for every word) costs about a hundred times the text while it
 * is read. Above SECTION_CHARS the text is cut at paragraph ends into sections that are read one
 * after the other, each document dropped before the next is made, and the results joined with
 * their spans moved to the whole text. Articles of normal length are one section: nothing
 * changes for them. Across a cut, a pronoun or a continuation cannot reach back to the section
 * before (a speaker is looked for within its section): the cost of reading megabytes in bounded
 * memory.
 */
import type { ExtractResult } from '../domain/extract-result.js';

export const SECTION_CHARS = 100_000;

/** Where to cut: paragraph ends after each SECTION_CHARS, else a sentence end, else a space. */
export function sectionBounds(text: string, size = SECTION_CHARS): number[] {
  const cuts = [0];
  let from = 0;
  while (text.length - from > size) {
    const at = from + size;
    const window = text.slice(at, at + size / 4);
    const para = window.search(/\n\s*\n|\n/);
    const sentence = window.search(/[.!?。！？]\s/);
    const space = window.search(/\s/);
    const k = para >= 0 ? para : sentence >= 0 ? sentence + 1 : space >= 0 ? space : size / 4;
    from = at + k;
    while (from < text.length && /\s/.test(text[from]!)) from++;
    if (from >= text.length) break;
    cuts.push(from);
  }
  cuts.push(text.length);
  return cuts;
}

type Span = { start: number; end: number };

/**
 * Moves a section's spans (statements, their speakers, cues, contents, cited sources, figures and
 * dates; the section's figures, dates and entity mentions) by `by`, in place: the section's
 * result is a fresh object no one else holds, and a text of megabytes should not briefly need its
 * results twice. Each span object moves once, however many facts share it.
 */
export function moveSection(p: ExtractResult, by: number): ExtractResult {
  if (!by) return p;
  const moved = new WeakSet<object>();
  const move = (x: Span | null | undefined) => {
    if (!x || moved.has(x)) return;
    moved.add(x);
    x.start += by;
    x.end += by;
  };
  for (const s of p.statements) {
    move(s.span);
    move(s.speaker.span);
    move(s.cueSpan);
    move(s.contentSpan);
    move(s.citedSource?.span);
    for (const f of s.figures) move(f.span);
    for (const d of s.dates) move(d.span);
  }
  for (const f of p.figures) move(f.span);
  for (const d of p.dates) move(d.span);
  for (const e of p.entities) for (const m of e.mentions) move(m);
  return p;
}

/** Gathers what sections share: entities by id (mentions joined), figures, dates, warnings. */
export class SectionGatherer {
  readonly entities = new Map<string, ExtractResult['entities'][number]>();
  readonly figures: ExtractResult['figures'] = [];
  readonly dates: ExtractResult['dates'] = [];
  readonly warnings: string[] = [];
  add(p: ExtractResult): void {
    for (const f of p.figures) this.figures.push(f);
    for (const d of p.dates) this.dates.push(d);
    for (const w of p.warnings) if (!this.warnings.includes(w)) this.warnings.push(w);
    for (const e of p.entities) {
      const had = this.entities.get(e.id);
      if (had) had.mentions.push(...e.mentions);
      else this.entities.set(e.id, e);
    }
  }
}

/** Joins the results of consecutive sections, `starts[i]` being where section i begins. */
export function joinSections(text: string, parts: ExtractResult[], starts: number[]): ExtractResult {
  const g = new SectionGatherer();
  const statements: ExtractResult['statements'] = [];
  parts.forEach((p, i) => {
    moveSection(p, starts[i]!);
    for (const s of p.statements) statements.push(s);
    g.add(p);
  });
  return {
    ...parts[0]!,
    text,
    statements,
    entities: [...g.entities.values()],
    figures: g.figures,
    dates: g.dates,
    warnings: g.warnings,
  };
}
