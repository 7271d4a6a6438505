/**
 * Date ranges as one fact whose value is the first day (month, year) and `rangeEnd` the last:
 *   "between May 23 and 25"   "March 3-5"   "from 2014 to 2016"   "between 2014 and 2016"
 *   "from Feb. 24 to March 3"
 * Two dates joined by "and" merge only after "between" ("in 2014 and 2016" are two dates).
 * Runs after removeOverlaps (the dates are final) and before resolveDates (which resolves both ends).
 */
import type { AnyMention, DateParts, Mention, Refiner } from '../model/types.js';
import { byStartThenLongest } from '../util/spans.js';

const SEP = /^\s*(?:-|–|—|to|through|until|till|and)\s*/i;
const TRAILING_DAY = /[-–]\s*(\d{1,2})$/;
const DAY_AFTER = /^\s*(?:-|–|—|to|through|and)\s*(\d{1,2})(?![\d:%.,]?\d)(?!\s*(?:%|per|[ap]\.?m\b|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))/i;
const OPENER = /\b(between|from)\s+$/i;

const isAbsolute = (m: Mention<'date'>): boolean => !m.value.relative || (m.value.relative === 'month' && m.value.parts.month !== undefined);

export const mergeDateRanges: Refiner = (doc, mentions) => {
  const text = doc.text;
  const dates = mentions.filter((m): m is Mention<'date'> => m.kind === 'date');
  const others = mentions.filter((m) => m.kind !== 'date');
  const out: Mention<'date'>[] = [];
  for (let i = 0; i < dates.length; i++) {
    const a = dates[i]!;
    const b = dates[i + 1];
    const opener = OPENER.exec(text.slice(Math.max(0, a.start - 10), a.start));
    const start = opener ? a.start - (opener[0].length - opener[0].indexOf(opener[1]!)) : a.start;
    // "March 3-5": chrono keeps the end day in its text.
    const trailing = TRAILING_DAY.exec(a.text);
    if (trailing && a.value.parts.day !== undefined && Number(trailing[1]) > a.value.parts.day) {
      out.push({ ...a, start, text: text.slice(start, a.end), value: { ...a.value, rangeEnd: { day: Number(trailing[1]) } } });
      continue;
    }
    // Two dates: "from 2014 to 2016", "between May 23 and June 2".
    if (b && isAbsolute(a) && isAbsolute(b)) {
      const gap = text.slice(a.end, b.start);
      const sep = SEP.exec(gap);
      if (sep && sep[0].length === gap.length && (!/and/i.test(gap) || opener?.[1]?.toLowerCase() === 'between')) {
        out.push({ ...a, start, end: b.end, text: text.slice(start, b.end), value: { ...a.value, rangeEnd: b.value.parts }, rule: 'date/range' });
        i++;
        continue;
      }
    }
    // A date and a bare day: "between May 23 and 25", "on June 6 and 7".
    const day = a.value.parts.day !== undefined ? DAY_AFTER.exec(text.slice(a.end, a.end + 12)) : null;
    if (day && Number(day[1]) > a.value.parts.day! && Number(day[1]) <= 31) {
      const end = a.end + day[0].length;
      const rangeEnd: DateParts = { day: Number(day[1]) };
      out.push({ ...a, start, end, text: text.slice(start, end), value: { ...a.value, rangeEnd }, rule: 'date/range' });
      continue;
    }
    out.push(a);
  }
  return [...others, ...out].sort(byStartThenLongest) as AnyMention[];
};
