/**
 * Where the articles of a run are extracted: in this thread (one article, or a clock given by a test), or
 * in a pool of worker threads (cli/pool.ts). Either way each article gives a result, never a rejection:
 * its facts (or their JSON text), or the message of what went wrong, with the debug lines of its stages.
 */
import type { ExtractOptions } from '../library.js';
import type { ArticleFacts, ArticleInput, FactType } from '../model/types.js';

/** The options of an extraction that can cross to a worker (no functions). */
export interface TaskOptions {
  referenceDate?: string;
  types: readonly FactType[];
  timeBudgetMs?: number;
  /** Keep the stages' debug lines (`--debug`) and send them back with the result. */
  debug: boolean;
}

export type WorkerResult = (
  | ({ ok: true; facts: ArticleFacts; json?: undefined } & Missing)
  | ({ ok: true; json: string; facts?: undefined } & Missing)
  | { ok: false; message: string; expected: boolean; stack?: string }
) & { debug?: string[] };

/** What an article lacked: dates left unresolved because it has no publication date (and none was given). */
interface Missing {
  unresolvedDates?: number;
}

function missing(facts: ArticleFacts): Missing {
  if (facts.published) return {};
  const unresolved = facts.dates.filter((d) => d.value === null).length;
  return unresolved ? { unresolvedDates: unresolved } : {};
}

export interface Extraction {
  /** The result of one article; never rejects. */
  extract(input: ArticleInput): Promise<WorkerResult>;
  /** How many articles may be in flight before the oldest is awaited: 1 in this thread. */
  readonly window: number;
  close(): Promise<void>;
}

/**
 * Runs the library on one article and turns what it throws into a result: a time budget run out is
 * `expected` (reported without "extraction failed"). `serialize` returns the facts as JSON text.
 */
export function extractTask(
  lib: Pick<typeof import('../library.js'), 'extractSync' | 'TimeBudgetError'>,
  input: ArticleInput,
  options: TaskOptions & Pick<ExtractOptions, 'clock'>,
  serialize?: 'compact' | 'pretty',
): WorkerResult {
  const debug: string[] | undefined = options.debug ? [] : undefined;
  const { debug: _wanted, ...rest } = options;
  try {
    const facts = lib.extractSync(input, { ...rest, debug: debug && ((m) => debug.push(m)) });
    if (serialize) return { ok: true, json: serialize === 'pretty' ? JSON.stringify(facts, null, 2) : JSON.stringify(facts), ...missing(facts), debug };
    return { ok: true, facts, ...missing(facts), debug };
  } catch (err) {
    const e = err as Error;
    return { ok: false, message: e.message, expected: err instanceof lib.TimeBudgetError, stack: e.stack, debug };
  }
}

/**
 * The library, loaded on first use: with a pool of workers this thread never extracts, and does not
 * pay for compromise, chrono-node and the gazetteer (about 1 s and 80 MB).
 */
type Library = typeof import('../library.js');
let library: Promise<Library> | undefined;
function loadLibrary(): Promise<Library> {
  library ??= import('../library.js').then(async (lib) => {
    await lib.init();
    return lib;
  });
  return library;
}

/** Extraction in this thread, one article at a time; `clock` is the time budget's (tests give their own). */
export function inThread(options: TaskOptions, clock?: () => number): Extraction {
  return {
    extract: async (input) => extractTask(await loadLibrary(), input, { ...options, clock }),
    window: 1,
    close: async () => {},
  };
}
