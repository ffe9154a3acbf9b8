import type { Lexicon } from '../../lexicon/load.js';
import { fold } from '../../lexicon/fold.js';
import { PhraseSet } from '../../lexicon/phrase-set.js';
import { figuresModel, firstNorms, type FiguresModel } from '../figures/model.js';

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
  weekdayBlockers: PhraseSet<true>;
  shiftBefore: PhraseSet<number>;
  shiftAfter: PhraseSet<number>;
  relative: PhraseSet<{ unit: Unit; offset: number }>;
  agoUnits: ReadonlyMap<string, Unit>;
  agoWords: PhraseSet<true>;
  agoWordsBefore: PhraseSet<true>;
  monthYearJoiners: PhraseSet<true>;
  /** "年", "月", "日" / "년", "월", "일": the unit written after each part's digits */
  unitMarkers: { year: PhraseSet<true>; month: PhraseSet<true>; day: PhraseSet<true> };
  monthParts: PhraseSet<{ from: number; to: number }>;
  /** one-word parts, for hyphenated forms: "mid" in "mid-October" */
  partWords: ReadonlyMap<string, { from: number; to: number }>;
  rangeConnectors: PhraseSet<true>;
  /** folded words that may begin a weekday: "senin", "hari", "last" */
  weekdayStarts: ReadonlySet<string>;
  /** folded words that may begin a date: a cheap test before any parsing */
  starts: ReadonlySet<string>;
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
    weekdayBlockers: flags(d.weekdayBlockers),
    shiftBefore: new PhraseSet(Object.entries(d.weekdayShiftBefore)),
    shiftAfter: new PhraseSet(Object.entries(d.weekdayShiftAfter)),
    relative: new PhraseSet(
      d.relative.flatMap((r) => r.forms.map((f) => [f, { unit: r.unit as Unit, offset: r.offset }] as const)),
    ),
    agoUnits: foldMap(d.agoUnits),
    agoWords: flags(d.agoWords),
    agoWordsBefore: flags(d.agoWordsBefore),
    monthYearJoiners: flags(d.monthYearJoiners),
    unitMarkers: {
      year: flags(d.unitMarkers.year),
      month: flags(d.unitMarkers.month),
      day: flags(d.unitMarkers.day),
    },
    monthParts: new PhraseSet(
      d.monthParts.flatMap((p) => p.forms.map((f) => [f, { from: p.from, to: p.to }] as const)),
    ),
    partWords: new Map(
      d.monthParts.flatMap((p) =>
        p.forms.filter((f) => /^\p{L}+$/u.test(f)).map((f) => [fold(f), { from: p.from, to: p.to }] as const),
      ),
    ),
    rangeConnectors: flags(d.rangeConnectors),
    weekdayStarts: new Set([
      ...Object.keys(d.weekdays).map(fold),
      ...firstNorms([...Object.keys(d.weekdayShiftBefore), ...d.weekdayIntro]),
    ]),
    starts: new Set([
      ...firstNorms(Object.keys(d.months)),
      ...Object.keys(d.monthAbbreviations).map(fold),
      ...Object.keys(d.weekdays).map(fold),
      ...firstNorms([
        ...d.relative.flatMap((r) => r.forms),
        ...d.monthParts.flatMap((p) => p.forms),
        ...Object.keys(d.weekdayShiftBefore),
        ...d.weekdayIntro,
        ...d.monthIntro,
        ...d.yearIntro,
        ...d.agoWordsBefore,
      ]),
      ...Object.keys(lex.data.numbers.words).map(fold),
    ]),
    numbers: figuresModel(lex),
  };
}

export const datesModel = (lex: Lexicon): DatesModel => lex.compiled('dates.model', build);
