import { prepareArticle } from '../src/article.js';
import { init } from '../src/index.js';
import type { AnyMention, Context, Extractor, Refiner } from '../src/model/types.js';

export { init };

/** A context that keeps debug messages, to print only when a test fails. */
export function bufferedCtx(referenceDate?: string): Context & { messages: string[] } {
  const messages: string[] = [];
  return { referenceDate, messages, debug: (m) => messages.push(m()) };
}

/** Runs one extractor (then the given refiners) over a sentence. */
export function run(extractor: Extractor, text: string, opts: { published?: string; refiners?: Refiner[] } = {}): AnyMention[] {
  const { article } = prepareArticle({ id: 't', text, published: opts.published ?? null });
  const ctx = bufferedCtx();
  let ms = extractor(article, ctx);
  for (const r of opts.refiners ?? []) ms = r(article, ms, ctx);
  return ms;
}
