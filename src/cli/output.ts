/**
 * Where the data goes: standard output, or `--out FILE` written atomically (a temporary file in the
 * same folder, renamed over FILE only when the run is done), never over one of the inputs.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { realpath, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { once } from 'node:events';
import { UsageError } from './exit.js';

export interface Output {
  stream: NodeJS.WritableStream;
  /** Finishes the output: flush, then (for a file) rename into place. */
  commit(): Promise<void>;
  /** Gives up: removes the temporary file. */
  abort(): Promise<void>;
}

async function realOrResolved(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return resolve(path);
  }
}

export async function openOutput(out: string | undefined, stdout: NodeJS.WritableStream, inputs: readonly string[]): Promise<Output> {
  if (!out || out === '-') return { stream: stdout, commit: async () => {}, abort: async () => {} };
  const target = await realOrResolved(out);
  for (const input of inputs) {
    if (input !== '-' && (await realOrResolved(input)) === target) throw new UsageError(`--out ${out} is one of the inputs; refusing to overwrite it`);
  }
  const tmp = join(dirname(resolve(out)), `.${basename(out)}.${process.pid}.tmp`);
  const stream: WriteStream = createWriteStream(tmp, { flags: 'wx' });
  await once(stream, 'open').catch((err: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot write --out ${out}: ${err.code ?? err.message}`);
  });
  return {
    stream,
    commit: async () => {
      stream.end();
      await once(stream, 'finish');
      await rename(tmp, resolve(out));
    },
    abort: async () => {
      stream.destroy();
      await rm(tmp, { force: true });
    },
  };
}
