/**
 * A progress bar on stderr for runs over many inputs, only on a terminal and without --quiet: articles
 * done, articles/s and an ETA (for plain files, whose count is known; records only show the rate).
 */
import type { Io } from './io.js';

export interface Progress {
  tick(): void;
  stop(): void;
}

export async function startProgress(io: Io, quiet: boolean, sources: readonly { format: string }[]): Promise<Progress> {
  const none = { tick: () => {}, stop: () => {} };
  const records = sources.some((s) => s.format !== 'text');
  if (quiet || !io.stderr.isTTY || (sources.length < 2 && !records)) return none;
  const { SingleBar } = await import('cli-progress');
  const known = sources.every((s) => s.format === 'text');
  const bar = new SingleBar({
    stream: io.stderr as NodeJS.WritableStream & { isTTY: boolean },
    format: known ? 'conflict-facts {bar} {value}/{total} articles | {rate}/s | ETA {eta_formatted}' : 'conflict-facts {value} articles | {rate}/s',
    hideCursor: true, clearOnComplete: true, etaBuffer: 50,
  });
  const t0 = Date.now();
  bar.start(known ? sources.length : 0, 0, { rate: '0.0' });
  let done = 0;
  return {
    tick: () => bar.update(++done, { rate: (done / Math.max(0.001, (Date.now() - t0) / 1000)).toFixed(1) }),
    stop: () => bar.stop(),
  };
}
