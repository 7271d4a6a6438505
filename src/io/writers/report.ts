/**
 * `conflict-facts report`: one self-contained HTML file with the corpus's timeline, a map of its places
 * and its figures with their evidence (src/report/page.ts, through the library's `report`). Keeps what the
 * page needs of each article, and writes the page at the end.
 */
import { buildReport as report, type ReportOptions } from '../../report/build.js';
import type { ArticleFacts } from '../../model/types.js';
import { writeChunk, type Writer } from './stream.js';

export function reportWriter(out: NodeJS.WritableStream, options: ReportOptions = {}): Writer {
  const articles: ArticleFacts[] = [];
  return {
    begin: async () => {},
    write: async (a) => {
      articles.push({ ...a, people: [], organizations: [], dates: [], numbers: [], quotes: [] });
    },
    end: () => writeChunk(out, report(articles, options)),
  };
}
