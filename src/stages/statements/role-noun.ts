import type { Speaker } from '../../domain/statement.js';
import { L } from './labels.js';
import type { NP } from './np.js';
import { resolveTables } from './resolve-tables.js';
import { has, type TokenView } from './view.js';

/**
 * A speaker named only by a role that may stand for one particular person the article names
 * elsewhere: "the minister", "menteri itu", "sang menteri", "jubir tersebut", "the Russian
 * leader", "South Korea's spy chief", "Juru bicara Kemenlu". `keys` are the canonical (English)
 * role names, so "jubir" and "spokesperson" meet.
 */
export interface RoleNoun {
  keys: string[];
  affiliation: string | null;
  /** only a definite phrase may take a holder found by affiliation alone ("the official") */
  definite: boolean;
  /** the role as written, without the pointing word: "menteri" of "menteri itu" */
  role: string;
}

/** The canonical role names said in tokens first..last ("Defence Minister" -> "defence minister"). */
export function roleKeys(v: TokenView, first: number, last: number): string[] {
  const out: string[] = [];
  const lesser = resolveTables(v.sl).lesserPrefixes;
  let prefix = '';
  for (let i = first; i <= last; i++) {
    if (!(v.flags[i]! & L.ROLE)) {
      prefix = '';
      continue;
    }
    const m = v.sl.roles.matchAt(v.toks, i);
    if (!m) continue;
    // "Deputy Health Minister": a lower post of the role that follows, not that role
    if (lesser.has(m.value.en) && m.end <= last && v.flags[m.end]! & L.ROLE) {
      prefix = `${prefix}${m.value.en} `;
      i = m.end - 1;
      continue;
    }
    const key = prefix + m.value.en;
    prefix = '';
    if (!out.includes(key)) out.push(key);
    i = m.end - 1;
  }
  return out;
}

/**
 * Whether `sp`, made from `groups`, is a role noun that may point at a named person, and what it
 * asks of that person. Indefinite phrases ("a spokesperson", "seorang pejabat", "several
 * officials") are unnamed sources and never point at anyone.
 */
export function roleNoun(v: TokenView, groups: NP[], sp: Speaker): RoleNoun | null {
  if (groups.length !== 1 || sp.entityId !== null || sp.role === null || sp.name !== sp.role) return null;
  if (sp.kind !== 'person' && sp.kind !== 'unnamed') return null;
  const g = groups[0]!;
  const tb = resolveTables(v.sl);
  const firstWord = v.toks[g.first]!.norm;
  const article = tb.definite.has(firstWord);
  if (has(v, g.first, L.INDEF) && !article) return null;
  let possessive = false;
  for (let i = g.first; i <= g.last; i++)
    if (tb.possessive.has(v.toks[i]!.text) && v.toks[i]!.kind !== 'quote') possessive = true;
  const definite = article || possessive || has(v, g.last, L.DEMONSTRATIVE);
  // "officials", "pejabat": an unnamed head is a source, unless the phrase points ("pejabat itu")
  if (sp.kind === 'unnamed' && !definite) return null;
  // a bare role stands for one person when written as a title ("Presiden mengatakan") or with
  // whom it serves ("Juru bicara Kemenlu"); "kata siswa", "farmers said" are anyone
  // (without articles, "— подчеркнул министр" points back as "the minister" does: `bareRolesPointBack`)
  if (!definite && !v.toks[g.first]!.upper && !hasEntity(v, g) && !v.sl.data.grammar.bareRolesPointBack)
    return null;
  const keys = roleKeys(v, g.first, g.last);
  if (!keys.length) return null;
  let affiliation = sp.affiliation;
  if (!affiliation)
    for (let i = g.first; i <= g.last && !affiliation; i++)
      if (v.flags[i]! & L.DEMONYM) affiliation = tb.demonyms.matchAt(v.toks, i)?.value ?? null;
  let role = sp.role;
  const pointer = has(v, g.last, L.DEMONSTRATIVE) ? v.toks[g.last]!.text : '';
  if (pointer && role.endsWith(pointer) && role.length > pointer.length)
    role = role.slice(0, -pointer.length).trimEnd();
  return { keys, affiliation, definite, role };
}

/** Affiliations agree when either is unknown or both name the same body or country. */
export const affiliationsFit = (a: string | null, b: string | null): boolean => !a || !b || a === b;

function hasEntity(v: TokenView, g: NP): boolean {
  for (let i = g.first; i <= g.last; i++) if (v.entity[i]) return true;
  return false;
}
