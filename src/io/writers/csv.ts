/**
 * `--format csv`: RFC 4180 quoting by csv-stringify, a header row, CRLF line ends.
 *
 * The long table (the default): one row per fact of every kind, with the columns of CSV_COLUMNS; each column
 * holds one kind of value, so that a spreadsheet or pandas reads its numbers as numbers: `value` is a number's
 * value (empty for other facts), `name` an entity's name or a quotation's speaker, `date` a date's ISO 8601
 * value. People, places and organizations give one row per entity (offsets of the first mention and the
 * count of mentions); dates, numbers and quotes one row per mention; events one row per figure (`event`: the
 * event's number in its article, `kind` its type, `party` civilians or combatants).
 *
 * `--kind K`: the table of one kind, with only its own columns (KIND_COLUMNS).
 *
 * Text cells that a spreadsheet would run as a formula (starting with = + - @, tab or carriage return) get
 * a leading apostrophe, as OWASP recommends; numbers stay numbers.
 */
import { stringify } from 'csv-stringify/sync';
import type { ArticleFacts } from '../../model/types.js';
import { CSV_KINDS, type CsvKind } from '../formats.js';
import { writeChunk, type Writer } from './stream.js';

export const CSV_COLUMNS = [
  'article_id', 'type', 'text', 'value', 'unit', 'start', 'end', 'name', 'role', 'kind', 'country_code', 'lat', 'lon',
  'qualifier', 'low', 'high', 'vague', 'measure', 'category', 'side', 'date', 'precision', 'relative', 'range_end', 'mentions', 'aliases', 'published', 'rule',
  'event', 'party',
] as const;
type Column = (typeof CSV_COLUMNS)[number] | 'subtype' | 'places' | 'actors' | 'targets' | 'sources' | 'within' | 'speaker' | 'title';
type Row = Partial<Record<Column, string | number | boolean | null>>;

/** The kinds with a table of their own (`--kind`), and its columns. */
export const KIND_COLUMNS = {
  people: ['article_id', 'published', 'name', 'role', 'mentions', 'aliases', 'text', 'start', 'end', 'rule'],
  places: ['article_id', 'published', 'name', 'kind', 'within', 'country_code', 'lat', 'lon', 'mentions', 'aliases', 'text', 'start', 'end', 'rule'],
  organizations: ['article_id', 'published', 'name', 'mentions', 'aliases', 'text', 'start', 'end', 'rule'],
  dates: ['article_id', 'published', 'text', 'date', 'precision', 'relative', 'range_end', 'start', 'end', 'rule'],
  numbers: ['article_id', 'published', 'text', 'value', 'unit', 'qualifier', 'low', 'high', 'vague', 'measure', 'category', 'side', 'start', 'end', 'rule'],
  quotes: ['article_id', 'published', 'speaker', 'kind', 'text', 'start', 'end', 'rule'],
  events: ['article_id', 'published', 'event', 'type', 'subtype', 'date', 'places', 'actors', 'targets', 'sources', 'role', 'party', 'value', 'low', 'high', 'unit', 'text', 'start', 'end', 'rule'],
} as const satisfies Record<CsvKind, readonly Column[]>;
export { CSV_KINDS, type CsvKind };

/** OWASP CSV injection: prefix cells that start like a formula. Numbers stay numbers. */
export function neutralize(cell: unknown): string | number | boolean | null {
  if (typeof cell !== 'string') return (cell ?? null) as number | boolean | null;
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

const names = (xs: readonly { name: string }[]): string => xs.map((x) => x.name).join('; ');

/** The rows of one kind of fact of an article; `type` is the long table's name for the kind. */
function kindRows(a: ArticleFacts, kind: CsvKind): Row[] {
  const base = { article_id: a.id, published: a.published };
  switch (kind) {
    case 'people':
      return a.people.map((p) => ({ ...base, type: 'person', text: p.mentions[0]?.text, name: p.name, role: p.role, start: p.mentions[0]?.start, end: p.mentions[0]?.end, mentions: p.mentions.length, aliases: p.aliases.join('; '), rule: p.rule }));
    case 'places':
      return a.places.map((p) => ({ ...base, type: 'place', text: p.mentions[0]?.text, name: p.name, kind: p.kind, within: p.within ?? null, country_code: p.countryCode, lat: p.lat, lon: p.lon, start: p.mentions[0]?.start, end: p.mentions[0]?.end, mentions: p.mentions.length, aliases: p.aliases.join('; '), rule: p.rule }));
    case 'organizations':
      return a.organizations.map((o) => ({ ...base, type: 'organization', text: o.mentions[0]?.text, name: o.name, start: o.mentions[0]?.start, end: o.mentions[0]?.end, mentions: o.mentions.length, aliases: o.aliases.join('; '), rule: o.rule }));
    case 'dates':
      return a.dates.map((d) => ({ ...base, type: 'date', text: d.text, date: d.value, start: d.start, end: d.end, precision: d.precision, relative: d.relative, range_end: d.rangeEnd, rule: d.rule }));
    case 'numbers':
      return a.numbers.map((n) => ({ ...base, type: 'number', text: n.text, value: n.value, unit: n.unit, start: n.start, end: n.end, qualifier: n.qualifier, low: n.low, high: n.high, vague: n.vague, measure: n.measure, category: n.category, side: n.side, rule: n.rule }));
    case 'quotes':
      return (a.quotes ?? []).map((q) => ({ ...base, type: 'quote', text: q.text, name: q.speaker, speaker: q.speaker, kind: q.kind, start: q.start, end: q.end, rule: q.rule }));
    case 'events':
      return (a.events ?? []).flatMap((e, i) => {
        const event = {
          ...base, type: 'event', event: i + 1, kind: e.type, subtype: e.subtype ?? null, date: e.date?.value ?? null, places: names(e.places), actors: names(e.actors),
          targets: names(e.targets), sources: names(e.sources), rule: e.rule,
        };
        const said = e.trigger ?? e.evidence[0];
        if (!e.figures.length) return [{ ...event, text: said?.text ?? null, start: said?.start ?? null, end: said?.end ?? null }];
        return e.figures.map((f) => ({ ...event, role: f.role, party: f.party ?? null, value: f.value, low: f.low ?? null, high: f.high ?? null, unit: f.unit, text: f.evidence.text, start: f.evidence.start, end: f.evidence.end }));
      });
  }
}

/** The long table's rows of an article: every kind, in the contract's order of kinds. */
export function articleRows(a: ArticleFacts): Row[] {
  return CSV_KINDS.flatMap((kind) => kindRows(a, kind));
}

/** The rows of one kind's own table: its columns, `type` of the events table being the event's type. */
export function kindTableRows(a: ArticleFacts, kind: CsvKind): Row[] {
  const rows = kindRows(a, kind);
  return kind === 'events' ? rows.map((r) => ({ ...r, type: r.kind })) : rows;
}

export function csvWriter(out: NodeJS.WritableStream, kind?: CsvKind): Writer {
  const columns: readonly Column[] = kind ? KIND_COLUMNS[kind] : CSV_COLUMNS;
  const cells = (r: Row): unknown[] => columns.map((c) => neutralize(r[c]));
  const options = { record_delimiter: 'windows', cast: { boolean: (b: boolean) => (b ? 'true' : 'false') } } as const;
  return {
    begin: () => writeChunk(out, stringify([columns as unknown as string[]], { record_delimiter: 'windows' })),
    write: async (a: ArticleFacts) => {
      const rows = kind ? kindTableRows(a, kind) : articleRows(a);
      if (rows.length) await writeChunk(out, stringify(rows.map(cells), options));
    },
    end: async () => {},
  };
}
