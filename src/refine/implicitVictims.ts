/**
 * Tolls a text gives without a figure: one named or described person killed or wounded.
 *   "a man was shot dead" → 1 killed        "gunmen killed a police officer" → 1 killed
 *   "Pascal Nshimirimana was killed" → 1    "a child was injured" → 1 wounded
 * The count is flagged `implicit`, with the noun (or "person") as its unit; victims listed one by one
 * are one count ("a man and his son were killed" → 2 people).
 * Watch out for: plural nouns ("men were killed": no count stated), a figure already there
 * ("one person"), people who killed rather than were killed ("the man killed two"): only the
 * passive, or the noun after an active verb, is taken. Runs after resolveEntities (it reads the
 * people found) and categorizeNumbers (explicit figures are final).
 */
import { GROUP_SIZES, HARMED_PARTICIPLES, PASSIVE_AUXILIARIES, PERSON_NOUNS, TOLL_JOINERS, type Category } from '../data/categories.js';
import { SPEECH_VERBS } from '../data/titles.js';
import { DASHES, MARK, PHRASE_END, endsWith } from '../doc/marks.js';
import { categoryAt } from '../extract/number/categoryWords.js';
import type { Mention, Refiner, Token } from '../model/types.js';
import { isTitleWord } from '../extract/names.js';
import { byStartThenLongest, overlapsAny, spanIndex } from '../util/spans.js';
import { isCapitalized, isSentenceInitial, tokenAtOrAfter } from '../util/tokens.js';

const PERSON = new Set(PERSON_NOUNS);
const NOBODY = new Set(['nobody', 'noone', 'none', 'anybody', 'anyone', 'everybody', 'everyone', 'somebody', 'someone']);
const DETERMINERS = new Set(['a', 'an', 'the', 'another', 'his', 'her', 'their', 'its', 'our', 'my']);
const REMAINS = new Set(['body', 'bodies', 'corpse', 'remains']);
const PERSON_EXTRA = new Set(['body', 'corpse']);
const AUXILIARIES = new Set(PASSIVE_AUXILIARIES);
const HARM = new Set<Category>(['killed', 'wounded']);
/** Verbs of report after which a headline clause opens: "Ukraine says soldier killed". */
const SAYS = new Set([...SPEECH_VERBS, 'say']);
/** Participles that make a headline toll of a bare noun: "Soldier killed", "Civilian dead". */
const HEADLINE_HARM = new Set(HARMED_PARTICIPLES);

const harmAt = (tokens: readonly Token[], i: number): { category: Category; length: number } | null => {
  // Inside a name: "Die Welt"
  if (tokens[i] && isCapitalized(tokens[i]!) && (!isSentenceInitial(tokens, i) || (tokens[i + 1] && isCapitalized(tokens[i + 1]!)))) return null;
  // What did not happen: "efforts to eliminate", "could kill", "capturing or killing him"
  if (/^(?:to|would|could|will|may|might|should|can|or)$/.test(tokens[i - 1]?.normal ?? '')) return null;
  const hit = categoryAt(tokens, i);
  return hit && HARM.has(hit.category) && !/^(?:death|deaths|toll|bodies|corpses|fatal|life|dead)$/.test(tokens[i]!.normal) ? hit : null;
};
/** Only what happened: "died", not "if he dies". */
const dead = (tokens: readonly Token[], i: number): boolean => ['dead', 'died', 'succumbed', 'perished'].includes(tokens[i]?.normal ?? '');
/**
 * One person: a noun of our list, "his body"/"the corpse" (a body found is a death), or a noun
 * compromise's lexicon knows as a person ("#Actor": "shepherd", "lawyer").
 */
const isSingularPerson = (t: Token): boolean =>
  (PERSON.has(t.normal) || PERSON_EXTRA.has(t.normal) || GROUP_SIZES[t.normal] !== undefined || (t.tags.has('Actor') && t.tags.has('Singular') && !t.tags.has('Unit') && !t.tags.has('Hyphenated'))) && !t.tags.has('Plural') && !t.tags.has('Pronoun') && !NOBODY.has(t.normal);

/** The first of up to `max` modifiers (adjectives, nouns, nationalities) before token j, in its clause. */
function modifiersStart(tokens: readonly Token[], j: number, max: number, stop: (t: Token, i: number) => boolean = () => false): number {
  let i = j;
  while (i > 0 && j - i < max && tokens[i - 1]!.sentence === tokens[j]!.sentence && !endsWith(tokens[i - 1]!, PHRASE_END | DASHES) && !stop(tokens[i - 1]!, i - 1) &&
    (tokens[i - 1]!.tags.has('Adjective') || tokens[i - 1]!.tags.has('Noun') || tokens[i - 1]!.tags.has('Demonym'))) i--;
  return i;
}

/** The noun phrase ending at a person noun at index j: "a Ukrainian soldier", "the village chief". */
function phraseStart(tokens: readonly Token[], j: number): number | null {
  let i = j;
  for (let k = 0; k < 5 && i > 0; k++) {
    const prev = tokens[i - 1]!;
    if (prev.sentence !== tokens[j]!.sentence || endsWith(prev, PHRASE_END)) break;
    if (DETERMINERS.has(prev.normal)) return i - 1;
    if (prev.tags.has('Adjective') || prev.tags.has('Noun') || prev.tags.has('Demonym') || prev.tags.has('Value') || /-/.test(prev.text)) { i--; continue; }
    break;
  }
  return DETERMINERS.has(tokens[i]?.normal ?? '') ? i : null;
}

/** What the passes below share: the article's tokens and text, the figures already there, the counts added. */
interface Scene {
  tokens: readonly Token[];
  text: string;
  /** Figures other than ages: a phrase overlapping one is counted already. */
  numbers: Mention<'number'>[];
  numberIndex: ReturnType<typeof spanIndex>;
  allNumbers: ReturnType<typeof spanIndex>;
  added: Mention<'number'>[];
}

function add(scene: Scene, start: number, end: number, unit: string, category: Category, value = 1): void {
  const span = { start, end };
  if (scene.numberIndex.overlaps(span) || overlapsAny(span, scene.added)) return;
  scene.added.push({ kind: 'number', start, end, text: scene.text.slice(start, end), value: { value, unit, measure: 'count', category, implicit: true }, rule: 'number/implicit-one' });
}

/** The harm word after a subject ending at token j: "was shot dead", "died", "was fatally wounded". */
function passiveAfter(tokens: readonly Token[], j: number, plural = false): Category | null {
  let i = j + 1;
  // "he later died", "she eventually succumbed"
  if (tokens[i]?.tags.has('Adverb') && dead(tokens, i + 1)) i++;
  if (dead(tokens, i) && tokens[i]!.normal !== 'dead') return 'killed';
  let aux = 0;
  while (tokens[i] && (AUXILIARIES.has(tokens[i]!.normal) || (plural && tokens[i]!.normal === 'were')) && aux < 3) { i++; aux++; }
  if (aux === 0 || !tokens[i] || tokens[i]!.sentence !== tokens[j]!.sentence) return null;
  if (tokens[i]!.normal === 'found' && dead(tokens, i + 1)) return 'killed';
  return participleChain(tokens, i);
}

/**
 * The gravest harm in a chain of participles from token i: "abducted and killed", "tortured and
 * murdered", "was shot and later died": killed over wounded over the rest.
 */
function participleChain(tokens: readonly Token[], i: number): Category | null {
  let best = harmAt(tokens, i)?.category ?? null;
  for (let k = i; k < tokens.length && k - i < 6 && tokens[k]!.sentence === tokens[i]!.sentence && !endsWith(tokens[k]!, PHRASE_END); k++) {
    if (tokens[k + 1]?.normal !== 'and') continue;
    let v = k + 2;
    if (['later', 'then', 'subsequently', 'eventually'].includes(tokens[v]?.normal ?? '') || tokens[v]?.tags.has('Adverb')) v++;
    const next = harmAt(tokens, v)?.category ?? (dead(tokens, v) ? 'killed' : null);
    if (next === 'killed' || (next === 'wounded' && best !== 'killed')) best = next;
    if (!tokens[v]?.tags.has('Verb') && !next) break;
  }
  return best;
}

/** The harm a subject ending at token j suffers, directly or past an aside ("a man, aged 45, was shot dead"). */
function harmAfterSubject(tokens: readonly Token[], j: number): Category | null {
  // "the head of the village council was killed": step over the "of" phrase.
  if (tokens[j + 1]?.normal === 'of' && !endsWith(tokens[j]!, PHRASE_END)) {
    for (let k = j + 2; k < tokens.length && k - j <= 6 && tokens[k]!.sentence === tokens[j]!.sentence; k++) {
      if (AUXILIARIES.has(tokens[k + 1]?.normal ?? '')) return passiveAfter(tokens, k);
      if (endsWith(tokens[k]!, PHRASE_END) || tokens[k]!.tags.has('Verb')) break;
    }
  }
  if (!endsWith(tokens[j]!, PHRASE_END)) return passiveAfter(tokens, j);
  if (!/^,\s*$/.test(tokens[j]!.post)) return null;
  let k = j + 1;
  while (k < tokens.length && k - j < 8 && !endsWith(tokens[k]!, PHRASE_END)) k++;
  return k - j < 8 && tokens[k] && endsWith(tokens[k]!, MARK.comma) ? passiveAfter(tokens, k) : null;
}

/** An active harm verb just before token i: "gunmen killed Ahmed Ali", "shot dead the village chief". */
function harmBefore(tokens: readonly Token[], i: number): Category | null {
  for (let back = 1; back <= 2 && i - back >= 0; back++) {
    const hit = harmAt(tokens, i - back);
    if (hit && i - back + hit.length === i && tokens[i - back]!.sentence === tokens[i]!.sentence && !endsWith(tokens[i - 1]!, PHRASE_END)) return hit.category;
  }
  return null;
}

/** A participle of harm right after token j with no object after it: "killed in", "dead after" (not "killed two"). */
function participleAfter(tokens: readonly Token[], j: number): Category | null {
  const verb = tokens[j + 1];
  if (!verb || endsWith(tokens[j]!, PHRASE_END) || !HEADLINE_HARM.has(verb.normal)) return null;
  const object = tokens[j + 2];
  if (object && object.sentence === verb.sentence && !endsWith(verb, PHRASE_END) && !object.tags.has('Date') &&
    (object.tags.has('Value') || object.tags.has('Determiner') || object.tags.has('Noun') || object.tags.has('Pronoun'))) return null;
  return harmAt(tokens, j + 1)?.category ?? (verb.normal === 'dead' ? 'killed' : null);
}

/**
 * Headline grammar, with no determiner: "Soldier killed in east Ukraine", "..., militiaman killed".
 * The phrase opens its clause and a participle of harm follows it with no object after it
 * ("Soldier killed two" is someone killing).
 */
function headlineSubject(tokens: readonly Token[], j: number): { start: number; category: Category } | null {
  const i = modifiersStart(tokens, j, 3);
  const opens = i === 0 || tokens[i - 1]!.sentence !== tokens[j]!.sentence || /[,;:–—-]\s*$/.test(tokens[i - 1]!.post) || SAYS.has(tokens[i - 1]!.normal);
  if (!opens || endsWith(tokens[j]!, PHRASE_END)) return null;
  // "Rebels say commander is killed"
  const passive = tokens[j + 1]?.normal === 'is' || tokens[j + 1]?.normal === 'was' ? passiveAfter(tokens, j) : null;
  if (passive) return { start: i, category: passive };
  const category = participleAfter(tokens, j);
  return category ? { start: i, category } : null;
}

/** A bare noun after an active verb of harm: "shelling kills LPR militiaman", "kills civilian". */
function bareObject(tokens: readonly Token[], j: number): { start: number; category: Category } | null {
  const i = modifiersStart(tokens, j, 2, (_t, k) => !!harmAt(tokens, k));
  const verb = tokens[i - 1];
  // compromise may read a headline's verb as a plural noun ("shelling kills ..."): not after a determiner.
  if (!verb || verb.sentence !== tokens[j]!.sentence || endsWith(verb, PHRASE_END | DASHES) || (!verb.tags.has('Verb') && !/s$/.test(verb.normal)) || tokens[i - 2]?.tags.has('Determiner')) return null;
  const hit = harmAt(tokens, i - 1);
  return hit && hit.length === 1 ? { start: i, category: hit.category } : null;
}

/** The figure a phrase at token `start` is joined to by "and" or a comma, when it counts harm. */
function coordinatedFigure(scene: Scene, start: number): Mention<'number'> | null {
  const before = scene.tokens[start]!.start;
  const joined = (n: Mention<'number'>): boolean => n.end <= before && TOLL_JOINERS.test(scene.text.slice(n.end, before));
  return scene.numbers.find(joined) ?? scene.added.find(joined) ?? null;
}

/** "died" or "dies" later in the clause of a victim at token j ("a man wounded in the shelling died"). */
function diesLater(tokens: readonly Token[], j: number): boolean {
  for (let i = j + 1; i < tokens.length && i - j < 15 && tokens[i]!.sentence === tokens[j]!.sentence; i++) {
    if (tokens[i]!.normal === 'dies' || (dead(tokens, i) && tokens[i]!.normal !== 'dead')) return true;
    if (endsWith(tokens[i]!, MARK.period | MARK.semicolon | MARK.colon)) break;
  }
  return false;
}

/*
 * The three passes below are separate functions rather than one: each is compiled (and, when a rare
 * branch is first taken, recompiled) by V8 on its own, a third of the work of recompiling all three.
 */

/** People named as victims: "Pascal Tresor Nshimirimana was killed", "gunmen killed Ahmed Ali". */
function namedVictims(scene: Scene, people: readonly Mention[]): void {
  const tokens = scene.tokens;
  for (const p of people) {
    const first = tokenAtOrAfter(tokens, p.start);
    const last = tokenAtOrAfter(tokens, p.end) - 1;
    // "If Putin dies": a condition, not an event.
    if (/^(?:if|unless|whether)$/.test(tokens[first - 1]?.normal ?? '')) continue;
    const category = last >= 0 ? harmAfterSubject(tokens, last) ?? harmBefore(tokens, first) ?? participleAfter(tokens, last) : null;
    if (category) add(scene, p.start, p.end, 'person', category);
  }
}

/**
 * A capitalized name nobody claimed, right after an active verb of harm ("gunmen killed Abdi") or
 * right before a passive one ("Abdi was shot dead"): not a place, an organization, a nationality or a date.
 */
function unclaimedNames(scene: Scene, mentions: readonly Mention[], people: readonly Mention[]): void {
  const tokens = scene.tokens;
  const claimed = spanIndex(mentions.filter((m) => m.kind !== 'number' && m.kind !== 'person'));
  const peopleIndex = spanIndex(people);
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (!isCapitalized(t) || !t.tags.has('ProperNoun') || isSentenceInitial(tokens, j)) continue;
    let end = j;
    while (end + 1 < tokens.length && end - j < 3 && isCapitalized(tokens[end + 1]!) && tokens[end + 1]!.tags.has('ProperNoun') && !endsWith(tokens[end]!, PHRASE_END)) end++;
    const span = { start: t.start, end: tokens[end]!.end };
    const run = tokens.slice(j, end + 1);
    const next = tokens[end + 1];
    const modifier = !!next && !endsWith(tokens[end]!, PHRASE_END) && next.tags.has('Noun') && !isCapitalized(next);
    const odd = run.some((r) => r.tags.has('Demonym') || r.tags.has('Date') || r.tags.has('Acronym') || /\./.test(r.text)) || run.every(isTitleWord);
    if (claimed.overlaps(span) || peopleIndex.overlaps(span) || modifier || odd) { j = end; continue; }
    const category = harmBefore(tokens, j) ?? harmAfterSubject(tokens, end);
    if (category) add(scene, span.start, span.end, 'person', category);
    j = end;
  }
}

/** Pronouns and person nouns: "gunmen killed him", "a man was shot dead", "kills civilian". */
function describedVictims(scene: Scene): void {
  const { tokens, text } = scene;
  for (let j = 0; j < tokens.length; j++) {
    // A pronoun for one victim: "gunmen killed him", "shot her dead", "he was beheaded", "his body was found".
    const pronoun = tokens[j]!.normal;
    if ((pronoun === 'him' || pronoun === 'her') && (tokens[j - 1]?.tags.has('PastTense') || tokens[j - 1]?.tags.has('Gerund'))) {
      const category = harmBefore(tokens, j) ?? (tokens[j + 1]?.normal === 'dead' && tokens[j - 1]?.tags.has('Verb') ? 'killed' : null);
      if (category) add(scene, tokens[j]!.start, tokens[j]!.end, 'person', category);
      continue;
    }
    if ((pronoun === 'he' || pronoun === 'she') && !endsWith(tokens[j]!, PHRASE_END)) {
      const category = passiveAfter(tokens, j);
      if (category) add(scene, tokens[j]!.start, tokens[j]!.end, 'person', category);
      continue;
    }
    if (!isSingularPerson(tokens[j]!)) continue;
    // Not the head of its phrase: "aid workers", "his elder brother".
    if (tokens[j + 1]?.tags.has('Noun') && !isCapitalized(tokens[j + 1]!) && /^[ \t]+$/.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))) continue;
    const determined = phraseStart(tokens, j);
    const headline = determined === null ? headlineSubject(tokens, j) ?? bareObject(tokens, j) : null;
    const start = determined ?? headline?.start ?? null;
    if (start === null) continue;
    const category = victimCategory(scene, j, start, headline?.category ?? null);
    if (!category) continue;
    // Keep figures apart: with an age inside ("a 27-year-old man"), the count is the noun alone.
    const inside = scene.allNumbers.containsAny({ start: tokens[start]!.start, end: tokens[j]!.start });
    add(scene, inside ? tokens[j]!.start : tokens[start]!.start, tokens[j]!.end, tokens[j]!.normal, category, GROUP_SIZES[tokens[j]!.normal] ?? 1);
  }
}

/** The harm a person noun at token j (its phrase opening at `start`) suffers, if the text says. */
function victimCategory(scene: Scene, j: number, start: number, headline: Category | null): Category | null {
  const tokens = scene.tokens;
  // A part of a toll: "two soldiers and a civilian were killed", "killed two soldiers and a civilian".
  const partner = coordinatedFigure(scene, start);
  // Passive: "a man was shot dead". Active: "gunmen shot dead the village chief", "killing a civilian".
  let category = headline ?? harmAfterSubject(tokens, j) ?? (partner && tokens[j + 1]?.normal === 'were' ? passiveAfter(tokens, j, true) : null);
  if (!category && partner?.value.category && HARM.has(partner.value.category)) category = partner.value.category;
  // The first of two: "a man and his wife were killed".
  if (!category && tokens[j + 1]?.normal === 'and' && !endsWith(tokens[j]!, PHRASE_END)) {
    const k = tokens.slice(j + 2, j + 6).findIndex((t) => isSingularPerson(t));
    if (k >= 0 && tokens[j + 3 + k]?.normal === 'were') category = passiveAfter(tokens, j + 2 + k, true);
  }
  // "shot a protester dead", "left a man dead"
  if (!category && tokens[j + 1]?.normal === 'dead' && start > 0 && tokens[start - 1]!.tags.has('Verb') && tokens[start - 1]!.tags.has('PastTense')) category = 'killed';
  // "there is a dead man", "found a dead woman"
  if (!category && tokens.slice(start, j).some((t) => t.normal === 'dead')) category = 'killed';
  // Wounded, then died: "a woman injured in the shelling of Makiivka dies".
  if (!category && /^(?:wounded|injured)$/.test(tokens[j + 1]?.normal ?? '') && diesLater(tokens, j + 1)) category = 'killed';
  if (category === 'wounded' && diesLater(tokens, j)) category = 'killed';
  // "his body was found", "the corpse was recovered"
  if (!category && PERSON_EXTRA.has(tokens[j]!.normal) && tokens[j + 1]?.normal === 'was' && /^(?:found|discovered|recovered|retrieved)$/.test(tokens[j + 2]?.normal ?? '')) category = 'killed';
  // "the body of a man was found"
  if (!category && start > 1 && tokens[start - 1]!.normal === 'of' && REMAINS.has(tokens[start - 2]!.normal)) category = 'killed';
  if (!category && start > 0) category = harmBefore(tokens, start);
  // "The dead included a woman", "the victims include a child"
  if (!category && /^includ(?:ed|es?)$/.test(tokens[start - 1]?.normal ?? '') && /^(?:dead|victims|killed)$/.test(tokens[start - 2]?.normal ?? '')) category = 'killed';
  return category;
}

export const implicitVictims: Refiner = (doc, mentions) => {
  // An age inside the phrase ("a 27-year-old man") does not make it counted already.
  const numbers = mentions.filter((m): m is Mention<'number'> => m.kind === 'number' && m.value.measure !== 'age');
  const scene: Scene = {
    tokens: doc.tokens,
    text: doc.text,
    numbers,
    numberIndex: spanIndex(numbers),
    allNumbers: spanIndex(mentions.filter((m) => m.kind === 'number')),
    added: [],
  };
  const people = mentions.filter((m) => m.kind === 'person');
  namedVictims(scene, people);
  unclaimedNames(scene, mentions, people);
  describedVictims(scene);
  if (!scene.added.length) return mentions;
  return [...mentions, ...joinVictims(scene.text, scene.added.sort(byStartThenLongest))].sort(byStartThenLongest);
};

/**
 * Victims named one by one under one verb are one count: "a man and his son were killed" → 2,
 * "killed a policeman, a teacher and a farmer" → 3. Only counts that are all implicit are joined;
 * a written figure stays as written.
 */
function joinVictims(text: string, found: Mention<'number'>[]): Mention<'number'>[] {
  const out: Mention<'number'>[] = [];
  /** "and" between two, or a comma in a list that goes on; a lone comma is apposition ("Abdi Hassan, a clan elder,"). */
  const joins = (a: Mention<'number'>, b: Mention<'number'>, next: Mention<'number'> | undefined): boolean => {
    const between = text.slice(a.end, b.start);
    if (b.start < a.end || a.value.category !== b.value.category || !TOLL_JOINERS.test(between)) return false;
    return /\S/.test(between.replace(/,/g, '')) || (!!next && joins(b, next, undefined));
  };
  found.forEach((m, i) => {
    const prev = out[out.length - 1];
    // "Abdi Hassan, a clan elder,": the same person twice.
    const apposition = !!prev && prev === found[i - 1] && prev.value.unit === 'person' && /^,\s*$/.test(text.slice(prev.end, m.start)) && /^an?\s/i.test(m.text);
    if (apposition) return;
    if (prev && joins(found[i - 1]!, m, found[i + 1])) {
      const value = (prev.value.value ?? 0) + (m.value.value ?? 0);
      out[out.length - 1] = { ...prev, end: m.end, text: text.slice(prev.start, m.end), value: { ...prev.value, value, unit: 'people' } };
    } else out.push(m);
  });
  return out;
}
