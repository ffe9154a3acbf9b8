import type { Candidate } from './candidate.js';
import type { EntityModel } from './model.js';
import type { Target } from './target.js';
import type { SentenceView } from './view.js';

const ACRONYM = /^\p{Lu}{2,8}$/u;

/** The first letters of a name's capitalised words: "Centre for Labour Studies" -> "cls". */
function initials(view: SentenceView, c: Candidate, model: EntityModel): string {
  let out = '';
  for (let k = c.start; k < c.end; k++) {
    const t = view.tokens[k]!;
    if (t.kind === 'word' && t.upper && !model.functionWords.has(t.norm)) out += t.norm[0];
  }
  return out;
}

/**
 * An acronym an article defines after a name ("Centre for Labour Studies (CLS)", "Lembaga Kajian
 * Buruh (LKB)") is that name wherever it stands alone: "CLS urged talks" is the organisation, not
 * a person read from its verb. Only an organisation whose words spell the acronym defines it.
 */
export function joinDefinedAcronyms(
  all: Candidate[],
  views: readonly SentenceView[],
  model: EntityModel,
): void {
  const defined = new Map<string, Target>();
  const byEnd = new Map<string, Candidate>();
  for (const c of all) byEnd.set(`${c.sentence}:${c.end}`, c);
  views.forEach((view, si) => {
    const { tokens } = view;
    for (let k = 1; k + 2 < tokens.length; k++) {
      if (tokens[k]!.text !== '(' || tokens[k + 2]!.text !== ')' || !ACRONYM.test(tokens[k + 1]!.text))
        continue;
      const name = byEnd.get(`${si}:${k}`);
      if (name?.target.type === 'organization' && initials(view, name, model) === tokens[k + 1]!.norm)
        defined.set(tokens[k + 1]!.text, name.target);
    }
  });
  if (defined.size === 0) return;
  for (const c of all) {
    if (c.end - c.start !== 1) continue;
    const target = defined.get(views[c.sentence]!.tokens[c.start]!.text);
    if (target && c.target.id !== target.id) {
      c.target = target;
      c.rule = 'acronym.defined';
      c.weak = false;
    }
  }
}
