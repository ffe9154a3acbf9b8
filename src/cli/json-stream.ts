/**
 * `JSON.stringify(value, null, 2)` written piece by piece. The extraction of a 10 MB text is a
 * 230 MB JSON document: built as one string (two bytes a character once a curly quote is in it)
 * and then encoded for stdout, it alone took over a gigabyte. Here arrays and the top levels of
 * objects are walked, every other value is stringified on its own and re-indented, and the
 * pieces are handed out in chunks of about `chunk` characters. The bytes are exactly those of
 * `JSON.stringify(value, null, 2)`.
 */

import { Deferred, StreamedArray } from '../services/streamed.js';

const INDENT = '  ';

/** objects below this depth are stringified whole; arrays are always walked */
const WALK_DEPTH = 2;

const isPlain = (v: object): boolean => {
  const p = Object.getPrototypeOf(v);
  return p === Object.prototype || p === null;
};
const hasToJson = (v: unknown): boolean =>
  v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function';
const isWalked = (v: unknown): boolean =>
  v !== null &&
  typeof v === 'object' &&
  (Array.isArray(v) || isPlain(v) || v instanceof StreamedArray || v instanceof Deferred);
/** array elements stringified by one native call (a call per element took twice as long) */
const BATCH = 256;
const skipped = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

function toJsonValue(v: unknown, key: string): unknown {
  if (v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function')
    return (v as { toJSON: (k: string) => unknown }).toJSON(key);
  return v;
}

/** Writes `v` (already through toJSON) at `indent` through `emit`: whole, or walked when it may be large. */
function walk(v: unknown, indent: string, depth: number, emit: (s: string) => void): void {
  if (v instanceof Deferred) v = toJsonValue(v.value(), '');
  if (v instanceof StreamedArray) {
    let n = 0;
    let batch: unknown[] = [];
    const flush = () => {
      if (!batch.length) return;
      emit(n ? ',\n' : '[\n');
      const body = JSON.stringify(batch, null, 2).slice(2, -2);
      emit(indent ? indent + body.replaceAll('\n', `\n${indent}`) : body);
      n += batch.length;
      batch = [];
    };
    for (const e of v.items()) {
      batch.push(e);
      if (batch.length >= BATCH) flush();
    }
    flush();
    return emit(n ? `\n${indent}]` : '[]');
  }
  if (Array.isArray(v)) {
    if (v.length === 0) return emit('[]');
    const inner = indent + INDENT;
    emit('[');
    for (let b = 0; b < v.length; b += BATCH) {
      const batch = v.slice(b, b + BATCH);
      emit(b ? ',\n' : '\n');
      if (batch.some((e) => hasToJson(e) || (depth + 1 < WALK_DEPTH && isWalked(e)))) {
        for (let j = 0; j < batch.length; j++) {
          emit(j ? `,\n${inner}` : inner);
          const e = toJsonValue(batch[j], String(b + j));
          if (skipped(e)) emit('null');
          else walk(e, inner, depth + 1, emit);
        }
        continue;
      }
      // one native call for the whole batch: "[\n  a,\n  b\n]" -> its lines, indented
      const body = JSON.stringify(batch, null, 2).slice(2, -2);
      emit(indent ? indent + body.replaceAll('\n', `\n${indent}`) : body);
    }
    return emit(`\n${indent}]`);
  }
  if (v !== null && typeof v === 'object' && depth < WALK_DEPTH && isPlain(v)) {
    const inner = indent + INDENT;
    let first = true;
    for (const k of Object.keys(v)) {
      const e = toJsonValue((v as Record<string, unknown>)[k], k);
      if (skipped(e)) continue;
      emit(`${first ? '{' : ','}\n${inner}${JSON.stringify(k)}: `);
      first = false;
      walk(e, inner, depth + 1, emit);
    }
    return emit(first ? '{}' : `\n${indent}}`);
  }
  // every line break of JSON text is structural (those inside strings are escaped)
  const s = JSON.stringify(v, null, 2);
  emit(indent && s.includes('\n') ? s.replaceAll('\n', `\n${indent}`) : s);
}

/** Writes `JSON.stringify(value, null, 2)` followed by a line end, in chunks, through `write`. */
export function writeJson(write: (s: string) => void, value: unknown, chunk = 1 << 20): void {
  const top = toJsonValue(value, '');
  if (skipped(top)) return write(`${JSON.stringify(value, null, 2)}\n`);
  let buf = '';
  walk(top, '', 0, (s) => {
    buf += s;
    if (buf.length >= chunk) {
      write(buf);
      buf = '';
    }
  });
  write(`${buf}\n`);
}
