/**
 * The events of a corpus: article events that report the same event merged into one, each report
 * kept with its article, figures and attribution, and figures that disagree between reports flagged,
 * with a UCDP-style best / low / high across sources. Pure: article events in, corpus events out.
 *
 * Two reports are one event when they are of one type, their dates agree (at the precision each
 * gives, or the publication dates are within a few days where the text gives none), the parties
 * overlap where both name some, and they share evidence: a figure with the same role and value,
 * the same day and place, or the same sentence (a syndicated story).
 */
import type { ArticleEvent, ArticleFacts, Attribution, EventFigure, EventType, FigureRole, Party, PlaceKind, TextSpan } from '../model/types.js';
import { compareIsoDates, dayNumber, parseIsoDate } from '../util/calendar.js';
import { datesAgree, sameParty, telling } from './frames.js';

/** An article event with the article it comes from. */
export interface Report {
  article: string;
  title: string | null;
  published: string | null;
  event: ArticleEvent;
}

/** One figure of a corpus event across its reports: what each says, and UCDP-style best, low, high. */
export interface FigureSummary {
  role: FigureRole;
  /** `civilians`, `combatants`, or null for figures that say neither. */
  party: 'civilians' | 'combatants' | null;
  /** Who released or attacked, where the reports say. */
  by: Party | null;
  /**
   * The value most articles give (ties: the lowest), each article by its headline figure (its largest for
   * the role); the lowest and the highest of those figures and of the ranges they state.
   */
  best: number | null;
  low: number | null;
  high: number | null;
  /** True when articles give different values (each article by its headline figure: the largest it gives). */
  disagreement: boolean;
  /** How many articles report the figure (each once, however many times it states it). */
  articles: number;
  /** A part of another figure of the same role ("including three children"): never a disagreement with it. */
  part?: true;
  reports: { article: string; value: number | null; low?: number; high?: number; eachSide?: boolean; text: string; sources: string[] }[];
}

export interface CorpusEvent {
  id: string;
  type: EventType;
  subtype?: 'ceasefire';
  /** The event's date: the most precise date the reports give (the earliest of equally precise ones), else null. */
  date: string | null;
  /** The publication dates of its reports, earliest first. */
  reported: string[];
  places: { name: string; kind: PlaceKind | null; countryCode: string | null; geonameId: number | null; lat: number | null; lon: number | null; reports: number }[];
  /** Who did it and who suffered it, across the reports (ACLED's actor1 and actor2). */
  actors: Party[];
  targets: Party[];
  parties: Party[];
  figures: FigureSummary[];
  /** True when any figure disagrees between reports. */
  disagreement: boolean;
  reports: {
    article: string;
    title: string | null;
    published: string | null;
    date: string | null;
    figures: EventFigure[];
    sources: Attribution[];
    evidence: TextSpan[];
    /** The words that tell the happening in this report, where a word of its own does. */
    trigger?: TextSpan;
  }[];
}

const MAX_REPORT_GAP_DAYS = 7;

/** A day's number, for a date given to the day ("2025-05-23"); null for a month, a week or a year. */
const dayOf = (iso: string | null): number | null => {
  const ymd = iso && iso.length === 10 ? parseIsoDate(iso) : null;
  return ymd ? dayNumber(ymd) : null;
};

function datesCompatible(a: Report, b: Report): boolean {
  const da = a.event.date?.value ?? null;
  const db = b.event.date?.value ?? null;
  if (da && db) {
    const x = dayOf(da);
    const y = dayOf(db);
    return x !== null && y !== null ? Math.abs(x - y) <= 2 : datesAgree(da, db);
  }
  const pa = dayOf(da ?? a.published);
  const pb = dayOf(db ?? b.published);
  return pa === null || pb === null || Math.abs(pa - pb) <= MAX_REPORT_GAP_DAYS;
}

function partiesCompatible(a: ArticleEvent, b: ArticleEvent): boolean {
  if (!a.parties.length || !b.parties.length) return true;
  return a.parties.some((p) => b.parties.some((q) => sameParty(p, q)));
}

function shareEvidence(a: ArticleEvent, b: ArticleEvent): boolean {
  // The same sentence in two articles (a syndicated story, a repost) tells the same event.
  const sentences = new Set(a.evidence.map((s) => s.text));
  if (b.evidence.some((s) => sentences.has(s.text))) return true;
  const keys = new Set(a.figures.filter(telling).map((f) => `${f.role}:${f.value}`));
  if (b.figures.some((f) => telling(f) && keys.has(`${f.role}:${f.value}`))) return true;
  const da = a.date?.value;
  if (!da || da.length !== 10 || da !== b.date?.value) return false;
  return a.places.some((p) => b.places.some((q) => (p.geonameId !== null && p.geonameId === q.geonameId) || p.name === q.name));
}

/** The events of each article with the article they come from, in input order. */
export function articleReports(articles: Iterable<Pick<ArticleFacts, 'id' | 'title' | 'published' | 'events'>>): Report[] {
  const reports: Report[] = [];
  for (const a of articles) for (const event of a.events ?? []) reports.push({ article: a.id, title: a.title, published: a.published, event });
  return reports;
}

/** Whether two reports from different articles tell the same event. */
export function sameEvent(a: Report, b: Report): boolean {
  return a.article !== b.article && a.event.type === b.event.type && datesCompatible(a, b) && partiesCompatible(a.event, b.event) && shareEvidence(a.event, b.event);
}

/** Figures compared across reports: one role, of one kind of people, by one party. */
const figureGroup = (f: EventFigure): string => `${f.role}:${f.party ?? ''}:${f.by?.code ?? f.by?.name ?? ''}${f.partOf !== undefined ? ':part' : ''}`;

/** The value most reports give, the lowest value on ties. */
function mode(values: readonly number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | null = null;
  for (const [v, c] of counts) if (best === null || c > counts.get(best)! || (c === counts.get(best)! && v < best)) best = v;
  return best;
}

function summarizeFigures(reports: readonly Report[]): FigureSummary[] {
  const groups = new Map<string, FigureSummary>();
  for (const r of reports) {
    const sources = r.event.sources.map((s) => s.name);
    for (const f of r.event.figures) {
      const key = figureGroup(f);
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { role: f.role, party: f.party ?? null, by: f.by ?? null, best: null, low: null, high: null, disagreement: false, articles: 0, ...(f.partOf !== undefined ? { part: true as const } : {}), reports: [] }));
      g.reports.push({ article: r.article, value: f.value, ...(f.low !== undefined ? { low: f.low } : {}), ...(f.high !== undefined ? { high: f.high } : {}), ...(f.eachSide ? { eachSide: true } : {}), text: f.evidence.text, sources });
    }
  }
  for (const g of groups.values()) {
    // Each article counts once, with the largest figure it gives for the role (its headline figure) and the
    // range that figure states ("70,000-80,000"): a smaller figure of the same article ("nearly 1,000 ... 5,000
    // troops") is neither a second report nor a disagreement.
    const headline = new Map<string, FigureSummary['reports'][number]>();
    for (const x of g.reports) {
      const have = headline.get(x.article);
      if (!have || (x.value !== null && (have.value === null || x.value > have.value))) headline.set(x.article, x);
    }
    const chosen = [...headline.values()];
    const values = chosen.map((x) => x.value).filter((v): v is number => v !== null);
    const all = chosen.flatMap((x) => [x.value, x.low ?? null, x.high ?? null]).filter((v): v is number => v !== null);
    g.articles = headline.size;
    g.best = mode(values);
    g.low = all.length ? Math.min(...all) : null;
    g.high = all.length ? Math.max(...all) : null;
    g.disagreement = new Set(values).size > 1;
  }
  return [...groups.values()];
}

const PRECISION = (iso: string): number => iso.length; // "2014" < "2014-09" < "2014-09-05"

function eventDate(reports: readonly Report[]): string | null {
  const dates = reports.map((r) => r.event.date?.value).filter((d): d is string => !!d);
  if (!dates.length) return null;
  const finest = Math.max(...dates.map(PRECISION));
  return dates.filter((d) => PRECISION(d) === finest).sort(compareIsoDates)[0]!;
}

function toCorpusEvent(id: string, reports: readonly Report[]): CorpusEvent {
  const first = reports[0]!.event;
  const places = new Map<string, CorpusEvent['places'][number]>();
  for (const r of reports) for (const p of r.event.places) {
    const key = p.geonameId !== null ? `g${p.geonameId}` : p.name;
    const have = places.get(key);
    if (have) have.reports++;
    else places.set(key, { name: p.name, kind: p.kind, countryCode: p.countryCode, geonameId: p.geonameId, lat: p.lat ?? null, lon: p.lon ?? null, reports: 1 });
  }
  const union = (of: (e: ArticleEvent) => readonly Party[]): Party[] => {
    const out: Party[] = [];
    for (const r of reports) for (const p of of(r.event)) if (!out.some((q) => sameParty(p, q))) out.push({ name: p.name, code: p.code });
    return out;
  };
  const parties = union((e) => e.parties);
  const figures = summarizeFigures(reports);
  const subtype = reports.find((r) => r.event.subtype)?.event.subtype;
  return {
    id,
    type: first.type,
    ...(subtype ? { subtype } : {}),
    date: eventDate(reports),
    reported: [...new Set(reports.map((r) => r.published).filter((d): d is string => !!d))].sort(),
    places: [...places.values()],
    actors: union((e) => e.actors ?? []),
    targets: union((e) => e.targets ?? []),
    parties,
    figures,
    disagreement: figures.some((f) => f.disagreement),
    reports: reports.map((r) => ({
      article: r.article, title: r.title, published: r.published, date: r.event.date?.value ?? null,
      figures: r.event.figures, sources: r.event.sources, evidence: r.event.evidence, ...(r.event.trigger ? { trigger: r.event.trigger } : {}),
    })),
  };
}

/**
 * The keys of the evidence a report can share with another (`shareEvidence`): each sentence, each telling
 * figure's role and value, and, for a date given to the day, that day with each place. Two reports share
 * evidence exactly when they share a key, so an index of these keys finds every cluster a report can join.
 */
export function evidenceKeys(e: ArticleEvent): string[] {
  const keys = e.evidence.map((s) => `s:${s.text}`);
  for (const f of e.figures) if (telling(f)) keys.push(`f:${f.role}:${f.value}`);
  const day = e.date?.value;
  if (day && day.length === 10) {
    for (const p of e.places) {
      keys.push(`d:${day}:n:${p.name}`);
      if (p.geonameId !== null) keys.push(`d:${day}:g:${p.geonameId}`);
    }
  }
  return keys;
}

/**
 * Merges the reports of a corpus into events: a report joins the first event (in input order) one
 * of whose reports tells the same event, else starts a new one. Ids are `e1`, `e2` ... in order of
 * first report, so the same input gives the same ids.
 *
 * The events a report may join are looked up by its evidence keys (`evidenceKeys`; per type), not found by
 * comparing it with every event so far: the same result, since telling the same event needs shared
 * evidence, in time that grows with the events sharing a key instead of with all of them (on 6,104 reports,
 * 6.6 s by comparing with all, 0.14 s by keys).
 */
export function mergeEvents(reports: readonly Report[]): CorpusEvent[] {
  const clusters: Report[][] = [];
  /** Per type: evidence key → the clusters (indices in order of creation) holding a report with that key. */
  const index = new Map<EventType, Map<string, number[]>>();
  for (const r of reports) {
    let byKey = index.get(r.event.type);
    if (!byKey) index.set(r.event.type, (byKey = new Map()));
    const keys = evidenceKeys(r.event);
    const candidates = new Set<number>();
    for (const k of keys) for (const c of byKey.get(k) ?? []) candidates.add(c);
    let into = -1;
    for (const c of [...candidates].sort((a, b) => a - b)) {
      const cluster = clusters[c]!;
      if (!cluster.some((x) => x.article === r.article) && cluster.some((x) => sameEvent(x, r))) { into = c; break; }
    }
    if (into < 0) { into = clusters.length; clusters.push([r]); } else clusters[into]!.push(r);
    for (const k of keys) {
      const list = byKey.get(k);
      if (!list) byKey.set(k, [into]);
      else if (!list.includes(into)) list.push(into);
    }
  }
  return clusters.map((c, i) => toCorpusEvent(`e${i + 1}`, c));
}

/** A corpus event placed on the timeline: `when` is its date, else its first report's publication date. */
export type TimelineEvent = CorpusEvent & { when: string; whenSource: 'text' | 'published' | 'none' };

/**
 * Dated events in order: by the days their date denotes (an event without one by its first report's
 * publication date), first day first and, on the same first day, the longer span first (a month before
 * its days: `compareIsoDates`), then by id. With `undated`, the events with neither follow, with `when`
 * empty.
 */
export function timeline(events: readonly CorpusEvent[], options: { undated?: boolean } = {}): TimelineEvent[] {
  const dated: TimelineEvent[] = [];
  const undated: TimelineEvent[] = [];
  for (const e of events) {
    if (e.date) dated.push({ ...e, when: e.date, whenSource: 'text' });
    else if (e.reported[0]) dated.push({ ...e, when: e.reported[0], whenSource: 'published' });
    else if (options.undated) undated.push({ ...e, when: '', whenSource: 'none' });
  }
  return [...dated.sort((a, b) => compareIsoDates(a.when, b.when) || Number(a.id.slice(1)) - Number(b.id.slice(1))), ...undated];
}
