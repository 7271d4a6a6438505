import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { memo } from '../src/util/memo.js';
import { overlaps, spanIndex } from '../src/util/spans.js';

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
