import { describe, expect, it } from 'vitest';
import { statementsOf } from './test-support.js';

describe('French statements', () => {
  it('leaves a cue alone after a quote unread, French keeping its subject pronouns', () => {
    const got = statementsOf('Le maire Paul Girard a parlé hier. « Tout va bien », a assuré.', 'fr');
    expect(got.some((s) => s.rule.includes('pro-drop'))).toBe(false);
  });
});
