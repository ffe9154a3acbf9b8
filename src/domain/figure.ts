import type { Span } from './span.js';

/**
 * How a figure's value relates to the true number. Vague quantities ("ribuan", "thousands")
 * carry their order of magnitude as the qualifier and its base as the value.
 */
export type Qualifier =
  | 'exact'
  | 'about'
  | 'at_least'
  | 'more_than'
  | 'at_most'
  | 'less_than'
  | 'up_to'
  | 'range'
  | 'several'
  | 'dozens'
  | 'hundreds'
  | 'thousands'
  | 'tens_of_thousands'
  | 'hundreds_of_thousands'
  | 'millions'
  | 'billions';

export interface Figure {
  value: number;
  /** upper bound of a range ("1.500 hingga 3.000") */
  max?: number;
  qualifier: Qualifier;
  /** canonical English unit of the counted thing: "troops", "people", "percent", "IDR" */
  unit: string | null;
  /** the words the unit was read from, as written */
  unitText?: string;
  /** the words the qualifier was read from, as written: "setidaknya", "nearly", "ribuan" */
  qualifierText?: string;
  text: string;
  span: Span;
  rule: string;
}
