import type { Doc } from '../domain/document.js';
import { EXTRACT_SCHEMA_VERSION, type ExtractResult } from '../domain/extract-result.js';
import { runPipeline } from '../pipeline/extract.js';
import type { ExtractOptions } from '../pipeline/stage.js';
import { pipelineVersion } from '../pipeline/stages.js';
import { Deferred, StreamedArray } from './streamed.js';
import { joinSections, moveSection, SectionGatherer, sectionBounds, SECTION_CHARS } from './sections.js';

export interface ArticleSource {
  path?: string | null;
  url?: string | null;
  title?: string | null;
  outlet?: string | null;
}

/** The public contract of one extraction, from the pipeline's working document. */
export function toResult(doc: Doc, source?: ArticleSource): ExtractResult {
  return {
    schemaVersion: EXTRACT_SCHEMA_VERSION,
    language: doc.language.code,
    languageDetection: {
      method: doc.language.method,
      confidence: doc.language.confidence,
      supported: doc.language.supported,
    },
    published: doc.published,
    ...(source
      ? {
          source: {
            path: source.path ?? null,
            url: source.url ?? null,
            title: source.title ?? null,
            outlet: source.outlet ?? null,
          },
        }
      : {}),
    pipeline: pipelineVersion(),
    text: doc.text,
    statements: doc.statements,
    entities: doc.entities,
    figures: doc.figures,
    dates: doc.dates,
    warnings: doc.warnings,
  };
}

const sectionNote = (n: number) =>
  `read in ${n} sections of at most ${SECTION_CHARS} characters (the text is long)`;

/** Reads the sections of a long text one after the other, each with its spans moved to the whole text. */
function* readSections(
  text: string,
  cuts: number[],
  options: ExtractOptions,
  source?: ArticleSource,
): Generator<ExtractResult> {
  // the first section tells the language (unless given); the others are read in it
  let lang = options.lang;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const part = toResult(
      runPipeline(text.slice(cuts[i], cuts[i + 1]), { ...options, ...(lang ? { lang } : {}) }),
      source,
    );
    lang ??= part.language;
    yield moveSection(part, cuts[i]!);
  }
}

/** Extracts every attributed statement, entity, figure and date from one article's text. */
export function extractText(
  text: string,
  options: ExtractOptions = {},
  source?: ArticleSource,
): ExtractResult {
  const cuts = sectionBounds(text);
  if (cuts.length <= 2) return toResult(runPipeline(text, options), source);
  const parts = [...readSections(text, cuts, options, source)];
  const joined = joinSections(
    text,
    parts,
    cuts.map(() => 0),
  );
  joined.warnings.push(sectionNote(parts.length));
  return joined;
}

/**
 * The same result for a writer (`writeJson`): for a text of one section the result itself; for a
 * long one, its statements made section by section while they are written (never held whole),
 * and what the sections share gathered on the way. `warnings()` is complete once written.
 */
export function extractForWriting(
  text: string,
  options: ExtractOptions = {},
  source?: ArticleSource,
): { value: unknown; warnings: () => string[] } {
  const cuts = sectionBounds(text);
  if (cuts.length <= 2) {
    const r = extractText(text, options, source);
    return { value: r, warnings: () => r.warnings };
  }
  const sections = readSections(text, cuts, options, source);
  const first = sections.next().value!;
  const g = new SectionGatherer();
  const warnings = () => [...g.warnings, sectionNote(cuts.length - 1)];
  function* statements() {
    for (let p: ExtractResult | undefined = first; p; p = sections.next().value || undefined) {
      g.add(p);
      yield* p.statements;
      p.statements = [];
    }
  }
  return {
    value: {
      ...first,
      text,
      statements: new StreamedArray(statements),
      entities: new Deferred(() => [...g.entities.values()]),
      figures: new Deferred(() => g.figures),
      dates: new Deferred(() => g.dates),
      warnings: new Deferred(warnings),
    },
    warnings,
  };
}
