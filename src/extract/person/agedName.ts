/**
 * A name right after an age: news gives a person's age before the name, and nothing else takes an age.
 *   "46-year-old Ihor Chernysh was killed"    "the 27-year-old Ahmed Ali"    "24y.o. Bohdan Shatsky"
 * Watch out for: an age before a noun phrase ("a 27-year-old Ukrainian soldier"): two capitalized
 * words at least, and none of them a common noun compromise knows (Ukrainian is a demonym).
 */
import type { Extractor, Mention } from '../../model/types.js';
import { isCapitalized, tokenAtOrAfter } from '../../util/tokens.js';
import { nameRunEnd, withoutPossessive } from '../names.js';

const AGE = /\b\d{1,3}(?:-year-old|\s*y\.?\s?o\.?)(?=\s)/gi;

export const agedName: Extractor = (article) => {
  const { tokens } = article.nlp;
  const text = article.text;
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
  return out;
};
