/**
 * Corpus events as the rows of an ACLED export (`conflict-facts events -f acled`): one row per event,
 * with ACLED's column names and categories, so that a coder can put the tool's draft beside ACLED data.
 *
 *   event_id_cnty   the country code and the event's number ("UA12" for e12 in Ukraine; "XX12" where no country)
 *   event_date      the event's date, else its first report's publication date (date_source says which)
 *   time_precision  1 the day, 2 the week, 3 the month or year or only the publication date
 *   event_type, sub_event_type   from the trigger, weapons and sentence (data/acled.ts); casualty reports,
 *                   which ACLED does not code as events, have them empty
 *   actor1, actor2  the first actor and the first target ("Civilians (Ukraine)" as ACLED writes them)
 *   location, admin1, latitude, longitude, geo_precision   the most specific place (1 a town or village,
 *                   3 a region or country); admin1 a region the event names
 *   fatalities, injured   the best figure of each group of killed (wounded) figures, summed over groups; parts
 *                   ("including three children") are not added
 *   source          whom the reports credit; notes the first sentence of the first report
 */
import { ACLED_AGREEMENT, ACLED_ATTACK_CLASSES, ACLED_CIVILIAN_ATTACK, ACLED_DEFAULT_ATTACK, ACLED_DISORDER } from '../../data/acled.js';
import type { CorpusEvent } from '../../events/merge.js';
import type { Party } from '../../model/types.js';
import { lexiconRegex } from '../../util/regex.js';

export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'civilian_targeting',
  'country', 'admin1', 'location', 'latitude', 'longitude', 'geo_precision', 'source', 'notes', 'fatalities', 'injured',
  'cf_event_id', 'cf_type', 'date_source', 'articles',
] as const;

const CLASSES = ACLED_ATTACK_CLASSES.map((c) => ({ ...c, re: lexiconRegex(c.words) }));
const REGION_NAMES = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'region' }) : null;

/** A country's English short name from its ISO 3166-1 code. */
export const countryName = (code: string | null): string => {
  if (!code) return '';
  try {
    return REGION_NAMES?.of(code) ?? code;
  } catch {
    return code;
  }
};

/** ACLED's event type and sub-event type of an event. */
export function acledType(e: CorpusEvent): { eventType: string; subEventType: string; disorder: string } {
  if (e.type === 'exchange' || e.type === 'talks') return { ...ACLED_AGREEMENT, disorder: ACLED_DISORDER.strategic };
  if (e.type === 'casualties') return { eventType: '', subEventType: '', disorder: ACLED_DISORDER.violence };
  const texts = [
    ...e.reports.map((r) => r.trigger?.text ?? ''),
    e.reports.flatMap((r) => r.figures.filter((f) => f.role === 'weapons' || f.role === 'intercepted').map((f) => f.unit ?? '')).join(' '),
    e.reports[0]?.evidence[0]?.text ?? '',
  ];
  for (const t of texts) {
    const c = t && CLASSES.find((k) => k.re.test(t));
    if (c) return { eventType: c.eventType, subEventType: c.subEventType, disorder: ACLED_DISORDER.violence };
  }
  const civilians = e.targets.some((t) => t.name === 'civilians');
  return { ...(civilians ? ACLED_CIVILIAN_ATTACK : ACLED_DEFAULT_ATTACK), disorder: ACLED_DISORDER.violence };
}

/** A party as ACLED names it: a state by its name, civilians with their country. */
const actorName = (p: Party | undefined, country: string): string => (!p ? '' : p.name === 'civilians' ? `Civilians${country ? ` (${country})` : ''}` : p.name);

/** The sum over groups of a role's best figures, leaving out parts; null where no report gives one. */
function total(e: CorpusEvent, role: 'killed' | 'wounded'): number | null {
  const groups = e.figures.filter((f) => f.role === role && !f.part && f.best !== null);
  return groups.length ? groups.reduce((sum, f) => sum + f.best!, 0) : null;
}

const precisionOf = (iso: string): number => (/^\d{4}-\d\d-\d\d$/.test(iso) ? 1 : /W/.test(iso) ? 2 : 3);

/** The ACLED row of one corpus event. */
export function acledRow(e: CorpusEvent): Record<(typeof ACLED_COLUMNS)[number], unknown> {
  const { eventType, subEventType, disorder } = acledType(e);
  const place = e.places.find((p) => p.kind !== 'country' && p.kind !== 'region') ?? e.places.find((p) => p.kind === 'region') ?? e.places[0];
  const admin1 = e.places.find((p) => p.kind === 'region');
  const code = place?.countryCode ?? e.targets.find((t) => t.code)?.code ?? null;
  const country = countryName(code);
  const date = e.date ?? e.reported[0] ?? null;
  const sources = [...new Set(e.reports.flatMap((r) => r.sources.map((s) => s.name)))];
  const killed = total(e, 'killed');
  return {
    event_id_cnty: `${code ?? 'XX'}${e.id.replace(/^e/, '')}`,
    event_date: date ?? '',
    year: date ? date.slice(0, 4) : '',
    time_precision: date === null ? '' : e.date ? precisionOf(e.date) : 3,
    disorder_type: disorder,
    event_type: eventType,
    sub_event_type: subEventType,
    actor1: actorName(e.actors[0], country),
    actor2: actorName(e.targets[0], country),
    civilian_targeting: e.targets.some((t) => t.name === 'civilians') ? 'Civilian targeting' : '',
    country,
    admin1: admin1?.name ?? '',
    location: place?.name ?? '',
    latitude: place?.lat ?? '',
    longitude: place?.lon ?? '',
    geo_precision: !place ? '' : place.kind === 'city' || place.kind === 'village' || place.kind === 'other' ? 1 : 3,
    source: sources.join('; '),
    notes: e.reports[0]?.evidence[0]?.text ?? '',
    fatalities: killed ?? (e.type === 'attack' ? 0 : ''),
    injured: total(e, 'wounded') ?? (e.type === 'attack' ? 0 : ''),
    cf_event_id: e.id,
    cf_type: e.type + (e.subtype ? `/${e.subtype}` : ''),
    date_source: e.date ? 'text' : date ? 'published' : '',
    articles: e.reports.map((r) => r.article).join('; '),
  };
}
