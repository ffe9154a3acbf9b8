import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_RATINGS } from '../domain/correction.js';
import { CorroborateError } from '../domain/errors.js';

const Config = z.object({ ratings: z.array(z.string().min(1).max(80)).min(1) }).strict();

/**
 * The verdict scale: a desk's own from `corroborate.config.json` (`{ "ratings": [...] }`) in the
 * working directory or the file CORROBORATE_CONFIG names, else true … unproven.
 */
export function ratingScale(
  file = process.env.CORROBORATE_CONFIG ?? path.resolve('corroborate.config.json'),
): string[] {
  if (!fs.existsSync(file)) return [...DEFAULT_RATINGS];
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new CorroborateError('usage', `${file} is not JSON`, { cause });
  }
  const r = Config.safeParse(json);
  if (!r.success) throw new CorroborateError('usage', `${file}: ${r.error.issues[0]?.message ?? 'invalid'}`);
  return r.data.ratings;
}

export function checkRating(rating: string, scale = ratingScale()): string {
  const hit = scale.find((r) => r.toLowerCase() === rating.trim().toLowerCase());
  if (!hit) throw new CorroborateError('usage', `rating must be one of: ${scale.join(', ')}`);
  return hit;
}
