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
}
export type WorkerResult = { ok: true; facts: ArticleFacts } | { ok: false; message: string; expected: boolean; stack?: string };

const ready = init();

export default async function extractInWorker(task: WorkerTask): Promise<WorkerResult> {
  await ready;
  try {
    return { ok: true, facts: extractSync(task.input, task.options) };
  } catch (err) {
    const e = err as Error;
    return { ok: false, message: e.message, expected: err instanceof TimeBudgetError, stack: e.stack };
  }
}
