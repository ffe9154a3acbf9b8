import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../pipeline/extract.js';

const speakers = (text: string, lang: string) => runPipeline(text, { lang }).statements.map((s) => s.speaker);

describe("a speaker's affiliation is never the outlet that relays the words", () => {
  it('takes the body in the role, not the outlet before it (id)', () => {
    const [s] = speakers(
      'Dilansir Tribunjateng.com, juru bicara WHO Tarik Jasarevic mengatakan wabah meluas.',
      'id',
    );
    expect(s?.name).toBe('Tarik Jasarevic');
    expect(s?.affiliation).toBe('org:who');
  });

  it('takes the body in the role, not the outlet named in the same phrase (en)', () => {
    const [s] = speakers(
      'Speaking to Reuters, WHO spokesman Tarik Jasarevic said the outbreak was spreading.',
      'en',
    );
    expect(s?.affiliation).not.toBe('org:reuters');
  });

  it('gives an outlet that reports on its own account itself as root, not its country', () => {
    const [id] = speakers('Tempo melaporkan bahwa pemerintah menyiapkan dana.', 'id');
    expect(id?.affiliation).toBe('org:tempo');
    const [en] = speakers('The Straits Times reported that the company would close.', 'en');
    expect(en?.affiliation).toBe('org:straits-times');
  });
});
