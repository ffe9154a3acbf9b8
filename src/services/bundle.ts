import type { ExtractResult } from '../domain/extract-result.js';
import { claimKey, labelScore, trimLabel } from '../ledger/label.js';
import {
  isEntityKey,
  isEvidenceKey,
  isPlanned,
  placeKey,
  statementConcepts,
  type Concepts,
} from '../ledger/concepts.js';
import { chooseClaim, core, coreAfter, profileOf, type ClaimProfile } from '../ledger/link.js';
import { continuesSpeaker } from '../ledger/thread.js';
import { sameCount } from '../ledger/count.js';
import {
  bandKeys,
  COPY_SIMILARITY,
  contentHash,
  parseSignature,
  signature,
  signatureHex,
  similarity,
} from '../ledger/minhash.js';
import { statementFigures } from '../ledger/figures.js';
import { affiliationOf, rootOf, statementRecords } from '../ledger/records.js';
import { fold } from '../lexicon/fold.js';
import { isSupported, loadLexicon } from '../lexicon/load.js';
import type { LedgerStore } from '../store/port.js';
import { isOutletEntity } from '../stages/entities/lookup.js';
import type { ArticleBundle, ClaimLinkInput } from '../store/types.js';

export interface ArticleMeta {
  url: string | null;
  canonicalUrl: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  path: string | null;
}

type Lex = ReturnType<typeof loadLexicon>;
const governmentTests = new WeakMap<Lex, (name: string) => boolean>();

/** Whether a body's name marks it as part of a government ("Gedung Putih", "Pentagon", "ministry"). */
function governmentTest(lex: Lex | null): (name: string) => boolean {
  if (!lex) return () => false;
  // the lexicon is frozen and cached: its words are folded once, not once per article
  let test = governmentTests.get(lex);
  if (!test) governmentTests.set(lex, (test = foldedGovernmentTest(lex)));
  return test;
}

function foldedGovernmentTest(lex: Lex): (name: string) => boolean {
  const words = lex.data.roles.governmentBodies.map((w) => fold(w));
  return (name) => {
    const n = ` ${fold(name)} `;
    return words.some((w) => n.includes(` ${w} `));
  };
}

/**
 * What an article is about: the places and bodies it names most, counting the headline and the
 * lead paragraph double. People are left out: they are speakers more often than subjects.
 */
export function topicEntities(r: ExtractResult, max = 2): string[] {
  const lead = r.text
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, 2)
    .join('\n').length;
  const score = new Map<string, number>();
  for (const e of r.entities) {
    if (e.type === 'person' || isOutletEntity(e)) continue;
    const n = e.mentions.reduce((a, m) => a + (m.start < lead ? 2 : 1), 0);
    score.set(e.id, n);
  }
  return [...score]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1])
    .slice(0, max)
    .map(([id]) => id);
}

/** A statement that names no event and no thing of its own: it speaks of what the article is about. */
const weak = (c: Concepts) => ![...c.keys()].some((k) => /^(p|d|t|u):/.test(k));
/** A denial that names no event: "Kremlin membantah laporan itu", "the reports were a smear campaign". */
const weakDenial = (c: Concepts) => ![...c.keys()].some((k) => /^(p|d|u):/.test(k));

/** The stance a statement takes towards a (positive) claim: a negated assertion denies it. */
export const linkStance = (s: ExtractResult['statements'][number]): string =>
  s.stance === 'assert' && s.negated ? 'deny' : s.stance;

/**
 * Everything one article adds to the ledger: its record, statements, near-copy link, and for
 * each statement the claim it joins (an existing one whose concepts it shares, or a new one).
 */
/** How many statements back a speaker's continuing statement looks for what it goes on about. */
const SPEAKER_THREAD = 12;
/** Up to this many claims joined by one article, every one is a candidate for its next statement. */
const CONTEXT_ALL = 200;
/** Beyond it, of the joined claims that share a concept with a statement, the latest this many. */
const PER_KEY = 32;

export async function buildBundle(
  store: LedgerStore,
  text: string,
  r: ExtractResult,
  meta: ArticleMeta,
  pipeline: string,
): Promise<ArticleBundle> {
  const lex = isSupported(r.language) ? loadLexicon(r.language) : null;
  const sig = signature(text);
  const keys = bandKeys(sig);
  let copyOf: number | null = null;
  let best = COPY_SIMILARITY;
  for (const c of await store.copyCandidates(keys)) {
    const sim = similarity(sig, parseSignature(c.signature));
    if (sim >= best) [copyOf, best] = [c.copyGroup, sim];
  }
  const topic = topicEntities(r);
  const topicKeys = topic.map(placeKey);
  const concepts = r.statements.map((s) => {
    const c = statementConcepts(r, s, lex);
    // "12 orang meninggal": a statement that names no place or body is about the article's subject
    if (![...c.keys()].some(isEntityKey))
      for (const id of topic) if (id !== s.speaker.affiliation) c.set(placeKey(id), 1);
    return c;
  });
  const local: ClaimProfile[] = [];
  const newClaims: ArticleBundle['newClaims'] = [];
  const links: ClaimLinkInput[] = [];
  // a statement's link by its index, and the claims the article joined so far: kept as links are
  // made, so a long article is read in linear time
  const linkOf = new Map<number, ClaimLinkInput>();
  const context = new Set<number>();
  const deferred: number[] = [];
  // a stored claim's profile does not change while this article is read: each is read once, not
  // once per statement that meets it (a quote-dense article meets the same claims forty times)
  type Candidate = ClaimProfile;
  const stored = new Map<number, Candidate>();
  const profilesOf = async (want: number[]): Promise<Candidate[]> => {
    const missing = want.filter((id) => !stored.has(id));
    if (missing.length)
      for (const c of await store.claimProfiles(missing)) stored.set(c.id, { ...c, core: core(c.profile) });
    return want.flatMap((id) => stored.get(id) ?? []);
  };
  // Claims this article joined, indexed by their concepts, so that a statement meets only those it
  // shares something with (plus the most recent ones) once an article has joined more than
  // CONTEXT_ALL claims: a quote-dense text of 25,000 statements otherwise compares each with every
  // claim before it. Below that, every joined claim is a candidate, as it always was.
  const joinedBy = new Map<string, number[]>();
  const joinedOrder: number[] = [];
  const lastJoined = new Map<number, number>();
  const indexJoined = (id: number, keys: Iterable<string>) => {
    for (const k of keys) {
      if (k === '#n') continue;
      const list = joinedBy.get(k);
      if (!list) joinedBy.set(k, [id]);
      else if (list[list.length - 1] !== id) list.push(id);
    }
  };
  const contextFor = (c: Concepts): number[] => {
    if (context.size <= CONTEXT_ALL) return [...context];
    const pick = new Set<number>();
    for (const k of c.keys()) {
      const list = joinedBy.get(k);
      if (list) for (let j = Math.max(0, list.length - PER_KEY); j < list.length; j++) pick.add(list[j]!);
    }
    for (let j = joinedOrder.length - 1; j >= 0 && pick.size < CONTEXT_ALL * 2; j--) {
      const id = joinedOrder[j]!;
      if (lastJoined.get(id) === j) pick.add(id);
    }
    return [...pick];
  };
  const linkTo = (
    i: number,
    target: number,
    score: number,
    matched: string[],
    rule: string,
    coverage = 1,
  ) => {
    // negative ids stand for claims created by this article
    const claim = target < 0 ? { created: -target - 1 } : { id: target };
    const st = r.statements[i]!;
    const link: ClaimLinkInput = {
      statement: i,
      claim,
      stance: linkStance(st),
      reason: { matched, score: Math.round(score * 100) / 100, rule },
      label: { text: trimLabel(st.content, lex), score: labelScore(st, coverage) },
    };
    links.push(link);
    linkOf.set(i, link);
    context.add(target);
    lastJoined.set(target, joinedOrder.length);
    joinedOrder.push(target);
    indexJoined(target, concepts[i]!.keys());
    const p = target < 0 ? local[-target - 1]! : null;
    if (p) {
      for (const k of ['#n', ...concepts[i]!.keys()]) p.profile[k] = (p.profile[k] ?? 0) + 1;
      p.core = coreAfter(p.profile, p.core ?? [], concepts[i]!.keys());
    }
  };
  for (let i = 0; i < r.statements.length; i++) {
    const c = concepts[i]!;
    // figures, content words and days are weighed on the claims found by what the statement names
    const query = [...c.keys()].filter((k) => !isEvidenceKey(k));
    const ids = query.length ? await store.claimCandidateIds(query, 12) : [];
    const known = new Set(ids);
    // claims this article already joined are candidates even when they share no indexed concept
    const joined = contextFor(c);
    const extra = joined.filter((id) => id > 0 && !known.has(id));
    // in id order within each part, as the store lists them; the article's own in creation order
    const asc = (a: number, b: number) => a - b;
    const candidates = [
      ...(await profilesOf([...ids].sort(asc))),
      ...(await profilesOf(extra.sort(asc))),
      ...(joined.length === context.size
        ? local
        : joined
            .filter((id) => id < 0)
            .sort((a, b) => b - a)
            .map((id) => local[-id - 1]!)),
    ];
    const choice = chooseClaim(c, candidates, context, topicKeys);
    // the same speaker going on about what they said earlier in the article keeps to its claim
    let prev: ClaimLinkInput | undefined;
    let count: ReturnType<typeof sameCount> = null;
    let thread: string[] | null = null;
    for (let j = i - 1; j >= Math.max(0, i - SPEAKER_THREAD) && !thread; j--) {
      prev = linkOf.get(j);
      thread = prev
        ? continuesSpeaker(r.statements[j]!, concepts[j]!, r.statements[i]!, c, j === i - 1)
        : null;
    }
    if (prev && thread) {
      const id = 'id' in prev.claim ? prev.claim.id : -prev.claim.created - 1;
      linkTo(i, id, 1, thread, thread.length ? 'link.same-speaker' : 'link.same-speaker-next');
    } else if (choice)
      linkTo(i, choice.id, choice.score, choice.matched, 'link.shared-concepts', choice.coverage);
    else if ((count = sameCount(c, candidates, topicKeys)))
      linkTo(i, count.id, count.score, count.matched, 'link.same-count', 0);
    else if (weak(c) || (weakDenial(c) && linkStance(r.statements[i]!) === 'deny')) deferred.push(i);
    else {
      const id = -(local.length + 1);
      const label = trimLabel(r.statements[i]!.content, lex);
      local.push({ id, label, profile: {} });
      newClaims.push({ label, key: claimKey(r, c, r.statements[i]!.content), profile: profileOf(c) });
      linkTo(i, id, 1, [...c.keys()], 'link.new-claim');
    }
  }
  // "Kremlin membantah laporan itu": a denial that names nothing denies what the article is about
  const counts = new Map<number, number>();
  for (const l of links) {
    const k = 'id' in l.claim ? l.claim.id : -l.claim.created - 1;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  for (const i of deferred) {
    if (main !== undefined) linkTo(i, main, 0, [], 'link.article-context', 0);
    else {
      const id = -(local.length + 1);
      const label = trimLabel(r.statements[i]!.content, lex);
      local.push({ id, label, profile: {} });
      newClaims.push({
        label,
        key: claimKey(r, concepts[i]!, r.statements[i]!.content),
        profile: profileOf(concepts[i]!),
      });
      linkTo(i, id, 1, [], 'link.new-claim');
    }
  }
  const isGovernment = governmentTest(lex);
  return {
    article: {
      url: meta.url,
      canonicalUrl: meta.canonicalUrl,
      title: meta.title,
      outlet: meta.outlet,
      language: r.language,
      published: meta.published,
      addedAt: new Date().toISOString(),
      contentHash: contentHash(text),
      signature: signatureHex(sig),
      copyOf,
      path: meta.path,
      pipeline,
    },
    bandKeys: keys,
    text,
    extraction: r,
    statements: statementRecords(r, meta.published),
    newClaims,
    links,
    concepts: concepts.map((c) => ['#n', ...c.keys()]),
    roots: r.statements.map((s) => rootOf(r, s, isGovernment)),
    affiliations: r.statements.map((s) => affiliationOf(r, s)),
    figures: r.statements.map((s) =>
      statementFigures(r, s).map((f) => ({
        value: f.value,
        ...(f.max !== undefined ? { max: f.max } : {}),
        qualifier: f.qualifier,
        unit: f.unit,
        planned: isPlanned(r, s, f.span.start, lex),
      })),
    ),
  };
}
