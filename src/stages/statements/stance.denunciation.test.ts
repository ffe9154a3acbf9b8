import { describe } from 'vitest';
import { stanceCases } from './stance-test-support.js';

// "called the reports exaggerated", "не соответствует", "不符合事实": the speaker rejects a claim
// by naming it false, baseless or a campaign, whatever the cue
describe('words that brand a claim false or baseless deny it', () => {
  stanceCases([
    ['en', 'The minister called the reports of empty pharmacies exaggerated.', 'deny'],
    ['en', 'The defence lawyer said the charges were brought without evidence.', 'deny'],
    ['de', 'Der Bürgermeister sagte, die Berichte seien übertrieben.', 'deny'],
    ['fr', 'Le préfet a jugé ces chiffres exagérés.', 'deny'],
    ['it', 'Il ministro ha detto che le accuse sono senza prove.', 'deny'],
    ['pt', 'O autarca disse que as críticas são puro oportunismo.', 'deny'],
    ['ru', 'Министр назвал реакцию соседей истерикой.', 'deny'],
    ['uk', 'Речник заявив, що зараз дуже багато вкидів.', 'deny'],
    ['zh', '外交部发言人表示，这一说法不符合事实。', 'deny'],
    ['ko', '국방부는 "보도 내용은 사실과 다르다"고 밝혔다.', 'deny'],
    ['ko', '국방부는 "보도 내용은 사실이 아니다"고 밝혔다.', 'deny'],
    ['ja', '官房長官は「報道は事実と異なる」と述べた。', 'deny'],
    ['ar', 'وقال المتحدث إن هذه الأخبار الزائفة تهدف إلى إثارة القلق.', 'deny'],
    ['id', 'Kuasa hukum mengatakan dakwaan itu tidak sesuai fakta.', 'deny'],
  ]);
});

describe('a verb of denial as the cue denies, in every inflection', () => {
  stanceCases([
    ['de', 'Der Sprecher bestritt, dass Soldaten entsandt worden seien.', 'deny'],
    ['es', 'El ministerio desmintió que se hubieran enviado tropas.', 'deny'],
    ['ru', 'Представитель МИД опроверг информацию о запросе.', 'deny'],
    ['ko', '국방부는 파병설을 부인했다.', 'deny'],
    ['ms', 'Kementerian menafikan telah menerima permintaan itu.', 'deny'],
  ]);
});
