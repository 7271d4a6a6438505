/**
 * The commander program: options, help with examples, and the mapping of outcomes to exit codes.
 * `main(argv, io)` returns the exit code instead of exiting, so tests run it in-process.
 * Heavy modules (compromise, the gazetteer) are imported only when a command runs, which keeps
 * `--version` and `--help` fast.
 */
import { availableParallelism } from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { KINDS, type FactType } from '../model/types.js';
import { EXIT, OutputError, UsageError } from './exit.js';
import { stderrReporter, type Io } from './io.js';
import { VERSION } from './version.js';
import type { RunDeps } from './commands/extract.js';
import { CSV_KINDS, FORMATS, type CsvKind, type OutputFormat, type RunCommand } from '../io/formats.js';

const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

const HELP_EXAMPLES = `
Examples:
  $ conflict-facts extract seeds/                          every article in a folder (JSON when piped, a summary on a terminal)
  $ conflict-facts extract seeds/ | jq '.[].numbers[] | select(.unit == "soldiers")'
  $ conflict-facts extract 'news/**/*.txt' -f csv -o facts.csv    a glob to a CSV file, one row per fact
  $ cat article.txt | conflict-facts extract - --ref-date 2025-05-24    stdin, relative dates resolved against a date
  $ conflict-facts extract feed.jsonl -f ndjson --types numbers,dates   JSON Lines in, one article per line out
  $ conflict-facts extract records.csv -q                                CSV records with a text column
  $ conflict-facts extract news/ -f geojson -o places.geojson            the places of a corpus as a map (QGIS, geojson.io)
`;

function parseTypes(value: string): FactType[] {
  const types = value.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = types.filter((t) => !(KINDS as readonly string[]).includes(t));
  if (bad.length || types.length === 0) throw new InvalidArgumentError(`expected a comma-separated list of ${KINDS.join(', ')}`);
  return types as FactType[];
}

function parseDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.getUTCDate() !== Number(m[3]) || d.getUTCMonth() !== Number(m[2]) - 1) throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  return value;
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError('expected a whole number of worker threads, 1 or more');
  return n;
}

function parseSeconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError('expected a number of seconds, e.g. 30 (0 for no limit)');
  return n;
}

function parseBytes(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected a size in bytes, e.g. 5000000 or 50MB');
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Math.floor(Number(m[1]) * mult);
}

interface RawExtractOptions {
  format?: OutputFormat;
  out?: string;
  refDate?: string;
  types?: FactType[];
  maxBytes: number;
  stdinFormat: 'auto' | 'text' | 'jsonl' | 'csv';
  quiet?: boolean;
  color: boolean;
  debug?: boolean;
  timeBudget: number;
  jobs: number;
  includeUnlocated?: boolean;
  kind?: CsvKind;
  fromArticles?: boolean;
}

/** `deps`: what tests put in place of the real thing (see RunDeps). */
export async function main(argv: string[], io: Io = process, deps: RunDeps = {}): Promise<number> {
  let code: number = EXIT.OK;
  const program = new Command('conflict-facts')
    .description('Turn English news articles about armed conflicts into structured, verifiable facts.')
    .version(VERSION, '-V, --version')
    .configureOutput({ writeOut: (s) => void io.stdout.write(s), writeErr: (s) => void io.stderr.write(s) })
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)');

  /**
   * A command that reads articles and writes what they give: `extract` (each article's facts) or a
   * corpus command (events, entities, timeline: one result for all). The same inputs and options.
   */
  const runCommand = (name: RunCommand, description: string, examples: string): void => {
    const formats = FORMATS[name];
    const command = program
      .command(name)
      .description(description)
      .argument('[paths...]', 'files, folders (read recursively), glob patterns, or "-" for standard input (the default when input is piped)')
      .addOption(new Option('-f, --format <format>', formats.length === 1 ? `output format (${formats[0]})` : `output format (default: the one -o's extension names, else text on a terminal and json otherwise)${formats.includes('geojson') ? '; geojson: the places of all articles as one map' : ''}`).choices([...formats]))
      .option('-o, --out <file>', 'write the output to FILE atomically (never over an input); .json, .jsonl, .csv, .txt' + (formats.includes('geojson') ? ', .geojson' : '') + ' choose the format')
      .option('--ref-date <YYYY-MM-DD>', 'publication date to assume where an article states none', parseDate);
    if (name === 'extract') {
      command.option('--types <list>', `print only these kinds (the stages they need run): ${KINDS.join(',')}`, parseTypes);
      command.addOption(new Option('--kind <kind>', 'csv: the table of one kind of fact, with only its columns (default: one long table of every kind)').choices(CSV_KINDS));
      command.option('--include-unlocated', 'geojson: also the places without coordinates, as features with a null geometry');
    }
    command.option('--from-articles', 'the inputs are Articles already extracted (JSON Lines from "extract -f ndjson"), read as they are; detected per record without it');
    command
      .addOption(new Option('--max-bytes <size>', 'skip input files larger than this').argParser(parseBytes).default(DEFAULT_MAX_BYTES, '50MB'))
      .addOption(new Option('--stdin-format <format>', 'format of standard input').choices(['auto', 'text', 'jsonl', 'csv']).default('auto'))
      .addOption(new Option('-j, --jobs <n>', 'worker threads extracting articles in parallel, output still in input order').argParser(parseJobs).default(availableParallelism(), `the number of cores, ${availableParallelism()} here`))
      .addOption(new Option('--time-budget <seconds>', 'give up on an article that takes longer than this, which is reported while the others go on; 0 for no limit').argParser(parseSeconds).default(30, '30 seconds'))
      .option('-q, --quiet', 'no notes or warnings on stderr (errors are still reported)')
      .option('--no-color', 'no colors in the text output or on stderr (also NO_COLOR=1; FORCE_COLOR=1 forces them)')
      .option('--debug', 'show which rule kept or dropped what, and stack traces, on stderr')
      .addHelpText('after', examples)
      .action(async (paths: string[], raw: RawExtractOptions) => {
        const report = stderrReporter(io, { quiet: !!raw.quiet, debug: !!raw.debug, color: raw.color });
        if (paths.length === 0 && (io.stdin as { isTTY?: boolean }).isTTY) {
          throw new UsageError('no input: name files or folders, or pipe articles to standard input');
        }
        if (name === 'report' && raw.out === undefined && (io.stdout as { isTTY?: boolean }).isTTY) {
          throw new UsageError('the report is an HTML file: name it with -o report.html (or pipe the output to a file)');
        }
        const { runExtract } = await import('./commands/extract.js');
        code = await runExtract(paths, {
          format: raw.format, out: raw.out, refDate: raw.refDate, types: raw.types ?? (raw.kind ? [raw.kind] : [...KINDS]), command: name, kind: raw.kind, fromArticles: !!raw.fromArticles,
          maxBytes: raw.maxBytes, stdinFormat: raw.stdinFormat, color: raw.color, quiet: !!raw.quiet, timeBudgetMs: raw.timeBudget * 1000, jobs: raw.jobs, includeUnlocated: !!raw.includeUnlocated,
        }, io, report, deps);
      });
  };
  runCommand('extract', 'Extract people, places, organizations, dates, numbers, quotes and events from news articles, each with its evidence (character offsets).', HELP_EXAMPLES);
  runCommand('events', 'Events of a corpus (prisoner exchanges, casualty reports, attacks, talks): the same event told by several articles merged into one, each report with its figures and source, figures that disagree flagged with best/low/high.', `
Examples:
  $ conflict-facts events seeds/                              the seeds' events (text on a terminal, JSON when piped)
  $ conflict-facts events news/ -f csv -o events.csv          one row per figure of each report
  $ conflict-facts events news/ -f acled -o acled.csv         one row per event, ACLED's columns and categories
  $ conflict-facts events feed.jsonl | jq '.[] | select(.disagreement)'   events whose sources disagree
`);
  runCommand('entities', 'People, places and organizations linked across a corpus: a stable id per entity, the articles that name it and how often.', `
Examples:
  $ conflict-facts entities seeds/
  $ conflict-facts entities news/ -f csv -o entities.csv
`);
  runCommand('report', 'One self-contained HTML file to look at: the timeline of the corpus\'s events, a map of its places, tables of figures with the disagreements between sources, each figure linked to its sentence, highlighted. Offline: nothing is fetched when it is opened.', `
Examples:
  $ conflict-facts report seeds/ -o report.html && xdg-open report.html
  $ conflict-facts report news/ feed.jsonl -o ukraine.html
`);
  runCommand('timeline', 'Dated events of a corpus in order (text on a terminal, JSON otherwise); an event without a date in the text goes by its first report\'s publication date.', `
Examples:
  $ conflict-facts timeline seeds/
  $ conflict-facts timeline news/ -f json | jq '.[] | {when, type, figures}'
`);
  program.addHelpText('after', `\nRun "conflict-facts extract --help" (or events, entities, timeline) for the options and examples.\n`);

  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    if (err instanceof UsageError) {
      io.stderr.write(`conflict-facts: error: ${err.message}\n`);
      return EXIT.USAGE;
    }
    // `| head`: the reader went away; what it wanted it has. End quietly, as bin.ts does for a later EPIPE.
    if ((err as NodeJS.ErrnoException)?.code === 'EPIPE') return EXIT.OK;
    if (err instanceof OutputError) {
      io.stderr.write(`conflict-facts: error: ${err.message}\n`);
      return EXIT.OUTPUT_FAILED;
    }
    if (err instanceof Error && err.name === 'MissingResourceError') {
      io.stderr.write(`conflict-facts: error: ${err.message}\n`);
      return EXIT.INTERNAL;
    }
    io.stderr.write(`conflict-facts: internal error: ${(err as Error).message}\n`);
    if (argv.includes('--debug') && err instanceof Error && err.stack) io.stderr.write(err.stack + '\n');
    return EXIT.INTERNAL;
  }
  return code;
}
