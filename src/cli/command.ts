import type { OptionSpec } from './args.js';
import type { CliIO } from './io.js';

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: Record<string, OptionSpec>;
  /** returns the exit code; throws CorroborateError for problems the user can fix */
  run(
    positionals: string[],
    options: Record<string, string | boolean | string[]>,
    io: CliIO,
  ): Promise<number>;
}

/** A command as `main` lists it: what `help` shows, and its module, loaded when it runs. */
export interface CommandEntry {
  name: string;
  summary: string;
  load: () => Promise<Command>;
}
