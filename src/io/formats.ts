/**
 * The output formats of each command and the kinds of CSV table: one list, read by the help (cli/main.ts,
 * which must not load the pipeline), by the run (cli/commands/extract.ts) and by the CSV writer.
 */
export type OutputFormat = 'json' | 'ndjson' | 'csv' | 'text' | 'geojson' | 'html' | 'acled';
/** What a run writes: each article's facts (`extract`), or what the corpus's articles give together. */
export type RunCommand = 'extract' | 'events' | 'entities' | 'timeline' | 'report';

const CORPUS: readonly OutputFormat[] = ['json', 'ndjson', 'csv', 'text'];

/** The formats each command writes (the first of several is never the default: see chooseFormat). */
export const FORMATS: Record<RunCommand, readonly OutputFormat[]> = {
  extract: [...CORPUS, 'geojson'],
  events: [...CORPUS, 'acled'],
  entities: CORPUS,
  timeline: [...CORPUS, 'acled'],
  report: ['html'],
};

/** The kinds of fact with a CSV table of their own (`--kind`). */
export const CSV_KINDS = ['people', 'places', 'organizations', 'dates', 'numbers', 'quotes', 'events'] as const;
export type CsvKind = (typeof CSV_KINDS)[number];
