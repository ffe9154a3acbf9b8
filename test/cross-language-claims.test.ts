import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { claimDetail, listClaims } from '../src/services/query.js';
import { Ledger } from '../src/services/ledger.js';
import { textArticle } from '../src/sources/file.js';
import { SqliteStore } from '../src/store/sqlite/store.js';

type Claim = Awaited<ReturnType<typeof claimDetail>>['claim'];

// one invented story told in six languages: Colombia's minister reports Venezuelan troops at the
// Guyana border (Indonesian, English), Brazil's minister confirms it (Spanish, French), Venezuela
// denies it (Russian, German); three of them also report flights cancelled, a second claim
const ARTICLES: Array<[string, string, string]> = [
  [
    'id',
    '2025-03-04',
    `Venezuela Kerahkan Pasukan ke Perbatasan Guyana
CARACAS - Venezuela telah mengirimkan 3.000 tentara ke perbatasan dengan Guyana, kata Menteri Luar Negeri Kolombia, Luis Murillo, pada Selasa.
"Sebanyak 3.000 tentara Venezuela sudah tiba di perbatasan itu," ujar Murillo kepada wartawan di Bogota.`,
  ],
  [
    'en',
    '2025-03-04',
    `Venezuela moves troops to Guyana border
Venezuela has sent 3,000 troops to its border with Guyana, Colombian Foreign Minister Luis Murillo said on Tuesday.
"Some 3,000 Venezuelan soldiers have arrived at the border," Murillo told reporters in Bogota.
Murillo also said Venezuela had cancelled all flights to Guyana.`,
  ],
  [
    'es',
    '2025-03-05',
    `Brasil confirma despliegue venezolano en la frontera con Guyana
El ministro de Defensa de Brasil, Paulo Ramos, confirmó el miércoles que Venezuela envió tropas a la frontera con Guyana.
Ramos dijo además que Venezuela canceló todos los vuelos comerciales a Guyana.`,
  ],
  [
    'fr',
    '2025-03-05',
    `Le Brésil confirme l'envoi de soldats vénézuéliens vers le Guyana
Le ministre brésilien de la Défense, Paulo Ramos, a confirmé mercredi que le Venezuela avait envoyé des soldats à la frontière avec le Guyana.`,
  ],
  [
    'ru',
    '2025-03-06',
    `Каракас опроверг сообщения о переброске войск
Министр обороны Венесуэлы Владимир Падрино опроверг сообщения о том, что Венесуэла направила войска к границе с Гайаной.
Министр транспорта Венесуэлы Рамон Веласкес заявил, что все рейсы в Гайану отменены.`,
  ],
  [
    'de',
    '2025-03-06',
    `Caracas dementiert Truppenverlegung
Der venezolanische Verteidigungsminister Vladimir Padrino hat Berichte dementiert, wonach Venezuela Soldaten an die Grenze zu Guyana geschickt habe.
"Venezuela hat keine Soldaten an die Grenze zu Guyana geschickt", sagte Padrino am Donnerstag.`,
  ],
];

async function claimsOf(
  articles: Array<{ text: string; language: string; published: string; name: string }>,
) {
  const store = new SqliteStore(':memory:');
  const ledger = new Ledger(store);
  for (const [i, a] of articles.entries())
    await ledger.add({
      ...textArticle(a.text, a.name),
      url: `https://example.org/${i}`,
      title: a.text.split('\n')[0]!,
      outlet: `outlet-${i}`,
      language: a.language,
      published: a.published,
    });
  const { claims } = await listClaims(store, {}, { limit: 50, offset: 0 });
  return Promise.all(claims.map(async (c) => (await claimDetail(store, c.id)).claim));
}

/** The claim holding a statement in a language whose text matches. */
const claimWith = (claims: Claim[], language: string, text: RegExp) =>
  claims.find((c) => c.statements.some((s) => s.language === language && text.test(s.content)));

describe('claims across languages', () => {
  let claims: Claim[];
  beforeAll(async () => {
    claims = await claimsOf(
      ARTICLES.map(([language, published, text], i) => ({ language, published, text, name: `a${i}.txt` })),
    );
  }, 60_000);

  it('join a report in Indonesian and English, its confirmations and its denials into one claim', () => {
    const troops = claimWith(claims, 'id', /tentara/);
    expect(troops).toBeDefined();
    expect(troops!.languages).toEqual(expect.arrayContaining(['id', 'en', 'es', 'fr', 'ru', 'de']));
    const stances = (lang: string) =>
      troops!.statements.filter((s) => s.language === lang).map((s) => s.stance);
    expect(stances('es')).toContain('assert');
    expect(stances('fr')).toContain('assert');
    expect(stances('ru')).toContain('deny');
    expect(stances('de')).toContain('deny');
  });

  it('keep a second claim about the same countries apart, joined across languages by its event', () => {
    const flights = claimWith(claims, 'ru', /рейсы/);
    expect(flights).toBeDefined();
    expect(flights).not.toBe(claimWith(claims, 'id', /tentara/));
    expect(flights!.languages).toEqual(expect.arrayContaining(['en', 'es', 'ru']));
    expect(flights!.statements.every((s) => s.stance !== 'deny')).toBe(true);
  });
});

describe('the Biak fixtures: an Indonesian report and Russian denials', () => {
  const fixtures = path.resolve(import.meta.dirname, '..', 'fixtures');
  const read = (p: string) => fs.readFileSync(path.join(fixtures, p, 'input.txt'), 'utf8');

  it('put a Russian denial in a claim an Indonesian statement belongs to', async () => {
    const claims = await claimsOf([
      { language: 'id', published: '2025-04-14', text: read('id/news-biak-base-01'), name: 'id.txt' },
      { language: 'ru', published: '2025-04-17', text: read('ru/news-biak-base-02'), name: 'ru2.txt' },
      { language: 'ru', published: '2025-04-18', text: read('ru/news-biak-base-03'), name: 'ru3.txt' },
    ]);
    const both = claims.filter((c) => c.languages.includes('id') && c.languages.includes('ru'));
    expect(both.length).toBeGreaterThan(0);
    expect(both.some((c) => c.statements.some((s) => s.language === 'ru' && s.stance === 'deny'))).toBe(true);
  }, 60_000);
});
