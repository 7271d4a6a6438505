/**
 * A worker thread of `--jobs N`: loads the library once (the built resources, the taggers warmed), then
 * extracts the articles the main thread sends. An error is returned as data, so that the main thread
 * reports it in input order like any other, with the article's debug lines when --debug asked for them.
 */
import * as lib from '../library.js';
import type { ArticleInput } from '../model/types.js';
import { extractTask, type TaskOptions, type WorkerResult } from './extraction.js';

export interface WorkerTask {
  input: ArticleInput;
  options: TaskOptions;
  /**
   * Return the facts as JSON text instead of objects, for writers that only print them: a string crosses
   * to the main thread as one copy, an object graph is cloned field by field, and the worker, not the
   * main thread, does the serializing. `pretty` is JSON.stringify(facts, null, 2).
   */
  serialize?: 'compact' | 'pretty';
}

// compromise reads process.env.DEBUG_TAGS where its own setTag runs (see nlp/patches/quietSetTag.ts);
// process.env answers each read through a C++ interceptor (about 0.3 µs). A worker's process.env is already
// its own copy, which no other thread or native code sees, so here it becomes a plain object with the same
// variables, read at the speed of any object.
process.env = { ...process.env };

const ready = lib.init();

export default async function extractInWorker(task: WorkerTask): Promise<WorkerResult> {
  await ready;
  // Two tasks wait here at once (concurrentTasksPerWorker): each starts in its own turn of the event loop,
  // after the result of the one before has been sent, so that a task that kills the worker cannot take
  // a finished one along.
  await new Promise((resolve) => setImmediate(resolve));
  return extractTask(lib, task.input, task.options, task.serialize);
}
