/**
 * Gives every date mention its calendar value, at the precision of the text, resolved against the
 * publication date (doc.published) the way news means it:
 *  - a bare weekday is the one just past in past-tense or reported speech, the coming one in the
 *    future tense ("is set to meet on Wednesday"); either may be the publication day itself;
 *  - a month (or month and day) without a year takes the nearest explicit year in the article,
 *    else the publication year, moved by the tense rule;
 *  - with no anchor the value is null and `reason` says why.
 */
import type { AnyMention, DateParts, DateValue, Mention, Refiner } from '../model/types.js';
import { tokenAtOrAfter } from '../util/tokens.js';
import { addDays, addMonths, isoDay, isoMonth, isoWeek, isValidDay, parseIsoDate, weekday, type Ymd } from '../util/calendar.js';

type Resolved = NonNullable<DateValue['resolved']>;

/** Future markers in the clause around a date: "will", "is set to", "is due to", "plans to", "next". */
const FUTURE = /\b(?:will|shall|won't|(?:is|are)\s+(?:set|due|expected|scheduled|slated|going|planning)\b|(?:was|were)\s+(?:set|due|expected|scheduled|slated|going|planning)\s+to|plans?\s+to|planned\s+for|scheduled\s+for|upcoming)\b|'ll\b/i;

/** Verbs of saying in the past: "Lavrov said on Tuesday that talks will resume" dates the saying. */
const REPORTED = /\b(?:said|told|announced|stated|reported|claimed|added|confirmed|wrote|insisted|warned|noted)\b/i;
const SUBORDINATE = /\s(?:that|which|who|because|after|before|when|while|as|where)\s/i;

/** Whether the clause that holds a date speaks of the future: its verb before the date, or after it up to a subordinate clause. */
function isFuture(text: string, m: { start: number; end: number }): boolean {
  const window = text.slice(Math.max(0, m.start - 200), m.start);
  const before = window.slice(Math.max(window.lastIndexOf('.'), window.lastIndexOf(';'), window.lastIndexOf('\n'), window.lastIndexOf('?'), window.lastIndexOf('!')) + 1);
  let after = text.slice(m.end, m.end + 120);
  const stop = after.search(/[.;\n?!]/);
  if (stop >= 0) after = after.slice(0, stop);
  const sub = SUBORDINATE.exec(after);
  if (sub) after = after.slice(0, sub.index);
  if (REPORTED.test(before.slice(-40))) return false; // "... will meet in May, the ministry said on Sunday"
  if (FUTURE.test(before)) return true;
  if (REPORTED.test(before)) return false;
  return FUTURE.test(after);
}

const unresolved = (reason: string): Resolved => ({ iso: null, precision: null, reason });

type Tense = 'past' | 'future' | 'unknown';

function yearFor(month: number, day: number | undefined, m: Mention<'date'>, years: { at: number; year: number; sentence: number }[], pub: Ymd | null, tense: Tense, sentence: number): number | null {
  let best: { at: number; year: number } | undefined;
  // With a publication date, a year elsewhere in the article is often history ("the 1986 disaster");
  // only a year in the same sentence then overrides the publication year.
  for (const y of pub ? years.filter((x) => x.sentence === sentence) : years) {
    if (!best || Math.abs(y.at - m.start) < Math.abs(best.at - m.start) || (Math.abs(y.at - m.start) === Math.abs(best.at - m.start) && y.at < best.at)) best = y;
  }
  if (best) return best.year;
  if (!pub) return null;
  const later = month > pub.month || (month === pub.month && (day ?? 1) > pub.day);
  const earlier = month < pub.month || (month === pub.month && (day ?? 31) < pub.day);
  if (tense === 'future') return earlier ? pub.year + 1 : pub.year;
  if (tense === 'past') return later ? pub.year - 1 : pub.year;
  // No tense to go by ("On June 6, there is the anniversary"): the occurrence closest to the publication date.
  const distance = (y: number): number => Math.abs(Date.UTC(y, month - 1, day ?? 15) - Date.UTC(pub.year, pub.month - 1, pub.day));
  return [pub.year - 1, pub.year, pub.year + 1].sort((a, b) => distance(a) - distance(b))[0]!;
}

function resolve(m: Mention<'date'>, text: string, pub: Ymd | null, years: { at: number; year: number; sentence: number }[], anchor: Ymd | null, sentence: number, pastVerb: boolean): Resolved {
  const v = m.value;
  const p = v.parts;
  const future = isFuture(text, m);
  const tense: Tense = future ? 'future' : pastVerb || REPORTED.test(text.slice(Math.max(0, m.start - 80), m.start)) ? 'past' : 'unknown';
  if (!v.relative || (v.relative === 'month' && p.month !== undefined)) {
    if (p.month === undefined) return p.year === undefined ? unresolved('no calendar value') : { iso: String(p.year).padStart(4, '0'), precision: 'year' };
    const year = p.year ?? yearFor(p.month, p.day, m, years, pub, tense, sentence);
    if (year === null) return unresolved('no year in the article and no publication date');
    if (p.day === undefined) return { iso: isoMonth(year, p.month), precision: 'month' };
    return isValidDay(year, p.month, p.day) ? { iso: isoDay({ year, month: p.month, day: p.day }), precision: 'day' } : unresolved('not a calendar day');
  }
  if (v.relative === 'period') return unresolved('a period with no ISO 8601 value');
  if (v.relative === 'anchor') {
    return anchor ? { iso: isoDay(addDays(anchor, v.offset ?? 0)), precision: 'day' } : unresolved('relative to a date the article does not give');
  }
  if (!pub) return unresolved('relative date and no publication date');
  const n = v.offset ?? 0;
  switch (v.relative) {
    case 'day':
      return { iso: isoDay(addDays(pub, n)), precision: 'day' };
    case 'week':
      return { iso: isoWeek(addDays(pub, 7 * n)), precision: 'week' };
    case 'month': {
      const d = addMonths(pub.year, pub.month, n);
      return { iso: isoMonth(d.year, d.month), precision: 'month' };
    }
    case 'year':
      return { iso: String(pub.year + n), precision: 'year' };
    case 'ago': {
      const k = -n;
      if (v.agoUnit === 'day') return { iso: isoDay(addDays(pub, -k)), precision: 'day' };
      if (v.agoUnit === 'week') return { iso: isoWeek(addDays(pub, -7 * k)), precision: 'week' };
      if (v.agoUnit === 'month') { const d = addMonths(pub.year, pub.month, -k); return { iso: isoMonth(d.year, d.month), precision: 'month' }; }
      return { iso: String(pub.year - k), precision: 'year' };
    }
    case 'weekday': {
      const target = p.weekday ?? 0;
      const diffBack = (weekday(pub) - target + 7) % 7; // 0..6 days back to the same weekday
      let days: number;
      if (v.offset === -1) days = -(diffBack === 0 ? 7 : diffBack);
      else if (v.offset === 1) days = (target - weekday(pub) + 7) % 7 || 7;
      else if (v.offset === 0) days = ((target + 6) % 7) - ((weekday(pub) + 6) % 7); // same ISO week
      else days = future ? (target - weekday(pub) + 7) % 7 : -diffBack;
      return { iso: isoDay(addDays(pub, days)), precision: 'day' };
    }
  }
  return unresolved('unknown relative date');
}

/** The last day (month, year) of a range, with what the text leaves out taken from its first. */
function rangeEndIso(start: Resolved, end: DateParts): string | undefined {
  if (!start.iso) return undefined;
  const [y, mo] = start.iso.split('-').map(Number) as [number, number | undefined];
  const year = end.year ?? y;
  const month = end.month ?? mo;
  if (end.day !== undefined && month !== undefined && isValidDay(year, month, end.day)) return isoDay({ year, month, day: end.day });
  if (end.month !== undefined) return isoMonth(year, end.month);
  return end.year !== undefined && end.month === undefined && end.day === undefined ? String(year) : undefined;
}

export const resolveDates: Refiner = (doc, mentions) => {
  const pub = doc.published ? parseIsoDate(doc.published) : null;
  const tokens = doc.tokens;
  const sentenceOf = (offset: number): number => tokens[Math.min(tokenAtOrAfter(tokens, offset), tokens.length - 1)]?.sentence ?? -1;
  const years = mentions.flatMap((m) => (m.kind === 'date' && m.value.parts.year !== undefined && !m.value.relative ? [{ at: m.start, year: m.value.parts.year, sentence: sentenceOf(m.start) }] : []));
  const pastSentences = new Set(tokens.filter((t) => t.tags.has('PastTense')).map((t) => t.sentence));
  let anchor: Ymd | null = null; // the last day-precision date so far, for "the day before"
  return mentions.map((m): AnyMention => {
    if (m.kind !== 'date') return m;
    const sentence = sentenceOf(m.start);
    const resolved = resolve(m, doc.text, pub, years, anchor, sentence, pastSentences.has(sentence));
    if (m.value.rangeEnd) {
      const end = rangeEndIso(resolved, m.value.rangeEnd);
      if (end) resolved.end = end;
    }
    if (resolved.precision === 'day' && resolved.iso) anchor = parseIsoDate(resolved.iso);
    return { ...m, value: { ...m.value, resolved } };
  });
};
