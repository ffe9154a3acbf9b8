import type { Doc } from '../domain/document.js';
import { EXTRACT_SCHEMA_VERSION, type ExtractResult } from '../domain/extract-result.js';
import { runPipeline } from '../pipeline/extract.js';
import type { ExtractOptions } from '../pipeline/stage.js';
import { pipelineVersion } from '../pipeline/stages.js';
import { joinSections, sectionBounds, SECTION_CHARS } from './sections.js';

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

/** Extracts every attributed statement, entity, figure and date from one article's text. */
export function extractText(
  text: string,
  options: ExtractOptions = {},
  source?: ArticleSource,
): ExtractResult {
  const cuts = sectionBounds(text);
  if (cuts.length <= 2) return toResult(runPipeline(text, options), source);
  // the first section tells the language (unless given); the others are read in it
  const parts: ExtractResult[] = [];
  let lang = options.lang;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const part = toResult(
      runPipeline(text.slice(cuts[i], cuts[i + 1]), { ...options, ...(lang ? { lang } : {}) }),
      source,
    );
    lang ??= part.language;
    parts.push(part);
  }
  const joined = joinSections(text, parts, cuts);
  joined.warnings.push(
    `read in ${parts.length} sections of at most ${SECTION_CHARS} characters (the text is long)`,
  );
  return joined;
}
