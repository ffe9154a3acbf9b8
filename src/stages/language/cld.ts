import { createRequire } from 'node:module';

interface CldResult {
  reliable: boolean;
  languages: Array<{ code: string; percent: number; score: number }>;
}
type CldDetect = (
  text: string,
  plain: boolean,
  langHint: string,
  encHint: string,
  tldHint: string,
  httpHint: string,
  bestEffort: boolean,
) => CldResult;

let detect: CldDetect | null | undefined;

/** The native Compact Language Detector 2, when it installed; null otherwise. */
export function cld(): CldDetect | null {
  if (detect === undefined) {
    // CORROBORATE_NO_CLD=1: detect as a machine without the optional native package would
    if (process.env.CORROBORATE_NO_CLD === '1') return (detect = null);
    try {
      const binding = createRequire(import.meta.url)('cld/build/Release/cld') as { detect: CldDetect };
      detect = binding.detect;
    } catch {
      detect = null;
    }
  }
  return detect;
}

export function cldDetect(text: string): { code: string; confidence: number; reliable: boolean } | null {
  const d = cld();
  if (!d) return null;
  try {
    const r = d(text, true, '', '', '', '', true);
    const top = r.languages[0];
    if (!top || top.code === 'un') return null;
    // cld reports "zh-Hant", "sr-ME": keep the ISO 639 part
    return {
      code: top.code.split('-')[0]!.toLowerCase(),
      confidence: top.percent / 100,
      reliable: r.reliable,
    };
  } catch {
    return null;
  }
}
