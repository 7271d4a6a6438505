/**
 * A worker thread of `--jobs N`: loads the gazetteer and warms the taggers once, then extracts the
 * articles the main thread sends. An error is returned as data, so that the main thread reports it
 * in input order like any other.
 */
import { extractSync, init, TimeBudgetError, type ExtractOptions } from '../index.js';
import type { ArticleFacts, ArticleInput } from '../model/types.js';

export interface WorkerTask {
  input: ArticleInput;
  options: Omit<ExtractOptions, 'debug' | 'profile'>;
  /**
   * Return the facts as JSON text instead of objects, for writers that only print them: a string crosses
   * to the main thread as one copy, an object graph is cloned field by field, and the worker, not the
   * main thread, does the serializing. `pretty` is JSON.stringify(facts, null, 2).
   */
  serialize?: 'compact' | 'pretty';
}
export type WorkerResult =
  | { ok: true; facts: ArticleFacts; json?: undefined }
  | { ok: true; json: string; facts?: undefined }
  | { ok: false; message: string; expected: boolean; stack?: string };

// compromise reads process.env.DEBUG_TAGS for every tag its tagger sets (2 to 3 times a word); process.env
// answers each read through a C++ interceptor (about 0.3 µs). A worker's process.env is already its own
// copy, which no other thread or native code sees, so here it becomes a plain object with the same
// variables, read at the speed of any object.
process.env = { ...process.env };

const ready = init();

export default async function extractInWorker(task: WorkerTask): Promise<WorkerResult> {
  await ready;
  // Two tasks wait here at once (concurrentTasksPerWorker): each starts in its own turn of the event loop,
  // after the result of the one before has been sent, so that a task that kills the worker cannot take
  // a finished one along.
  await new Promise((resolve) => setImmediate(resolve));
  try {
    const facts = extractSync(task.input, task.options);
    if (task.serialize) return { ok: true, json: task.serialize === 'pretty' ? JSON.stringify(facts, null, 2) : JSON.stringify(facts) };
    return { ok: true, facts };
  } catch (err) {
    const e = err as Error;
    return { ok: false, message: e.message, expected: err instanceof TimeBudgetError, stack: e.stack };
  }
}
