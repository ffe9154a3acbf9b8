import { describe, expect, it } from 'vitest';
import { statementsOf } from './test-support.js';

const speakers = (text: string, lang: string) =>
  statementsOf(text, lang).map((s) => `${s.speaker.name}${s.speaker.role ? ` [${s.speaker.role}]` : ''}`);

describe('speaker noun phrases', () => {
  it('runs a title after an inverted cue over a number and a hyphen to the name after the comma', () => {
    expect(
      speakers(
        '“Penularan dari jalur pantura kecil,” kata juru bicara Gugus Tugas Covid - 19 Kabupaten Bekasi, Budi Santoso, Rabu sore.',
        'id',
      )[0],
    ).toMatch(/^Budi Santoso \[/);
  });

  it('reads a long title whose body lists its fields as one speaker named at its end', () => {
    expect(
      speakers(
        'Kepala Bidang Bangunan Gedung Dinas Perumahan Rakyat dan Kawasan Permukiman, Cipta Karya dan Tata Ruang Kota Surabaya Iman Krestian mengatakan, baru plaza yang diresmikan.',
        'id',
      ),
    ).toHaveLength(1);
  });

  it('keeps two speakers when the second part opens a new role', () => {
    expect(
      speakers(
        'Juru bicara NATO dan Menteri Pertahanan Amerika Serikat Lloyd Austin mengatakan latihan itu rutin.',
        'id',
      ),
    ).toHaveLength(2);
  });

  it('reads a lone acronym beside no role as a body, not a person', () => {
    const [s] = statementsOf(
      'Komisi Nasional Hak Asasi Manusia HAM menilai kebijakan itu tidak sinkron.',
      'id',
    );
    expect(s?.speaker.kind).not.toBe('person');
  });

  it("reads a possessor inside a speaker's phrase through the lexicon's possessive marker", () => {
    expect(speakers("South Korea's spy agency said troops had moved.", 'en')[0]).toMatch(
      /South Korea's spy agency/,
    );
  });
});

describe('a body after a person set off by commas', () => {
  it('is the subject, the person left to the fronted phrase', () => {
    const out = statementsOf(
      'Title\n\nThe Harbour Authority met on Monday. In a letter signed by its director, Nia Kamau, the authority said the pier would reopen.',
      'en',
    );
    const s = out.find((x) => x.content.startsWith('the pier'));
    expect(s!.speaker.name).toMatch(/Harbour Authority/);
  });
  it('still reads a role after a name as the name’s apposition', () => {
    expect(speakers('Nia Kamau, the authority’s director, said the pier would reopen.', 'en')[0]).toMatch(
      /^Nia Kamau/,
    );
  });
});
