/**
 * Library entry point.
 *
 *   import { extract, events, timeline, report } from 'conflict-facts';
 *   const facts = await extract({ id: 'a1', text, published: '2014-09-10' });
 *
 * `extract`, `extractSync` and `init` (library.ts) give the facts of one article; the corpus functions
 * (`events`, `entities`, `timeline`, `report`: corpus.ts) take extracted articles; the writers
 * (io/writers) write articles in each output format of the CLI to a stream, `writeArticles` drives one.
 */
export * from './library.js';
export type * from './model/types.js';
export { events, entities, timeline, report, type ReportOptions } from './corpus.js';
export type { CorpusEvent, FigureSummary, TimelineEvent } from './events/merge.js';
export type { CorpusEntity } from './events/entities.js';
export { writeArticles, type Writer } from './io/writers/stream.js';
export { jsonWriter, ndjsonWriter } from './io/writers/json.js';
export { csvWriter, CSV_COLUMNS, CSV_KINDS, KIND_COLUMNS, type CsvKind } from './io/writers/csv.js';
export { textWriter } from './io/writers/text.js';
export { geojsonWriter } from './io/writers/geojson.js';
export { eventsWriter, entitiesWriter, timelineWriter, type CorpusFormat } from './io/writers/corpus.js';
export { acledRow, ACLED_COLUMNS } from './io/writers/acled.js';
export { reportWriter } from './io/writers/report.js';
