/**
 * Where the data goes: standard output, or `--out FILE` written atomically (a temporary file in the
 * same folder, renamed over FILE only when the run is done), never over one of the inputs. A write that
 * fails is an OutputError naming the file and the reason; a run interrupted by a signal removes its
 * temporary file (`removePendingOutputs`, called by the signal handlers of cli/bin.ts).
 */
import { createWriteStream, rmSync, type WriteStream } from 'node:fs';
import { realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { once } from 'node:events';
import { OutputError, reason, UsageError } from './exit.js';

export interface Output {
  stream: NodeJS.WritableStream;
  /** Finishes the output: flush, then (for a file) rename into place. Throws OutputError when a write failed. */
  commit(): Promise<void>;
  /** Gives up: removes the temporary file. */
  abort(): Promise<void>;
  /** The error to report for a failure of the run: an OutputError when the output failed, else `err` itself. */
  explain(err: unknown): unknown;
}

/** Temporary files of outputs not yet committed or aborted. */
const pending = new Set<string>();

/** Removes the temporary files of unfinished outputs, synchronously (from a signal handler). */
export function removePendingOutputs(): void {
  for (const tmp of pending) rmSync(tmp, { force: true });
  pending.clear();
}

async function realOrResolved(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return resolve(path);
  }
}

/** The format an output file's extension names (`facts.csv`: csv), if any. */
export function formatOfPath(path: string | undefined): string | undefined {
  const ext = /\.([a-z]+)$/i.exec(path ?? '')?.[1]?.toLowerCase();
  return ext ? ({ json: 'json', jsonl: 'ndjson', ndjson: 'ndjson', csv: 'csv', txt: 'text', geojson: 'geojson', html: 'html', htm: 'html' } as Record<string, string>)[ext] : undefined;
}

let stdoutReported = false;
/** Whether a failure of standard output was already reported (the run's error), so that bin.ts does not report it twice. */
export const stdoutFailureReported = (): boolean => stdoutReported;

/** A write error of standard output as an OutputError; anything else as it is. */
function explainStdout(stdout: NodeJS.WritableStream, err: unknown): unknown {
  const failed = (stdout as Partial<import('node:stream').Writable>).errored ?? ((err as NodeJS.ErrnoException)?.syscall === 'write' ? err : undefined);
  if (!failed || (failed as NodeJS.ErrnoException).code === 'EPIPE') return err;
  stdoutReported = true;
  return new OutputError(`cannot write standard output: ${reason(failed)}`);
}

export async function openOutput(out: string | undefined, stdout: NodeJS.WritableStream, inputs: readonly string[]): Promise<Output> {
  if (!out || out === '-') return { stream: stdout, commit: async () => {}, abort: async () => {}, explain: (err) => explainStdout(stdout, err) };
  const target = await realOrResolved(out);
  for (const input of inputs) {
    if (input !== '-' && (await realOrResolved(input)) === target) throw new UsageError(`--out ${out} is one of the inputs; refusing to overwrite it`);
  }
  const folder = dirname(resolve(out));
  const isFolder = await stat(folder).then((s) => s.isDirectory(), () => false);
  if (!isFolder) throw new UsageError(`cannot write --out ${out}: the folder ${dirname(out)} does not exist`);
  const tmp = join(folder, `.${basename(out)}.${process.pid}.tmp`);
  const stream: WriteStream = createWriteStream(tmp, { flags: 'wx' });
  let failed: unknown;
  // Keep the first error: the writers see it as a rejected write, commit() as an OutputError.
  stream.on('error', (err) => { failed ??= err; });
  await once(stream, 'open').catch((err: NodeJS.ErrnoException) => {
    throw new OutputError(`cannot write ${out}: ${reason(err)}`);
  });
  pending.add(tmp);
  const explain = (err: unknown): unknown => (failed !== undefined || (err as NodeJS.ErrnoException)?.syscall === 'write' ? new OutputError(`cannot write ${out}: ${reason(failed ?? err)}`) : err);
  return {
    stream,
    commit: async () => {
      try {
        if (failed !== undefined) throw failed;
        stream.end();
        await once(stream, 'finish');
        if (failed !== undefined) throw failed;
        await rename(tmp, resolve(out));
        pending.delete(tmp);
      } catch (err) {
        stream.destroy();
        await rm(tmp, { force: true });
        pending.delete(tmp);
        throw new OutputError(`cannot write ${out}: ${reason(failed ?? err)}`);
      }
    },
    abort: async () => {
      stream.destroy();
      await rm(tmp, { force: true });
      pending.delete(tmp);
    },
    explain,
  };
}
