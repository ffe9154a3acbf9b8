import { describe, expect, it } from 'vitest';
import {
  contentHash,
  parseSignature,
  signature,
  signatureHex,
  similarity,
  COPY_SIMILARITY,
} from './minhash.js';

const story =
  'Banjir bandang melanda tiga desa di Kabupaten Sungai Lestari pada Senin malam. Badan Penanggulangan Bencana Daerah mencatat empat warga meninggal dan dua orang hilang. Ratusan rumah terendam lumpur setinggi satu meter, sementara jembatan penghubung antardesa putus. Tim gabungan masih mencari korban hilang hingga Selasa pagi dengan bantuan perahu karet dan alat berat.';

describe('near-copy detection', () => {
  it('finds a republished copy with a new headline and a credit line', () => {
    const copy = `Empat Tewas dalam Banjir Sungai Lestari\n\n${story}\n\n(Sumber: Warta Nusantara)`;
    expect(similarity(signature(story), signature(copy))).toBeGreaterThanOrEqual(COPY_SIMILARITY);
  });

  it('keeps unrelated articles apart', () => {
    const other =
      'Harga beras di pasar tradisional Jakarta naik untuk pekan ketiga. Pedagang menyebut pasokan dari sentra produksi di Jawa Tengah berkurang karena musim tanam mundur. Pemerintah berjanji menyalurkan cadangan beras ke pasar dalam beberapa hari ke depan untuk meredam kenaikan harga.';
    expect(similarity(signature(story), signature(other))).toBeLessThan(0.2);
  });

  it('round-trips a signature through its hex form', () => {
    const s = signature(story);
    expect(parseSignature(signatureHex(s))).toEqual(s);
  });

  it('hashes the same text the same way whatever its white space', () => {
    expect(contentHash('a  b\n\nc ')).toBe(contentHash('a b c'));
  });
});
