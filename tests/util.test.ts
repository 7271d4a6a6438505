import { describe, expect, test } from 'vitest';
import { memo } from '../src/util/memo.js';

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
