/**
 * Date expressions found by chrono-node's casual English parser, typed by what they say.
 *   "Friday, Sept. 5, 2014"  → { year: 2014, month: 9, day: 5 }
 *   "yesterday"              → relative day, offset -1
 *   "last week"              → relative week, offset -1
 *   "on Tuesday"             → "Tuesday", relative weekday (resolved by refine/resolveDates with tense)
 *   ("three weeks ago" is left to extract/date/agoDate, which also reads counts in words.)
 * chrono resolves relative expressions against its own reference; we keep only what the text states
 * and let refine/resolveDates compute values from the publication date, so the machine's clock and
 * time zone never leak in (a fixed reference instant is passed).
 * Watch out for: durations ("the past four days", "after five hours": numbers, not dates), "now",
 * bare times of day ("in the afternoon"), and leading "on"/"at" that chrono keeps in the text.
 */
import * as chrono from 'chrono-node';
import type { DateParts, DateValue, Doc, Extractor, Mention, Span } from '../../model/types.js';
import { UNITS, TENS } from '../../data/numbers.js';
import { alternation } from '../../util/regex.js';
import { firstStartingAt, trimSpan } from '../../util/spans.js';

const REFERENCE = new Date(Date.UTC(2000, 0, 5, 12)); // a fixed instant: values never depend on it
const COUNT = String.raw`(?:\d+|a|an|a few|few|several|some|the|${alternation([...Object.keys(UNITS), ...Object.keys(TENS)])})`;
const UNIT = String.raw`(?:second|minute|hour|day|night|week|weekend|month|year|decade)s?`;
/** A stretch of time, not a point: "the past four days", "after 39 months", "within two weeks". */
const DURATION = new RegExp(String.raw`^(?:the\s+|over\s+the\s+|in\s+the\s+)?(?:past|last|next|coming|previous|following|after|within|in|for|over)\s+(?:the\s+)?(?:${COUNT}\s+)+${UNIT}(?:\s+later)?$|^${COUNT}\s+${UNIT}\s+later$`, 'i');
const CASUAL_DAY = /^(?:(?<before>the day before yesterday)|(?<after>the day after tomorrow)|(?<yesterday>yesterday|last night)|(?<today>today|tonight|this morning|this afternoon|this evening)|(?<tomorrow>tomorrow))\b/i;
const PERIOD = /^(?<which>last|this|next|past|previous|coming)\s+(?<unit>week|month|year)$/i;
const NOT_DATES = /^(?:now|right now|currently|at the moment|afternoon|morning|evening|night|noon|midnight|weekdays?|weekends? days?)$/i;
/** An offset from some event, not a date: "a year after the coup", "two months later", "24 hours". */
const OFFSET = new RegExp(String.raw`^(?:(?:in|within|for|after|over)\s+)?${COUNT}\s+${UNIT}(?:\s+(?:after|before|later|earlier))?$`, 'i');
/** Relative to the date just mentioned, not to the publication date: left to extract/date/anchorDate. */
const ANCHORED = /^(?:the\s+)?(?:day\s+(?:before|after)|(?:previous|next|following)\s+day)$/i;
const LEAD = /^(?:on|at|in|by|from|during|since|until|till)\s+/i;
const WEEKDAY_MOD = /^(?<mod>last|this|next|past|previous|coming)\s+/i;

type ChronoKnown = Partial<Record<'year' | 'month' | 'day' | 'weekday' | 'hour' | 'minute', number>>;

function classify(text: string, known: ChronoKnown, relativeResult: boolean): DateValue | null {
  if (NOT_DATES.test(text) || DURATION.test(text) || ANCHORED.test(text) || OFFSET.test(text)) return null;
  const hasTime = known.hour !== undefined;
  const time: DateParts = hasTime ? { hour: known.hour, minute: known.minute ?? 0 } : {};
  if (/\bago\b/i.test(text)) return null; // "X ago" belongs to extract/date/agoDate
  const casual = CASUAL_DAY.exec(text);
  if (casual) {
    const g = casual.groups!;
    const offset = g.before ? -2 : g.after ? 2 : g.yesterday ? -1 : g.tomorrow ? 1 : 0;
    return { parts: time, relative: 'day', offset, hasTime };
  }
  const period = PERIOD.exec(text);
  if (period) {
    const which = period.groups!.which!.toLowerCase();
    const offset = which === 'this' ? 0 : which === 'next' || which === 'coming' ? 1 : -1;
    return { parts: {}, relative: period.groups!.unit!.toLowerCase() as 'week' | 'month' | 'year', offset };
  }
  if (/\bweekend\b/i.test(text)) return { parts: {}, relative: 'period' };
  if (known.weekday !== undefined && known.day === undefined) {
    const mod = WEEKDAY_MOD.exec(text)?.groups?.mod?.toLowerCase();
    const offset = mod === undefined ? undefined : mod === 'this' ? 0 : mod === 'next' || mod === 'coming' ? 1 : -1;
    return { parts: { weekday: known.weekday, ...time }, relative: 'weekday', offset, hasTime };
  }
  if (known.month === undefined && known.year === undefined) return null; // a bare time of day
  // A year news would not write with four digits in the Gregorian calendar ("May 23 9 BE" is -534).
  if (known.year !== undefined && (known.year < 1000 || known.year > 2999)) return null;
  // chrono computed this one from its reference instant ("the end of next week", "the last day"): it
  // is relative in a way the rules above do not resolve, so it is left out rather than given a made-up value.
  if (relativeResult) return null;
  const parts: DateParts = { year: known.year, month: known.month, day: known.day, ...time };
  if (known.weekday !== undefined) parts.weekday = known.weekday;
  return { parts, relative: known.year === undefined ? 'month' : undefined, hasTime };
}

/**
 * Words without which no sentence holds a date this extractor keeps (a month, a weekday, a year, a
 * numeric date, a casual day or a named period), each a whole word ("Mon" and "Monday", not "money"):
 * chrono only reads the sentences that have one, which saves most of its time on news, where many
 * have no date at all (on 2,000 bench articles, they are 31% of the text, the lines with one 63%).
 */
const DATE_HINT = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues?|wed(?:nes)?|weds|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|yesterday|today|tomorrow|tonight|night|morning|afternoon|evening|weeks?|weekends?|months?|years?|\d{4}|\d{1,2}[/.-]\d{1,2})\b/i;

/**
 * Between two pieces given to chrono at once: a line break, as at the end of a line, and a character
 * that no pattern of chrono's reads as part of a date or as a joiner of two (its refiners merge results
 * only across spaces and words like "to", "at", "-"), so that no result spans two pieces.
 */
const SEPARATOR = '\n\u0000\n';
const parse = (text: string): chrono.ParsedResult[] => chrono.casual.parse(text, { instant: REFERENCE, timezone: 0 });
const MAY_ALONE = /^\s*may\s*$/i;

/**
 * chrono's results over the pieces of the text with a date hint, with offsets into the whole text. A piece
 * is a sentence as the tokenizer split it (from its first word to the next sentence's), cut at line breaks:
 * a date is written within one. chrono costs about 20 µs a call besides its time per character, so the
 * pieces go to it in one text, joined by SEPARATOR.
 */
function parsePieces(doc: Doc): chrono.ParsedResult[] {
  const { text, sentences } = doc;
  const pieces: Span[] = [];
  for (const [k, s] of sentences.entries()) {
    const start = k === 0 ? 0 : s.start;
    const end = k + 1 < sentences.length ? sentences[k + 1]!.start : text.length;
    for (let from = start; from < end;) {
      const nl = text.indexOf('\n', from);
      const to = nl < 0 || nl > end ? end : nl;
      if (DATE_HINT.test(text.slice(from, to))) pieces.push({ start: from, end: to });
      from = to + 1;
    }
  }
  const out: chrono.ParsedResult[] = [];
  if (pieces.length === 0) return out;
  // The pieces joined, and where each is in the joined text.
  const inText: Span[] = [];
  const inJoined: Span[] = [];
  let joined = '';
  for (const p of pieces) {
    const piece = text.slice(p.start, p.end);
    // chrono keeps a result that is its whole text, which for "May" alone (a heading) it would drop
    // as the verb (its ENUnlikelyFormatFilter): such a piece goes alone, as a line did.
    if (MAY_ALONE.test(piece)) {
      for (const r of parse(piece)) {
        (r as { index: number }).index += p.start;
        out.push(r);
      }
      continue;
    }
    if (joined !== '') joined += SEPARATOR;
    inText.push(p);
    inJoined.push({ start: joined.length, end: joined.length + piece.length });
    joined += piece;
  }
  if (joined === '') return out;
  for (const r of parse(joined)) {
    const k = firstStartingAt(inJoined, r.index + 1) - 1; // the last piece starting at or before the result
    const offset = r.index - inJoined[k]!.start;
    const room = inJoined[k]!.end - r.index;
    if (r.text.length > room) {
      // chrono's match takes the space after a month or weekday ("November\n"): here, the separator's line break.
      if (room <= 0 || !/^\s*$/.test(r.text.slice(room))) continue; // it would span two pieces (never seen)
      (r as { text: string }).text = r.text.slice(0, room);
    }
    (r as { index: number }).index = inText[k]!.start + offset;
    out.push(r);
  }
  return out.sort((a, b) => a.index - b.index);
}

export const chronoDates: Extractor = (doc) => {
  const out: Mention<'date'>[] = [];
  for (const r of parsePieces(doc)) {
    let span = trimSpan(doc.text, { start: r.index, end: r.index + r.text.length });
    const lead = LEAD.exec(doc.text.slice(span.start, span.end));
    if (lead) span = { start: span.start + lead[0].length, end: span.end };
    const text = doc.text.slice(span.start, span.end);
    const known: ChronoKnown = {};
    for (const k of ['year', 'month', 'day', 'weekday', 'hour', 'minute'] as const) {
      if (r.start.isCertain(k)) known[k] = r.start.get(k) ?? undefined;
    }
    const tags = typeof r.tags === 'function' ? [...r.tags()] : [];
    const relativeResult = tags.some((t) => /relative|casualReference/i.test(t));
    const raw = doc.text.slice(r.index, r.index + r.text.length).trim();
    const value = DURATION.test(raw) || OFFSET.test(raw) ? null : classify(text, known, relativeResult);
    if (!value || text === '') continue;
    // chrono's own ranges: "from Feb. 24 to March 3".
    if (r.end && (!value.relative || value.relative === 'month')) {
      const end: DateParts = {};
      for (const k of ['year', 'month', 'day'] as const) if (r.end.isCertain(k)) end[k] = r.end.get(k) ?? undefined;
      if (end.day !== undefined || end.month !== undefined || end.year !== undefined) value.rangeEnd = end;
    }
    out.push({ kind: 'date', start: span.start, end: span.end, text, value, rule: 'date/chrono' });
  }
  return out;
};
