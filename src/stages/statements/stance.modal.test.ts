import { describe } from 'vitest';
import { stanceCases } from './stance-test-support.js';

// "could take months", "pueden continuar", "zorlaşabilir": the speaker says what may happen
describe('a modal of possibility in the content is a hedge', () => {
  stanceCases([
    ['en', 'The engineer said the repairs could take months.', 'hedge'],
    ['es', 'El geólogo advirtió que las réplicas pueden continuar durante semanas.', 'hedge'],
    ['fr', 'Le préfet a précisé que la route pourrait rouvrir lundi.', 'hedge'],
    ['it', 'Il sindaco ha detto che la frana potrebbe muoversi ancora.', 'hedge'],
    ['pt', 'O engenheiro disse que as obras podem demorar meses.', 'hedge'],
    ['de', 'Der Wetterdienst sagte, die Pegel könnten weiter steigen.', 'hedge'],
    ['ru', 'Аналитик сказал, что цены могут вырасти.', 'hedge'],
    ['uk', 'Аналітик сказав, що ціни можуть зрости.', 'hedge'],
    ['ja', '専門家は「余震が続くかもしれない」と話した。', 'hedge'],
    ['ko', '기상청은 "비가 더 올 수도 있다"고 밝혔다.', 'hedge'],
    ['tr', 'Uzman, "Rüzgar hızlanabilir" dedi.', 'hedge'],
  ]);
});

// "could not afford", "no puede pagar": a negated modal states an inability
describe('a negated modal states an inability, an assertion', () => {
  stanceCases([
    ['en', 'The engineer said the town could not afford the repairs.', 'assert'],
    ['es', 'El alcalde dijo que el pueblo no puede pagar la reparación.', 'assert'],
  ]);
});
