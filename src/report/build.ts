/**
 * The report of a corpus from its extracted articles: merged events on the timeline, linked places on the
 * map (report/page.ts draws them). Exported by the library as `report`.
 */
import { linkEntities } from '../events/entities.js';
import { articleReports, mergeEvents, timeline } from '../events/merge.js';
import type { ArticleFacts } from '../model/types.js';
import { renderReport } from './page.js';

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
export function buildReport(articles: Iterable<ArticleFacts>, options: ReportOptions = {}): string {
  const list = [...articles];
  return renderReport({
    title: options.title ?? 'conflict-facts report',
    generated: options.generated ?? new Date().toISOString().slice(0, 10),
    articles: list.length,
    titles: Object.fromEntries(list.map((a) => [a.id, a.title])),
    events: timeline(mergeEvents(articleReports(list)), { undated: true }),
    places: linkEntities(list.map((a) => ({ id: a.id, people: [], places: a.places, organizations: [] }))),
  });
}
