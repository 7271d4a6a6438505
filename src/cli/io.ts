/** The streams a CLI run talks to (process's by default; tests pass their own) and its stderr reporter. */
import { Chalk } from 'chalk';

export interface Io {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

export interface Reporter {
  error(message: string, err?: unknown): void;
  warn(message: string): void;
  note(message: string): void;
  debug?: (message: string) => void;
  done(articles: number, failed: number): void;
}

/** Messages on stderr: one line each, prefixed with the program's name; colored only on a terminal. */
export function stderrReporter(io: Io, opts: { quiet: boolean; debug: boolean; color: boolean }): Reporter {
  const c = new Chalk({ level: opts.color && io.stderr.isTTY ? 1 : 0 });
  const line = (s: string): void => void io.stderr.write(s + '\n');
  return {
    error: (message, err) => {
      line(`${c.red('conflict-facts: error:')} ${message}`);
      if (opts.debug && err instanceof Error && err.stack) line(c.dim(err.stack));
    },
    warn: (message) => { if (!opts.quiet) line(`${c.yellow('conflict-facts: warning:')} ${message}`); },
    note: (message) => { if (!opts.quiet) line(`${c.dim('conflict-facts: note:')} ${message}`); },
    debug: opts.debug ? (message) => line(c.dim(`debug: ${message}`)) : undefined,
    done: (articles, failed) => {
      if (!opts.quiet && failed > 0) line(`conflict-facts: ${articles} article(s) written, ${failed} input(s) failed`);
    },
  };
}
