// The shape every `briefdeck` command has, and the IO it is given (so commands are testable).

export interface CliIO {
  /** Working directory the command resolves relative paths against. */
  cwd: string;
  out(line: string): void;
  err(line: string): void;
  env: Record<string, string | undefined>;
}

export interface Command {
  name: string;
  /** Full text for `briefdeck <name> --help`. */
  help: string;
  /** Runs the command; resolves to the process exit code. */
  run(args: string[], io: CliIO): Promise<number>;
}

/** Thrown for wrong flags or arguments; the CLI prints the message and the command's help hint. */
export class UsageError extends Error {
  override name = 'UsageError';
}
