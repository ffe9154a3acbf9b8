import type { Certainty, Stance } from '../../domain/statement.js';
import type { Token } from '../../domain/text.js';
import { PhraseGate } from '../../lexicon/phrase-gate.js';
import type { PhraseMatch, PhraseSet } from '../../lexicon/phrase-set.js';
import type { CueInfo, StatementLexicon } from './compile.js';
import { L } from './labels.js';
import { endingIn } from './stance-endings.js';
import type { TokenView } from './view.js';

export interface StanceDecision {
  stance: Stance;
  certainty: Certainty;
  rule: string;
}

interface Range {
  first: number;
  /** exclusive */
  end: number;
}

const gates = new WeakMap<StatementLexicon, PhraseGate>();
/** The stance's word lists, one pass over a statement's words tells which of them are there. */
const stanceGate = (sl: StatementLexicon): PhraseGate => {
  let g = gates.get(sl);
  if (!g)
    gates.set(
      sl,
      (g = new PhraseGate([
        sl.implication,
        sl.deny,
        sl.hedge,
        sl.refusal,
        sl.possibility,
        sl.conditional,
        sl.notConditional,
        sl.certainty,
      ])),
    );
  return g;
};
/** per article's tokens, the range last read through the gate and what it holds */
const lastRead = new WeakMap<readonly Token[], { first: number; end: number; bits: number }>();

/**
 * `set.findAll` over the range `c`: the stance reads eight lists over the same words, so which
 * lists have a first word there is read once, and a list with none finds nothing without a pass.
 */
export function findIn<V>(v: TokenView, set: PhraseSet<V>, c: Range): PhraseMatch<V>[] {
  const gate = stanceGate(v.sl);
  let read = lastRead.get(v.toks);
  if (!read || read.first !== c.first || read.end !== c.end) {
    read = { first: c.first, end: c.end, bits: gate.present(v.toks, c.first, c.end) };
    lastRead.set(v.toks, read);
  }
  return gate.mayMatch(set, read.bits) ? set.findAll(v.toks, c.first, c.end) : [];
}

// cue classes that only report speech: negated ("did not say how many", "tidak menjelaskan
// apakah") or refused ("menolak menjelaskan alasannya"), they leave the claim open
const SPEECH = new Set(['say', 'add', 'explain', 'announce', 'write', 'confirm', 'deny']);
// how far after a negator a verb of finding may stand: "no clade Ib has been detected"
const ABSENCE_WINDOW = 8;

/**
 * The speaker's stance towards what they say, from the cue and the first sentence of the
 * content, in this order:
 * - refusing to speak is a hedge, never a denial: a refusal cue ("declined to comment",
 *   "menolak berkomentar"), a denying cue whose object is speech ("menolak mengatakan apakah"),
 *   a negated denial or speech cue ("did not deny", "tidak membantah", "did not say how many"),
 *   or a refusal phrase in the content ("she had nothing to add");
 * - a denying cue denies ("membantah", "dismissed the reports as fake news"), a negated belief
 *   denies ("tidak percaya"), and a question cue asks ("bertanya");
 * - an explicit condition ("jika", "if", "unless") or a counterfactual ("would have") makes it
 *   conditional, and so does a warning of what a step would lead to ("warned that sending
 *   troops would mean escalation"); a plain prediction ("the plant would be a major source of
 *   jobs", "akan berarti tambahan pendapatan") stays an assertion;
 * - a denial phrase ("fake news", "berita palsu", "groundless") or a negated verb of finding
 *   ("no new cases were found", "tidak ditemukan kasus baru") denies;
 * - an open question ("masih harus diamati", "remains to be seen") is a hedge.
 * Later sentences of a long quote do not change the stance of its first claim.
 */
export function decideStance(
  v: TokenView,
  cue: CueInfo | null,
  negatedCue: boolean,
  content: Range,
  /** the index after the draft's cue, when it has one: where a negator after it stands */
  cueEnd = -1,
  /** the hedge phrases of `content`, when the caller has read them already */
  hedgesRead?: PhraseMatch<unknown>[],
): StanceDecision {
  const sl = v.sl;
  const certainty = certaintyOf(v, cue, content);
  const refusal = refusalOf(v, cue, negatedCue, content, cueEnd);
  if (refusal) return { stance: 'hedge', certainty: 'low', rule: refusal };
  if (cue?.stance === 'deny' && !negatedCue) return { stance: 'deny', certainty, rule: 'stance.cue-deny' };
  if (negatedCue && cue && (cue.class === 'believe' || cue.class === 'assess' || cue.class === 'claim'))
    return { stance: 'deny', certainty, rule: 'stance.negated-belief' };
  if (cue?.stance === 'question') return { stance: 'question', certainty, rule: 'stance.cue-question' };
  // “We do not believe this data came from us”: a negated belief opening the content
  for (let i = content.first; i < Math.min(content.end, content.first + 5); i++) {
    const c = v.cueAt[i];
    if (
      c &&
      (c.value.class === 'believe' || c.value.class === 'assess') &&
      v.flags[i - 1]! & L.NEG &&
      i - 1 >= content.first
    )
      return { stance: 'deny', certainty, rule: 'stance.negated-belief-in-content' };
  }
  const own = denialOpening(v, content);
  if (own) return { stance: 'deny', certainty, rule: `stance.deny-in-content:${own}` };
  const cond = conditionIn(v, content);
  if (cond) return { stance: 'conditional', certainty, rule: `stance.conditional:${cond}` };
  // "warned that sending troops would mean escalation": the consequence of a step not yet taken
  const consequence = cue?.class === 'warn' && findIn(v, sl.implication, content)[0];
  if (consequence)
    return { stance: 'conditional', certainty, rule: `stance.warned-consequence:${consequence.phrase}` };
  // "the denials did not change its view that …": a denial the speaker brushes aside
  const brushedAside = (m: { end: number }) => {
    for (let k = m.end; k < Math.min(content.end, m.end + 3); k++)
      if (sl.notNegation.matchAt(v.toks, k)) return true;
    return false;
  };
  const deny = findIn(v, sl.deny, content).find((m) => !brushedAside(m));
  if (deny) return { stance: 'deny', certainty, rule: `stance.content-deny:${deny.phrase}` };
  const hedges = hedgesRead ?? findIn(v, sl.hedge, content);
  const absent = notFound(v, content, hedges);
  if (absent) return { stance: 'deny', certainty, rule: `stance.not-found:${absent}` };
  const negatedFact = factNegated(v, content, hedges);
  if (negatedFact) return { stance: 'deny', certainty, rule: `stance.negated-fact:${negatedFact}` };
  if (hedges[0]) return { stance: 'hedge', certainty: 'low', rule: `stance.hedge:${hedges[0].phrase}` };
  const possible = possibilityIn(v, content);
  if (possible) return { stance: 'hedge', certainty: 'low', rule: `stance.possibility:${possible}` };
  return { stance: 'assert', certainty, rule: 'stance.default-assert' };
}

/** The rule id when the speaker refuses to speak rather than saying anything, else null. */
function refusalOf(
  v: TokenView,
  cue: CueInfo | null,
  negatedCue: boolean,
  c: Range,
  cueEnd: number,
): string | null {
  // "declined to comment", "menolak berkomentar": the lexicon gives the cue a hedge
  if (cue?.stance === 'hedge' && !negatedCue) return 'stance.cue-refusal';
  // "did not deny", "tidak membantah", "did not say how many": the negator stands right before
  // the cue, not in a relative clause of the speaker ("pejabat yang … tidak disebutkan mengatakan")
  if (
    cue &&
    SPEECH.has(cue.class) &&
    ((negatedCue && negatorBefore(v, cue, c)) || negatorAfter(v, cueEnd, c))
  )
    return cue.class === 'deny' ? 'stance.negated-deny' : 'stance.negated-speech';
  // "menolak mengatakan apakah …": a denying cue whose object is itself a speech verb
  const object = v.cueAt[c.first];
  if (cue?.class === 'deny' && !negatedCue && object && SPEECH.has(object.value.class))
    return 'stance.refused-speech';
  const said = findIn(v, v.sl.refusal, c)[0];
  if (said) return `stance.refusal:${said.phrase}`;
  const withheld = withheldIn(v, c);
  return withheld ? `stance.withheld:${withheld}` : null;
}

// how far into the content its own verb of denial may stand: "it "totally rejects" the results"
const DENIAL_REACH = 5;

/**
 * A verb of denial opening the content, after its subject and adverbs only ("the party said it
 * totally rejects the results", "kuasa hukum mengatakan kliennya membantah dakwaan"): the speaker
 * denies in their own words. A negator before it ("did not reject") leaves it alone.
 */
function denialOpening(v: TokenView, c: Range): string | null {
  for (let k = c.first; k < Math.min(c.end, c.first + DENIAL_REACH); k++) {
    const t = v.toks[k]!;
    if (v.flags[k]! & L.NEG || (t.kind === 'punct' && t.text !== ',')) return null;
    const cue = v.cueAt[k];
    if (!cue) continue;
    return cue.value.stance === 'deny' && cue.value.class === 'deny' ? t.text : null;
  }
  return null;
}

/**
 * A modal of possibility in the content with no negator next to it ("these figures could
 * change", but not "the economy could not afford it", "la economía no puede"), outside a
 * relative clause ("equipment which could prejudice the trial"); a modal written onto the verb
 * counts too ("zorlaşabilir").
 */
function possibilityIn(v: TokenView, c: Range): string | null {
  const ending = endingIn(v, v.sl.possibilityEndings, c.first, c.end);
  const found = [...findIn(v, v.sl.possibility, c), ...(ending ? [ending] : [])];
  for (const m of found) {
    if (m.end < c.end && v.flags[m.end]! & L.NEG) continue;
    if (m.start - 1 >= c.first && v.flags[m.start - 1]! & (L.RELATIVE | L.NEG)) continue;
    return m.phrase;
  }
  return null;
}

// how many words a negator and the verb it withholds may stand apart: "not yet possible to say"
const WITHHELD_GAP = 4;

/**
 * A verb of telling, knowing or judging negated at the head of the content ("she could not give
 * a date", "he would not speculate", "kami belum bisa menyimpulkan"): the speaker holds the claim
 * back. The negator is the main clause's own, before any punctuation or other cue.
 */
function withheldIn(v: TokenView, c: Range): string | null {
  const i = mainClauseNegation(v, c);
  if (i < 0 || i >= c.first + FACT_REACH) return null;
  for (let k = c.first; k < i; k++) if (v.toks[k]!.kind === 'punct' || v.cueAt[k]) return null;
  // past the whole negator: "was not", "belum bisa"
  let after = i + 1;
  while (after < c.end && v.flags[after]! & L.NEG) after++;
  for (let k = after; k < Math.min(c.end, after + WITHHELD_GAP); k++) {
    if (v.toks[k]!.kind === 'punct') return null;
    const m = v.sl.withheld.matchAt(v.toks, k);
    if (m) return m.phrase;
  }
  return null;
}

// how far before its content a cue may stand: "said on Monday in a statement that …"
const CUE_REACH = 12;

/**
 * Whether a negator precedes the cue that introduces the content, with at most a few adverbs
 * between ("did not deny", "could not immediately confirm", "belum dapat memastikan").
 */
function negatorBefore(v: TokenView, cue: CueInfo, c: Range): boolean {
  for (let i = c.first - 1; i >= Math.max(0, c.first - CUE_REACH); i--) {
    if (v.cueAt[i]?.value !== cue) continue;
    // adverbs from the lexicon only: the view also marks relative clauses as skippable
    let k = i - 1;
    for (let hops = 0; hops < 3 && k >= 0 && !(v.flags[k]! & L.NEG); hops++) {
      const adverb = v.sl.adverbs.matchEndingAt(v.toks, k);
      if (!adverb) break;
      k = adverb.start - 1;
    }
    return k >= 0 && !!(v.flags[k]! & L.NEG);
  }
  return false;
}

/**
 * Whether a negator follows the cue that introduces the content, as where the verb comes second
 * and its negator after it ("Der Sprecher bestritt nicht, dass …": did not deny; "sagte nicht,
 * wie viele …"), but not one that holds a negator and negates nothing ("nicht nur", not only).
 */
function negatorAfter(v: TokenView, cueEnd: number, c: Range): boolean {
  // a cue after its content ("…,' he said") has no negator between them to read
  if (cueEnd < 0 || cueEnd > c.first) return false;
  if (!(v.flags[cueEnd]! & L.NEG) || v.sl.notNegation.matchAt(v.toks, cueEnd)) return false;
  // the negator may open the content the parser read ("nicht, dass …"), but then a comma
  // closes it: "said no damage was found" is a claim, not a negated cue
  return cueEnd < c.first || (cueEnd + 1 < c.end && v.toks[cueEnd + 1]!.text === ',');
}

/**
 * The first conditional word of the content that sets a condition, or null: "if" in "if the
 * talks fail", never in "dozens, if not hundreds" or "it is unclear if" (notConditional).
 */
function conditionIn(v: TokenView, c: Range): string | null {
  const not = findIn(v, v.sl.notConditional, c);
  const cond = [
    ...findIn(v, v.sl.conditional, c),
    // "환율이 쏠리면 …", "enflasyon saparsa …": the condition written onto the verb
    ...[endingIn(v, v.sl.conditionalEndings, c.first, c.end) ?? []].flat(),
  ].find((m) => !not.some((n) => m.start >= n.start && m.start < n.end));
  return cond?.phrase ?? null;
}

/**
 * A verb of finding or happening negated in the content's main clause ("no new cases were
 * found", "tidak ditemukan kasus baru", "tidak ada korban yang dilaporkan"): the speaker denies
 * the positive claim. The verb must follow its negator closely, in the same clause and before any
 * other reporting verb ("did not confirm reports that bodies were found" is not one).
 */
function notFound(v: TokenView, c: Range, hedges: Array<{ start: number; end: number }>): string | null {
  for (let i = mainClauseNegation(v, c, hedges); i >= 0 && i < c.end;) {
    for (let k = i + 1; k < Math.min(c.end, i + ABSENCE_WINDOW); k++) {
      if (v.toks[k]!.kind === 'punct') break;
      const m = v.sl.absence.matchAt(v.toks, k);
      if (m) return m.phrase;
      if (v.cueAt[k] && k > i + 1) break;
    }
    const next = mainClauseNegation(v, { first: i + 1, end: c.end }, hedges);
    i = next > i ? next : -1;
  }
  return null;
}

// how far into the content the negator of its main clause may stand: "the union had not …"
const FACT_REACH = 8;

/**
 * A fact negated in the content's first clause ("no damage had been reported", "the union had
 * not received any new offer", "tidak ada korban jiwa"): the speaker denies the positive claim.
 * Only the lexicon's negators of facts count, so "would not announce" stays a statement of plan.
 */
function factNegated(v: TokenView, c: Range, hedges: Array<{ start: number; end: number }>): string | null {
  const i = mainClauseNegation(v, c, hedges);
  if (i < 0 || i >= c.first + FACT_REACH) return null;
  for (let k = c.first; k < i; k++) if (v.toks[k]!.kind === 'punct' || v.cueAt[k]) return null;
  // "there was no", "had not": the negator may end a phrase that starts a word or two before it
  for (let s = Math.max(c.first, i - 2); s <= i; s++) {
    const m = v.sl.factNegation.matchAt(v.toks, s);
    if (!m || m.end <= i) continue;
    if (m.start > c.first && v.sl.selfSubjects.has(v.toks[m.start - 1]!.norm)) return null;
    return openAfter(v, m.end, c.end) ? null : m.phrase;
  }
  return null;
}

/** "no contract will be signed", "not yet", "no longer": a plan or a pending matter follows. */
function openAfter(v: TokenView, from: number, end: number): boolean {
  for (let k = from; k < Math.min(end, from + ABSENCE_WINDOW); k++) {
    if (v.toks[k]!.kind === 'punct') return false;
    if (v.sl.openNegation.matchAt(v.toks, k)) return true;
  }
  return false;
}

/**
 * A negator in the content's main clause, not inside a relative clause ("yang tidak", "who did
 * not"): "Pyongyang has not sent troops". The statement still asserts; the ledger reads the
 * negation when it weighs the statement against a positive claim.
 */
export function mainClauseNegation(
  v: TokenView,
  c: Range,
  hedges: Array<{ start: number; end: number }> = [],
): number {
  for (let i = c.first; i < c.end; i++) {
    if (!(v.flags[i]! & L.NEG)) continue;
    if (hedges.some((h) => i >= h.start && i < h.end)) continue;
    // the word that opens the content ("said that no damage …") is a complementiser, not a
    // relative pronoun: only relative words inside the content start a relative clause
    if (
      (i - 1 >= c.first && v.flags[i - 1]! & L.RELATIVE) ||
      (i - 2 >= c.first && v.flags[i - 2]! & L.RELATIVE)
    )
      continue;
    // "tidak hanya … tetapi juga" (emphasis), "belum lama ini" (recently): no negation
    const not = v.sl.notNegation.matchAt(v.toks, i);
    if (not) {
      i = not.end - 1;
      continue;
    }
    return i;
  }
  return -1;
}

function certaintyOf(v: TokenView, cue: CueInfo | null, c: Range): Certainty {
  const m = findIn(v, v.sl.certainty, c)[0];
  if (m) return m.value;
  return cue?.certainty ?? 'high';
}
