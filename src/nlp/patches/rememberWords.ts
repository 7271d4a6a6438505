/**
 * compromise's tokenizer with what it computes for each word remembered by the word as written: its
 * split into punctuation and text, and its normal form (lower case, no accents, no trailing
 * punctuation; computed twice per word by compromise's own tokenize(), once here). Both are pure
 * functions of the word, about half of the tokenizer's time, and news repeats its words; the documents
 * built are the same as compromise's (tests/nlp.test.ts compares them, tags included, with plain compromise).
 * Installed through compromise's plugin API: a tokenizer method (`methods.one.tokenize.fromString`) and a
 * compute step (`normal`).
 */
import { memo } from '../../util/memo.js';
import type { Nlp, Term, TokenizerWorld, Word } from './internals.js';

export function rememberWords(nlp: Nlp): boolean {
  const world = nlp.world() as TokenizerWorld;
  const tokenize = world.methods.one.tokenize;
  const { splitSentences, splitWhitespace } = tokenize ?? {};
  if (![splitSentences, tokenize?.splitTerms, splitWhitespace, tokenize?.fromString, world.compute.normal].every((f) => typeof f === 'function')) return false;
  const computeNormal = world.compute.normal!;
  const normalOf = memo((text: string): string => {
    const term: Partial<Term> = { text };
    computeNormal({ docs: [[term]], world });
    return term.normal ?? text;
  });
  const termOf = memo((word: string): Word => {
    const { text, pre, post } = splitWhitespace(word, world.model);
    return { text, pre, post, normal: normalOf(text), machine: null, lexicon: undefined };
  });
  const fromString: TokenizerWorld['methods']['one']['tokenize']['fromString'] = (text, w) =>
    splitSentences(text || '', w).map((sentence) =>
      // splitTerms as the world has it now: patches/splitWordsFaster.ts may replace it after this one.
      w.methods.one.tokenize.splitTerms(sentence, w.model).map((word) => {
        const t = termOf(word);
        // Every field compromise's steps may add, in one order: terms share one layout (hidden class), and
        // compromise's code reading them stays monomorphic. compromise only tests them for truth or sets them.
        return {
          text: t.text, pre: t.pre, post: t.post, normal: t.normal, normalOf: t.text, word: t, tags: new Set<string>(),
          index: undefined, alias: undefined, machine: undefined, implicit: undefined, switch: undefined, confidence: undefined, dirty: undefined, chunk: undefined, frozen: undefined,
        };
      }),
    );
  // A term keeps the text its normal form was computed from: compromise's tokenize() asks for it again at
  // once, and only a term whose text changed since needs it anew.
  const normal: TokenizerWorld['compute'][string] = (view) => {
    for (const terms of view.docs) {
      for (const term of terms) {
        if (term.normalOf === term.text && term.normal !== undefined) continue;
        term.normal = normalOf(term.text || '');
        term.normalOf = term.text;
      }
    }
  };
  nlp.plugin({ methods: { one: { tokenize: { ...tokenize, fromString } } }, compute: { normal } } as Parameters<Nlp['plugin']>[0]);
  return true;
}
