import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { memo } from '../src/util/memo.js';
import { compareIsoDates, dayNumber, isoInterval, parseIsoDate } from '../src/util/calendar.js';
import { overlaps, spanIndex } from '../src/util/spans.js';
import { bare, continuesRun, isHonorific, isInitial, isTitleWord, withoutPossessive } from '../src/extract/names.js';
import type { Token } from '../src/model/types.js';
import { hasPossessive, isCapitalized, joinedBySpace, possessiveFree } from '../src/util/tokens.js';
import { writtenInLowerCase } from '../src/refine/linkShortForms.js';
import { ACRONYM, cannotStartAcronym } from '../src/extract/organization/acronymOrg.js';

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
  const token = (text: string, start: number, sentence = 0): Token => ({ text, normal: text.toLowerCase(), pre: '', post: '', tags: new Set(), start, end: start + text.length, sentence, clause: 0, marks: 0 });
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

describe('name helpers read the last characters as their patterns did', () => {
  // The definitions they had.
  const spec = {
    bare: (t: Token) => t.normal.replace(/[.’']s$|[.’']$/u, '').replace(/\.$/, ''),
    withoutPossessive: (text: string, span: { start: number; end: number }) => {
      const m = /['’]s?$/u.exec(text.slice(span.start, span.end));
      return m ? { start: span.start, end: span.end - m[0].length } : span;
    },
  };
  const token = (text: string): Token => ({ text, normal: text.toLowerCase(), pre: '', post: '', tags: new Set(), start: 0, end: text.length, sentence: 0, clause: 0, marks: 0 });
  const endings = ['', 's', 'S', '.', "'", '’', "'s", '’s', '.s', "s'", 's’', '..', "'.", ".'", 'ss', "''s", '‘s', 'x'];
  test('on words with every ending', () => {
    for (const word of ['', 'Minister', 'gen', 'Mr', 'Russia', 'Ministers', 'President', 'of']) for (const end of endings) {
      const t = token(word + end);
      expect(bare(t), JSON.stringify(t.text)).toBe(spec.bare(t));
      expect(possessiveFree(t.text), JSON.stringify(t.text)).toBe(t.text.replace(/['’]s$/u, ''));
      for (let start = 0; start <= t.text.length; start++) {
        const span = { start, end: t.text.length };
        expect(withoutPossessive(t.text, span), `${JSON.stringify(t.text)} from ${start}`).toEqual(spec.withoutPossessive(t.text, span));
      }
    }
  });
  test('on any text', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'S', 's', '.', "'", '’', ' ', 'M') }), fc.nat(), fc.nat(), (text, x, y) => {
      const start = text.length === 0 ? 0 : x % (text.length + 1);
      const end = start + (y % (text.length - start + 1));
      expect(withoutPossessive(text, { start, end })).toEqual(spec.withoutPossessive(text, { start, end }));
      const t = token(text);
      expect(bare(t)).toBe(spec.bare(t));
      expect(possessiveFree(text)).toBe(text.replace(/['’]s$/u, ''));
      expect(hasPossessive(text)).toBe(/['’]s$/u.test(text));
    }), { numRuns: 3000 });
  });
  test('title words and honorifics', () => {
    for (const [text, title, honorific] of [['Minister', true, false], ['minister', false, false], ["Minister's", true, false], ['Gen.', true, false],
      ['Mr', false, true], ['Mr.', false, true], ['President’s', true, false], ['Presidents', false, false], ['Kyiv', false, false]] as const) {
      expect(isTitleWord(token(text)), text).toBe(title);
      expect(isHonorific(token(text)), text).toBe(honorific);
    }
  });
});

describe('writtenInLowerCase', () => {
  // The definition it had: the word among the text's runs of lower-case letters.
  const spec = (text: string, word: string) => new Set(text.match(/\p{Ll}+/gu)).has(word);
  test('finds a word only where it stands alone in lower case', () => {
    expect(writtenInLowerCase('The defense ministry said', 'defense')).toBe(true);
    expect(writtenInLowerCase('The Defense Ministry said', 'defense')).toBe(false);
    expect(writtenInLowerCase('self-defense', 'defense')).toBe(true);
    expect(writtenInLowerCase('the defenseless', 'defense')).toBe(false);
    expect(writtenInLowerCase('𝐚defense', 'defense')).toBe(false);
    expect(writtenInLowerCase('defense', 'Defense')).toBe(false);
  });
  test('on any text, as the runs of lower-case letters', () => {
    const unit = fc.constantFrom('a', 'b', 'A', ' ', '-', 'é', '𝐚', 'É');
    fc.assert(fc.property(fc.string({ unit }), fc.string({ unit, minLength: 1, maxLength: 3 }), (text, word) => {
      expect(writtenInLowerCase(text, word)).toBe(spec(text, word));
    }), { numRuns: 3000 });
  });
});

describe('cannotStartAcronym', () => {
  test('rejects only words the acronym pattern rejects, whatever follows', () => {
    const unit = fc.constantFrom('A', 'B', 'a', 'z', '.', '&', 'É', 'é', ' ', '1', 'Ⅻ');
    fc.assert(fc.property(fc.string({ unit }), fc.nat(), (text, n) => {
      if (!cannotStartAcronym(text, 0)) return;
      for (let end = 0; end <= text.length; end++) expect(ACRONYM.test(text.slice(0, end)), text.slice(0, end)).toBe(false);
    }), { numRuns: 3000 });
    expect(['NATO', 'U.S.', 'SBU', 'ÉU', 'Éire', 'kyiv', 'Kyiv', 'É.U.'].map((w) => cannotStartAcronym(w, 0))).toEqual([false, false, false, false, true, true, true, false]);
  });
});

describe('ISO dates as the days they denote', () => {
  test.for([
    ['2014-09-05', '2014-09-05', '2014-09-05'],
    ['2014-W36', '2014-09-01', '2014-09-07'],
    ['2015-W01', '2014-12-29', '2015-01-04'],
    ['2014-02', '2014-02-01', '2014-02-28'],
    ['2016-02', '2016-02-01', '2016-02-29'],
    ['2014', '2014-01-01', '2014-12-31'],
  ] as const)('%s is %s to %s', ([iso, first, last]) => {
    const day = (s: string) => dayNumber(parseIsoDate(s)!);
    expect(isoInterval(iso)).toEqual([day(first), day(last)]);
  });

  test('not a date: no interval, ordered after the dates', () => {
    expect(isoInterval('2014-13')).toBeNull();
    expect(isoInterval('yesterday')).toBeNull();
    expect(['x', '2014-09-05', '2014'].sort(compareIsoDates)).toEqual(['2014', '2014-09-05', 'x']);
  });
});
