import os from 'node:os';
import { CorroborateError } from '../../domain/errors.js';
import { str } from '../args.js';

/** Who corrects: --by, else CORROBORATE_USER, else the login name. */
export function whoOf(options: Record<string, unknown>): { by: string; reason: string | null } {
  let login = 'cli';
  try {
    login = os.userInfo().username || login;
  } catch {
    // no passwd entry (some containers): keep "cli"
  }
  return {
    by: str(options.by) ?? process.env.CORROBORATE_USER ?? login,
    reason: str(options.reason) ?? null,
  };
}

export function idArg(v: string | undefined, what: string): number {
  const id = Number(v);
  if (!v || !Number.isInteger(id) || id < 1) throw new CorroborateError('usage', `${what} wants a number`);
  return id;
}

export const WHO_OPTIONS = { by: { value: true }, reason: { value: true } } as const;
