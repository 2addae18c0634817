// Exit codes are part of the CLI's contract: 0 ok, 1 a failed check or refused input, 2 wrong usage.

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** The command was understood but its input was refused or a check failed (exit 1). */
export class CliFailure extends Error {
  readonly exitCode = EXIT_FAILED;
  constructor(message: string) {
    super(message);
    this.name = 'CliFailure';
  }
}

/** The command line itself is wrong: missing or conflicting options (exit 2). */
export class UsageError extends Error {
  readonly exitCode = EXIT_USAGE;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
