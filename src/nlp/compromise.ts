/**
 * The only module that analyzes text with compromise (its instance: ./instance.ts). It turns compromise's View objects into plain
 * spans and tokens, once per article, so the extractors never see compromise's API.
 *
 * Checked on compromise 14.17: term offsets exclude the punctuation around a word (`pre`/`post`),
 * while a phrase's own offset length includes trailing punctuation, so phrase spans are rebuilt
 * from their first and last terms.
 *
 * compromise/two is its tokenizer, lexicon and taggers without the third level's phrase APIs (chunks,
 * coreference, .people() and the like), which we do not call: the same tokens and tags (compared on
 * 2,459 texts), a shorter load and a smaller heap in each worker.
 */
import { nlp } from './instance.js';
import type { Term } from './patches/internals.js';
import { MONTH_NAMES } from '../data/calendar.js';
import type { NlpDoc, Span, Token } from '../model/types.js';

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

/** Month names, which the tagger without its pattern rules (postTagger) leaves as proper nouns ("in March"). */
const MONTHS = new Set(MONTH_NAMES);

/**
 * The tagging compromise runs here: its lexicon and first tagger (preTagger, whose own passes are named
 * first, second and third above), without the tagger of pattern rules that follows it ("postTagger"),
 * which took about 70% of the time of nlp(text) on news and changed few of the tags the extractors read
 * (measured: CoNLL testa PER 0.852 → 0.843, LOC 0.865 → 0.860, seeds unchanged). The one thing missed
 * that mattered, months read as names ("in March"), is added below.
 * Terms get no ids ('id'): they serve compromise's match API, which we do not call (same output without).
 */
const TAGGING = ['index', 'lexicon', 'preTagger', 'contractionTwo'];
/**
 * Runs of consecutive tokens of one sentence that pass `inRun`, cut after a token where `cutAfter`
 * says so: compromise's topic finders (people(), places(), organizations()) over the tokens we keep,
 * without compiling match patterns per call.
 */
function runs(tokens: readonly Token[], inRun: (t: Token) => boolean, cutAfter: (t: Token, next: Token | undefined) => boolean): Span[] {
  const out: Span[] = [];
  let open: Span | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    if (!inRun(t)) {
      open = null;
      continue;
    }
    if (open && prev && prev.sentence === t.sentence && inRun(prev) && !cutAfter(prev, t)) open.end = t.end;
    else out.push((open = { start: t.start, end: t.end }));
  }
  return out;
}

const hasComma = (t: Token): boolean => t.post.includes(',');
const CONTINENT = /^(?:asia|africa|europe|america)$/;

/** compromise's people(), places() and organizations(), as spans over the tokens. */
function topicsOf(tokens: readonly Token[]): NlpDoc['topics'] {
  // '#Honorific+? #Person+', split after commas and after a possessive other than his/her.
  const people = runs(tokens, (t) => t.tags.has('Person'), (t) => hasComma(t) || (t.tags.has('Possessive') && t.normal !== 'his' && t.normal !== 'her'));
  let k = 0;
  for (const span of people) {
    while (k < tokens.length && tokens[k]!.start < span.start) k++;
    for (let j = k - 1; j >= 0 && tokens[j]!.tags.has('Honorific') && tokens[j]!.sentence === tokens[k]?.sentence && !hasComma(tokens[j]!); j--) span.start = tokens[j]!.start;
  }
  // '(#Place|#Address)+', split after commas except in "Paris, France".
  const places = runs(tokens, (t) => t.tags.has('Place') || t.tags.has('Address'),
    (t, next) => hasComma(t) && (CONTINENT.test(t.normal) || !(['City', 'Region', 'ProperNoun'].some((g) => t.tags.has(g)) && !!next && (next.tags.has('Country') || next.tags.has('Region')))));
  const organizations = runs(tokens, (t) => t.tags.has('Organization'), () => false);
  return { people, places, organizations };
}

/** A period, question or exclamation mark between a word and the capitalized word of the next sentence. */
const SEAM = /(?<=\p{Ll}{2}[\p{Ll}\p{N})”"’]?)[.!?](?=\p{Lu}\p{Ll})/gu;

/**
 * `chunk` with a space after each sentence seam, and (where one was put in) the original index of each
 * character of the mended string (a space put in maps to the character after it).
 */
export function mendSeams(chunk: string): { mended: string; original: number[] | null } {
  SEAM.lastIndex = 0;
  const any = SEAM.test(chunk);
  SEAM.lastIndex = 0; // matchAll below starts where the regex stands
  if (!any) return { mended: chunk, original: null };
  const original: number[] = [];
  let mended = '';
  let from = 0;
  for (const m of chunk.matchAll(SEAM)) {
    const cut = m.index! + 1;
    for (let i = from; i < cut; i++) original.push(i);
    mended += chunk.slice(from, cut) + ' ';
    original.push(cut);
    from = cut;
  }
  for (let i = from; i < chunk.length; i++) original.push(i);
  mended += chunk.slice(from);
  original.push(chunk.length);
  return { mended, original };
}

/**
 * Analyzes `text` with compromise's tokenizer and first tagger; sentences also break at line ends (headlines,
 * captions). `afterChunk` is called after each chunk (it may throw to give up: see the time budget).
 */
export function analyze(text: string, afterChunk?: () => void): NlpDoc {
  const tokens: Token[] = [];
  let sentence = -1;
  for (const chunk of chunkText(text)) {
    // Sentences run together without a space ("the European Parliament.He said") are analyzed with one put
    // in; the offsets are walked in the mended chunk and mapped back into the original text.
    const { mended: part, original } = mendSeams(text.slice(chunk.start, chunk.end));
    const doc = nlp.tokenize(part).compute(TAGGING);
    const toText = (i: number): number => chunk.start + (original ? original[i]! : i);
    // Offsets by walking the text: compromise keeps every character in a term's pre, text or post.
    let cursor = 0;
    for (const terms of doc.docs as Term[][]) {
      let breakPending = true;
      for (const t of terms) {
        const at = cursor + t.pre.length;
        // compromise splits some words into pieces with empty text ("10-15" → "10-15", "", ""); keep
        // only tokens found where their text says.
        const local = part.startsWith(t.text, at) ? at : part.indexOf(t.text, cursor);
        if (t.text === '' || local < 0 || local - cursor > t.pre.length + 8) continue;
        const localEnd = local + t.text.length;
        cursor = part.startsWith(t.post, localEnd) ? localEnd + t.post.length : localEnd;
        const start = toText(local);
        const end = toText(localEnd - 1) + 1;
        if (breakPending) {
          sentence++;
          breakPending = false;
        }
        const tags = t.tags;
        if (MONTHS.has(t.text) && !tags.has('Month') && (t.text !== 'May' || /^\s+\d/.test(text.slice(end, end + 3)))) for (const tag of ['Month', 'Date']) tags.add(tag);
        // clause and marks are filled in by doc/makeDoc.ts, which reads the sentences whole.
        tokens.push({ start, end, text: t.text, normal: t.normal, pre: t.pre, post: t.post, tags, sentence, clause: -1, marks: 0 });
        if (t.post.includes('\n')) breakPending = true;
      }
    }
    afterChunk?.();
  }
  return { tokens, topics: topicsOf(tokens) };
}

export { patches, plainReason } from './instance.js';
export { COPIED_FROM } from './patches/index.js';
