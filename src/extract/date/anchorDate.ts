/**
 * Dates relative to the date the text has just given, not to the publication date.
 *   "On May 23 the talks began; the day before, ..." → May 22
 *   "the next day", "the following day", "the previous day", "three days later", "two weeks earlier"
 * refine/resolveDates resolves them from the nearest day-precision date before them; with none, null.
 * Watch out for: "the day before yesterday" (relative to the publication date: chronoDates).
 */
import { TENS, UNITS } from '../../data/numbers.js';
import type { Extractor, Mention } from '../../model/types.js';
import { alternation, matchAll } from '../../util/regex.js';
import { parseWords } from '../number/parseNumber.js';

const COUNT = alternation([...Object.keys(UNITS), ...Object.keys(TENS), 'a', 'an']);
const ANCHORED = new RegExp(
  String.raw`\b(?:(?<before>the\s+(?:day\s+before|previous\s+day|preceding\s+day|eve)\b)(?!\s+yesterday)|(?<after>the\s+(?:day\s+after|next\s+day|following\s+day)\b)(?!\s+tomorrow)|(?<count>\d{1,3}|${COUNT})\s+(?<unit>day|week)s?\s+(?:(?<dir>later|earlier)|(?<prep>before|after)(?!\s+(?:the|that|this|his|her|their|its|a|an)\b)))`,
  'gi',
);

export const anchorDate: Extractor = (doc) =>
  matchAll(ANCHORED, doc.text).flatMap((hit): Mention<'date'>[] => {
    const g = hit.groups;
    let days: number;
    if (g.before) days = -1;
    else if (g.after) days = 1;
    else {
      const c = g.count!.toLowerCase();
      const n = /^\d+$/.test(c) ? Number(c) : c === 'a' || c === 'an' ? 1 : parseWords(c);
      if (n === null) return [];
      days = n * (g.unit!.toLowerCase() === 'week' ? 7 : 1) * (/later|after/i.test(g.dir ?? g.prep!) ? 1 : -1);
    }
    return [{ kind: 'date', start: hit.start, end: hit.end, text: hit.text, value: { parts: {}, relative: 'anchor', offset: days }, rule: 'date/anchor' }];
  });
