/**
 * A name right after a role written in lower case, as newswriters do; the role phrase (with the words that
 * qualify it) becomes the person's role.
 *   "German chancellor Olaf Scholz"            → Olaf Scholz, role "German chancellor"
 *   "Tory spokesman Simon Burns"               → Simon Burns, role "Tory spokesman"
 *   "US State Department spokesperson Matthew Miller" → Matthew Miller, role "US State Department spokesperson"
 *   "Kurdish rebel leader Massoud Barzani"     → Massoud Barzani, role "Kurdish rebel leader"
 *   "Russia's deputy foreign minister Sergei Ryabkov" → role "Russia's deputy foreign minister"
 * Watch out for: a capitalized word that qualifies a noun after it, not a name ("the official Twitter
 * account", "leader Taliban fighters"): nothing but a verb, a preposition, a conjunction or punctuation may
 * follow the name. A title or honorific opening the name is left to titledName ("army chief Gen. X"); a
 * date, a pronoun or a nationality is no name ("the minister Monday").
 */
import { PRENOMINAL_ROLES } from '../../data/titles.js';
import { NAME_END, endsWith } from '../../doc/marks.js';
import type { Extractor, Mention, Token } from '../../model/types.js';
import { hasPossessive, isCapitalized, joinedBySpace } from '../../util/tokens.js';
import { isHonorific, isTitleWord, nameRunEnd, withoutPossessive } from '../names.js';

const ROLES = new Set(PRENOMINAL_ROLES.filter((r) => !r.includes(' ')));
const TWO_WORD_ROLES = new Set(PRENOMINAL_ROLES.filter((r) => r.includes(' ')));
const NOT_NAME_TAGS = ['Date', 'Month', 'WeekDay', 'Pronoun', 'Determiner', 'Demonym', 'Value', 'Preposition', 'Conjunction'];
/** Words that qualify a role before it: adjectives and nouns ("deputy foreign", "rebel"), never these. */
const NOT_QUALIFIER_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Verb', 'Pronoun', 'Adverb', 'Value', 'Date', 'QuestionWord'];
/** What may follow the name: punctuation, or a word that is not a lower-case noun qualified by the name. */
const ENDS_NOUN_PHRASE = ['Verb', 'Preposition', 'Conjunction', 'Adverb', 'Modal', 'Copula', 'Auxiliary', 'Determiner', 'Pronoun', 'QuestionWord'];

/** Where the lower-case role ending at token j starts (j, or earlier for "team mate" and "chief-of-staff"), or -1 if tokens[j] ends none. */
function roleAt(tokens: readonly Token[], j: number, text: string): number {
  const t = tokens[j]!;
  if (isCapitalized(t)) return -1;
  const prev = tokens[j - 1];
  if (prev && !isCapitalized(prev) && joinedBySpace(prev, t, text) && TWO_WORD_ROLES.has(`${prev.normal} ${t.normal}`)) return j - 1;
  // A compound whose part is a role ("chief-of-staff", "ex-president", "co-founder"): compromise gives each part a token.
  let first = j;
  while (first > 0 && j - first < 4 && tokens[first]!.start - tokens[first - 1]!.end === 1 && text[tokens[first]!.start - 1] === '-') first--;
  if (first < j) return tokens.slice(first, j + 1).some((part) => ROLES.has(part.normal)) && !isCapitalized(tokens[first]!) ? first : -1;
  return ROLES.has(t.normal) && !t.tags.has('Verb') ? j : -1;
}

/** Where the role phrase starts: qualifiers before the role noun, up to four, a possessive ("Russia's") closing them. */
function qualifiersStart(tokens: readonly Token[], s: number, text: string): number {
  let k = s;
  while (k > 0 && s - k < 4) {
    const q = tokens[k - 1]!;
    if (q.sentence !== tokens[s]!.sentence || !joinedBySpace(q, tokens[k]!, text) || endsWith(q, NAME_END) || /['’]/.test(q.pre)) break;
    if (NOT_QUALIFIER_TAGS.some((tag) => q.tags.has(tag)) && !isCapitalized(q)) break;
    if (isCapitalized(q) && (q.tags.has('Determiner') || q.tags.has('Preposition') || q.tags.has('Conjunction') || q.tags.has('Pronoun') || q.tags.has('Verb') && !q.tags.has('ProperNoun'))) break;
    k--;
    if (hasPossessive(q.text)) break;
  }
  return k;
}

/** The lower-case role phrase that ends right before token i ("Former NatWest chief executive" before "Mr Wanless"), or null. */
export function roleBefore(tokens: readonly Token[], i: number, text: string): string | null {
  const j = i - 1;
  const prev = tokens[j];
  if (!prev || prev.sentence !== tokens[i]!.sentence || !joinedBySpace(prev, tokens[i]!, text)) return null;
  const roleFrom = roleAt(tokens, j, text);
  return roleFrom < 0 ? null : text.slice(tokens[qualifiersStart(tokens, roleFrom, text)]!.start, prev.end);
}

export const roledName: Extractor = (doc) => {
  const { tokens } = doc;
  const text = doc.text;
  const out: Mention<'person'>[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isCapitalized(t) || !/\p{Ll}/u.test(t.text) || isTitleWord(t) || isHonorific(t) || NOT_NAME_TAGS.some((tag) => t.tags.has(tag))) continue;
    const role = roleBefore(tokens, i, text);
    if (!role) continue;
    const end = nameRunEnd(tokens, i, text, 4);
    if (end === i) continue;
    const last = tokens[end - 1]!;
    const next = tokens[end];
    const qualifiesNext = next && !endsWith(last, NAME_END) && !hasPossessive(last.text) && joinedBySpace(last, next, text) && /^\p{Ll}/u.test(next.text) &&
      !ENDS_NOUN_PHRASE.some((tag) => next.tags.has(tag));
    if (qualifiesNext) { i = end - 1; continue; }
    const span = withoutPossessive(text, { start: t.start, end: last.end });
    const name = text.slice(span.start, span.end);
    out.push({ kind: 'person', ...span, text: name, value: { name, role }, rule: 'person/role' });
    i = end - 1;
  }
  return out;
};
