import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { memo } from '../src/util/memo.js';
import { overlaps, spanIndex } from '../src/util/spans.js';
import { continuesRun, isInitial } from '../src/extract/names.js';
import type { Token } from '../src/model/types.js';
import { isCapitalized, joinedBySpace } from '../src/util/tokens.js';

describe('memo', () => {
  test('computes each key once, and returns undefined results from the cache too', () => {
    const calls: string[] = [];
    const f = memo((k: string) => { calls.push(k); return k === 'none' ? undefined : k.length; });
    expect([f('abc'), f('abc'), f('none'), f('none')]).toEqual([3, 3, undefined, undefined]);
    expect(calls).toEqual(['abc', 'none']);
  });

  test('forgets everything past its size, so that it never grows beyond it', () => {
    const calls: string[] = [];
    const f = memo((k: string) => { calls.push(k); return k; }, 2);
    for (const k of ['a', 'b', 'c', 'a']) f(k);
    // "c" did not fit: the cache was emptied and restarted with it, so "a" is computed again.
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});

describe('spanIndex', () => {
  const span = fc.tuple(fc.nat(200), fc.nat(30)).map(([start, length]) => ({ start, end: start + length }));
  test('answers overlap and containment like a scan of every span', () => {
    fc.assert(fc.property(fc.array(span, { maxLength: 40 }), span, (spans, q) => {
      const index = spanIndex(spans);
      expect(index.overlaps(q)).toBe(spans.some((s) => overlaps(s, q)));
      expect(index.containsAny(q)).toBe(spans.some((s) => s.start >= q.start && s.end <= q.end && s.start < q.end));
    }));
  });
});

describe('token helpers read the text in place as their patterns read a slice of it', () => {
  // The definitions they had, with a slice and a regular expression each.
  const spec = {
    isCapitalized: (t: Token) => /^\p{Lu}/u.test(t.text),
    joinedBySpace: (a: Token, b: Token, text: string) => /^[ \t\u00A0]+$/.test(text.slice(a.end, b.start)),
    isInitial: (t: Token, text: string) => /^\p{Lu}$/u.test(t.text) && text[t.end] === '.' && !/^\.\p{Lu}/u.test(text.slice(t.end, t.end + 2)),
    continuesRun: (tokens: Token[], i: number, text: string) => {
      const prev = tokens[i - 1]!;
      const t = tokens[i]!;
      if (spec.isInitial(prev, text) && /^\.\s$/.test(text.slice(prev.end, t.start))) return true;
      return prev.sentence === t.sentence && (spec.joinedBySpace(prev, t, text) || text.slice(prev.end, t.start) === '-');
    },
  };
  const token = (text: string, start: number, sentence = 0): Token => ({ text, normal: text.toLowerCase(), pre: '', post: '', tags: new Set(), start, end: start + text.length, sentence });
  // Two words with what stands between them, in the texts that matter: spaces, tabs, no-break spaces,
  // line breaks, a hyphen, an initial's period, capitals beyond ASCII and beyond the BMP, nothing at all.
  const words = ['W', 'Kyiv', 'ørsted', 'Ørsted', 'É', '1st', '𝐀', '', 'U', 'de', '[Z', '@', 'Zeta'];
  const gaps = ['', ' ', '\t', '\u00A0', ' \t', '\n', '-', '.', '. ', '.\n', '.U', ' - ', '..'];
  test('on every pair of words and gap', () => {
    let initials = 0;
    for (const a of words) for (const gap of gaps) for (const b of [...words, '']) for (const sentence of [0, 1]) {
      const text = a + gap + b;
      const tokens = [token(a, 0), token(b, a.length + gap.length, sentence)];
      const at = `${JSON.stringify(text)} (sentence ${sentence})`;
      expect(isCapitalized(tokens[0]!), at).toBe(spec.isCapitalized(tokens[0]!));
      expect(joinedBySpace(tokens[0]!, tokens[1]!, text), at).toBe(spec.joinedBySpace(tokens[0]!, tokens[1]!, text));
      expect(isInitial(tokens[0]!, text), at).toBe(spec.isInitial(tokens[0]!, text));
      expect(continuesRun(tokens, 1, text), at).toBe(spec.continuesRun(tokens, 1, text));
      if (spec.isInitial(tokens[0]!, text)) initials++;
    }
    expect(initials).toBeGreaterThan(20);
  });
  test('on any text', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('A', 'Z', 'b', 'Ø', 'ø', ' ', '\t', '\u00A0', '.', '-', '\n', '𝐀', '[', '@') }), fc.nat(), fc.nat(), (text, x, y) => {
      const cut = text.length === 0 ? 0 : x % (text.length + 1);
      const start = cut + (text.length - cut === 0 ? 0 : y % (text.length - cut + 1));
      const a = token(text.slice(0, cut), 0);
      const b = token(text.slice(start), start);
      expect(isCapitalized(a)).toBe(spec.isCapitalized(a));
      expect(joinedBySpace(a, b, text)).toBe(spec.joinedBySpace(a, b, text));
      expect(isInitial(a, text)).toBe(spec.isInitial(a, text));
      expect(continuesRun([a, b], 1, text)).toBe(spec.continuesRun([a, b], 1, text));
    }), { numRuns: 2000 });
  });
});
