/**
 * `--format csv`: one row per fact (long format), RFC 4180 quoting by csv-stringify, a header row.
 * People, places and organizations give one row per entity (offsets of the first mention and the
 * count of mentions); dates and numbers one row per mention. Text cells that a spreadsheet would
 * run as a formula (starting with = + - @, tab or carriage return) get a leading apostrophe, as
 * OWASP recommends.
 */
import { stringify } from 'csv-stringify/sync';
import { KINDS, type ArticleFacts, type FactType } from '../../model/types.js';
import { writeChunk, type Writer } from './stream.js';

export const CSV_COLUMNS = [
  'article_id', 'type', 'text', 'value', 'unit', 'start', 'end', 'name', 'role', 'kind', 'country_code', 'lat', 'lon',
  'qualifier', 'low', 'high', 'vague', 'measure', 'category', 'side', 'precision', 'relative', 'range_end', 'mentions', 'aliases', 'published', 'rule',
] as const;
type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | boolean | null>>;

/** OWASP CSV injection: prefix cells that start like a formula. Numbers stay numbers. */
export function neutralize(cell: unknown): string | number | boolean | null {
  if (typeof cell !== 'string') return (cell ?? null) as number | boolean | null;
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** The kinds written with rows of their own; events are tables of the corpus commands (`conflict-facts events -f csv`). */
const OWN_ROWS: ReadonlySet<FactType> = new Set(['people', 'places', 'organizations', 'dates', 'numbers', 'quotes', 'events']);

export function articleRows(a: ArticleFacts): Row[] {
  const base = { article_id: a.id, published: a.published };
  const rows: Row[] = [];
  for (const p of a.people) rows.push({ ...base, type: 'person', text: p.mentions[0]?.text, value: p.name, name: p.name, role: p.role, start: p.mentions[0]?.start, end: p.mentions[0]?.end, mentions: p.mentions.length, aliases: p.aliases.join('; '), rule: p.rule });
  for (const p of a.places) rows.push({ ...base, type: 'place', text: p.mentions[0]?.text, value: p.name, name: p.name, kind: p.kind, country_code: p.countryCode, lat: p.lat, lon: p.lon, start: p.mentions[0]?.start, end: p.mentions[0]?.end, mentions: p.mentions.length, aliases: p.aliases.join('; '), rule: p.rule });
  for (const o of a.organizations) rows.push({ ...base, type: 'organization', text: o.mentions[0]?.text, value: o.name, name: o.name, start: o.mentions[0]?.start, end: o.mentions[0]?.end, mentions: o.mentions.length, aliases: o.aliases.join('; '), rule: o.rule });
  for (const d of a.dates) rows.push({ ...base, type: 'date', text: d.text, value: d.value, start: d.start, end: d.end, precision: d.precision, relative: d.relative, range_end: d.rangeEnd, rule: d.rule });
  for (const q of a.quotes ?? []) rows.push({ ...base, type: 'quote', text: q.text, value: q.speaker, name: q.speaker, kind: q.kind, start: q.start, end: q.end, rule: q.rule });
  for (const n of a.numbers) rows.push({ ...base, type: 'number', text: n.text, value: n.value, unit: n.unit, start: n.start, end: n.end, qualifier: n.qualifier, low: n.low, high: n.high, vague: n.vague, measure: n.measure, category: n.category, side: n.side, rule: n.rule });
  // A kind without rows of its own above: a row for each fact that is a span of the text.
  for (const kind of KINDS) {
    if (OWN_ROWS.has(kind)) continue;
    for (const f of a[kind] as unknown as Record<string, unknown>[]) {
      if (typeof f.text !== 'string' || typeof f.start !== 'number') continue;
      const scalar = (v: unknown): string | number | null => (typeof v === 'string' || typeof v === 'number' ? v : null);
      rows.push({ ...base, type: kind, text: f.text, value: scalar(f.value), unit: scalar(f.unit), start: f.start, end: scalar(f.end), rule: scalar(f.rule) as string | null });
    }
  }
  return rows;
}

export function csvWriter(out: NodeJS.WritableStream): Writer {
  const cells = (r: Row): unknown[] => CSV_COLUMNS.map((c) => neutralize(r[c]));
  return {
    begin: () => writeChunk(out, stringify([CSV_COLUMNS as unknown as string[]], { record_delimiter: 'windows' })),
    write: async (a: ArticleFacts) => {
      const rows = articleRows(a);
      if (rows.length) await writeChunk(out, stringify(rows.map(cells), { record_delimiter: 'windows', cast: { boolean: (b) => (b ? 'true' : 'false') } }));
    },
    end: async () => {},
  };
}
