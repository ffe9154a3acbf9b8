import { describe } from 'vitest';
import { stanceCases } from './stance-test-support.js';

// not denying, not saying, not knowing: the speaker leaves the claim open
describe('refusing to speak or to judge is a hedge, never a denial', () => {
  stanceCases([
    ['de', 'Der Sprecher bestritt nicht, dass Soldaten entsandt worden seien.', 'hedge'],
    ['de', 'Der Minister sagte nicht, wie viele Soldaten entsandt worden seien.', 'hedge'],
    ['ru', 'Представитель компании сказал: «Мы подобные слухи не комментируем».', 'hedge'],
    ['es', 'El geólogo dijo que no sacaría conclusiones de un solo terremoto.', 'hedge'],
    ['fr', "Le directeur a dit qu'il ne sait pas quand la ligne rouvrira.", 'hedge'],
    ['it', 'Il prefetto ha detto che non sappiamo ancora quante famiglie rientreranno.', 'hedge'],
    ['pt', 'O comandante disse que não sabe quando a estrada reabre.', 'hedge'],
    ['uk', 'Енергетики заявили, що не можуть назвати точних строків відновлення.', 'hedge'],
    ['it', 'Il sindacato ha fatto sapere che la Uil non ha ancora deciso.', 'hedge'],
    ['pt', 'O ministro admitiu que uma subida de impostos não está afastada.', 'hedge'],
    ['ko', '기상청은 "현재로서는 단정하기 어렵다"고 답했다.', 'hedge'],
    ['zh', '专家认为，短期内达成协议的可能性不大。', 'hedge'],
  ]);
});
