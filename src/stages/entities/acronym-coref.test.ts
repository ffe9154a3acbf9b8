import { describe, expect, it } from 'vitest';
import { byId, extract } from './test-helpers.js';

describe('an acronym defined after a name is that organisation', () => {
  it('joins an Indonesian acronym to the foundation it abbreviates', () => {
    const doc = extract(
      'Yayasan Lentera Anak Bangsa (YLAB) mencatat 40 kasus baru. YLAB meminta pemerintah bertindak.',
      'id',
    );
    const org = byId(doc, 'org:yayasan-lentera-anak-bangsa');
    expect(org?.mentions.map((m) => m.text)).toEqual(['Yayasan Lentera Anak Bangsa', 'YLAB', 'YLAB']);
    expect(byId(doc, 'org:ylab')).toBeUndefined();
  });

  it('reads an English acronym before a verb as the organisation, not a person', () => {
    const doc = extract(
      'The Centre for Labour Studies (CLS) said 400 jobs were lost, and CLS urged talks.',
      'en',
    );
    expect(byId(doc, 'org:centre-for-labour-studies')?.mentions.map((m) => m.text)).toContain('CLS');
    expect(doc.entities.some((e) => e.type === 'person')).toBe(false);
  });

  it('leaves an acronym alone when the name before it does not spell it', () => {
    const doc = extract('Yayasan Lentera Anak Bangsa (YPK) mencatat 40 kasus baru.', 'id');
    expect(byId(doc, 'org:yayasan-lentera-anak-bangsa')?.mentions).toHaveLength(1);
  });
});
