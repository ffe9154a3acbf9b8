import { sql, type DB } from './db.js';

/** Parameters one statement binds at most: SQLite's limit is 32,766, a few thousand compile faster. */
const MAX_PARAMS = 3000;

/**
 * Row counts one statement takes: rows go in the largest that fits, so 41 rows are three
 * statements (32, 8, 1) and a connection compiles at most a few shapes of each insert, where
 * one statement of exactly n rows would compile a new shape for most articles.
 */
const RUNGS = [512, 128, 32, 8, 2, 1];

/**
 * Runs `INSERT … VALUES (…), (…) …` for many rows in a few statements, in the rows' order (an
 * upsert's later row sees the earlier ones). `head` is the text before VALUES, `tail` what
 * follows them (ON CONFLICT …, RETURNING …); returns what RETURNING gave. Each shape is prepared
 * once per connection.
 * Example: insertRows(db, 'INSERT INTO t (a, b)', [[1, 'x'], [2, 'y']]).
 */
export function insertRows(db: DB, head: string, rows: unknown[][], tail = ''): unknown[] {
  if (!rows.length) return [];
  const width = rows[0]!.length;
  const most = Math.max(1, Math.floor(MAX_PARAMS / width));
  const one = `(${Array.from({ length: width }, () => '?').join(', ')})`;
  const returns = /\bRETURNING\b/i.test(tail);
  const out: unknown[] = [];
  for (let i = 0; i < rows.length;) {
    const left = rows.length - i;
    const per = RUNGS.find((r) => r <= left && r <= most) ?? 1;
    const part = rows.slice(i, i + per);
    i += per;
    const st = sql(db, `${head} VALUES ${part.map(() => one).join(', ')} ${tail}`);
    const params = part.flat();
    if (returns) out.push(...st.all(...params));
    else st.run(...params);
  }
  return out;
}
