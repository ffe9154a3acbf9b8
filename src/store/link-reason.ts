/**
 * Why a statement joined its claim, as a ledger stores it: `[score, rule, ...matched]`, each
 * matched concept by its number where the ledger numbers concepts (SQLite's `concepts`), else by
 * its key. `{"matched":["t:tariff","w:en:levy"],"score":1,"rule":"link.shared-concepts"}` is
 * written `[1,"link.shared-concepts",41,"w:en:levy"]`: the reason was half of the bytes of a
 * claim_statements row. A row written before as the object reads as it was.
 */
import type { LinkReason } from './types.js';

export function encodeReason(r: LinkReason, idOf?: (key: string) => number | undefined): string {
  return JSON.stringify([r.score, r.rule, ...r.matched.map((k) => idOf?.(k) ?? k)]);
}

/** The reason stored as `text`; `keyOf` names a concept by its number. */
export function decodeReason(text: string, keyOf?: (id: number) => string | undefined): LinkReason {
  const v = JSON.parse(text) as unknown;
  if (!Array.isArray(v)) return v as LinkReason;
  const [score, rule, ...matched] = v as [number, string, ...Array<string | number>];
  return {
    matched: matched.map((m) => (typeof m === 'number' ? (keyOf?.(m) ?? `#${m}`) : m)),
    score,
    rule,
  };
}
