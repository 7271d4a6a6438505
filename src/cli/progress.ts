/**
 * A progress bar on stderr for runs over many inputs: articles done, articles/s and an ETA. Drawn only
 * when stderr is a terminal and the output does not go to the same terminal (stdout is not one, or the
 * output goes to a file with -o), never with --quiet. Record files (JSONL, CSV) are counted first when they are small
 * enough to read twice (COUNT_LIMIT_BYTES together), for a total and an ETA; else, and for stdin, the bar
 * shows the rate only. `clear()` erases the bar's line before a message is written to stderr, and the bar
 * is redrawn on its next frame; `stop()` erases it for good, before the output is written.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Source } from '../io/readers/sources.js';
import type { Io } from './io.js';

export interface Progress {
  tick(): void;
  clear(): void;
  stop(): void;
}

/** Record files up to this size together are counted before the run, for a total and an ETA. */
export const COUNT_LIMIT_BYTES = 64 * 1024 * 1024;

/** Lines that hold something: the records of a JSONL file. */
async function countLines(path: string): Promise<number> {
  let n = 0;
  let blank = true;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (const byte of chunk) {
      if (byte === 10) { if (!blank) n++; blank = true; }
      else if (byte !== 13 && byte !== 32 && byte !== 9) blank = false;
    }
  }
  return blank ? n : n + 1;
}

/** Records of a CSV file (its header row not counted), by csv-parse, as the reader reads them. */
async function countCsvRecords(path: string): Promise<number> {
  const { parse } = await import('csv-parse');
  let n = 0;
  const parser = createReadStream(path).pipe(parse({ relax_column_count: true, skip_empty_lines: true, bom: true }));
  for await (const _ of parser) n++;
  return Math.max(0, n - 1);
}

/** How many articles the sources hold, when that can be known cheaply; null otherwise. */
export async function countArticles(sources: readonly Pick<Source, 'path' | 'format'>[], limit = COUNT_LIMIT_BYTES): Promise<number | null> {
  if (sources.some((s) => s.path === '-' || s.format === 'auto')) return null;
  const records = sources.filter((s) => s.format !== 'text');
  let bytes = 0;
  for (const s of records) bytes += await stat(s.path).then((st) => st.size, () => 0);
  if (bytes > limit) return null;
  let total = sources.length - records.length;
  try {
    for (const s of records) total += s.format === 'csv' ? await countCsvRecords(s.path) : await countLines(s.path);
  } catch {
    return null; // the reader will report the file
  }
  return total;
}

/** `toFile`: the output goes to a file (`-o`), so a terminal on stdout does not see it. */
export async function startProgress(io: Io, quiet: boolean, sources: readonly Pick<Source, 'path' | 'format'>[], toFile = false): Promise<Progress> {
  const none = { tick: () => {}, clear: () => {}, stop: () => {} };
  const records = sources.some((s) => s.format !== 'text');
  if (quiet || !io.stderr.isTTY || (io.stdout.isTTY && !toFile) || (sources.length < 2 && !records)) return none;
  const total = await countArticles(sources);
  const { SingleBar } = await import('cli-progress');
  const stream = io.stderr as NodeJS.WritableStream & { isTTY: boolean };
  const bar = new SingleBar({
    stream,
    format: total !== null ? 'conflict-facts {bar} {value}/{total} articles | {rate}/s | ETA {eta_formatted}' : 'conflict-facts {value} articles | {rate}/s',
    hideCursor: true, clearOnComplete: true, etaBuffer: 50, forceRedraw: true,
  });
  const t0 = Date.now();
  bar.start(total ?? 0, 0, { rate: '0.0' });
  let done = 0;
  let active = true;
  return {
    tick: () => { if (active) bar.update(++done, { rate: (done / Math.max(0.001, (Date.now() - t0) / 1000)).toFixed(1) }); },
    clear: () => { if (active) stream.write('\r\x1b[2K'); },
    stop: () => { if (active) { active = false; bar.stop(); } },
  };
}
