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
import { articleReports, mergeEvents, timeline as orderEvents, type CorpusEvent, type TimelineEvent } from './events/merge.js';
import type { ArticleFacts } from './model/types.js';

/**
 * The events of a corpus: reports of the same event by several articles merged into one, each report kept
 * with its figures and sources, figures that disagree flagged with best, low and high. Ids `e1`, `e2` … in
 * order of first report.
 *
 *   events(articles).filter((e) => e.disagreement).map((e) => e.figures)
 */
export function events(articles: Iterable<ArticleFacts>): CorpusEvent[] {
  return mergeEvents(articleReports(articles));
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

export { buildReport as report, type ReportOptions } from './report/build.js';
