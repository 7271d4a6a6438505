/**
 * Extraction in a pool of worker threads running dist/cli/worker.js (piscina); each loads the library once.
 * The V8 settings a pool needs are set here, by the CLI, before its workers start, never by the library.
 */
import type { Piscina } from 'piscina';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import type { ArticleInput } from '../model/types.js';
import type { Extraction, TaskOptions, WorkerResult } from './extraction.js';
import type { WorkerTask } from './worker.js';

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

/** A pool of worker threads, or null when running from the TypeScript sources (no built worker). */
async function startPool(jobs: number): Promise<Piscina | null> {
  const url = new URL('./worker.js', import.meta.url);
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


/**
 * Extraction by a pool of `jobs` workers, or null where there is no built worker. A worker that dies (out
 * of memory) takes the article queued behind the one that killed it along: each is tried once more, one
 * at a time, so that only the article at fault fails.
 */
export async function inPool(jobs: number, options: TaskOptions, serialize?: 'compact' | 'pretty'): Promise<Extraction | null> {
  const pool = await startPool(jobs);
  if (!pool) return null;
  const inWorker = (input: ArticleInput): Promise<WorkerResult> => pool.run({ input, options, serialize } satisfies WorkerTask) as Promise<WorkerResult>;
  const workerFailed = (err: Error): WorkerResult => ({ ok: false, message: `worker failed: ${err.message}`, expected: false, stack: err.stack });
  let retries: Promise<unknown> = Promise.resolve();
  const retry = (input: ArticleInput): Promise<WorkerResult> => {
    const again = retries.then(() => inWorker(input));
    retries = again.catch(() => undefined);
    return again;
  };
  return {
    extract: (input) => inWorker(input).catch(() => retry(input)).catch(workerFailed),
    // Wide enough that one long article does not leave the other workers idle while it finishes.
    window: Math.max(1, jobs) * 32,
    close: () => pool.destroy(),
  };
}
