import { PassThrough } from 'node:stream';
import { prepareArticle } from '../src/article.js';
import { main } from '../src/cli/main.js';
import type { RunDeps } from '../src/cli/commands/extract.js';
import { init } from '../src/index.js';
import type { AnyMention, Context, Extractor, Refiner } from '../src/model/types.js';

export { init };

/** A context that keeps debug messages, to print only when a test fails. */
export function bufferedCtx(referenceDate?: string): Context & { messages: string[] } {
  const messages: string[] = [];
  return { referenceDate, messages, debug: (m) => messages.push(m()) };
}

/** Runs one extractor (then the given refiners) over a sentence. */
export function run(extractor: Extractor, text: string, opts: { published?: string; refiners?: Refiner[] } = {}): AnyMention[] {
  const { article } = prepareArticle({ id: 't', text, published: opts.published ?? null });
  const ctx = bufferedCtx();
  let ms = extractor(article, ctx);
  for (const r of opts.refiners ?? []) ms = r(article, ms, ctx);
  return ms;
}

/** The CLI's main() in this process, on `input` as standard input: its exit code, stdout and stderr. */
export async function inProcess(argv: string[], input = '', deps: RunDeps = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdin = new PassThrough();
  stdin.end(input);
  const out: string[] = [];
  const err: string[] = [];
  const stdout = Object.assign(new PassThrough(), { isTTY: false });
  const stderr = Object.assign(new PassThrough(), { isTTY: false });
  stdout.on('data', (c) => out.push(String(c)));
  stderr.on('data', (c) => err.push(String(c)));
  const code = await main(['node', 'conflict-facts', ...argv], { stdin, stdout, stderr }, deps);
  return { code, stdout: out.join(''), stderr: err.join('') };
}
