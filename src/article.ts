/**
 * Turns an input record into the Article the extractors see: its publication date (metadata, else
 * a dateline in the text, else the reference date), its headline, and its NLP analysis, built
 * lazily once and shared by every extractor.
 */
import { findDateline, normalizePublished } from './extract/date/dateline.js';
import type { Article, ArticleInput, NlpDoc, PublishedSource } from './model/types.js';
import { analyze } from './nlp/compromise.js';

export interface PreparedArticle {
  article: Article;
  published: string | null;
  publishedSource: PublishedSource;
  title: string | null;
}

/** A headline is a short first line that does not end like a sentence. */
function headline(text: string): string | null {
  const first = text.split('\n').find((l) => l.trim() !== '')?.trim();
  if (!first || first.length > 120 || /[.,;:]$/.test(first) || first.split(/\s+/).length < 2) return null;
  return first;
}

/** `checkpoint` is called with 'nlp' after each chunk the analysis reads (see Context.checkpoint). */
export function prepareArticle(input: ArticleInput, referenceDate?: string, checkpoint?: (stage: string) => void): PreparedArticle {
  const fromMeta = normalizePublished(input.published);
  const reference = normalizePublished(referenceDate);
  const dateline = fromMeta ? null : findDateline(input.text, reference ? Number(reference.slice(0, 4)) : undefined);
  const published = fromMeta ?? dateline?.date ?? reference ?? null;
  const publishedSource: PublishedSource = fromMeta ? 'metadata' : dateline ? 'dateline' : reference ? 'ref-date' : null;
  let nlp: NlpDoc | undefined;
  const article: Article = {
    id: input.id,
    text: input.text,
    title: input.title ?? null,
    published,
    get nlp(): NlpDoc {
      nlp ??= analyze(input.text, checkpoint && (() => checkpoint('nlp')));
      return nlp;
    },
  };
  return { article, published, publishedSource, title: input.title ?? headline(input.text) };
}
