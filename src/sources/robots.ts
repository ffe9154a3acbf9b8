import { ROBOTS_TOKEN } from './http/limits.js';

export interface RobotsRule {
  allow: boolean;
  /** "/private/*.html$", percent-encoding normalised */
  pattern: string;
}

export interface RobotsRules {
  rules: RobotsRule[];
  /** seconds, from the non-standard Crawl-delay line of our group; for the feed watcher */
  crawlDelay: number | null;
}

export const ALLOW_ALL: RobotsRules = Object.freeze({ rules: [], crawlDelay: null });
export const DISALLOW_ALL: RobotsRules = Object.freeze({
  rules: [{ allow: false, pattern: '/' }],
  crawlDelay: null,
});

// Enough for any real robots.txt; bounds the work a hostile one can cause.
const MAX_RULES = 5000;

/** "/caf%c3%a9" and "/café" compare equal: non-ASCII is encoded and %xx upper-cased. */
export function normalisePath(path: string): string {
  return path
    .replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c))
    .replace(/%[0-9a-f]{2}/gi, (e) => e.toUpperCase());
}

interface Group {
  agents: string[];
  rules: RobotsRule[];
  crawlDelay: number | null;
}

/**
 * Parses robots.txt (RFC 9309) and keeps the rules for `token`: the groups naming it, or else
 * the `*` groups. Unknown lines are ignored, so an HTML error page reads as "allow all".
 */
export function parseRobots(text: string, token = ROBOTS_TOKEN): RobotsRules {
  const groups: Group[] = [];
  let group: Group | null = null;
  let lastWasAgent = false;
  let count = 0;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    if (key === 'user-agent') {
      if (!group || !lastWasAgent) groups.push((group = { agents: [], rules: [], crawlDelay: null }));
      group.agents.push(value.split(/[/\s]/)[0]!.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!group) continue;
    if ((key === 'allow' || key === 'disallow') && value && count++ < MAX_RULES)
      group.rules.push({ allow: key === 'allow', pattern: normalisePath(value) });
    else if (key === 'crawl-delay' && Number.isFinite(Number(value))) group.crawlDelay = Number(value);
  }
  const mine = groups.filter((g) => g.agents.includes(token.toLowerCase()));
  const chosen = mine.length ? mine : groups.filter((g) => g.agents.includes('*'));
  return {
    rules: chosen.flatMap((g) => g.rules),
    crawlDelay: chosen.find((g) => g.crawlDelay !== null)?.crawlDelay ?? null,
  };
}

/**
 * Does `pattern` ("*" any run, "$" at the end anchors) match the start of `path`? A two-pointer
 * wildcard match, linear in practice: no regex, so "/*a*a*a*a*b" cannot backtrack for ages.
 */
export function patternMatches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const p = anchored ? pattern.slice(0, -1) : `${pattern}*`;
  let i = 0;
  let j = 0;
  let star = -1;
  let mark = 0;
  while (j < path.length) {
    if (i < p.length && p[i] !== '*' && p[i] === path[j]) {
      i++;
      j++;
    } else if (i < p.length && p[i] === '*') {
      star = i++;
      mark = j;
    } else if (star >= 0) {
      i = star + 1;
      j = ++mark;
    } else return false;
  }
  while (i < p.length && p[i] === '*') i++;
  return i === p.length;
}

/** The longest matching rule decides; on a tie Allow wins; no match allows. */
export function isAllowed(robots: RobotsRules, pathAndQuery: string): boolean {
  const path = normalisePath(pathAndQuery);
  if (path === '/robots.txt') return true;
  let best: RobotsRule | null = null;
  for (const rule of robots.rules) {
    if (!patternMatches(rule.pattern, path)) continue;
    if (
      !best ||
      rule.pattern.length > best.pattern.length ||
      (rule.pattern.length === best.pattern.length && rule.allow)
    )
      best = rule;
  }
  return best?.allow ?? true;
}
