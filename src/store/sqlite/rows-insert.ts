import { sql, type DB } from './db.js';

/** Parameters one statement binds at most: SQLite's limit is 32,766, a few thousand compile faster. */
const MAX_PARAMS = 3000;

/**
 * Runs `INSERT … VALUES (…), (…) …` for many rows in as few statements as the parameter limit
 * allows, in the rows' order (an upsert's later row sees the earlier ones). `head` is the text
 * before VALUES, `tail` what follows them (ON CONFLICT …, RETURNING …); returns what RETURNING
 * gave, in order. The statements of each row count are prepared once per connection.
 * Example: insertRows(db, 'INSERT INTO t (a, b)', [[1, 'x'], [2, 'y']]).
 */
export function insertRows(db: DB, head: string, rows: unknown[][], tail = ''): unknown[] {
  if (!rows.length) return [];
  const width = rows[0]!.length;
  const per = Math.max(1, Math.floor(MAX_PARAMS / width));
  const one = `(${Array.from({ length: width }, () => '?').join(', ')})`;
  const returns = /\bRETURNING\b/i.test(tail);
  const out: unknown[] = [];
  for (let i = 0; i < rows.length; i += per) {
    const part = rows.slice(i, i + per);
    const st = sql(db, `${head} VALUES ${part.map(() => one).join(', ')} ${tail}`);
    const params = part.flat();
    if (returns) out.push(...st.all(...params));
    else st.run(...params);
  }
  return out;
}
