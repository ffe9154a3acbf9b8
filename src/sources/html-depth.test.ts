import { describe, expect, it } from 'vitest';
import { flattenDeepNesting } from './html-depth.js';

describe('flattenDeepNesting', () => {
  it('leaves ordinary pages untouched', () => {
    const html = '<html><body><div><p>a<p>b<br><img src=x><div><span>c</span></div></div></body></html>';
    expect(flattenDeepNesting(html, 5)).toEqual({ html, flattened: false });
  });

  it('drops the tags nested past the limit and keeps their text', () => {
    const html = `${'<div>'.repeat(6)}text${'</div>'.repeat(6)}`;
    const out = flattenDeepNesting(html, 3);
    expect(out.flattened).toBe(true);
    expect(out.html.match(/<div>/g)).toHaveLength(3);
    expect(out.html.match(/<\/div>/g)).toHaveLength(3);
    expect(out.html).toContain('text');
  });

  it('does not count elements that close themselves', () => {
    expect(flattenDeepNesting('<p>x'.repeat(1000), 10).flattened).toBe(false);
    expect(flattenDeepNesting('<li>x'.repeat(1000), 10).flattened).toBe(false);
  });
});
