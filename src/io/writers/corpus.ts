/**
 * Writers of the corpus commands (`events`, `entities`, `timeline`): each keeps what it needs of every
 * article (its events, or its people, places and organizations) and writes the merged result at the
 * end, as JSON (an array), NDJSON (one object per line), CSV (long format: one row per figure of each
 * report, or per entity) or text for a person at a terminal.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { stringify } from 'csv-stringify/sync';
import { linkEntities, type CorpusEntity } from '../../events/entities.js';
import { articleReports, mergeEvents, timeline, type CorpusEvent, type FigureSummary, type Report, type TimelineEvent } from '../../events/merge.js';
import type { ArticleFacts } from '../../model/types.js';
import { ACLED_COLUMNS, acledRow } from './acled.js';
import { neutralize } from './csv.js';
import { jsonArray } from './json.js';
import { writeChunk, type Writer } from './stream.js';
import { count } from '../../util/plural.js';

export type CorpusFormat = 'json' | 'ndjson' | 'csv' | 'acled' | 'text';

async function writeRecords(out: NodeJS.WritableStream, format: 'json' | 'ndjson', records: readonly unknown[]): Promise<void> {
  if (format === 'ndjson') {
    for (const r of records) await writeChunk(out, JSON.stringify(r) + '\n');
    return;
  }
  const array = jsonArray(out);
  await array.begin();
  for (const r of records) await array.item(JSON.stringify(r, null, 2));
  await array.end();
}

async function writeCsv(out: NodeJS.WritableStream, columns: readonly string[], rows: readonly Record<string, unknown>[]): Promise<void> {
  await writeChunk(out, stringify([columns as string[]], { record_delimiter: 'windows' }));
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500).map((r) => columns.map((c) => neutralize(r[c])));
    await writeChunk(out, stringify(chunk, { record_delimiter: 'windows', cast: { boolean: (b) => (b ? 'true' : 'false') } }));
  }
}

/** Collects the events of every article, in input order (also for the report). */
export function eventCollector(): { reports: Report[]; write(a: ArticleFacts): Promise<void> } {
  const reports: Report[] = [];
  return {
    reports,
    write: async (a) => {
      reports.push(...articleReports([a]));
    },
  };
}

export const EVENT_CSV_COLUMNS = [
  'event_id', 'type', 'subtype', 'date', 'places', 'actors', 'targets', 'parties', 'reports', 'disagreement', 'role', 'party', 'by', 'best', 'low', 'high',
  'figure_disagreement', 'article_id', 'published', 'value', 'each_side', 'text', 'sources',
] as const;

function eventRows(e: CorpusEvent): Record<string, unknown>[] {
  const base = {
    event_id: e.id, type: e.type, subtype: e.subtype ?? null, date: e.date, places: e.places.map((p) => p.name).join('; '),
    actors: e.actors.map((p) => p.code ?? p.name).join('; '), targets: e.targets.map((p) => p.code ?? p.name).join('; '),
    parties: e.parties.map((p) => p.code ?? p.name).join('; '), reports: e.reports.length, disagreement: e.disagreement,
  };
  const published = new Map(e.reports.map((r) => [r.article, r.published]));
  const rows: Record<string, unknown>[] = [];
  for (const f of e.figures) {
    for (const r of f.reports) {
      rows.push({ ...base, role: f.role + (f.part ? ' (part)' : ''), party: f.party, by: f.by?.code ?? f.by?.name ?? null, best: f.best, low: f.low, high: f.high, figure_disagreement: f.disagreement,
        article_id: r.article, published: published.get(r.article) ?? null, value: r.value, each_side: r.eachSide ?? false, text: r.text, sources: r.sources.join('; ') });
    }
  }
  if (!e.figures.length) {
    for (const r of e.reports) rows.push({ ...base, article_id: r.article, published: r.published, text: r.evidence[0]?.text ?? '', sources: r.sources.map((s) => s.name).join('; ') });
  }
  return rows;
}

function describeFigure(f: FigureSummary, c: ChalkInstance): string {
  const who = (f.part ? ' (part)' : '') + (f.party ? ` ${f.party}` : '') + (f.by ? ` by ${f.by.name}` : '');
  const span = f.low !== null && f.high !== null && f.low !== f.high ? ` (${f.low}–${f.high})` : '';
  const flag = f.disagreement ? c.red(' ≠ sources disagree') : '';
  return `${f.role}${who} ${c.bold(f.best === null ? '?' : String(f.best))}${span}${flag}`;
}

function renderEvent(e: CorpusEvent | TimelineEvent, c: ChalkInstance): string {
  const when = 'when' in e ? `${e.when}${e.whenSource === 'published' ? c.dim(' (published)') : ''}` : e.date ?? c.dim('undated');
  const who = e.actors.length || e.targets.length
    ? e.actors.map((p) => p.name).join(', ') + (e.targets.length ? ` → ${e.targets.map((p) => p.name).join(', ')}` : '')
    : e.parties.map((p) => p.name).join(', ');
  const head = `${c.bold(when)}  ${c.yellow.bold(e.type + (e.subtype ? `/${e.subtype}` : ''))}  ${who}`;
  const lines = [head + c.dim(`  [${e.id}]`)];
  if (e.places.length) lines.push(`  ${c.green('where')} ${e.places.map((p) => p.name).join(', ')}`);
  for (const f of e.figures) lines.push(`  ${c.cyan('•')} ${describeFigure(f, c)}`);
  for (const r of e.reports) {
    const said = r.sources.length ? ` ${c.dim('—')} ${r.sources.map((s) => s.name).join(', ')}` : '';
    const sentence = r.evidence[0]?.text ?? '';
    lines.push(`  ${c.dim(r.article)}${said}: ${c.dim(sentence.length > 120 ? sentence.slice(0, 117) + '…' : sentence)}`);
  }
  return lines.join('\n') + '\n\n';
}

/**
 * `conflict-facts events`: the corpus's events, merged across articles; `conflict-facts timeline`: the
 * dated ones in order, each with `when` and where it came from.
 */
function corpusEventsWriter(out: NodeJS.WritableStream, format: CorpusFormat, color: boolean, asTimeline: boolean, note: (message: string) => void = () => {}): Writer {
  const collect = eventCollector();
  return {
    begin: async () => {},
    write: collect.write,
    end: async () => {
      const merged = mergeEvents(collect.reports);
      const events: (CorpusEvent | TimelineEvent)[] = asTimeline ? timeline(merged) : merged;
      if (asTimeline && events.length < merged.length) note(leftOutNote(merged.length - events.length, merged.length));
      if (format === 'acled') return writeCsv(out, ACLED_COLUMNS, events.map(acledRow));
      if (format === 'csv') {
        const rows = events.flatMap((e) => eventRows(e).map((r) => ('when' in e ? { when: e.when, when_source: e.whenSource, ...r } : r)));
        return writeCsv(out, asTimeline ? ['when', 'when_source', ...EVENT_CSV_COLUMNS] : EVENT_CSV_COLUMNS, rows);
      }
      if (format === 'text') {
        const c = new Chalk({ level: color ? 1 : 0 });
        for (const e of events) await writeChunk(out, renderEvent(e, c));
        return;
      }
      return writeRecords(out, format, events);
    },
  };
}

/** What `timeline` says of the events it cannot place. */
export const leftOutNote = (left: number, of: number): string =>
  `timeline: ${left} of ${count(of, 'event')} left out, with no date in the text and no publication date; give one with --ref-date YYYY-MM-DD, or see them all with "conflict-facts events"`;

export const eventsWriter = (out: NodeJS.WritableStream, format: CorpusFormat, color: boolean): Writer => corpusEventsWriter(out, format, color, false);
/** `note`: receives the line saying how many events had no date to be placed by. */
export const timelineWriter = (out: NodeJS.WritableStream, format: CorpusFormat, color: boolean, note?: (message: string) => void): Writer => corpusEventsWriter(out, format, color, true, note);

export const ENTITY_CSV_COLUMNS = ['id', 'type', 'name', 'aliases', 'mentions', 'articles', 'article_ids', 'kind', 'country_code', 'lat', 'lon', 'role'] as const;

/** `conflict-facts entities`: people, places and organizations linked across the corpus. */
export function entitiesWriter(out: NodeJS.WritableStream, format: CorpusFormat, color: boolean): Writer {
  const articles: Pick<ArticleFacts, 'id' | 'people' | 'places' | 'organizations'>[] = [];
  return {
    begin: async () => {},
    write: async (a) => {
      articles.push({ id: a.id, people: a.people, places: a.places, organizations: a.organizations });
    },
    end: async () => {
      const entities = linkEntities(articles).sort((x, y) => y.mentionCount - x.mentionCount || x.id.localeCompare(y.id));
      if (format === 'csv') {
        return writeCsv(out, ENTITY_CSV_COLUMNS, entities.map((e: CorpusEntity) => ({
          id: e.id, type: e.type, name: e.name, aliases: e.aliases.join('; '), mentions: e.mentionCount, articles: e.articles.length,
          article_ids: e.articles.map((a) => a.id).join('; '), kind: e.kind ?? null, country_code: e.countryCode ?? null, lat: e.lat ?? null, lon: e.lon ?? null, role: e.role ?? null,
        })));
      }
      if (format === 'text') {
        const c = new Chalk({ level: color ? 1 : 0 });
        for (const e of entities) {
          const extra = [e.role, e.kind, e.countryCode].filter(Boolean).join(', ');
          await writeChunk(out, `${c.bold(e.name)}${extra ? c.dim(` (${extra})`) : ''}  ${e.type}  ${count(e.mentionCount, 'mention')} in ${count(e.articles.length, 'article')}  ${c.dim(e.id)}\n`);
        }
        return;
      }
      return writeRecords(out, format === 'acled' ? 'json' : format, entities);
    },
  };
}
