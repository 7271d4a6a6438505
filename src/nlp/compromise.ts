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

/**
 * compromise's tagger grows faster than linearly with the length of one sentence (a 8,000-character
 * run of capitalized words without a full stop takes seconds), so the text is cut into chunks of at
 * most this many characters: at a line break, else after a sentence, else at a space. News
 * paragraphs are shorter than this; only run-on or hostile text is cut mid-sentence.
 */
const MAX_CHUNK = 1000;
const SENTENCE_END = /[.!?]["”’)\]]*\s/g;

export function chunkText(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + MAX_CHUNK);
    if (end < text.length) {
      const window = text.slice(start, end);
      let cut = window.lastIndexOf('\n') + 1;
      if (cut < MAX_CHUNK / 4) {
        for (const m of window.matchAll(SENTENCE_END)) cut = Math.max(cut, m.index + m[0].length);
      }
      if (cut < MAX_CHUNK / 4) cut = window.lastIndexOf(' ') + 1;
      if (cut < MAX_CHUNK / 4) cut = window.length; // no space at all: a hard cut
      end = start + cut;
    }
    out.push({ start, end });
    start = end;
  }
  return out;
}

const shift = (spans: Span[], by: number): Span[] => spans.map((s) => ({ start: s.start + by, end: s.end + by }));

/** Analyzes `text` with compromise's full tagger; sentences also break at line ends (headlines, captions). */
export function analyze(text: string): NlpDoc {
  const tokens: Token[] = [];
  const topics = { people: [] as Span[], places: [] as Span[], organizations: [] as Span[] };
  let sentence = -1;
  for (const chunk of chunkText(text)) {
    const part = text.slice(chunk.start, chunk.end);
    const doc = nlp(part);
    const json = doc.json({ offset: true, terms: { offset: true } }) as PhraseJson[];
    for (const phrase of json) {
      let breakPending = true;
      for (const t of phrase.terms) {
        const start = chunk.start + t.offset.start;
        const end = start + t.offset.length;
        // compromise splits some words into pieces with empty text ("10-15" → "10-15", "", ""); keep
        // only tokens whose offsets match their text exactly.
        if (t.text === '' || text.slice(start, end) !== t.text) continue;
        if (breakPending) {
          sentence++;
          breakPending = false;
        }
        tokens.push({ start, end, text: t.text, normal: t.normal, pre: t.pre, post: t.post, tags: new Set(t.tags), sentence });
        if (t.post.includes('\n')) breakPending = true;
      }
    }
    for (const topic of ['people', 'places', 'organizations'] as const) {
      topics[topic].push(...shift(topicSpans(doc[topic]().json({ offset: true, terms: { offset: true } }) as PhraseJson[]), chunk.start));
    }
  }
  return { tokens, topics };
}
