/**
 * `conflict-facts report`: one self-contained HTML file with the corpus's timeline, a map of its places
 * and its figures with their evidence (src/report/page.ts). Keeps each article's events and places, and
 * writes the page at the end.
 */
import { linkEntities } from '../../events/entities.js';
import { mergeEvents, timeline } from '../../events/merge.js';
import type { ArticleFacts } from '../../model/types.js';
import { renderReport } from '../../report/page.js';
import { eventCollector } from './corpus.js';
import { writeChunk, type Writer } from './stream.js';

export function reportWriter(out: NodeJS.WritableStream, title = 'conflict-facts report'): Writer {
  const events = eventCollector();
  const places: Pick<ArticleFacts, 'id' | 'people' | 'places' | 'organizations'>[] = [];
  return {
    begin: async () => {},
    write: async (a) => {
      await events.write(a);
      places.push({ id: a.id, people: [], places: a.places, organizations: [] });
    },
    end: () => writeChunk(out, renderReport({
      title,
      generated: new Date().toISOString().slice(0, 10),
      articles: places.length,
      events: timeline(mergeEvents(events.reports), { undated: true }),
      places: linkEntities(places),
    })),
  };
}
