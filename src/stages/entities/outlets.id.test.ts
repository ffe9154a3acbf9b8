import { describe, expect, it } from 'vitest';
import { isOutletEntity } from './lookup.js';
import { byId, extract } from './test-helpers.js';

describe('outlets in Indonesian', () => {
  it('reads a name with a web address as an outlet, not a person', () => {
    const doc = extract('Dilansir Tribunjateng.com, Yunita Dyah mengatakan kasus bertambah.', 'id');
    const outlet = byId(doc, 'org:tribunjateng-com');
    expect(outlet?.mentions[0]?.text).toBe('Tribunjateng.com');
    expect(outlet && isOutletEntity(outlet)).toBe(true);
    expect(doc.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Yunita Dyah']);
  });

  it('reads a name after an outlet cue as an outlet', () => {
    const doc = extract('Seperti dilansir Sorotnews, Bambang mengatakan belum ada keputusan.', 'id');
    expect(byId(doc, 'org:sorotnews')?.mentions[0]?.rule).toBe('name.outlet');
  });

  it('knows shared outlets as outlets and a ministry as none', () => {
    const doc = extract('Kompas melaporkan Kemenkes membantah kabar itu.', 'id');
    expect(isOutletEntity(byId(doc, 'org:kompas')!)).toBe(true);
    expect(isOutletEntity(byId(doc, 'org:health-ministry:ID')!)).toBe(false);
  });

  it('reads an outlet named with common words after its cue', () => {
    const doc = extract('Dilansir Kabar Timur, Sutrisno mengatakan belum ada keputusan.', 'id');
    expect(byId(doc, 'org:kabar-timur')?.mentions[0]?.rule).toBe('name.outlet');
  });

  it('reads a minister after "laporan" as a person, not an outlet', () => {
    const doc = extract('Menurut laporan Menteri Keuangan Sri Mulyani Indrawati, defisit melebar.', 'id');
    expect(doc.entities.some((e) => e.mentions.some((m) => m.rule === 'name.outlet'))).toBe(false);
  });

  it('reads an outlet short form only after its cue', () => {
    const doc = extract(
      'Dilansir Suara, juru bicara WHO mengatakan wabah meluas. Suara hati warga tidak didengar.',
      'id',
    );
    expect(byId(doc, 'org:suara')?.mentions.map((m) => m.text)).toEqual(['Suara']);
  });
});
