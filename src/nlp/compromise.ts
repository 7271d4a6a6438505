/**
 * The only module that imports compromise. It turns compromise's View objects into plain
 * spans and tokens, once per article, so the extractors never see compromise's API.
 *
 * Checked on compromise 14.17: term offsets exclude the punctuation around a word (`pre`/`post`),
 * while a phrase's own offset length includes trailing punctuation, so phrase spans are rebuilt
 * from their first and last terms.
 */
import nlp from 'compromise';
import type { NlpDoc, Span, Token } from '../model/types.js';

interface TermJson {
  text: string;
  pre: string;
  post: string;
  normal: string;
  tags: string[];
  offset: { start: number; length: number };
}
interface PhraseJson {
  terms: TermJson[];
}

function termsSpan(terms: TermJson[]): Span | null {
  const first = terms[0];
  const last = terms[terms.length - 1];
  if (!first || !last) return null;
  return { start: first.offset.start, end: last.offset.start + last.offset.length };
}

function topicSpans(phrases: PhraseJson[]): Span[] {
  return phrases.map((p) => termsSpan(p.terms)).filter((s): s is Span => s !== null);
}

/** Analyzes `text` with compromise's full tagger; sentences also break at line ends (headlines, captions). */
export function analyze(text: string): NlpDoc {
  const doc = nlp(text);
  const json = doc.json({ offset: true, terms: { offset: true } }) as PhraseJson[];
  const tokens: Token[] = [];
  const sentences: Span[] = [];
  let sentence = -1;
  let breakPending = true;
  for (const phrase of json) {
    breakPending = true;
    for (const t of phrase.terms) {
      const start = t.offset.start;
      const end = start + t.offset.length;
      // compromise splits some words into pieces with empty text ("10-15" → "10-15", "", ""); keep
      // only tokens whose offsets match their text exactly.
      if (t.text === '' || text.slice(start, end) !== t.text) continue;
      if (breakPending) {
        sentence++;
        sentences.push({ start, end });
        breakPending = false;
      }
      tokens.push({ start, end, text: t.text, normal: t.normal, pre: t.pre, post: t.post, tags: new Set(t.tags), sentence });
      sentences[sentence]!.end = end;
      if (t.post.includes('\n')) breakPending = true;
    }
  }
  return {
    tokens,
    sentences,
    topics: {
      people: topicSpans(doc.people().json({ offset: true, terms: { offset: true } }) as PhraseJson[]),
      places: topicSpans(doc.places().json({ offset: true, terms: { offset: true } }) as PhraseJson[]),
      organizations: topicSpans(doc.organizations().json({ offset: true, terms: { offset: true } }) as PhraseJson[]),
    },
  };
}
