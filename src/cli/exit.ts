/**
 * Exit codes: a pure function of the run's outcome.
 * 0 done; 1 some inputs failed (the rest written); 2 bad usage; 3 a bug (internal error); 4 the output
 * could not be written (no space, no permission, a read-only or closed device); 130 and 143 interrupted
 * by SIGINT (Ctrl-C) or SIGTERM, the temporary output removed.
 */
export const EXIT = { OK: 0, INPUT_FAILED: 1, USAGE: 2, INTERNAL: 3, OUTPUT_FAILED: 4, SIGINT: 130, SIGTERM: 143 } as const;

export function exitCode(run: { failedInputs: number; internalErrors: number }): number {
  if (run.internalErrors > 0) return EXIT.INTERNAL;
  return run.failedInputs > 0 ? EXIT.INPUT_FAILED : EXIT.OK;
}

/** A user mistake on the command line: one line on stderr, exit 2. */
export class UsageError extends Error {}

/** The output could not be written: one line naming it and the reason, exit 4. */
export class OutputError extends Error {}

const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  EIO: 'input/output error',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  EPIPE: 'the reader closed it',
  EBADF: 'the device is closed',
};

/** "no space left on the device (ENOSPC)": a system error in words. */
export function reason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code && REASONS[code] ? `${REASONS[code]} (${code})` : (err as Error)?.message ?? String(err);
}
