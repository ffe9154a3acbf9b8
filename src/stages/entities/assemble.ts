import type { Doc } from '../../domain/document.js';
import type { Entity, Mention } from '../../domain/entity.js';
import type { Candidate } from './candidate.js';
import type { SentenceView } from './view.js';

const ordered = (ms: readonly Mention[]): boolean => {
  for (let k = 1; k < ms.length; k++) if (ms[k]!.start < ms[k - 1]!.start) return false;
  return true;
};

/** Groups kept candidates by id into entities, in order of first mention. */
export function assemble(
  doc: Doc,
  candidates: readonly Candidate[],
  views: readonly SentenceView[],
): Entity[] {
  const byId = new Map<string, Entity>();
  for (const c of candidates) {
    if (c.weak) continue;
    const tokens = views[c.sentence]!.tokens;
    const start = tokens[c.start]!.start;
    const end = tokens[c.end - 1]!.end;
    if (!(start >= 0 && end <= doc.text.length && start < end)) continue;
    const mention: Mention = { start, end, text: doc.text.slice(start, end), rule: c.rule };
    const t = c.target;
    let e = byId.get(t.id);
    if (!e) {
      e = { id: t.id, name: t.name, type: t.type, mentions: [] };
      if (t.country) e.country = t.country;
      if (t.coordinates) e.coordinates = t.coordinates;
      byId.set(t.id, e);
    }
    e.mentions.push(mention);
  }
  const out = [...byId.values()];
  for (const e of out) if (!ordered(e.mentions)) e.mentions.sort((a, b) => a.start - b.start);
  return out.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}
