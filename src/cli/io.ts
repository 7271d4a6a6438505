/** The streams a CLI run talks to (process's by default; tests pass their own) and its stderr reporter. */
import { Chalk } from 'chalk';
import { count } from '../util/plural.js';

export interface Io {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** The environment (NO_COLOR, FORCE_COLOR); process.env when not given. */
  env?: NodeJS.ProcessEnv;
}

/**
 * Whether to color what goes to `stream`: never with --no-color; FORCE_COLOR (but "0" or "false") forces
 * it, NO_COLOR (set and not empty, no-color.org) turns it off; else only on a terminal.
 */
export function useColor(stream: { isTTY?: boolean }, flag: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  if (!flag) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR) return false;
  return !!stream.isTTY;
}

export interface Reporter {
  error(message: string, err?: unknown): void;
  warn(message: string): void;
  note(message: string): void;
  debug?: (message: string) => void;
  done(articles: number, failed: number): void;
}

/** Messages on stderr: one line each, prefixed with the program's name; colored as `useColor` says. */
export function stderrReporter(io: Io, opts: { quiet: boolean; debug: boolean; color: boolean }): Reporter {
  const c = new Chalk({ level: useColor(io.stderr, opts.color, io.env) ? 1 : 0 });
  const line = (s: string): void => void io.stderr.write(s + '\n');
  return {
    error: (message: string, err?: unknown) => {
      line(`${c.red('conflict-facts: error:')} ${message}`);
      if (opts.debug && err instanceof Error && err.stack) line(c.dim(err.stack));
    },
    warn: (message: string) => { if (!opts.quiet) line(`${c.yellow('conflict-facts: warning:')} ${message}`); },
    note: (message: string) => { if (!opts.quiet) line(`${c.dim('conflict-facts: note:')} ${message}`); },
    debug: opts.debug ? (message: string) => line(c.dim(`debug: ${message}`)) : undefined,
    done: (articles: number, failed: number) => {
      if (!opts.quiet && failed > 0) line(`conflict-facts: ${count(articles, 'article')} written, ${count(failed, 'input')} failed`);
    },
  };
}

/** The reporter with `before` called ahead of each message (the progress bar clears its line). */
export function clearingFirst(report: Reporter, before: () => void): Reporter {
  const wrap = <A extends unknown[]>(f: (...args: A) => void) => (...args: A): void => { before(); f(...args); };
  return {
    error: wrap(report.error), warn: wrap(report.warn), note: wrap(report.note), done: wrap(report.done),
    debug: report.debug && wrap(report.debug),
  };
}
