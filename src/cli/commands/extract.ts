/**
 * One `conflict-facts extract` run: collect the inputs, read each into articles, extract the facts
 * of each, write them in input order. A failure in one input is reported on stderr with its file
 * (and line) and never stops the others.
 */
import type { ExtractOptions } from '../../index.js';
import type { Piscina } from 'piscina';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import type { WorkerResult, WorkerTask } from '../worker.js';
import type { ArticleInput } from '../../model/types.js';
import { collectSources } from '../../io/readers/sources.js';
import { readSource, type ReadOptions } from '../../io/readers/records.js';
import type { InputFormat } from '../../io/readers/sources.js';
import { csvWriter } from '../../io/writers/csv.js';
import { jsonWriter, ndjsonWriter } from '../../io/writers/json.js';
import type { Writer } from '../../io/writers/stream.js';
import { textWriter } from '../../io/writers/text.js';
import { geojsonWriter } from '../../io/writers/geojson.js';
import { entitiesWriter, eventsWriter, timelineWriter, type CorpusFormat } from '../../io/writers/corpus.js';
import { reportWriter } from '../../io/writers/report.js';
import type { FactType } from '../../model/types.js';
import { assertBuilt } from '../../resources.js';
import { exitCode } from '../exit.js';
import { openOutput } from '../output.js';
import type { Io, Reporter } from '../io.js';

export type OutputFormat = 'json' | 'ndjson' | 'csv' | 'text' | 'geojson' | 'html';
/** What a run writes: each article's facts (`extract`), or what the corpus's articles give together. */
export type RunCommand = 'extract' | 'events' | 'entities' | 'timeline' | 'report';

export interface ExtractCommandOptions {
  format?: OutputFormat;
  out?: string;
  refDate?: string;
  types: FactType[];
  maxBytes: number;
  stdinFormat: InputFormat | 'auto';
  color: boolean;
  quiet: boolean;
  timeBudgetMs: number;
  /** Worker threads (with more than one article; a single article is extracted in this thread). */
  jobs: number;
  /** `extract` by default. */
  command?: RunCommand;
}

/**
 * The library, loaded on first use: with a pool of workers this thread never extracts, and does not
 * pay for compromise, chrono-node and the gazetteer (about 1 s and 80 MB).
 */
type Library = typeof import('../../index.js');
let library: Promise<Library> | undefined;
async function loadLibrary(): Promise<Library> {
  library ??= import('../../index.js').then(async (lib) => {
    await lib.init();
    return lib;
  });
  return library;
}

async function extractHere(input: ArticleInput, options: ExtractOptions): Promise<WorkerResult> {
  const { extractSync, TimeBudgetError } = await loadLibrary();
  try {
    return { ok: true, facts: extractSync(input, options) };
  } catch (err) {
    const e = err as Error;
    return { ok: false, message: e.message, expected: err instanceof TimeBudgetError, stack: e.stack };
  }
}

/**
 * A worker's heap cap: 128 MB each when two or more run, 256 MB for a single one, which then has the
 * memory to itself (one worker on 4.4 MB of news: 29.6/30.5 s with 128 MB, 26.3/27.1 s with 256 MB, peak
 * RSS 285 and 316 MB; two workers: no change in speed between 128 and 160 MB).
 */
const workerHeapMb = (jobs: number): number => (jobs === 1 ? 256 : 128);

/**
 * How far V8 lets a heap grow past what its last full collection kept before it collects again. Under a
 * worker's heap cap, V8 picks a small factor: one worker (256 MB) did 14 full collections on 2,000 bench
 * articles where this thread, uncapped, did 3, and ran about 10% slower. At 100%, 6 or 7, and the worker
 * loop took 19.1, 21.3, 19.6 s against 24.3, 24.2, 21.0 s (alternating; peak RSS 319 against 272 MB with
 * --jobs 1). Workers under the 128 MB cap of two jobs collect at the cap either way (24 collections with
 * and without). A V8 flag is one setting for the whole process, read at each collection, so it is set
 * here, by the CLI, before its workers start, and never by the library.
 */
const HEAP_GROWING_PERCENT = 100;

/**
 * Less optimizing-compiler work, for a pool whose workers take every core. V8 compiles hot functions
 * again and again on helper threads as the code meets new kinds of objects. With one worker on two
 * cores, that runs on the free core; with a worker on each core, it takes their time. On 2,000 bench
 * articles, one worker spent 20-24 s and the helper threads another 5.5-6 s compiling (perf, per thread).
 * Without inlining, and with twice the calls before a function is optimized, compiling took 2.1-2.5 s,
 * and the worker's own time stayed within the noise. Two workers on 4,000 articles, alternating:
 * compiling 12.0-13.6 s → 4.4-5.1 s, and 37.2, 37.2, 32.2 s → 28.2, 31.2, 31.2 s; the output is the same.
 * On all 10,688: compiling 16.4 and 19.1 s → 8.6 and 8.6 s, but the time, 67.3 and 75.3 s → 69.2 and 67.3 s,
 * moved within the machine's noise (the workers' own time varied by 10% from run to run).
 * Set before the workers start, like the heap's growth, and never by the library.
 */
const SHARED_CORE_FLAGS = ['--no-turbo-inlining', '--interrupt-budget=135168'];

/** A pool of worker threads running dist/cli/worker.js (piscina); each loads its data once. */
async function startPool(jobs: number): Promise<Piscina | null> {
  const url = new URL('../worker.js', import.meta.url);
  if (!existsSync(fileURLToPath(url))) return null; // running from the TypeScript sources: no built worker
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  if (jobs >= availableParallelism()) for (const flag of SHARED_CORE_FLAGS) setFlagsFromString(flag);
  const { Piscina } = await import('piscina');
  // A worker's heap is capped so that memory stays flat over a long run (V8 grows the old generation
  // lazily when it has room). Two workers on 27 MB of news: peak RSS 742 MB without a cap, 472 MB with
  // 192 MB, 447 MB with 128 MB, at the same speed; a 600 KB article still fits. An article that needs
  // more fails alone, as a worker error (see submit).
  // Two tasks per worker: the next article waits in the worker's own queue, so the worker starts it as it
  // finishes one instead of idling while its result goes to this thread and the pool sends another
  // (measured with --jobs 1 on 2,000 articles: 1.8 s of 26 s idle between articles, 0.5 s with two).
  // A worker's task is synchronous, so the two still run one after the other.
  // Tasks reach a worker through its event loop, not piscina's default Atomics.wait() loop: each time ahead, in
  // every pairing measured (`--jobs 2` on 4,000 bench articles: 26.0 and 25.2 s against 29.2 and 26.7 s; on the
  // whole bench 62.3 and 63.5 s against 63.5 and 67.5 s; `--jobs 1` 80.1 against 85.7 s), with the same output.
  return new Piscina({
    filename: url.href, minThreads: jobs, maxThreads: jobs, concurrentTasksPerWorker: 2, idleTimeout: 60_000, atomics: 'disabled',
    resourceLimits: { maxOldGenerationSizeMb: workerHeapMb(jobs) },
  });
}

function makeWriter(command: RunCommand, format: OutputFormat, stream: NodeJS.WritableStream, color: boolean): Writer {
  if (command === 'events') return eventsWriter(stream, format as CorpusFormat, color);
  if (command === 'entities') return entitiesWriter(stream, format as CorpusFormat, color);
  if (command === 'timeline') return timelineWriter(stream, format as CorpusFormat, color);
  if (command === 'report') return reportWriter(stream);
  if (format === 'ndjson') return ndjsonWriter(stream);
  if (format === 'csv') return csvWriter(stream);
  if (format === 'text') return textWriter(stream, color);
  if (format === 'geojson') return geojsonWriter(stream);
  return jsonWriter(stream);
}

/**
 * A progress bar on stderr for runs over many inputs, only on a terminal and without --quiet: articles
 * done, articles/s and an ETA (for plain files, whose count is known; records only show the rate).
 */
async function startProgress(io: Io, quiet: boolean, sources: readonly { format: string }[]): Promise<{ tick(): void; stop(): void }> {
  const none = { tick: () => {}, stop: () => {} };
  const records = sources.some((s) => s.format !== 'text');
  if (quiet || !io.stderr.isTTY || (sources.length < 2 && !records)) return none;
  const { SingleBar } = await import('cli-progress');
  const known = sources.every((s) => s.format === 'text');
  const bar = new SingleBar({
    stream: io.stderr as NodeJS.WritableStream & { isTTY: boolean },
    format: known ? 'conflict-facts {bar} {value}/{total} articles | {rate}/s | ETA {eta_formatted}' : 'conflict-facts {value} articles | {rate}/s',
    hideCursor: true, clearOnComplete: true, etaBuffer: 50,
  });
  const t0 = Date.now();
  bar.start(known ? sources.length : 0, 0, { rate: '0.0' });
  let done = 0;
  return {
    tick: () => bar.update(++done, { rate: (done / Math.max(0.001, (Date.now() - t0) / 1000)).toFixed(1) }),
    stop: () => bar.stop(),
  };
}

/**
 * What a caller may put in place of the real thing. `clock`: the clock of the time budget (tests give their
 * own, so that what is over budget does not depend on the machine); a function cannot reach a worker, so
 * with a clock every article is extracted in this thread.
 */
export interface RunDeps {
  clock?: () => number;
}

export async function runExtract(paths: string[], opts: ExtractCommandOptions, io: Io, report: Reporter, deps: RunDeps = {}): Promise<number> {
  assertBuilt();
  const args = paths.length ? paths : ['-'];
  const run = { failedInputs: 0, internalErrors: 0, articles: 0 };
  const { sources, problems } = await collectSources(args);
  for (const p of problems) {
    if (p.note) report.note(`${p.path}: ${p.message}`);
    else { report.error(`${p.path}: ${p.message}`); run.failedInputs++; }
  }
  const toFile = opts.out !== undefined && opts.out !== '-';
  const format: OutputFormat = opts.command === 'report' ? 'html' : opts.format ?? (!toFile && io.stdout.isTTY ? 'text' : 'json');
  const output = await openOutput(opts.out, io.stdout, sources.map((s) => s.path));
  const writer = makeWriter(opts.command ?? 'extract', format, output.stream, opts.color && !toFile && !!io.stdout.isTTY);
  const readOptions: ReadOptions = { maxBytes: opts.maxBytes, stdin: io.stdin, stdinFormat: opts.stdinFormat };
  const extractOptions = { referenceDate: opts.refDate, types: opts.types, timeBudgetMs: opts.timeBudgetMs || undefined };
  const inThread = deps.clock !== undefined;
  // The pool starts with the second article: one article (a file, or a text on stdin) runs here, without
  // paying for threads that would each load the taggers and the gazetteer again. With --jobs 1 a run over
  // many articles still uses one worker: its heap cap keeps memory flat (this thread, uncapped, reached
  // 498 MB on the 26 MB bench corpus; one worker 294 MB on 4.4 MB against 407 MB here).
  let pool: Piscina | null | undefined; // undefined: not started yet; null: none to be had
  let held: ArticleInput | null = null;
  // Results are written in input order: a window of articles in flight, the oldest written first.
  const inFlight: { id: string; result: Promise<WorkerResult> }[] = [];
  // Wide enough that one long article does not leave the other workers idle while it finishes.
  const windowSize = Math.max(1, opts.jobs) * 32;
  const progress = await startProgress(io, opts.quiet, sources);
  const drainOne = async (): Promise<void> => {
    const { id, result } = inFlight.shift()!;
    const r = await result;
    progress.tick();
    if (r.ok) {
      if (r.json !== undefined) await writer.serialized!.write(r.json);
      else await writer.write(r.facts);
      run.articles++;
    } else {
      report.error(`${id}: ${r.expected ? '' : 'extraction failed: '}${r.message}`, Object.assign(new Error(r.message), { stack: r.stack }));
      run.failedInputs++;
    }
  };
  try {
    await writer.begin();
    const inWorker = (p: Piscina, input: ArticleInput): Promise<WorkerResult> =>
      p.run({ input, options: extractOptions, serialize: writer.serialized?.form } satisfies WorkerTask) as Promise<WorkerResult>;
    const workerFailed = (err: Error): WorkerResult => ({ ok: false, message: `worker failed: ${err.message}`, expected: false, stack: err.stack });
    // A worker that dies (out of memory) takes the article queued behind the one that killed it along:
    // each is tried once more, one at a time, so that only the article at fault fails.
    let retries: Promise<unknown> = Promise.resolve();
    const retry = (p: Piscina, input: ArticleInput): Promise<WorkerResult> => {
      const again = retries.then(() => inWorker(p, input));
      retries = again.catch(() => undefined);
      return again;
    };
    const submit = async (input: ArticleInput): Promise<void> => {
      const result: Promise<WorkerResult> = pool
        ? inWorker(pool, input).catch(() => retry(pool!, input)).catch(workerFailed)
        : extractHere(input, { ...extractOptions, debug: report.debug, clock: deps.clock });
      inFlight.push({ id: input.id, result });
      if (inFlight.length >= windowSize || !pool) await drainOne();
    };
    for (const source of sources) {
      for await (const item of readSource(source, readOptions)) {
        if (item.kind === 'error') {
          // Keep the order of messages with the order of articles: flush what is held and in flight first.
          if (held) { await submit(held); held = null; }
          while (inFlight.length) await drainOne();
          report.error(`${item.path}${item.line ? `:${item.line}` : ''}: ${item.message}`);
          run.failedInputs++;
          continue;
        }
        if (item.warning) report.warn(`${item.input.id}: ${item.warning}`);
        if (pool === undefined) {
          if (!held) { held = item.input; continue; }
          pool = inThread ? null : await startPool(opts.jobs);
          await submit(held);
          held = null;
        }
        await submit(item.input);
      }
    }
    if (held) await submit(held);
    while (inFlight.length) await drainOne();
    await writer.end();
    await output.commit();
  } catch (err) {
    await output.abort();
    throw err;
  } finally {
    progress.stop();
    await pool?.destroy();
  }
  report.done(run.articles, run.failedInputs);
  return exitCode(run);
}
