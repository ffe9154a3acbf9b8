import { describe } from 'vitest';
import { stanceCases } from './stance-test-support.js';

// Korean and Turkish write "if" onto the verb: "불안해지면" (if it grows unstable), "verilmezse"
// (if it is not given); the lexicon lists the endings
describe('a condition written onto the verb makes the statement conditional', () => {
  stanceCases([
    ['ko', '한은 총재는 "물가가 다시 불안해지면 추가 조치를 내놓겠다"고 말했다.', 'conditional'],
    ['ko', '전문가들은 "수출이 줄어들면 성장률이 낮아질 것"이라고 분석했다.', 'conditional'],
    ['tr', 'Vali, "Destek verilmezse esnaf kapanır" ifadelerini kullandı.', 'conditional'],
    ['tr', 'Vali, "Yağışlar sürerse taşkın riski artar" ifadelerini kullandı.', 'conditional'],
  ]);
});

// a word that only ends like a condition: "반면" (on the other hand), "borsa" (stock exchange)
describe('a word that merely ends like a condition sets none', () => {
  stanceCases([
    ['ko', '한은 총재는 "수출은 늘었다. 반면 내수는 부진하다"고 말했다.', 'assert'],
    ['tr', 'Vali, "Borsa bugün yükseldi" ifadelerini kullandı.', 'assert'],
  ]);
});
