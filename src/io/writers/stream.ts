import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { ArticleFacts } from '../../model/types.js';

/**
 * Writes with backpressure: waits for 'drain' when the stream's buffer is full. Rejects with the stream's
 * error when it failed (no space left, a closed device), so that a run stops instead of waiting for a
 * 'drain' that never comes.
 */
export async function writeChunk(out: NodeJS.WritableStream, chunk: string): Promise<void> {
  const w = out as Partial<Writable>;
  if (w.errored) throw w.errored;
  if (out.write(chunk)) return;
  if (w.errored || w.destroyed) throw w.errored ?? new Error('the output is closed');
  await once(out as NodeJS.EventEmitter, 'drain');
}

/** One output format: a header, one call per article (in input order), a footer. */
export interface Writer {
  begin(): Promise<void>;
  write(article: ArticleFacts): Promise<void>;
  end(): Promise<void>;
  /**
   * For formats that print each article as JSON: how they want it serialized by a worker, and the
   * call that takes that text (the same bytes as write() would print).
   */
  serialized?: { form: 'compact' | 'pretty'; write(json: string): Promise<void> };
}

/**
 * Writes articles with a writer: its header, each article, its footer. The corpus writers (events,
 * entities, timeline, report) write everything at the end.
 *
 *   await writeArticles(csvWriter(process.stdout, 'numbers'), articles);
 */
export async function writeArticles(writer: Writer, articles: Iterable<ArticleFacts>): Promise<void> {
  await writer.begin();
  for (const a of articles) await writer.write(a);
  await writer.end();
}
