import { fold } from '../../lexicon/fold.js';
import type { Discourse, Mention } from './discourse.js';
import { resolveTables } from './resolve-tables.js';
import { affiliationsFit, type RoleNoun } from './role-noun.js';
import type { TokenView } from './view.js';

/** How many sentences ahead a role noun may find the person it stands for. */
const REACH = 3;
/** How many sentences after a lead's role noun the person it introduces may be named. */
const INTRO_REACH = 1;

/**
 * Named people by the roles they hold, in text order, for a role noun whose holder is named
 * only after it: "The spokesperson said … , kata juru bicara Kemenlu, Budi Santoso". Built once
 * per article; each lookup is a binary search.
 */
export class LaterHolders {
  private readonly byKey = new Map<string, Mention[]>();
  /** named people with no role where they are named, for a role noun that introduces them */
  private readonly unroled: Mention[] = [];
  /** people named with a role somewhere: never "introduced" by another role noun */
  private readonly roled = new Set<string>();
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
    if (sp.kind === 'person' && sp.entityId !== null)
      if (m.keys.length || sp.role) this.roled.add(sp.entityId);
      else this.unroled.push(m);
  }

  seal(): void {
    for (const list of this.byKey.values()) list.sort((a, b) => a.at - b.at);
    this.unroled.sort((a, b) => a.at - b.at);
    this.sealed = true;
  }

  /** The first person named after `at`, within INTRO_REACH sentences, named there for the first time. */
  firstUnroledAfter(at: number, sent: number): Mention | null {
    if (!this.sealed) return null;
    const i = firstAfter(this.unroled, at);
    const m = this.unroled[i];
    if (!m || m.sent > sent + INTRO_REACH || m.sent <= sent || this.roled.has(m.speaker.entityId ?? ''))
      return null;
    // a given name tells a person: "Minera Altamira said" may be a company taken for one
    const given = fold(m.speaker.name.split(/\s+/)[0] ?? '');
    if (!resolveTables(this.v.sl).givenNames.has(given)) return null;
    const e = this.v.doc.entities.find((x) => x.id === m.speaker.entityId);
    const first = e ? Math.min(...e.mentions.map((x) => x.start)) : -1;
    return first > at ? m : null;
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

/**
 * The person a lead introduces by role and the next sentences name: "The Philippines'
 * environment secretary said on Thursday … / Liza dela Cruz told a Senate hearing …". Only a
 * definite role of a particular post (not "the official") and only a person first named there,
 * with no role anywhere in the article, in the next sentence.
 */
export function introducedAfter(
  v: TokenView,
  later: LaterHolders,
  rn: RoleNoun,
  at: number,
  sent: number,
): Mention | null {
  if (!rn.definite) return null;
  const tb = resolveTables(v.sl);
  if (rn.keys.some((k) => tb.affiliationRoles.has(k))) return null;
  return later.firstUnroledAfter(at, sent);
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
