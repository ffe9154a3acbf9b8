/**
 * `JSON.stringify(value, null, 2)` written piece by piece. The extraction of a 10 MB text is a
 * 230 MB JSON document: built as one string (two bytes a character once a curly quote is in it)
 * and then encoded for stdout, it alone took over a gigabyte. Here arrays and the top levels of
 * objects are walked, every other value is stringified on its own and re-indented, and the
 * pieces are handed out in chunks of about `chunk` characters. The bytes are exactly those of
 * `JSON.stringify(value, null, 2)`.
 */

const INDENT = '  ';
/** objects below this depth are stringified whole; arrays are always walked */
const WALK_DEPTH = 2;

const isPlain = (v: object): boolean => {
  const p = Object.getPrototypeOf(v);
  return p === Object.prototype || p === null;
};
const skipped = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

function toJsonValue(v: unknown, key: string): unknown {
  if (v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function')
    return (v as { toJSON: (k: string) => unknown }).toJSON(key);
  return v;
}

/** `v` (already through toJSON) at `indent`: whole, or walked when it may be large. */
function* walk(v: unknown, indent: string, depth: number): Generator<string> {
  if (Array.isArray(v)) {
    if (v.length === 0) return yield '[]';
    const inner = indent + INDENT;
    yield '[';
    for (let i = 0; i < v.length; i++) {
      yield `${i ? ',' : ''}\n${inner}`;
      const e = toJsonValue(v[i], String(i));
      if (skipped(e)) yield 'null';
      else yield* walk(e, inner, depth + 1);
    }
    return yield `\n${indent}]`;
  }
  if (v !== null && typeof v === 'object' && depth < WALK_DEPTH && isPlain(v)) {
    const inner = indent + INDENT;
    let first = true;
    for (const k of Object.keys(v)) {
      const e = toJsonValue((v as Record<string, unknown>)[k], k);
      if (skipped(e)) continue;
      yield `${first ? '{' : ','}\n${inner}${JSON.stringify(k)}: `;
      first = false;
      yield* walk(e, inner, depth + 1);
    }
    return yield first ? '{}' : `\n${indent}}`;
  }
  // every line break of JSON text is structural (those inside strings are escaped)
  const s = JSON.stringify(v, null, 2);
  yield indent && s.includes('\n') ? s.replaceAll('\n', `\n${indent}`) : s;
}

/** Writes `JSON.stringify(value, null, 2)` followed by a line end, in chunks, through `write`. */
export function writeJson(write: (s: string) => void, value: unknown, chunk = 1 << 20): void {
  const top = toJsonValue(value, '');
  if (skipped(top)) return write(`${JSON.stringify(value, null, 2)}\n`);
  let parts: string[] = [];
  let size = 0;
  for (const s of walk(top, '', 0)) {
    parts.push(s);
    size += s.length;
    if (size >= chunk) {
      write(parts.join(''));
      parts = [];
      size = 0;
    }
  }
  parts.push('\n');
  write(parts.join(''));
}
