/**
 * One run of a command that reads articles: collect the inputs, read each into articles, extract the
 * facts of each (cli/extraction.ts, cli/pool.ts), write them in input order (cli/window.ts). A failure in
 * one input is reported on stderr with its file (and line) and never stops the others.
 */
import type { ArticleInput } from '../../model/types.js';
import { collectSources } from '../../io/readers/sources.js';
import { readSource, type ReadOptions } from '../../io/readers/records.js';
import type { InputFormat } from '../../io/readers/sources.js';
import { csvWriter } from '../../io/writers/csv.js';
import { FORMATS, type CsvKind, type OutputFormat, type RunCommand } from '../../io/formats.js';
import { jsonWriter, ndjsonWriter } from '../../io/writers/json.js';
import type { Writer } from '../../io/writers/stream.js';
import { textWriter } from '../../io/writers/text.js';
import { geojsonWriter } from '../../io/writers/geojson.js';
import { entitiesWriter, eventsWriter, timelineWriter, type CorpusFormat } from '../../io/writers/corpus.js';
import { reportWriter } from '../../io/writers/report.js';
import type { FactType } from '../../model/types.js';
import { assertBuilt } from '../../resources.js';
import { exitCode, UsageError } from '../exit.js';
import { inThread, type Extraction, type TaskOptions, type WorkerResult } from '../extraction.js';
import { formatOfPath, openOutput } from '../output.js';
import { inPool } from '../pool.js';
import { startProgress, type Progress } from '../progress.js';
import { OrderedWindow } from '../window.js';
import { clearingFirst, useColor, type Io, type Reporter } from '../io.js';
import { count } from '../../util/plural.js';

export type { OutputFormat, RunCommand } from '../../io/formats.js';

export interface ExtractCommandOptions {
  format?: OutputFormat;
  out?: string;
  refDate?: string;
  types: FactType[];
  maxBytes: number;
  stdinFormat: InputFormat | 'auto';
  color: boolean;
  quiet: boolean;
  timeBudgetMs: number;
  /** Worker threads (with more than one article; a single article is extracted in this thread). */
  jobs: number;
  /** `extract` by default. */
  command?: RunCommand;
  /** GeoJSON: places without coordinates as features with a null geometry. */
  includeUnlocated?: boolean;
  /** CSV: the table of one kind of fact instead of the long table. */
  kind?: CsvKind;
  /** Every JSON Lines record is an Article already extracted (read as it is; detected per record without it). */
  fromArticles?: boolean;
}

/**
 * The format of a run: the one asked for; else the one `--out`'s extension names (`facts.csv`); else text
 * on a terminal and JSON otherwise. An extension naming a format the command does not write is a usage error.
 */
export function chooseFormat(command: RunCommand, asked: OutputFormat | undefined, out: string | undefined, stdoutIsTTY: boolean): OutputFormat {
  if (command === 'report') return 'html';
  if (asked) return asked;
  const toFile = out !== undefined && out !== '-';
  const named = toFile ? formatOfPath(out) : undefined;
  if (named && (FORMATS[command] as readonly string[]).includes(named)) return named as OutputFormat;
  if (named) throw new UsageError(`--out ${out}: ${command} does not write ${named}; name a format with -f (${FORMATS[command].join(', ')})`);
  return !toFile && stdoutIsTTY ? 'text' : 'json';
}

function makeWriter(command: RunCommand, format: OutputFormat, stream: NodeJS.WritableStream, color: boolean, opts: Pick<ExtractCommandOptions, 'includeUnlocated' | 'kind'> = {}, note: (message: string) => void = () => {}): Writer {
  if (command === 'events') return eventsWriter(stream, format as CorpusFormat, color);
  if (command === 'entities') return entitiesWriter(stream, format as CorpusFormat, color);
  if (command === 'timeline') return timelineWriter(stream, format as CorpusFormat, color, note);
  if (command === 'report') return reportWriter(stream);
  if (format === 'ndjson') return ndjsonWriter(stream);
  if (format === 'csv') return csvWriter(stream, opts.kind);
  if (format === 'text') return textWriter(stream, color);
  if (format === 'geojson') return geojsonWriter(stream, { includeUnlocated: opts.includeUnlocated });
  return jsonWriter(stream);
}

/**
 * What a caller may put in place of the real thing. `clock`: the clock of the time budget (tests give their
 * own, so that what is over budget does not depend on the machine); a function cannot reach a worker, so
 * with a clock every article is extracted in this thread.
 */
export interface RunDeps {
  clock?: () => number;
}

export async function runExtract(paths: string[], opts: ExtractCommandOptions, io: Io, reporter: Reporter, deps: RunDeps = {}): Promise<number> {
  assertBuilt();
  const format = chooseFormat(opts.command ?? 'extract', opts.format, opts.out, !!io.stdout.isTTY);
  if (opts.kind && format !== 'csv') throw new UsageError(`--kind ${opts.kind} is a CSV table: add -f csv (or -o a .csv file)`);
  let progress: Progress | undefined;
  // Each message first clears the progress bar's line, so that the two never mix.
  const report = clearingFirst(reporter, () => progress?.clear());
  const args = paths.length ? paths : ['-'];
  const run = { failedInputs: 0, internalErrors: 0, articles: 0 };
  const { sources, problems } = await collectSources(args);
  for (const p of problems) {
    if (p.note) report.note(`${p.path}: ${p.message}`);
    else { report.error(`${p.path}: ${p.message}`); run.failedInputs++; }
  }
  const toFile = opts.out !== undefined && opts.out !== '-';
  const output = await openOutput(opts.out, io.stdout, sources.map((s) => s.path));
  const writer = makeWriter(opts.command ?? 'extract', format, output.stream, !toFile && useColor(io.stdout, opts.color, io.env), opts, (m) => report.note(m));
  const readOptions: ReadOptions = { maxBytes: opts.maxBytes, stdin: io.stdin, stdinFormat: opts.stdinFormat, articles: opts.fromArticles };
  const task: TaskOptions = { referenceDate: opts.refDate, types: opts.types, timeBudgetMs: opts.timeBudgetMs || undefined, debug: !!report.debug };
  progress = await startProgress(io, opts.quiet, sources, toFile);
  const undated: { id: string; dates: number }[] = [];
  const results = new OrderedWindow<WorkerResult>(async (id, r) => {
    for (const line of r.debug ?? []) report.debug?.(`${id}: ${line}`);
    if (r.ok) {
      if (r.unresolvedDates) undated.push({ id, dates: r.unresolvedDates });
      if (r.json !== undefined) await writer.serialized!.write(r.json);
      else await writer.write(r.facts);
      run.articles++;
    } else {
      report.error(`${id}: ${r.expected ? '' : 'extraction failed: '}${r.message}`, Object.assign(new Error(r.message), { stack: r.stack }));
      run.failedInputs++;
    }
  });
  // The pool starts with the second article: one article (a file, or a text on stdin) runs here, without
  // paying for threads that would each load the taggers and the gazetteer again. With --jobs 1 a run over
  // many articles still uses one worker: its heap cap keeps memory flat (this thread, uncapped, reached
  // 498 MB on the 26 MB bench corpus; one worker 294 MB on 4.4 MB against 407 MB here). A clock given by
  // a test keeps every article here: a function cannot reach a worker.
  let extraction: Extraction | undefined;
  let held: ArticleInput | null = null;
  const here = inThread(task, deps.clock);
  // The bar counts articles as they are done, not as they are written (in input order, a window later).
  const submit = (input: ArticleInput, by: Extraction): Promise<void> => results.push(input.id, by.extract(input).finally(() => progress?.tick()), by.window);
  try {
    await writer.begin();
    for (const source of sources) {
      for await (const item of readSource(source, readOptions)) {
        if (item.kind === 'error') {
          // Keep the order of messages with the order of articles: flush what is held and in flight first.
          if (held) { await submit(held, extraction ?? here); held = null; }
          await results.flush();
          report.error(`${item.path}${item.line ? `:${item.line}` : ''}: ${item.message}`);
          run.failedInputs++;
          continue;
        }
        if (item.kind === 'facts') {
          // Already extracted (the output of extract -f ndjson): written as it is, in input order.
          if (held) { await submit(held, extraction ?? here); held = null; }
          await results.push(item.facts.id, Promise.resolve({ ok: true, facts: item.facts }), extraction?.window ?? 1);
          progress?.tick();
          continue;
        }
        if (item.warning) report.warn(`${item.input.id}: ${item.warning}`);
        if (!extraction) {
          if (!held) { held = item.input; continue; }
          extraction = (deps.clock ? null : await inPool(opts.jobs, task, writer.serialized?.form)) ?? here;
          await submit(held, extraction);
          held = null;
        }
        await submit(item.input, extraction);
      }
    }
    if (held) await submit(held, extraction ?? here);
    await results.flush();
    // The bar goes before the output of a corpus command (written at the end) and the notes.
    progress.stop();
    await writer.end();
    await output.commit();
  } catch (err) {
    await output.abort();
    throw output.explain(err);
  } finally {
    progress.stop();
    await extraction?.close();
  }
  if (undated.length) report.note(undatedNote(undated));
  report.done(run.articles, run.failedInputs);
  return exitCode(run);
}

/** The note on articles whose relative dates stayed unresolved for want of a publication date. */
export function undatedNote(undated: readonly { id: string; dates: number }[]): string {
  const named = undated.slice(0, 3).map((u) => u.id).join(', ') + (undated.length > 3 ? ` and ${undated.length - 3} more` : '');
  const dates = undated.reduce((n, u) => n + u.dates, 0);
  return `${count(undated.length, 'article')} without a publication date (${named}): ${count(dates, 'relative date')} left unresolved; give one with --ref-date YYYY-MM-DD (or a "published" field in JSONL/CSV records)`;
}
