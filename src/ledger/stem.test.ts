import { describe, expect, it } from 'vitest';
import { stems } from './stem.js';

describe('stems', () => {
  it('finds Indonesian roots under prefixes, suffixes and nasal assimilation', () => {
    expect(stems('mengirimkan', 'id')).toContain('kirim');
    expect(stems('dikirim', 'id')).toContain('kirim');
    expect(stems('pengiriman', 'id')).toContain('kirim');
    expect(stems('menembak', 'id')).toContain('tembak');
    expect(stems('memukul', 'id')).toContain('pukul');
    expect(stems('menyerang', 'id')).toContain('serang');
    expect(stems('bertempur', 'id')).toContain('tempur');
    expect(stems('tentara-tentara', 'id')).toContain('tentara');
  });

  it('strips English inflections', () => {
    expect(stems('soldiers', 'en')).toContain('soldier');
    expect(stems('deployed', 'en')).toContain('deploy');
    expect(stems('casualties', 'en')).toContain('casualty');
    expect(stems('sending', 'en')).toContain('send');
    expect(stems('stopped', 'en')).toContain('stop');
  });

  it('keeps the word itself first', () => {
    expect(stems('troops', 'en')[0]).toBe('troops');
  });
});
