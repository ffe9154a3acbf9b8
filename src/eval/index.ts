/**
 * @module The evaluation harness: scores the extractor against the gold data in ../shared
 * (the seed article, PFSA-ID, NERGrit, UNER English) and the team's fixtures (construction
 * fixtures, news dev and test splits), and prints precision, recall and F1, each row saying
 * whether its data was tuned on; then a stance confusion matrix and speaker accuracy by rule.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  formatConfusion,
  formatRules,
  formatStanceLine,
  speakerByRule,
  STANCE_LINE_HEAD,
  stanceConfusion,
  stanceScore,
  type Match,
} from './breakdown.js';
import { fixtureSets, foundScores, speakerScores } from './fixture-sets.js';
import { evalLinks } from './links.js';
import { evalDeQuotes } from './dequotes.js';
import type { LinkScores } from './link-score.js';
import { evalNer } from './ner.js';
import { isSupported } from '../lexicon/load.js';
import { checkFixture, listFixtures } from './fixtures.js';
import { evalPfsa } from './pfsa.js';
import { evalSeed, seedMatches } from './seed.js';

const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');

export interface EvalOptions {
  sharedDir: string;
  /** the project's own sample corpus with its claim-link gold (samples/): the one linking was tuned on */
  samplesDir: string;
  /** further corpora in the same format (samples2/ ...), scored as their own rows, untuned */
  testCorpora?: string[];
  fixturesDir: string;
  bin: string;
  out: (s: string) => void;
}

/** Runs every evaluation whose data is present; returns the results for --json. */
export async function runEval({
  sharedDir,
  samplesDir,
  testCorpora = [],
  fixturesDir,
  bin,
  out,
}: EvalOptions): Promise<Record<string, unknown>> {
  const results: Record<string, unknown> = {};
  const shared = fs.existsSync(sharedDir);
  if (!shared)
    out(
      `${sharedDir} is absent (a clone without ../shared): the seed, PFSA-ID, NERGrit and UNER scores are skipped; the team's own data is still measured\n\n`,
    );
  out('dataset                         lang  measure                   P      R      F1     tuned on\n');
  // every row says whether its data was tuned on: a dev set measures progress, a test set quality
  const row = (d: string, l: string, m: string, p: number, r: number, f: number, tuned: boolean) =>
    out(
      `${d.padEnd(32)}${l.padEnd(6)}${m.padEnd(24)}${pct(p)}  ${pct(r)}  ${pct(f)}  ${tuned ? 'yes' : 'no'}\n`,
    );
  const breakdowns: Array<{ label: string; tunedOn: boolean; matches: Match[] }> = [];

  const seed = shared ? evalSeed(sharedDir, bin) : null;
  if (seed) {
    results.seed = seed;
    row(seed.dataset, seed.language, 'statements found', seed.precision, seed.recall, seed.f1, true);
    out(`${''.padEnd(38)}speaker-F1 ${pct(seed.speakerF1)}   stance accuracy ${pct(seed.stance)}\n`);
    const matches = seedMatches(sharedDir);
    if (matches) breakdowns.push({ label: 'seed article (id)', tunedOn: true, matches });
  }

  const pfsaFile = path.join(sharedDir, 'datasets', 'pfsa-id', 'dev-40.txt');
  if (fs.existsSync(pfsaFile)) {
    const { matches, ...r } = evalPfsa(pfsaFile);
    results.pfsa = r;
    breakdowns.push({ label: `${r.dataset} (id, direct quotes, no gold stance)`, tunedOn: true, matches });
    row(
      r.dataset,
      r.language,
      'STATEMENT exact',
      r.statementExact.precision,
      r.statementExact.recall,
      r.statementExact.f1,
      true,
    );
    row(
      '',
      '',
      'STATEMENT overlap',
      r.statementOverlap.precision,
      r.statementOverlap.recall,
      r.statementOverlap.f1,
      true,
    );
    row('', '', 'CUE', r.cue.precision, r.cue.recall, r.cue.f1, true);
    out(
      `${''.padEnd(38)}speaker attribution ${pct(r.speakerAttribution)} (${r.speakerFound} of found statements)\n`,
    );
  }

  // a fixture that cannot be read (invalid expect.json) is reported, not allowed to stop the eval
  const unreadable: string[] = [];
  const reports = listFixtures(fixturesDir).flatMap((fx) => {
    try {
      return [checkFixture(fx)];
    } catch (e) {
      unreadable.push(`${fx.lang}/${fx.name}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
      return [];
    }
  });
  const sets = fixtureSets(reports);
  for (const set of sets) {
    const found = foundScores(set);
    row(set.label, set.lang, 'statements found', found.precision, found.recall, found.f1, set.tunedOn);
    if (set.split === 'construction') {
      out(
        `${''.padEnd(38)}speaker right ${pct(set.speakerOk / Math.max(1, set.found))}; ${set.passed}/${set.cases} cases exactly as annotated\n`,
      );
    } else {
      const sp = speakerScores(set);
      row('', '', 'speaker-F1', sp.precision, sp.recall, sp.f1, set.tunedOn);
      out(
        `${''.padEnd(38)}stance right ${pct(set.stanceOk / Math.max(1, set.stanceOf))} (${set.stanceOk}/${set.stanceOf} with the right speaker)\n`,
      );
    }
    const { matches, ...numbers } = set;
    results[set.split === 'construction' ? `fixtures_${set.lang}` : `news_${set.lang}_${set.split}`] =
      numbers;
    void matches;
  }
  const group = (label: string, split: string) => {
    const of = sets.filter((x) => x.split === split);
    if (of.length > 0)
      breakdowns.push({
        label: `${label} (${of.map((x) => x.lang).join(', ')})`,
        tunedOn: of[0]!.tunedOn,
        matches: of.flatMap((x) => x.matches),
      });
  };
  group('construction fixtures', 'construction');
  group('news dev', 'dev');
  group('news test', 'test');

  const corpora = [
    { dir: samplesDir, tunedOn: true },
    ...testCorpora.map((dir) => ({ dir, tunedOn: false })),
  ];
  const links = [];
  for (const c of corpora) {
    const r = await evalLinks(c.dir, { tunedOn: c.tunedOn });
    if (!r) continue;
    links.push(r);
    const name = `${r.dataset} claim links`;
    out(`${name.padEnd(32)}id+en ${`(tuned on: ${r.tunedOn ? 'yes' : 'no'})`.padEnd(24)}
`);
    const both = (how: string, s: LinkScores) => {
      row('', '', `B-cubed, ${how}`, s.bcubed.precision, s.bcubed.recall, s.bcubed.f1, r.tunedOn);
      row('', '', `pairs, ${how}`, s.pairs.precision, s.pairs.recall, s.pairs.f1, r.tunedOn);
    };
    both('gold as written', r.asWritten);
    if (r.merged) both(`sameClaim merged`, r.merged);
    out(
      `${''.padEnd(38)}${r.matched} of ${r.statements} gold statements extracted; ${r.claims} claims; largest proposition over ${r.claimsOfLargestProposition} claim(s); B-cubed recall at most ${r.ceiling.recall.toFixed(3)} with these statements\n`,
    );
  }
  if (links.length) results.links = links;

  const ner = shared ? await evalNer(sharedDir) : [];
  results.ner = ner;
  for (const r of ner) {
    row(r.dataset, r.language, 'entities (exact, typed)', r.precision, r.recall, r.f1, r.tunedOn);
    for (const h of r.halves ?? []) row(`  ${h.half} half`, '', '', h.precision, h.recall, h.f1, h.tunedOn);
  }

  // German Wikinews quotations: train is where German rules are tuned, dev only measured
  const deDev = path.join(sharedDir, 'datasets', 'de-quotes', 'dev.jsonl');
  if (shared && fs.existsSync(deDev) && isSupported('de')) {
    const q = evalDeQuotes(deDev, 'German Wikinews quotes dev');
    results.deQuotes = q;
    row(
      q.dataset,
      q.language,
      'quotations found',
      q.quotations.precision,
      q.quotations.recall,
      q.quotations.f1,
      false,
    );
    row('', '', 'speaker-F1', q.speaker.precision, q.speaker.recall, q.speaker.f1, false);
    row('', '', 'cue', q.cue.precision, q.cue.recall, q.cue.f1, false);
    const types = Object.entries(q.byType)
      .map(([t, c]) => `${t} ${c.found}/${c.gold}`)
      .join(', ');
    out(`${''.padEnd(38)}found by type: ${types}\n`);
    // the same scored one statement to one quotation (1:1), without joining runs of one speaker's
    // statements (see `runs` in dequotes.ts)
    const strict = evalDeQuotes(deDev, 'German Wikinews dev, 1:1', true);
    results.deQuotesOneToOne = strict;
    row(
      strict.dataset,
      strict.language,
      'quotations found',
      strict.quotations.precision,
      strict.quotations.recall,
      strict.quotations.f1,
      false,
    );
    row('', '', 'speaker-F1', strict.speaker.precision, strict.speaker.recall, strict.speaker.f1, false);
  }

  for (const u of unreadable) out(`fixture skipped, unreadable: ${u}\n`);
  results.breakdowns = breakdowns.map((b) => ({
    label: b.label,
    tunedOn: b.tunedOn,
    stance: stanceConfusion(b.matches),
    speakerByRule: speakerByRule(b.matches),
  }));
  for (const b of breakdowns) {
    out(`\n${b.label}, ${b.matches.length} matched statements (tuned on: ${b.tunedOn ? 'yes' : 'no'})\n`);
    const confusion = stanceConfusion(b.matches);
    if (Object.keys(confusion).length > 0) {
      out('  stance, gold x predicted\n');
      for (const l of formatConfusion(confusion, '    ')) out(`${l}\n`);
    }
    out('  speaker accuracy by speaker rule\n');
    for (const l of formatRules(speakerByRule(b.matches), '    ')) out(`${l}\n`);
  }
  // per language and split: which languages lose stance, and on which stance
  const news = sets.filter((s) => s.split !== 'construction');
  if (news.length > 0) {
    out('\nstance by language (news fixtures, statements with the right speaker)\n');
    out(`  ${STANCE_LINE_HEAD}\n`);
    for (const s of news) out(`  ${formatStanceLine(`${s.lang} ${s.split}`, stanceScore(s.matches))}\n`);
    results.stanceByLanguage = news.map((s) => ({ lang: s.lang, split: s.split, ...stanceScore(s.matches) }));
  }
  return results;
}
