/**
 * "X ago" with the count in digits or words, which chrono reads only for small counts.
 *   "sixteen months ago" → relative ago, 16 months     "3 weeks ago" → 3 weeks
 * Watch out for: "years ago" with no count (vague: not a date), "ago" far from its count.
 */
import { TENS, UNITS } from '../../data/numbers.js';
import type { Extractor, Mention } from '../../model/types.js';
import { alternation, matchAll } from '../../util/regex.js';
import { parseWords } from '../number/parseNumber.js';

const COUNT_WORD = alternation([...Object.keys(UNITS), ...Object.keys(TENS)]);
const AGO = new RegExp(String.raw`\b(?<count>\d{1,4}|an?|(?:${COUNT_WORD})(?:[ -](?:${COUNT_WORD}))?)\s+(?<unit>day|week|month|year)s?\s+ago\b`, 'gi');

export const agoDate: Extractor = (doc) =>
  matchAll(AGO, doc.text).flatMap((hit): Mention<'date'>[] => {
    const c = hit.groups.count!.toLowerCase();
    const n = /^\d+$/.test(c) ? Number(c) : c === 'a' || c === 'an' ? 1 : parseWords(c);
    if (n === null) return [];
    const agoUnit = hit.groups.unit!.toLowerCase() as 'day' | 'week' | 'month' | 'year';
    return [{ kind: 'date', start: hit.start, end: hit.end, text: hit.text, value: { parts: {}, relative: 'ago', offset: -n, agoUnit }, rule: 'date/ago' }];
  });
