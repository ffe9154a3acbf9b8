import { describe, expect, it } from 'vitest';
import { parseDocument } from './dom.js';
import { blockLines, dropBoilerplate } from './html-text.js';

const lines = (html: string) =>
  blockLines(parseDocument(`<!doctype html><html><body>${html}</body></html>`).body!);

describe('blockLines', () => {
  it('puts each block on its own line and keeps inline elements inline', () => {
    expect(
      lines(
        '<h2>Head</h2><p>A <a href="#">link</a> and <em>stress</em>.</p><ul><li>one</li><li>two</li></ul>',
      ),
    ).toEqual(['Head', 'A link and stress.', 'one', 'two']);
  });

  it('separates table cells and skips script, style and template content', () => {
    expect(
      lines(
        '<table><tr><td>a</td><td>b</td></tr></table><script>x</script><style>y</style><template>z</template>',
      ),
    ).toEqual(['a b']);
  });
});

describe('dropBoilerplate', () => {
  it.each([
    'Baca juga: Harga cabai turun',
    'BACA JUGA - Harga cabai turun',
    'Lihat juga: Video banjir',
    'Read more: Prices fall',
    'Related: Prices fall',
    'ADVERTISEMENT',
    'Scroll to continue with content',
    'Share this article',
    'Facebook Twitter WhatsApp',
  ])('drops "%s"', (line) => {
    expect(dropBoilerplate([line, 'Kept.'], null)).toEqual(['Kept.']);
  });

  it.each([
    'Related to the case, police said nothing.',
    'Read more books, the minister urged.',
    'Share prices fell 3%.',
  ])('keeps the sentence "%s"', (line) => {
    expect(dropBoilerplate([line], null)).toEqual([line]);
  });

  it('drops a first line that repeats the title', () => {
    expect(dropBoilerplate(['The Headline', 'Body.'], 'the headline')).toEqual(['Body.']);
  });
});
