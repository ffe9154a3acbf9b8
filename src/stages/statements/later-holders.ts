import type { Discourse, Mention } from './discourse.js';
import { resolveTables } from './resolve-tables.js';
import { affiliationsFit, type RoleNoun } from './role-noun.js';
import type { TokenView } from './view.js';

/** How many sentences ahead a role noun may find the person it stands for. */
const REACH = 3;

/**
 * Named people by the roles they hold, in text order, for a role noun whose holder is named
 * only after it: "The spokesperson said … , kata juru bicara Kemenlu, Budi Santoso". Built once
 * per article; each lookup is a binary search.
 */
export class LaterHolders {
  private readonly byKey = new Map<string, Mention[]>();
  private sealed = false;

  constructor(
    private readonly v: TokenView,
    private readonly state: Discourse,
  ) {}

  add(m: Mention): void {
    const sp = m.speaker;
    if (!this.state.holds(sp)) return;
    const put = (k: string) => {
      const list = this.byKey.get(k);
      if (list) list.push(m);
      else this.byKey.set(k, [m]);
    };
    for (const k of m.keys) put(k);
    if (sp.affiliation) put(`|${sp.affiliation}`);
  }

  seal(): void {
    for (const list of this.byKey.values()) list.sort((a, b) => a.at - b.at);
    this.sealed = true;
  }

  /** The first person named after `at`, within a few sentences, who holds the role asked for. */
  holderAfter(rn: RoleNoun, at: number, sent: number): Mention | null {
    if (!this.sealed) return null;
    const tb = resolveTables(this.v.sl);
    const keys = [...rn.keys];
    if (rn.definite && rn.affiliation && rn.keys.some((k) => tb.affiliationRoles.has(k)))
      keys.push(`|${rn.affiliation}`);
    let best: Mention | null = null;
    for (const k of keys) {
      const list = this.byKey.get(k);
      if (!list) continue;
      for (let i = firstAfter(list, at); i < list.length && list[i]!.sent <= sent + REACH; i++) {
        const m = list[i]!;
        if (!affiliationsFit(rn.affiliation, m.speaker.affiliation)) continue;
        if (!best || m.at < best.at) best = m;
        break;
      }
    }
    return best;
  }
}

function firstAfter(list: readonly Mention[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.at <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
