import type { Doc } from '../../domain/document.js';
import type { Statement } from '../../domain/statement.js';
import type { Stage } from '../../pipeline/stage.js';
import { quoteDrafts } from './attribution.js';
import { citedSourceIn } from './cited.js';
import { compileStatementLexicon } from './compile.js';
import type { Draft } from './draft.js';
import { headlineDraft, titleCueDraft } from './headline.js';
import { sentenceDrafts } from './indirect.js';
import { findQuotes } from './quotes.js';
import { resolveSpeakers } from './resolve.js';
import { decideStance, mainClauseNegation } from './stance.js';
import { buildView, type TokenView } from './view.js';

const within = (s: { start: number; end: number }, outer: { start: number; end: number }) =>
  s.start >= outer.start && s.end <= outer.end;

function toStatement(v: TokenView, d: Draft, speaker: Statement['speaker']): Statement {
  const doc = v.doc;
  const cue = d.cue;
  const stance = decideStance(v, cue?.info ?? null, d.negated, d.stanceTokens);
  const attr = d.attribution;
  const attrSpan =
    attr.first < attr.end
      ? { start: v.toks[attr.first]!.start, end: v.toks[attr.end - 1]!.end }
      : { start: d.span.start, end: d.span.start };
  const extent = { start: Math.min(attrSpan.start, d.span.start), end: Math.max(attrSpan.end, d.span.end) };
  return {
    speaker,
    cue: cue ? doc.text.slice(v.toks[cue.first]!.start, v.toks[cue.end - 1]!.end) : null,
    cueSpan: cue ? { start: v.toks[cue.first]!.start, end: v.toks[cue.end - 1]!.end } : null,
    direct: d.direct,
    stance: stance.stance,
    certainty: stance.certainty,
    negated:
      mainClauseNegation(
        v,
        d.stanceTokens,
        v.sl.hedge.findAll(v.toks, d.stanceTokens.first, d.stanceTokens.end),
      ) >= 0,
    content: doc.text.slice(d.contentSpan.start, d.contentSpan.end),
    span: d.span,
    contentSpan: d.contentSpan,
    citedSource:
      (d.tailCitation && citedSourceIn(v, d.tailCitation.first, d.tailCitation.end)) ??
      citedSourceIn(v, attr.first, attr.end),
    figures: doc.figures.filter((f) => within(f.span, d.contentSpan)),
    dates: doc.dates.filter((x) => within(x.span, extent)),
    rule: `${d.rule} ${d.speakerRule}`,
    stanceRule: stance.rule,
  };
}

export function extractStatements(doc: Doc, v: TokenView): Statement[] {
  const quotes = findQuotes(doc.norm, doc.paragraphs);
  const { drafts, used } = quoteDrafts(v, quotes);
  const head = headlineDraft(v, used) ?? titleCueDraft(v, used);
  if (head) {
    drafts.push(head);
    for (let k = head.attribution.first; k < v.sentStart[1]!; k++) used[k] = 1;
  }
  for (let s = 0; s < doc.sentences.length; s++) drafts.push(...sentenceDrafts(v, s, used));
  return resolveSpeakers(v, drafts)
    .map(({ draft, speaker }) => toStatement(v, draft, speaker))
    .sort((a, b) => a.span.start - b.span.start || a.speaker.name.localeCompare(b.speaker.name));
}

export const statementsStage: Stage = {
  id: 'statements',
  // 2: refusals hedge, denunciations and not-found statements deny, predictions assert;
  // 3: speakers resolved through a running discourse state, role nouns to their named holders
  version: 3,
  needsLexicon: true,
  run(doc, ctx) {
    const view = buildView(doc, compileStatementLexicon(ctx.lex!));
    doc.statements = extractStatements(doc, view);
  },
};
