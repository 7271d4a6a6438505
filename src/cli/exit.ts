/** Exit codes: a pure function of the run's outcome. */
export const EXIT = { OK: 0, INPUT_FAILED: 1, USAGE: 2, INTERNAL: 3 } as const;

export function exitCode(run: { failedInputs: number; internalErrors: number }): number {
  if (run.internalErrors > 0) return EXIT.INTERNAL;
  return run.failedInputs > 0 ? EXIT.INPUT_FAILED : EXIT.OK;
}

/** A user mistake on the command line: one line on stderr, exit 2. */
export class UsageError extends Error {}
