import type { Lexicon } from '../../lexicon/load.js';
import { fold } from '../../lexicon/fold.js';
import { PhraseSet } from '../../lexicon/phrase-set.js';
import { figuresModel, type FiguresModel } from '../figures/model.js';

export type Unit = 'day' | 'week' | 'month' | 'year';

/** Everything the dates stage matches against, compiled once per lexicon. */
export interface DatesModel {
  months: ReadonlyMap<string, number>;
  monthAbbreviations: ReadonlyMap<string, number>;
  capitalizedMonths: boolean;
  weekdays: ReadonlyMap<string, number>;
  numericOrder: 'dmy' | 'mdy';
  ordinalSuffixes: ReadonlySet<string>;
  dayMonthJoiners: PhraseSet<true>;
  weekdayIntro: PhraseSet<true>;
  monthIntro: PhraseSet<true>;
  yearIntro: PhraseSet<true>;
  prepositions: PhraseSet<true>;
  partsOfDay: PhraseSet<true>;
  shiftBefore: PhraseSet<number>;
  shiftAfter: PhraseSet<number>;
  relative: PhraseSet<{ unit: Unit; offset: number }>;
  agoUnits: ReadonlyMap<string, Unit>;
  agoWords: PhraseSet<true>;
  monthParts: PhraseSet<{ from: number; to: number }>;
  /** one-word parts, for hyphenated forms: "mid" in "mid-October" */
  partWords: ReadonlyMap<string, { from: number; to: number }>;
  rangeConnectors: PhraseSet<true>;
  /** for the number in "dua hari lalu", "three weeks ago" */
  numbers: FiguresModel;
}

const flags = (a: readonly string[]): PhraseSet<true> => new PhraseSet(a.map((p) => [p, true] as const));
const foldMap = <V>(r: Readonly<Record<string, V>>): Map<string, V> =>
  new Map(Object.entries(r).map(([k, v]) => [fold(k), v]));

function build(lex: Lexicon): DatesModel {
  const d = lex.data.dates;
  return {
    months: foldMap(d.months),
    monthAbbreviations: foldMap(d.monthAbbreviations),
    capitalizedMonths: d.capitalizedMonths,
    weekdays: foldMap(d.weekdays),
    numericOrder: d.numericOrder,
    ordinalSuffixes: new Set(d.ordinalSuffixes.map(fold)),
    dayMonthJoiners: flags(d.dayMonthJoiners),
    weekdayIntro: flags(d.weekdayIntro),
    monthIntro: flags(d.monthIntro),
    yearIntro: flags(d.yearIntro),
    prepositions: flags(d.prepositions),
    partsOfDay: flags(d.partsOfDay),
    shiftBefore: new PhraseSet(Object.entries(d.weekdayShiftBefore)),
    shiftAfter: new PhraseSet(Object.entries(d.weekdayShiftAfter)),
    relative: new PhraseSet(
      d.relative.flatMap((r) => r.forms.map((f) => [f, { unit: r.unit as Unit, offset: r.offset }] as const)),
    ),
    agoUnits: foldMap(d.agoUnits),
    agoWords: flags(d.agoWords),
    monthParts: new PhraseSet(
      d.monthParts.flatMap((p) => p.forms.map((f) => [f, { from: p.from, to: p.to }] as const)),
    ),
    partWords: new Map(
      d.monthParts.flatMap((p) =>
        p.forms.filter((f) => /^\p{L}+$/u.test(f)).map((f) => [fold(f), { from: p.from, to: p.to }] as const),
      ),
    ),
    rangeConnectors: flags(d.rangeConnectors),
    numbers: figuresModel(lex),
  };
}

export const datesModel = (lex: Lexicon): DatesModel => lex.compiled('dates.model', build);
