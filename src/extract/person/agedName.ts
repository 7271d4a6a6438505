/**
 * A name with an age: news gives a person's age before the name, or as an aside after it, and
 * nothing else takes an age.
 *   "46-year-old Ihor Chernysh was killed"    "the 27-year-old Ahmed Ali"    "24y.o. Bohdan Shatsky"
 *   "Wang, 45, was sentenced"    "Ivanov, 48, said"
 * Watch out for: an age before a noun phrase ("a 27-year-old Ukrainian soldier"): two capitalized
 * words at least, and none of them a common noun compromise knows (Ukrainian is a demonym).
 */
import type { Extractor, Mention } from '../../model/types.js';
import { isCapitalized, tokenAtOrAfter } from '../../util/tokens.js';
import { nameRunEnd, withoutPossessive } from '../names.js';

const AGE = /\b\d{1,3}(?:-year-old|\s*y\.?\s?o\.?)(?=\s)/gi;
/** ", 45," right after a word: an age given as an aside. */
const AGE_ASIDE = /(?<=\p{L})\s*,\s*[1-9]\d?\s*,/gu;

export const agedName: Extractor = (doc, ctx) => {
  const { tokens } = doc;
  const text = doc.text;
  const out: Mention<'person'>[] = [];
  for (const m of text.matchAll(AGE)) {
    const i = tokenAtOrAfter(tokens, m.index + m[0].length);
    const t = tokens[i];
    if (!t || !/^\s+$/.test(text.slice(m.index + m[0].length, t.start)) || !isCapitalized(t)) continue;
    const end = nameRunEnd(tokens, i, text, 4);
    if (end - i < 2) continue;
    const run = tokens.slice(i, end);
    if (run.some((r) => r.tags.has('Demonym') || (!r.tags.has('ProperNoun') && r.tags.has('Plural')))) continue;
    const span = withoutPossessive(text, { start: t.start, end: tokens[end - 1]!.end });
    const name = text.slice(span.start, span.end);
    out.push({ kind: 'person', ...span, text: name, value: { name }, rule: 'person/aged' });
  }
  // "Wang, 45, was sentenced": the age between commas, after the capitalized run that ends before it.
  for (const m of text.matchAll(AGE_ASIDE)) {
    const last = tokenAtOrAfter(tokens, m.index) - 1;
    let i = last;
    while (i > 0 && last - i < 3 && isCapitalized(tokens[i - 1]!) && /^[ \t]+$/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) i--;
    const t = tokens[i];
    if (!t || !isCapitalized(t) || !/\p{Ll}/u.test(t.text) || nameRunEnd(tokens, i, text, 4) !== last + 1) continue;
    const run = tokens.slice(i, last + 1);
    const name = text.slice(t.start, tokens[last]!.end);
    if (run.some((r) => r.tags.has('Date') || r.tags.has('Month') || r.tags.has('Demonym') || r.tags.has('Pronoun')) ||
      ctx.resources.gazetteer.lookup(name).some((p) => p.kind !== 'city' || p.population > 100_000)) continue;
    out.push({ kind: 'person', start: t.start, end: tokens[last]!.end, text: name, value: { name }, rule: 'person/aged' });
  }
  return out;
};
