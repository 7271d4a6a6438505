import { PassThrough } from 'node:stream';
import { main } from '../src/cli/main.js';
import type { RunDeps } from '../src/cli/commands/extract.js';
import { makeDoc } from '../src/doc/makeDoc.js';
import { init } from '../src/index.js';
import type { AnyMention, Context, Doc, Extractor, Kind, Mention, Refiner, Resources, ValueOf } from '../src/model/types.js';
import { loadResources } from '../src/resources.js';
import { byStartThenLongest } from '../src/util/spans.js';

export { init };

/** The package's built resources (gazetteer, given names), read once. */
export const resources = (): Resources => loadResources();

/** A context that keeps debug messages, to print only when a test fails. */
export function bufferedCtx(referenceDate?: string): Context & { messages: string[] } {
  const messages: string[] = [];
  return { referenceDate, resources: resources(), messages, debug: (m) => messages.push(m()) };
}

/** The Doc of a text, as every stage reads it. */
export function docOf(text: string, published: string | null = null): Doc {
  return makeDoc({ id: 't', text, published });
}

/** Runs one extractor (then the given refiners) over a sentence. */
export function run(extractor: Extractor, text: string, opts: { published?: string; refiners?: Refiner[] } = {}): AnyMention[] {
  const doc = docOf(text, opts.published ?? null);
  const ctx = bufferedCtx();
  let ms = extractor(doc, ctx);
  for (const r of opts.refiners ?? []) ms = r(doc, ms, ctx);
  return ms;
}

/**
 * A mention built by hand: the `nth` occurrence (0 first) of `written` in the Doc's text, of a kind, with
 * its value and rule. Refiner tables build their input with it, so that each refiner runs alone.
 */
export function mention<K extends Kind>(doc: Doc, kind: K, written: string, value: ValueOf[K], rule: string, nth = 0): Mention<K> {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = doc.text.indexOf(written, start + 1);
  if (start < 0) throw new Error(`"${written}" is not ${nth ? `${nth + 1} times ` : ''}in "${doc.text}"`);
  return { kind, start, end: start + written.length, text: written, value, rule } as Mention<K>;
}

/** Runs one refiner alone over a Doc and mentions built by hand (sorted as the pipeline gives them). */
export function refine(refiner: Refiner, doc: Doc, mentions: AnyMention[], referenceDate?: string): AnyMention[] {
  return refiner(doc, [...mentions].sort(byStartThenLongest), bufferedCtx(referenceDate));
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
