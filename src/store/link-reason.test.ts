import { describe, expect, it } from 'vitest';
import { decodeReason, encodeReason } from './link-reason.js';

const shared = { matched: ['t:tariff', 'w:en:levy'], score: 0.75, rule: 'link.shared-concepts' };

describe('a stored link reason', () => {
  it('names a numbered concept by its number and reads back the same reason', () => {
    const ids = new Map([['t:tariff', 41]]);
    const text = encodeReason(shared, (k) => ids.get(k));
    expect(text).toBe('[0.75,"link.shared-concepts",41,"w:en:levy"]');
    expect(decodeReason(text, (id) => (id === 41 ? 't:tariff' : undefined))).toEqual(shared);
  });

  it('keeps every key when the store numbers no concepts', () => {
    expect(decodeReason(encodeReason(shared))).toEqual(shared);
  });

  it('reads a reason written before as an object', () => {
    expect(decodeReason(JSON.stringify(shared))).toEqual(shared);
  });

  it('is less than half the bytes of the object for a link made by its context', () => {
    const context = { matched: [], score: 0, rule: 'link.article-context' };
    expect(encodeReason(context).length * 2).toBeLessThan(JSON.stringify(context).length);
  });
});
