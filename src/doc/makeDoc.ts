/**
 * The one segmentation of an article that every stage reads: its tokens (compromise's tokenizer and first
 * tagger, through nlp/compromise.ts), its sentences (compromise's, also cut at line ends), the clauses of
 * each sentence (doc/clauses.ts) and the punctuation after each word (doc/marks.ts); with its headline and
 * publication date (metadata, else a dateline in the text, else the reference date).
 */
import { findDateline, normalizePublished } from './dateline.js';
import type { ArticleInput, Clause, ClauseBreak, Doc, PublishedSource, Sentence, Token } from '../model/types.js';
import { analyze } from '../nlp/compromise.js';
import { clauseBreaks } from './clauses.js';
import { marksOf } from './marks.js';

export interface DocOptions {
  /** The publication date (YYYY-MM-DD) to assume where the article states none. */
  referenceDate?: string;
  /** Called after each chunk of about 1,000 characters the analysis reads (it may throw: the time budget). */
  afterChunk?: () => void;
}

/** A headline is a short first line that does not end like a sentence. */
function headline(text: string): string | null {
  const first = text.split('\n').find((l) => l.trim() !== '')?.trim();
  if (!first || first.length > 120 || /[.,;:]$/.test(first) || first.split(/\s+/).length < 2) return null;
  return first;
}

/** Sentences from the tokens' sentence indices: from the first word to the last, with its closing punctuation. */
function sentencesOf(text: string, tokens: readonly Token[]): Sentence[] {
  const out: Sentence[] = [];
  for (let i = 0; i < tokens.length;) {
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1]!.sentence === tokens[i]!.sentence) j++;
    const last = tokens[j]!;
    const closing = /^[^\s]*/.exec(last.post)![0];
    out.push({ start: tokens[i]!.start, end: Math.min(text.length, last.end + closing.length), index: out.length, firstToken: i, endToken: j + 1 });
    i = j + 1;
  }
  return out;
}

/** The clauses of each sentence, between its breaks; a clause keeps the cue that opens it, so that each word has one. */
function clausesOf(sentences: readonly Sentence[], breaks: readonly ClauseBreak[], tokens: Token[]): Clause[] {
  const clauses: Clause[] = [];
  let b = 0;
  for (const s of sentences) {
    let start = s.start;
    let openedBy: Clause['openedBy'] = null;
    let first = s.firstToken;
    const close = (end: number, next: ClauseBreak['kind'] | null): void => {
      let k = first;
      while (k < s.endToken && tokens[k]!.start < end) tokens[k++]!.clause = clauses.length;
      clauses.push({ start, end, index: clauses.length, sentence: s.index, firstToken: first, endToken: k, openedBy });
      first = k;
      start = end;
      openedBy = next;
    };
    for (; b < breaks.length && breaks[b]!.sentence === s.index; b++) {
      if (breaks[b]!.start > start) close(breaks[b]!.start, breaks[b]!.kind);
      else openedBy = breaks[b]!.kind; // a cue at the very start of the sentence, or right after another
    }
    close(s.end, null);
  }
  return clauses;
}

export function makeDoc(input: ArticleInput, options: DocOptions = {}): Doc {
  const fromMeta = normalizePublished(input.published);
  const reference = normalizePublished(options.referenceDate);
  const dateline = fromMeta ? null : findDateline(input.text, reference ? Number(reference.slice(0, 4)) : undefined);
  const published = fromMeta ?? dateline?.date ?? reference ?? null;
  const publishedSource: PublishedSource = fromMeta ? 'metadata' : dateline ? 'dateline' : reference ? 'ref-date' : null;
  const text = input.text;
  const { tokens, topics } = analyze(text, options.afterChunk);
  const mutable = tokens as Token[];
  for (const t of mutable) t.marks = marksOf(t.post);
  const sentences = sentencesOf(text, tokens);
  const breaks = sentences.flatMap((s) => clauseBreaks(text, s));
  const clauses = clausesOf(sentences, breaks, mutable);
  return { id: input.id, text, title: input.title ?? headline(text), published, publishedSource, tokens, sentences, clauses, breaks, topics };
}
