import { CorroborateError } from '../domain/errors.js';

export interface OptionSpec {
  /** takes a value (`--db file`) rather than being a switch (`--json`) */
  value?: boolean;
  /** may be given more than once; values are collected */
  multiple?: boolean;
  short?: string;
}

export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string | boolean | string[]>;
}

/**
 * Parses `argv` against `specs`. Options may come before or after positionals, as `--name value`
 * or `--name=value`; `--` ends option parsing; a lone `-` is a positional (standard input).
 */
export function parseArgs(argv: string[], specs: Record<string, OptionSpec>): ParsedArgs {
  const positionals: string[] = [];
  const options: ParsedArgs['options'] = {};
  const byShort = new Map(
    Object.entries(specs).flatMap(([k, s]) => (s.short ? [[s.short, k] as const] : [])),
  );
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (a === '-' || !a.startsWith('-')) {
      positionals.push(a);
      continue;
    }
    let name: string;
    let inline: string | undefined;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
      inline = eq >= 0 ? a.slice(eq + 1) : undefined;
    } else {
      const k = byShort.get(a.slice(1));
      if (!k) throw new CorroborateError('usage', `unknown option ${a}`);
      name = k;
    }
    const spec = specs[name];
    if (!spec) throw new CorroborateError('usage', `unknown option --${name}`);
    let v: string | boolean = true;
    if (spec.value) {
      if (inline !== undefined) v = inline;
      else {
        const next = argv[i + 1];
        if (next === undefined) throw new CorroborateError('usage', `option --${name} needs a value`);
        v = next;
        i++;
      }
    } else if (inline !== undefined) throw new CorroborateError('usage', `option --${name} takes no value`);
    if (spec.multiple) options[name] = [...((options[name] as string[] | undefined) ?? []), String(v)];
    else options[name] = v;
  }
  return { positionals, options };
}

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
