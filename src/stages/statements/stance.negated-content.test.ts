import { describe } from 'vitest';
import { stanceCases } from './stance-test-support.js';

// "no new cases were found", "there is no risk": the speaker denies the positive claim, in every
// language that says it with a negator before a verb of finding or a negated "there is"
describe('a negated finding or fact in the content denies the positive claim', () => {
  stanceCases([
    ['en', 'The health office said no new cases had been found in the district.', 'deny'],
    ['id', 'Dinas kesehatan mengatakan tidak ditemukan kasus baru di kecamatan itu.', 'deny'],
    ['es', 'La consejería indicó que no se han detectado nuevos casos en la comarca.', 'deny'],
    ['es', 'El alcalde aseguró que no hay daños en el puerto.', 'deny'],
    ['fr', "La préfecture a indiqué qu'aucun blessé n'a été signalé après la secousse.", 'deny'],
    ['fr', "Le maire a affirmé qu'il n'y a aucun risque pour la population.", 'deny'],
    ['it', 'Il sindaco ha detto che non ci sono feriti tra i residenti.', 'deny'],
    ['it', 'La protezione civile ha riferito che non sono emerse criticità nei ponti.', 'deny'],
    ['pt', 'A câmara afirmou que não há registo de vítimas na aldeia.', 'deny'],
    ['pt', 'O ministério garantiu que nenhuma escola foi afetada pelo sismo.', 'deny'],
    ['ru', 'Представитель ведомства заявил, что никаких запросов от соседей не поступало.', 'deny'],
    ['uk', 'Мер заявив, що постраждалих немає.', 'deny'],
    ['uk', 'Посол заявив, що жодного запиту країна не отримувала.', 'deny'],
    ['ar', 'وقالت الوزارة إنه لم يتم تسجيل أي إصابات جديدة.', 'deny'],
    ['tr', 'Vali, yangında can kaybı olmadığını belirtti.', 'deny'],
    ['ja', '気象庁は「津波による被害は確認されていない」と説明した。', 'deny'],
    ['ko', '소방당국은 "인명 피해는 확인되지 않았다"고 밝혔다.', 'deny'],
  ]);
});

// a plan, a pending matter, an experience or a predicate noun negated is no denial
describe('a negator that denies no claim leaves the statement an assertion', () => {
  stanceCases([
    ['en', 'The mayor said no new shelters would be opened before winter.', 'assert'],
    ['es', 'El alcalde dijo que nunca había visto una riada así.', 'assert'],
    ['fr', "Le syndicat a affirmé que ce n'est pas tout ce qu'il voulait, mais une avancée.", 'assert'],
    ['pt', 'O técnico disse que o pico ainda não chegou.', 'assert'],
    ['de', 'Der Betriebsrat sagte, Zwickau sei kein Auslaufmodell.', 'assert'],
  ]);
});
