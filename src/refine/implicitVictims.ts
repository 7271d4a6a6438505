/**
 * Tolls a text gives without a figure: one named or described person killed or wounded.
 *   "a man was shot dead" → 1 killed        "gunmen killed a police officer" → 1 killed
 *   "Pascal Nshimirimana was killed" → 1    "a child was injured" → 1 wounded
 * The count is flagged `implicit`, with the noun (or "person") as its unit.
 * Watch out for: plural nouns ("men were killed": no count stated), a figure already there
 * ("one person"), people who killed rather than were killed ("the man killed two"): only the
 * passive, or the noun after an active verb, is taken. Runs after resolveEntities (it reads the
 * people found) and categorizeNumbers (explicit figures are final).
 */
import { PERSON_NOUNS, type Category } from '../data/categories.js';
import { categoryAt } from '../extract/number/categoryWords.js';
import type { AnyMention, Mention, Refiner, Token } from '../model/types.js';
import { byStartThenLongest, overlapsAny } from '../util/spans.js';
import { tokenAtOrAfter } from '../util/tokens.js';

const PERSON = new Set(PERSON_NOUNS);
const DETERMINERS = new Set(['a', 'an', 'the', 'another', 'his', 'her', 'their', 'its', 'our', 'my']);
const REMAINS = new Set(['body', 'bodies', 'corpse', 'remains']);
const PERSON_EXTRA = new Set(['body', 'corpse']);
const AUXILIARIES = new Set(['was', 'is', 'has', 'had', 'been', 'got', 'reportedly', 'allegedly', 'later', 'also', 'fatally', 'seriously', 'critically', 'badly', 'being']);
const HARM = new Set<Category>(['killed', 'wounded']);

const harmAt = (tokens: readonly Token[], i: number): { category: Category; length: number } | null => {
  const hit = categoryAt(tokens, i);
  return hit && HARM.has(hit.category) && !/^(?:death|deaths|toll|bodies|corpses|fatal|life|dead)$/.test(tokens[i]!.normal) ? hit : null;
};
/** Only what happened: "died", not "if he dies". */
const dead = (tokens: readonly Token[], i: number): boolean => ['dead', 'died'].includes(tokens[i]?.normal ?? '');
/** One person: a person noun, or "his body"/"the corpse" (a body found is a death). */
const isSingularPerson = (t: Token): boolean => (PERSON.has(t.normal) || PERSON_EXTRA.has(t.normal)) && !t.tags.has('Plural');

/** The noun phrase ending at a person noun at index j: "a Ukrainian soldier", "the village chief". */
function phraseStart(tokens: readonly Token[], j: number): number | null {
  let i = j;
  for (let k = 0; k < 5 && i > 0; k++) {
    const prev = tokens[i - 1]!;
    if (prev.sentence !== tokens[j]!.sentence || /[,.;:]/.test(prev.post)) break;
    if (DETERMINERS.has(prev.normal)) return i - 1;
    if (prev.tags.has('Adjective') || prev.tags.has('Noun') || prev.tags.has('Demonym') || prev.tags.has('Value') || /-/.test(prev.text)) { i--; continue; }
    break;
  }
  return DETERMINERS.has(tokens[i]?.normal ?? '') ? i : null;
}

export const implicitVictims: Refiner = (article, mentions) => {
  const tokens = article.nlp.tokens;
  const text = article.text;
  // An age inside the phrase ("a 27-year-old man") does not make it counted already.
  const numbers = mentions.filter((m) => m.kind === 'number' && m.value.measure !== 'age');
  const added: Mention<'number'>[] = [];
  const add = (start: number, end: number, unit: string, category: Category): void => {
    const span = { start, end };
    if (overlapsAny(span, numbers) || overlapsAny(span, added)) return;
    added.push({ kind: 'number', start, end, text: text.slice(start, end), value: { value: 1, unit, measure: 'count', category, implicit: true }, rule: 'number/implicit-one' });
  };
  /** The harm word after a subject ending at token j: "was shot dead", "died", "was fatally wounded". */
  const passiveAfter = (j: number): Category | null => {
    let i = j + 1;
    if (dead(tokens, i) && tokens[i]!.normal !== 'dead') return 'killed';
    let aux = 0;
    while (tokens[i] && AUXILIARIES.has(tokens[i]!.normal) && aux < 3) { i++; aux++; }
    if (aux === 0 || !tokens[i] || tokens[i]!.sentence !== tokens[j]!.sentence) return null;
    if (tokens[i]!.normal === 'found' && dead(tokens, i + 1)) return 'killed';
    return harmAt(tokens, i)?.category ?? null;
  };
  /** The harm a subject ending at token j suffers, directly or past an aside ("a man, aged 45, was shot dead"). */
  const harmAfterSubject = (j: number): Category | null => {
    if (!/[,;:.]/.test(tokens[j]!.post)) return passiveAfter(j);
    if (!/^,\s*$/.test(tokens[j]!.post)) return null;
    let k = j + 1;
    while (k < tokens.length && k - j < 8 && !/,/.test(tokens[k]!.post) && !/[.;:]/.test(tokens[k]!.post)) k++;
    return k - j < 8 && /,/.test(tokens[k]?.post ?? '') ? passiveAfter(k) : null;
  };
  /** An active harm verb just before token i: "gunmen killed Ahmed Ali", "shot dead the village chief". */
  const harmBefore = (i: number): Category | null => {
    for (let back = 1; back <= 2 && i - back >= 0; back++) {
      const hit = harmAt(tokens, i - back);
      if (hit && i - back + hit.length === i && tokens[i - back]!.sentence === tokens[i]!.sentence && !/[,;:.]/.test(tokens[i - 1]!.post)) return hit.category;
    }
    return null;
  };
  // People named as victims: "Pascal Tresor Nshimirimana was killed", "gunmen killed Ahmed Ali".
  // A run of capitalized words right before "was killed" counts too, found as a person or not.
  const people = mentions.filter((m) => m.kind === 'person');
  for (const p of people) {
    const first = tokenAtOrAfter(tokens, p.start);
    const last = tokenAtOrAfter(tokens, p.end) - 1;
    const category = last >= 0 ? harmAfterSubject(last) ?? harmBefore(first) : null;
    if (category) add(p.start, p.end, 'person', category);
  }
  for (let j = 0; j < tokens.length; j++) {
    // A pronoun for one victim: "gunmen killed him", "shot her dead", "he was beheaded", "his body was found".
    const pronoun = tokens[j]!.normal;
    if ((pronoun === 'him' || pronoun === 'her') && tokens[j - 1]?.tags.has('PastTense')) {
      const category = harmBefore(j) ?? (tokens[j + 1]?.normal === 'dead' && tokens[j - 1]?.tags.has('Verb') ? 'killed' : null);
      if (category) add(tokens[j]!.start, tokens[j]!.end, 'person', category);
      continue;
    }
    if ((pronoun === 'he' || pronoun === 'she') && !/[,;:.]/.test(tokens[j]!.post)) {
      const category = passiveAfter(j);
      if (category) add(tokens[j]!.start, tokens[j]!.end, 'person', category);
      continue;
    }
    if (!isSingularPerson(tokens[j]!)) continue;
    const start = phraseStart(tokens, j);
    if (start === null) continue;
    // Passive: "a man was shot dead". Active: "gunmen shot dead the village chief", "killing a civilian".
    let category = harmAfterSubject(j);
    // "his body was found", "the corpse was recovered"
    if (!category && PERSON_EXTRA.has(tokens[j]!.normal) && tokens[j + 1]?.normal === 'was' && /^(?:found|discovered|recovered|retrieved)$/.test(tokens[j + 2]?.normal ?? '')) category = 'killed';
    // "the body of a man was found"
    if (!category && start > 1 && tokens[start - 1]!.normal === 'of' && REMAINS.has(tokens[start - 2]!.normal)) category = 'killed';
    if (!category && start > 0) category = harmBefore(start);
    if (!category) continue;
    // Keep figures apart: with an age inside ("a 27-year-old man"), the count is the noun alone.
    const inside = mentions.some((m) => m.kind === 'number' && m.start >= tokens[start]!.start && m.end <= tokens[j]!.start);
    add(inside ? tokens[j]!.start : tokens[start]!.start, tokens[j]!.end, tokens[j]!.normal, category);
  }
  return added.length ? [...mentions, ...added].sort(byStartThenLongest) : mentions;
};
