import type { Qualifier } from '../../domain/figure.js';
import type { Lexicon } from '../../lexicon/load.js';
import { PhraseSet } from '../../lexicon/phrase-set.js';
import { fold } from '../../lexicon/fold.js';
import { phraseVariants } from '../../lexicon/tokenize.js';

export interface UnitEntry {
  unit: string;
  classifier: boolean;
  duration: boolean;
}

export interface VagueEntry {
  value: number;
  max?: number;
  qualifier: Qualifier;
  needsUnit: boolean;
}

type BoundQualifier = 'about' | 'at_least' | 'more_than' | 'less_than' | 'at_most' | 'up_to';

/** Everything the figures stage matches against, compiled once per lexicon. */
export interface FiguresModel {
  decimal: string;
  thousands: string;
  words: ReadonlyMap<string, number>;
  teens: ReadonlySet<string>;
  multipliers: ReadonlyMap<string, number>;
  scales: ReadonlyMap<string, number>;
  compactScales: ReadonlyMap<string, number>;
  articles: ReadonlySet<string>;
  fractions: ReadonlyMap<string, number>;
  joiners: ReadonlySet<string>;
  minBareWordValue: number;
  vague: PhraseSet<VagueEntry>;
  qualifiers: PhraseSet<BoundQualifier>;
  suffixQualifiers: PhraseSet<BoundQualifier>;
  trailingQualifiers: PhraseSet<BoundQualifier>;
  durationPrepositions: PhraseSet<true>;
  rangeConnectors: PhraseSet<true>;
  /** opener of a two-word range, valued by the phrases that may join its numbers */
  rangeOpeners: PhraseSet<PhraseSet<true>>;
  changeOpeners: PhraseSet<true>;
  idioms: PhraseSet<true>;
  listJoiners: PhraseSet<true>;
  labelsBefore: PhraseSet<true>;
  labelsAfter: PhraseSet<true>;
  unitsAfter: PhraseSet<UnitEntry>;
  /** one-word unit forms, for reduplicated plurals: "tentara-tentara" */
  unitWords: ReadonlyMap<string, UnitEntry>;
  unitsBefore: PhraseSet<UnitEntry>;
  /** one-word currency prefixes that may be glued to digits: "Rp5", "US$2" is two tokens */
  gluedBefore: ReadonlyMap<string, UnitEntry>;
  modifiers: ReadonlySet<string>;
  maxGap: number;
  capitalizedGap: boolean;
  linkers: PhraseSet<true>;
  reduplication: boolean;
  /** folded words that may begin a quantity or an idiom: a cheap test before any parsing */
  starts: ReadonlySet<string>;
  /** from dates.json: a four-digit number after these is a year ("in 1492", "sejak 2014") */
  yearBefore: PhraseSet<true>;
  /** from dates.json: "tahun" in "UU 10 Tahun 2016" */
  yearIntro: PhraseSet<true>;
  /** month names and abbreviations from dates.json: "23 Oktober" is a date, not a figure */
  months: ReadonlySet<string>;
}

const foldMap = (r: Readonly<Record<string, number>>): Map<string, number> =>
  new Map(Object.entries(r).map(([k, v]) => [fold(k), v]));
const foldSet = (a: readonly string[]): Set<string> => new Set(a.map(fold));
const flags = (a: readonly string[]): PhraseSet<true> => new PhraseSet(a.map((p) => [p, true] as const));

/** First folded token of each phrase, as written and as the language cuts it: "puluhan ribu" -> "puluhan" */
export const firstNorms = (phrases: Iterable<string>): string[] =>
  [...phrases].flatMap((p) => phraseVariants(p).map((v) => v[0])).filter((n): n is string => n !== undefined);

function build(lex: Lexicon): FiguresModel {
  const { numbers: n, units: u, dates: d, meta } = lex.data;
  const bounds = (q: typeof n.qualifiers): PhraseSet<BoundQualifier> =>
    new PhraseSet(
      (Object.entries(q) as Array<[BoundQualifier, string[]]>).flatMap(([k, forms]) =>
        forms.map((f) => [f, k] as const),
      ),
    );
  const unitsAfter: Array<[string, UnitEntry]> = [];
  const unitsBefore: Array<[string, UnitEntry]> = [];
  const unitWords = new Map<string, UnitEntry>();
  const gluedBefore = new Map<string, UnitEntry>();
  for (const e of u.units) {
    const entry = { unit: e.unit, classifier: e.classifier, duration: e.duration };
    for (const f of e.after) {
      unitsAfter.push([f, entry]);
      if (!/\s/.test(f)) unitWords.set(fold(f), entry);
    }
    for (const f of e.before) {
      unitsBefore.push([f, entry]);
      if (/^\p{L}+$/u.test(f)) gluedBefore.set(fold(f), entry);
    }
  }
  return {
    decimal: meta.decimalSeparator,
    thousands: meta.thousandsSeparator,
    words: foldMap(n.words),
    teens: foldSet(n.teens),
    multipliers: foldMap(n.multipliers),
    scales: foldMap(n.scales),
    compactScales: foldMap(n.compactScales),
    articles: foldSet(n.articles),
    fractions: foldMap(n.fractions),
    joiners: foldSet(n.joiners),
    minBareWordValue: n.minBareWordValue,
    vague: new PhraseSet(
      n.vague.flatMap((v) =>
        v.forms.map(
          (f) =>
            [
              f,
              {
                value: v.value,
                qualifier: v.qualifier,
                needsUnit: v.needsUnit,
                ...(v.max !== undefined ? { max: v.max } : {}),
              },
            ] as const,
        ),
      ),
    ),
    qualifiers: bounds(n.qualifiers),
    suffixQualifiers: bounds(n.suffixQualifiers),
    trailingQualifiers: bounds(n.trailingQualifiers),
    durationPrepositions: flags(n.durationPrepositions),
    rangeConnectors: flags(n.rangeConnectors),
    rangeOpeners: new PhraseSet(n.rangePairs.flatMap((p) => p.open.map((o) => [o, flags(p.join)] as const))),
    changeOpeners: flags(n.changeOpeners),
    idioms: flags(n.idioms),
    listJoiners: flags(n.listJoiners),
    labelsBefore: flags(n.labelsBefore),
    labelsAfter: flags(n.labelsAfter),
    unitsAfter: new PhraseSet(unitsAfter),
    unitWords,
    unitsBefore: new PhraseSet(unitsBefore),
    gluedBefore,
    modifiers: foldSet(u.modifiers),
    maxGap: u.maxGap,
    capitalizedGap: u.capitalizedGap,
    linkers: flags(u.linkers),
    reduplication: u.reduplication,
    starts: new Set([
      ...Object.keys(n.words).map(fold),
      ...n.articles.map(fold),
      ...Object.keys(n.fractions).map(fold),
      ...firstNorms(n.vague.flatMap((v) => v.forms)),
      ...firstNorms(n.idioms),
    ]),
    yearBefore: flags([...d.prepositions, ...d.yearIntro]),
    yearIntro: flags(d.yearIntro),
    months: new Set([...Object.keys(d.months), ...Object.keys(d.monthAbbreviations)].map(fold)),
  };
}

export const figuresModel = (lex: Lexicon): FiguresModel => lex.compiled('figures.model', build);
