/** The ordering window of the CLI alone: results written in input order, however they come back. */
import { describe, expect, test } from 'vitest';
import { OrderedWindow } from '../src/cli/window.js';

describe('OrderedWindow', () => {
  test('writes in the order pushed, results resolving in any order, never more than `size` pending', async () => {
    const written: string[] = [];
    const window = new OrderedWindow<string>(async (id, r) => void written.push(`${id}=${r}`));
    // Results resolved by hand, the later ones first: no timer, nothing that depends on the machine.
    const deferred = () => {
      let resolve!: (v: string) => void;
      const promise = new Promise<string>((r) => (resolve = r));
      return { promise, resolve };
    };
    const [a, b, c] = [deferred(), deferred(), deferred()];
    b.resolve('2');
    await window.push('a', a.promise, 3);
    await window.push('b', b.promise, 3);
    expect(written).toEqual([]);
    c.resolve('3');
    const third = window.push('c', c.promise, 3); // the third fills the window: it waits for the oldest
    await Promise.resolve();
    expect(written).toEqual([]);
    a.resolve('1');
    await third;
    expect(written).toEqual(['a=1']);
    await window.flush();
    expect(written).toEqual(['a=1', 'b=2', 'c=3']);
  });

  test('a window of one writes each result before taking the next', async () => {
    const written: string[] = [];
    const window = new OrderedWindow<number>(async (id) => void written.push(id));
    await window.push('x', Promise.resolve(1), 1);
    expect(written).toEqual(['x']);
  });
});
