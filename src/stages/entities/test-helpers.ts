import type { Doc } from '../../domain/document.js';
import type { Entity } from '../../domain/entity.js';
import { runPipeline } from '../../pipeline/extract.js';

export const extract = (text: string, lang: string): Doc => runPipeline(text, { lang });

export const byId = (doc: Doc, id: string): Entity | undefined => doc.entities.find((e) => e.id === id);

/** Every mention of every entity, as written. */
export const mentionTexts = (doc: Doc): string[] =>
  doc.entities.flatMap((e) => e.mentions.map((m) => m.text));
