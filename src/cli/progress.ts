import type { CliIO } from './io.js';

/** A one-line progress bar on a terminal; silent when output is piped. */
export function progress(io: CliIO, total: number, label: string) {
  let last = 0;
  const draw = (done: number, note = '') => {
    if (!io.tty || total < 2) return;
    const now = Date.now();
    if (done < total && now - last < 100) return;
    last = now;
    const width = 30;
    const full = Math.round((done / total) * width);
    io.err(
      `\r${label} [${'#'.repeat(full)}${'.'.repeat(width - full)}] ${done}/${total} ${note.slice(0, 40).padEnd(40)}`,
    );
    if (done >= total) io.err('\n');
  };
  return { tick: draw };
}
