/**
 * @module The statements stage: the article as one labelled token view, the parsers propose
 * drafts (one construction each, in order), the refiners turn them into statements (in order).
 */
import type { Statement } from '../../domain/statement.js';
import type { Stage } from '../../pipeline/stage.js';
import { compileStatementLexicon } from './compile.js';
import { PARSERS } from './parsers/index.js';
import { runParsers } from './parsers/run.js';
import { REFINERS } from './refiners/index.js';
import { candidate, type Candidate } from './refiners/types.js';
import { buildView, type TokenView } from './view.js';

function toStatement(v: TokenView, c: Candidate): Statement | null {
  const { draft: d, speaker, stance } = c;
  if (!speaker || !stance) return null;
  const cueSpan = d.cue ? { start: v.toks[d.cue.first]!.start, end: v.toks[d.cue.end - 1]!.end } : null;
  return {
    speaker,
    cue: cueSpan ? v.doc.text.slice(cueSpan.start, cueSpan.end) : null,
    cueSpan,
    direct: d.direct,
    stance: stance.stance,
    certainty: stance.certainty,
    negated: c.negated,
    content: v.doc.text.slice(d.contentSpan.start, d.contentSpan.end),
    span: d.span,
    contentSpan: d.contentSpan,
    citedSource: c.citedSource,
    figures: c.figures,
    dates: c.dates,
    rule: `${d.rule} ${d.speakerRule}`,
    stanceRule: stance.rule,
  };
}

export function extractStatements(v: TokenView): Statement[] {
  let candidates = runParsers(v, PARSERS).map(candidate);
  for (const r of REFINERS) candidates = r.refine(v, candidates);
  return candidates
    .flatMap((c) => toStatement(v, c) ?? [])
    .sort((a, b) => a.span.start - b.span.start || a.speaker.name.localeCompare(b.speaker.name));
}

export const statementsStage: Stage = {
  id: 'statements',
  // 2: refusals hedge, denunciations and not-found statements deny, predictions assert;
  // 3: speakers resolved through a running discourse state, role nouns to their named holders;
  // 2: refusals hedge, denunciations and not-found statements deny, predictions assert;
  // 3: speakers resolved through a running discourse state, role nouns to their named holders;
  // 4: parsers and refiners, with tail bodies, nested reporting, authorities, continuation;
  // 5: verb-second and split cues, Konjunktiv continuation, subjectless tags;
  // 6: verb-final clauses and quotations, postpositional according-to;
  // 7: verb-initial clauses, a dash after a quotation, locative bodies, refusals standing alone;
  // 8: bodies named by common nouns, "and that" clauses split, plural professions, records;
  // 9: names by family name, compound roles, far and late verb-final heads, verb-final refusals
  // 10: according-to phrases with a pronoun, prefixed roles, ages and bracketed acronyms in
  // speaker phrases, short quotes as names, Arabic participles and prepositional role fields
  // 11: second predicates as statements, mid-sentence sources, professions and ages as speakers,
  // headline sources after a colon, negated facts deny
  // 12: German: speakers opened by "Der" and read through adjectives, verb-second prepositional
  //    openings, colon quotations after an object, "wie X mitteilte" clauses, chained continuations
  // 13: Romance: inverted cues after dates and hearers, record nouns after articles, refusals,
  //    elided articles, subjects opened by a role with a complement, opening participles
  // 14: "the company" after a name taken for a person, withheld telling ("could not give a
  //    date") and possibility ("could change") hedges, denial verbs opening the content, negated
  //    copulas deny, not answering questions is a refusal
  // 15: German reported mood read after the token parsers and across a quotation, records before
  //    "zufolge", "demnach" going on for the previous source
  // 16: refusals framing their speaker, relays naming outlet then source, "据 X 称/统计",
  //    unspaced places glued to bodies, days after a speaker, bare role nouns pointing back,
  //    verb-initial quotations with the speaker implied, refusals after their object
  // 17: compound cues across adverbs, accusations whose charge is the content, sources after
  //    "desde"/"da", subjects parted from their cue by an aside, semicolons ending a clause
  // 18: German clause brackets ("hat sich … geäußert, dass"), records after a preposition
  //    ("Nach Polizeiangaben"), a colon quotation's clause subject, reported mood after a
  //    sentence that is no statement
  // 19: refusals and quoted body names after a locative ("У Кремлі відмовилися коментувати",
  //    "В «Укренерго» закликали"); the verb-final clause after "…が、" has its own speaker;
  //    "Как сообщили в МЧС, …" reads the body in the locative as the source
  // 20: refusals closed by longer adjuncts, hearer prepositions matched as written after a bare
  //    cue, subjects whose head takes a complement before an aside, subjectless tags set off by
  //    commas inside the reported clause ("Le famiglie, ha aggiunto, dovranno …")
  // 21: participles after a plain clause speak for its subject, speech nouns after articles are
  //    no cue, "the minister" after a deputy minister who just spoke, a lead's role noun named
  //    in the next sentence, a name the entity stage ran into an organisation, attributions set
  //    off by commas ("Hal itu, kata Arif, …"), "said she still believed" kept whole, passive
  //    cues opening the sentence ("Ditambahkannya, …", "Dijelaskan X, …"), "too early to discuss"
  //    and "masih kami kaji" hedge, appraisals with their object ("welcomed the decision",
  //    "menyambut baik"), not commenting standing alone is a refusal, "it" for a company name taken
  //    for a person, a headline's bare profession ("Ekonom: …") for the body's holder of it
  // 22: a sentence opening with an object pronoun and a cue reports the sentence before it
  // ("Lo ha reso noto la Regione"); a channel or a named hearer between a cue and its speaker;
  //    a relative "according to whom" after a comma ("Legambiente, secondo cui …")
  // 23: German: clause brackets whose participle has its particle apart ("hat … bekannt
  //    gegeben"), "laut" and more record nouns before a record ("Nach einer Stellungnahme der
  //    Bahn", "laut Polizeibericht"), sources in quotation marks after "laut", hearers named in
  //    quotation marks are no quotation, a pronoun with no speaker before is the person named in
  //    the sentences before (one person only), an apposition after a parenthetical speaker is
  //    no content, reported mood after a sentence opened by a body that made no statement
  // 24: stance in every language: negated findings and facts deny ("no se han detectado", "il
  //    n'y a aucun risque"), words that brand a claim false deny ("exagérés", "истерикой"), modals
  //    of possibility hedge ("could", "pourrait", "-ebilir"), conditions written onto the verb
  //    ("-면", "-rsa"), a negator after a denial cue is a refusal ("bestritt nicht, dass")
  // 25: a clitic or pronoun goes to a subject after a fronted phrase ("Terkait X, Bupati Y
  //    meminta …") and to a newer subject with a role up to three sentences back; a clause opened
  //    by a subordinator after a comma has its own speaker ("…, while the union said …",
  //    "…, sedangkan X menyebut …"); testimony reports speech; a subheading run into the next
  //    sentence is not part of its speaker ("Tak ada payung hukum Ketua Bawaslu Abhan mengatakan")
  // 26: an Italian cleft ("A confermarlo è stato X") and a resumptive give their speaker to the
  // sentence or lone quotation before; a resumptive may hold an adjunct before its cue; a cue
  // opening a sentence with a complementizer reports for the previous speaker where the subject
  // drops; a colon before a quotation names its subject in it/uk/ru/es/pt/fr; lexicon additions
  // 27: a promise's infinitive is its content ("vowed to fight the order", "berjanji akan …"); a
  //    document as subject speaks for the body before it ("The statement added that …"); a
  //    participle right after an issued document reports for its issuer ("issued a statement
  //    calling on …"); a pronoun after a fronted phrase with no comma ("In her evidence she said");
  //    "telling" reports as a participle and takes the stance of the refusal or denial it hangs
  //    from; a body after a person set off by commas is no apposition of that person
  // 29: an outlet named by a citing marker is the speaker when the clause names none ("Как
  //    сообщает ТАСС, …", "…, як повідомляє Укрінформ"); channels and a hearer word between an
  //    inverted cue and its speaker ("сказав у коментарі журналістам X"); a name run into the
  //    body a role governs is read back out ("голова Полтавської ОВА Володимир Когут")
  // 30: a denial around its object ("wies die Vorwürfe zurück", "iddiaları yalanladı"); refusals
  //    that do not deny ("не стал опровергать") or end in "for comment"; a verb-final refusal's
  //    speaker is its marked head ("대변인은 구체적인 언급을 피했다")
  // 31: lexicon phrases tokenized with the language's particles and suffixes, as its text is (Korean "언급을 피했다")
  // 32: verb-final clauses whose speaker no comma closes and passives whose source owns the
  //    opening channel (tr); refusals parted by their topic (uk, ru); unquoted speech closed by a
  //    dash and an inverted cue; Arabic auxiliary openings ("وكان X قد قال"), relays as two
  //    statements, announced verbal nouns; a quoted name after a locative common noun
  // 33: German speech acts reported by their object (reporting.acts: "forderte den Rücktritt",
  //    "gab … bekannt"), the whole clause as the statement's span
  //    a quoted fragment inside reported speech is a direct quotation too (grammar.quotedFragments)
  //    a colon quotation's subject after the verb when an adjunct opens the clause (verb-second)
  //    German "…, wonach …" after a record ("eine Schätzung, wonach …") reports for the record
  // 34: Romance collective speakers ("los regantes"), according-to appositions closed by a comma, no inline "para/pour",
  //     dialogue dashes ("—No vamos … —añadió."), no conditional conjunction as a subject ("Si no explica …"),
  //     an outlet or a setting between an inverted cue and its speaker ("a déclaré sur France Info la maire")
  version: 34,
  needsLexicon: true,
  run(doc, ctx) {
    const view = buildView(doc, compileStatementLexicon(ctx.lex!));
    doc.statements = extractStatements(view);
  },
};
