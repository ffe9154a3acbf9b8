import { isEntityKey, isEvidenceKey, isTellingFigure, weightOf, type Concepts } from './concepts.js';

export interface ClaimProfile {
  id: number;
  label: string;
  /** concept -> number of the claim's statements that have it; "#n" the number of statements */
  profile: Record<string, number>;
  /** core(profile), when the caller keeps it up to date (see coreAfter): saves recounting it */
  core?: string[];
}

export interface LinkChoice {
  id: number;
  score: number;
  matched: string[];
  /** the share of the claim's core the statement covers */
  coverage?: number;
}

/** Link threshold: the share of a statement's concept weight the claim's core must cover. */
export const LINK_THRESHOLD = 0.6;

/** A lower bar for a claim the same article already speaks of: its context fills in who and where. */
export const CONTEXT_THRESHOLD = 0.45;
export const CONTEXT_BONUS = 0.1;

/** The concepts that at least half of a claim's statements share: what the claim is about. */
export function core(profile: Record<string, number>): string[] {
  const n = Math.max(1, profile['#n'] ?? 1);
  return Object.keys(profile).filter((k) => k !== '#n' && profile[k]! >= Math.max(1, 0.5 * n));
}

/**
 * The core after a statement with `added` concepts joined a profile (already counted in it) whose
 * core was `before`: only those keys can be in it now, since the bar only rises as "#n" grows.
 * Linear in the core and the statement, where core() is linear in the whole profile: a claim
 * that takes in thousands of statements of one article is not recounted for each.
 */
export function coreAfter(
  profile: Record<string, number>,
  before: readonly string[],
  added: Iterable<string>,
): string[] {
  const bar = Math.max(1, 0.5 * Math.max(1, profile['#n'] ?? 1));
  const out = new Set<string>();
  for (const k of before) if (profile[k]! >= bar) out.add(k);
  for (const k of added) if (k !== '#n' && (profile[k] ?? 0) >= bar) out.add(k);
  return [...out];
}

/**
 * Scores a statement against a claim: the weight of the concepts both share over the smaller of
 * the two weights, provided they share a named entity and a predicate or thing, and do not put
 * the same event in two different places ("at:country:RU" against "at:place:kursk").
 */
export function scoreLink(
  s: Concepts,
  profile: Record<string, number>,
  context = false,
  topic: readonly string[] = [],
  coreKeys?: readonly string[],
): LinkChoice | null {
  const r = judgeLink(s, profile, context, topic, coreKeys);
  return 'veto' in r ? null : r;
}

/** Why a statement cannot join a claim: the rule that said no ("no-shared-entity", …). */
export interface LinkVeto {
  veto: string;
}

const sum = (ks: Iterable<string>) => [...ks].reduce((a, k) => a + weightOf(k), 0);
/** A claim's or statement's keys without its names: what happened. */
const whatOf = (ks: Iterable<string>) => [...ks].filter((k) => !isEntityKey(k));

/** What judgeLink reads of a claim's profile, the same for every statement it meets. */
interface ClaimCore {
  n: number;
  size: number;
  /** the core without evidence keys, in the profile's order */
  c: string[];
  cs: Set<string>;
  cAt: string[];
  definesEvent: boolean;
  weight: number;
  weightOfWhat: number;
}

/**
 * A claim's core, worked out once per profile object: an article's forty statements meet the
 * same dozen claims. The statement count and key count are checked, so a profile changed in
 * place (bundle.ts adds an article's statements to the claims it makes) is never read from an
 * older core; the caller may hand the core it keeps up to date (`coreKeys`, see coreAfter), so
 * that a claim of thousands of statements is not recounted whole each time one joins.
 */
const cores = new WeakMap<Record<string, number>, ClaimCore>();
function claimCore(profile: Record<string, number>, coreKeys?: readonly string[]): ClaimCore {
  const n = profile['#n'] ?? 1;
  const size = Object.keys(profile).length;
  const hit = cores.get(profile);
  if (hit && hit.n === n && hit.size === size) return hit;
  const c = (coreKeys ?? core(profile)).filter((k) => !isEvidenceKey(k));
  const out: ClaimCore = {
    n,
    size,
    c,
    cs: new Set(c),
    cAt: c.filter((k) => k.startsWith('at:')),
    definesEvent: c.some((k) => k.startsWith('d:')),
    weight: sum(c),
    weightOfWhat: sum(whatOf(c)),
  };
  cores.set(profile, out);
  return out;
}

/** What judgeLink reads of a statement's concepts, the same for every claim it is weighed against. */
interface StatementSide {
  size: number;
  /** the keys without evidence, in the statement's order */
  keys: string[];
  evidence: string[];
  hasEntity: boolean;
  namesOnly: boolean;
  sD: string[];
  sAt: string[];
  weight: number;
  weightOfWhat: number;
}

/** Worked out once per concepts object: a statement's concepts are not changed once it is being linked (their size is checked as a guard). */
const sides = new WeakMap<Concepts, StatementSide>();
function statementSide(s: Concepts): StatementSide {
  const hit = sides.get(s);
  if (hit && hit.size === s.size) return hit;
  const all = [...s.keys()];
  const keys = all.filter((k) => !isEvidenceKey(k));
  const out: StatementSide = {
    size: s.size,
    keys,
    evidence: all.filter(isEvidenceKey),
    hasEntity: keys.some(isEntityKey),
    namesOnly: keys.length > 1 && keys.every(isEntityKey),
    sD: keys.filter((k) => k.startsWith('d:')),
    sAt: keys.filter((k) => k.startsWith('at:')),
    weight: sum(keys),
    weightOfWhat: sum(whatOf(keys)),
  };
  sides.set(s, out);
  return out;
}

/** scoreLink, saying which rule refused a link: for the reader of a split claim. */
export function judgeLink(
  s: Concepts,
  profile: Record<string, number>,
  context = false,
  topic: readonly string[] = [],
  coreKeys?: readonly string[],
): LinkChoice | LinkVeto {
  const { cs, cAt, definesEvent, weight, weightOfWhat } = claimCore(profile, coreKeys);
  const side = statementSide(s);
  const matched = side.keys.filter((k) => cs.has(k));
  // figures, content words and days shared with the claim: they add, never require
  const evidence = side.evidence.filter((k) => (profile[k] ?? 0) > 0);
  // the same defining event ("escalation") in an article about the claim's subject: the
  // statement may name other parties ("if they fight in Ukraine") and still be about it
  const sameEvent = matched.some((k) => k.startsWith('d:')) && topic.some((t) => cs.has(t));
  // in the article's own context a statement may leave out who and where ("12,000 troops are to be sent")
  const needsEntity = !(context && !side.hasEntity) && !sameEvent;
  // who or what the claim is about: a shared name, or the statement's article being about the
  // claim's place or body ("412 kasus" in an article on Kupang, a claim about Kupang)
  const onTopic = topic.some((t) => cs.has(t));
  if (needsEntity && !matched.some(isEntityKey) && !onTopic) return { veto: 'no-shared-entity' };
  // "Tentara dari Korea Utara ada di wilayah Rusia" reads as names only: in its article's
  // context it may join a claim that holds all of them
  const namesOnly = context && side.namesOnly && side.keys.every((k) => cs.has(k));
  // what is said: a shared predicate, thing or unit, or the same figure, or two telling words
  const what =
    matched.some((k) => /^(p|d|t|u):/.test(k)) ||
    evidence.some((k) => k.startsWith('n:')) ||
    evidence.filter((k) => k.startsWith('w:')).length >= 2;
  if (!namesOnly && !what) return { veto: 'nothing-said-in-common' };
  // a statement about a defining event joins a claim about that event: "12 dead" never joins "4,000 displaced"
  // unless both give the same count of the same thing: "412 kasus …, enam meninggal" and "412
  // kasus sejak Januari, dengan lonjakan …" report one figure, whatever else each adds
  const sameFigure = evidence.some(isTellingFigure);
  const sD = side.sD;
  if (sD.length && !sameFigure && !sD.some((k) => cs.has(k))) return { veto: 'other-event' };
  // and a claim about a defining event ("an escalation") takes no statement that names none,
  // unless the statement's own article is about that claim
  if (!context && !sD.length && definesEvent && !sameFigure) return { veto: 'claim-event-missing' };
  // places: "at:place:vladivostok:RU" lies inside "at:country:RU"
  const sAt = side.sAt;
  const within = (a: string, b: string) =>
    a === b || (b.startsWith('at:country:') && a.startsWith('at:place:') && a.endsWith(`:${b.slice(11)}`));
  if (sAt.length && cAt.length && !sAt.some((a) => cAt.some((b) => within(a, b) || within(b, a))))
    return { veto: 'other-place' };
  const denominator = Math.min(side.weight, weight);
  let score = (sum(matched) + sum(evidence)) / denominator;
  if (sameEvent) {
    // scored on what happened, leaving the names aside
    score = Math.max(score, sum(whatOf(matched)) / Math.min(side.weightOfWhat, weightOfWhat));
  }
  return { id: 0, score, matched: [...matched, ...evidence], coverage: sum(matched) / weight };
}

/**
 * Between claims the statement matches about as well, the one it says more of ("troops in Russia"
 * is all of one claim and a third of "8,000 moved to Kursk on the border"). Claims its own
 * article joined come first; a claim the article itself started a sentence ago gets no such
 * head start over one many articles share.
 */
const rankOf = (r: LinkChoice, inContext: boolean): number =>
  r.score + (inContext ? CONTEXT_BONUS : 0) + COVERAGE_WEIGHT * (r.coverage ?? 0);
const COVERAGE_WEIGHT = 0.15;

/** The best claim for a statement among candidates, or null when none passes the threshold. */
export function chooseClaim(
  s: Concepts,
  candidates: ClaimProfile[],
  context: ReadonlySet<number> = new Set(),
  topic: readonly string[] = [],
): LinkChoice | null {
  let best: LinkChoice | null = null;
  let bestRank = -Infinity;
  for (const cand of candidates) {
    const inContext = context.has(cand.id);
    const r = scoreLink(s, cand.profile, inContext, topic, cand.core);
    const threshold = inContext ? CONTEXT_THRESHOLD : LINK_THRESHOLD;
    if (!r || r.score < threshold) continue;
    const rank = rankOf(r, inContext && cand.id > 0);
    if (!best || rank > bestRank) [best, bestRank] = [{ ...r, id: cand.id }, rank];
  }
  return best;
}

/** A new claim's profile: its founding statement's concepts. */
export function profileOf(s: Concepts): Record<string, number> {
  const p: Record<string, number> = { '#n': 1 };
  for (const k of s.keys()) p[k] = 1;
  return p;
}
