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

export const printJson = (io: CliIO, value: unknown): void => io.out(`${JSON.stringify(value, null, 2)}\n`);
