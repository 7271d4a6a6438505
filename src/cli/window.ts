/**
 * Results written in input order while several articles are in flight: a window of pending results,
 * the oldest written first. When the window is full, pushing waits for the oldest; an input that failed to
 * be read flushes the window first, so that its message stands between the articles where it belongs.
 */
export class OrderedWindow<T> {
  private readonly pending: { id: string; result: Promise<T> }[] = [];

  constructor(private readonly write: (id: string, result: T) => Promise<void>) {}

  /** Adds a result; with more than `size` pending, writes the oldest first. */
  async push(id: string, result: Promise<T>, size: number): Promise<void> {
    this.pending.push({ id, result });
    while (this.pending.length >= size) await this.writeOldest();
  }

  /** Writes every pending result, in order. */
  async flush(): Promise<void> {
    while (this.pending.length) await this.writeOldest();
  }

  private async writeOldest(): Promise<void> {
    const { id, result } = this.pending.shift()!;
    await this.write(id, await result);
  }
}
