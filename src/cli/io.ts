import { writeJson } from './json-stream.js';

/** Where a command writes; tests pass their own to capture output. */
export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
  /** true when stdout is a terminal (progress bars, colours) */
  tty: boolean;
}

export const processIO: CliIO = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  tty: !!process.stdout.isTTY,
};

/** `JSON.stringify(value, null, 2)` and a line end, written in chunks (a large extraction never becomes one string). */
export const printJson = (io: CliIO, value: unknown): void => writeJson(io.out, value);

/**
 * A reader that stops early (`corroborate claims | head -1`) closes the pipe and the next write
 * fails with EPIPE: the command ends there, quietly and with exit code 0, as Unix tools do.
 * Called by the program's entry only (commands never exit the process).
 */
export function endQuietlyWhenStdoutCloses(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(0);
  });
}
