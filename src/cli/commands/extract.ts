/**
 * One `conflict-facts extract` run: collect the inputs, read each into articles, extract the facts
 * of each, write them in input order. A failure in one input is reported on stderr with its file
 * (and line) and never stops the others.
 */
import { extractSync, init, TimeBudgetError } from '../../index.js';
import { collectSources } from '../../io/readers/sources.js';
import { readSource, type ReadOptions } from '../../io/readers/records.js';
import type { InputFormat } from '../../io/readers/sources.js';
import { csvWriter } from '../../io/writers/csv.js';
import { jsonWriter, ndjsonWriter } from '../../io/writers/json.js';
import type { Writer } from '../../io/writers/stream.js';
import { textWriter } from '../../io/writers/text.js';
import type { FactType } from '../../model/types.js';
import { exitCode } from '../exit.js';
import { openOutput } from '../output.js';
import type { Io, Reporter } from '../io.js';

export type OutputFormat = 'json' | 'ndjson' | 'csv' | 'text';

export interface ExtractCommandOptions {
  format?: OutputFormat;
  out?: string;
  refDate?: string;
  types: FactType[];
  maxBytes: number;
  stdinFormat: InputFormat | 'auto';
  color: boolean;
  timeBudgetMs: number;
}

function makeWriter(format: OutputFormat, stream: NodeJS.WritableStream, color: boolean): Writer {
  if (format === 'ndjson') return ndjsonWriter(stream);
  if (format === 'csv') return csvWriter(stream);
  if (format === 'text') return textWriter(stream, color);
  return jsonWriter(stream);
}

export async function runExtract(paths: string[], opts: ExtractCommandOptions, io: Io, report: Reporter): Promise<number> {
  const args = paths.length ? paths : ['-'];
  const run = { failedInputs: 0, internalErrors: 0, articles: 0 };
  const { sources, problems } = await collectSources(args);
  for (const p of problems) {
    if (p.note) report.note(`${p.path}: ${p.message}`);
    else { report.error(`${p.path}: ${p.message}`); run.failedInputs++; }
  }
  const toFile = opts.out !== undefined && opts.out !== '-';
  const format: OutputFormat = opts.format ?? (!toFile && io.stdout.isTTY ? 'text' : 'json');
  const output = await openOutput(opts.out, io.stdout, sources.map((s) => s.path));
  const writer = makeWriter(format, output.stream, opts.color && !toFile && !!io.stdout.isTTY);
  const readOptions: ReadOptions = { maxBytes: opts.maxBytes, stdin: io.stdin, stdinFormat: opts.stdinFormat };
  try {
    await init();
    await writer.begin();
    for (const source of sources) {
      for await (const item of readSource(source, readOptions)) {
        if (item.kind === 'error') {
          report.error(`${item.path}${item.line ? `:${item.line}` : ''}: ${item.message}`);
          run.failedInputs++;
          continue;
        }
        if (item.warning) report.warn(`${item.input.id}: ${item.warning}`);
        let facts;
        try {
          facts = extractSync(item.input, { referenceDate: opts.refDate, types: opts.types, debug: report.debug, timeBudgetMs: opts.timeBudgetMs || undefined });
        } catch (err) {
          const expected = err instanceof TimeBudgetError;
          report.error(`${item.input.id}: ${expected ? '' : 'extraction failed: '}${(err as Error).message}`, err);
          run.failedInputs++;
          continue;
        }
        await writer.write(facts);
        run.articles++;
      }
    }
    await writer.end();
    await output.commit();
  } catch (err) {
    await output.abort();
    throw err;
  }
  report.done(run.articles, run.failedInputs);
  return exitCode(run);
}
