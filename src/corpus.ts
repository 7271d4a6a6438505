/**
 * The corpus functions of the library: what `conflict-facts events`, `entities`, `timeline` and `report`
 * give, from articles already extracted (the output of `extract`, or Article JSON read back). Pure: articles
 * in, results out; nothing is read or written.
 *
 *   import { extract, events, timeline, report } from 'conflict-facts';
 *   const articles = await Promise.all(inputs.map((a) => extract(a)));
 *   const merged = events(articles);            // the same event told by several articles, merged
 *   const ordered = timeline(articles);          // the dated ones, in order
 *   writeFileSync('report.html', report(articles, { title: 'Ukraine, May 2025' }));
 */
import { linkEntities, type CorpusEntity } from './events/entities.js';
import { mergeEvents, timeline as orderEvents, type CorpusEvent, type Report, type TimelineEvent } from './events/merge.js';
import type { ArticleFacts } from './model/types.js';
import { renderReport } from './report/page.js';

/** The events of each article with the article they come from, in input order. */
function reportsOf(articles: Iterable<ArticleFacts>): Report[] {
  const reports: Report[] = [];
  for (const a of articles) for (const event of a.events ?? []) reports.push({ article: a.id, title: a.title, published: a.published, event });
  return reports;
}

/**
 * The events of a corpus: reports of the same event by several articles merged into one, each report kept
 * with its figures and sources, figures that disagree flagged with best, low and high. Ids `e1`, `e2` … in
 * order of first report.
 *
 *   events(articles).filter((e) => e.disagreement).map((e) => e.figures)
 */
export function events(articles: Iterable<ArticleFacts>): CorpusEvent[] {
  return mergeEvents(reportsOf(articles));
}

/**
 * The dated events of a corpus in order of the days their dates denote (a month before its days); an event
 * without a date in the text goes by its first report's publication date. With `undated`, the events with
 * neither follow, with `when` empty.
 *
 *   for (const e of timeline(articles)) console.log(e.when, e.type, e.figures.map((f) => f.best));
 */
export function timeline(articles: Iterable<ArticleFacts>, options: { undated?: boolean } = {}): TimelineEvent[] {
  return orderEvents(events(articles), options);
}

/**
 * People, places and organizations linked across a corpus: a stable id per entity, the articles that name it
 * and how often.
 *
 *   entities(articles).filter((e) => e.type === 'place').sort((a, b) => b.mentionCount - a.mentionCount)
 */
export function entities(articles: Iterable<ArticleFacts>): CorpusEntity[] {
  return linkEntities([...articles]);
}

export interface ReportOptions {
  /** The page's title (default "conflict-facts report"). */
  title?: string;
  /** The date printed as the report's date (default today, YYYY-MM-DD). */
  generated?: string;
}

/**
 * The HTML report of a corpus as one self-contained page (timeline, map, tables of figures with their
 * evidence), as `conflict-facts report` writes it.
 *
 *   writeFileSync('report.html', report(articles, { title: 'Ukraine, May 2025' }));
 */
export function report(articles: Iterable<ArticleFacts>, options: ReportOptions = {}): string {
  const list = [...articles];
  return renderReport({
    title: options.title ?? 'conflict-facts report',
    generated: options.generated ?? new Date().toISOString().slice(0, 10),
    articles: list.length,
    titles: Object.fromEntries(list.map((a) => [a.id, a.title])),
    events: orderEvents(mergeEvents(reportsOf(list)), { undated: true }),
    places: linkEntities(list.map((a) => ({ id: a.id, people: [], places: a.places, organizations: [] }))),
  });
}
