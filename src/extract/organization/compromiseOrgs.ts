/**
 * Organizations found by compromise's tagger, kept only when written as a name: every word
 * capitalized but inner connectors ("Ukrainian army" is a description, not a name).
 *   "Belarussian Foreign Ministry"   "European Council"
 * Watch out for: slashed credits ("Zelenskyy/Facebook": handled by the credit extractor),
 * possessives ("E.U.’s"), a leading "The", a nationality or a day at the end ("Why French", "Sunday").
 */
import { ORG_CONNECTORS } from '../../data/organizations.js';
import type { Extractor, Mention } from '../../model/types.js';
import { isCapitalized, tokensIn } from '../../util/tokens.js';
import { withoutPossessive } from '../names.js';

const CONNECTORS = new Set(ORG_CONNECTORS);

export const compromiseOrgs: Extractor = (doc) => {
  const out: Mention<'organization'>[] = [];
  for (const topic of doc.topics.organizations) {
    let toks = tokensIn(doc.tokens, topic);
    while (toks.length && (toks[0]!.normal === 'the' || !isCapitalized(toks[0]!))) toks = toks.slice(1);
    if (toks.length === 0 || toks.some((t) => /[/—–|]/.test(t.text) || (!isCapitalized(t) && !CONNECTORS.has(t.normal)))) continue;
    // A nationality at the end is a description after a headline's word ("Why French"), a day is a date ("Sunday").
    const last = toks[toks.length - 1]!;
    if (last.tags.has('Demonym') || last.tags.has('WeekDay') || last.tags.has('Month')) continue;
    const span = withoutPossessive(doc.text, { start: toks[0]!.start, end: toks[toks.length - 1]!.end });
    const name = doc.text.slice(span.start, span.end);
    out.push({ kind: 'organization', ...span, text: name, value: { name }, rule: 'organization/compromise' });
  }
  return out;
};
