/**
 * Years written alone, which chrono leaves out: "in 2022", "since 2014", "from 2014 to 2016".
 *   "launched its offensive in 2022" → { year: 2022 }
 * Watch out for: counts that happen to look like years ("2014 people": a plural noun follows),
 * money ("$2020"), and years inside longer dates (removeOverlaps keeps the longer date).
 */
import type { Extractor, Mention } from '../../model/types.js';
import { matchAll } from '../../util/regex.js';

const YEAR = /(?<![\w$€£.,:/-])(?<year>1[89]\d\d|20\d\d)(?![\w%]|[.,]\d|-\w)/g;
/** A count noun after the figure makes it a number ("2014 people"), unless a date word sits between. */
const COUNTED_AFTER = /^\s+(?!(?:and|to|or|when|after|before|until|in|on|at|the|a|was|were|is|had|has|that|as|with|but|for)\b)[a-z]+s\b/;

export const bareYear: Extractor = (doc) =>
  matchAll(YEAR, doc.text)
    .filter((hit) => !COUNTED_AFTER.test(doc.text.slice(hit.end, hit.end + 30)))
    .map((hit): Mention<'date'> => ({
      kind: 'date', start: hit.start, end: hit.end, text: hit.text,
      value: { parts: { year: Number(hit.groups.year) } },
      rule: 'date/bare-year',
    }));
