import type { CliIO } from '../../cli/io.js';
import { main } from '../../cli/main.js';

/** Runs `corroborate <argv>` in this process and returns its exit code and output. */
export async function runCli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = { out: '', err: '' };
  const cli: CliIO = { out: (s) => void (io.out += s), err: (s) => void (io.err += s), tty: false };
  const code = await main(argv, cli);
  return { code, ...io };
}
