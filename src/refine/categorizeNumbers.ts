/**
 * What happened to what a figure counts, from the words around it (GDELT's KILL/WOUND/ARREST
 * counts, UCDP's fatalities): a noun that says it ("4,700 deaths", "14 wounded"), else a verb after the
 * figure in its clause ("13 people were killed", "14 others wounded"), else one before it ("killing
 * one person", "freed 648 Ukrainian soldiers"). Also the side ("Ukrainian soldiers" → UA) and whether
 * the noun counts civilians or combatants.
 * Runs after attachUnits (it reads the unit) and before nothing else that depends on it.
 */
import { CATEGORY_UNITS, CIVILIAN_NOUNS, COMBATANT_NOUNS, PASSIVE_AUXILIARIES, type Category } from '../data/categories.js';
import { CLAUSE_END, MARK, PHRASE_END, STOP, endsWith } from '../doc/marks.js';
import { categoryAt } from '../extract/number/categoryWords.js';
import type { AnyMention, Mention, Refiner, Token } from '../model/types.js';
import { possessiveFree, tokenAtOrAfter } from '../util/tokens.js';
import { isCount, isFamilySize } from './numbers.js';

const WINDOW = 7;
/** Words that open an aside to step over: "29 people, including 10 foreigners, were killed". */
const ASIDE = new Set(['including', 'among', 'mostly', 'most', 'many', 'some', 'mainly', 'all', 'both']);

function after(tokens: readonly Token[], from: number, sentence: number, numbers: readonly Mention<'number'>[], self: Mention<'number'>): Category | null {
  for (let i = from, seen = 0; i < tokens.length && seen < WINDOW + 6; i++, seen++) {
    const t = tokens[i]!;
    if (t.sentence !== sentence) return null;
    if (ASIDE.has(t.normal) && i > 0 && endsWith(tokens[i - 1]!, MARK.comma)) {
      while (i < tokens.length && !endsWith(tokens[i]!, MARK.comma | CLAUSE_END)) i++;
      continue;
    }
    if (numbers.some((n) => n !== self && n.start <= t.start && t.start < n.end)) return null;
    // Nouns joined in the counted phrase: "19 civilians and troops killed".
    if ((t.normal === 'and' || t.normal === 'or') && i === from && (tokens[i + 1]?.tags.has('Plural') || /s$/.test(tokens[i + 1]?.normal ?? '')) && !!tokens[i + 1]?.tags.has('Noun') && !tokens[i + 1]!.tags.has('Value') && !endsWith(t, PHRASE_END)) { i++; continue; }
    // A new clause, or a phrase that names the agent or the source ("damaged by drones", "from captivity").
    if (['and', 'or', 'but', 'while', 'as', 'after', 'when', 'who', 'which', 'that', 'by', 'with', 'from'].includes(t.normal)) return null;
    // After the figure, the event is a verb or participle ("were killed", "14 others wounded", "left 3 dead"),
    // not a noun of the circumstances ("killed 144 people in the attack").
    const hit = t.tags.has('Verb') || t.tags.has('Adjective') || t.tags.has('Participle') || OUTCOME_WORDS.has(t.normal) ? categoryAt(tokens, i) : null;
    // The figure is who did it when the verb is active and has an object: "20 gunmen killed 3 villagers".
    if (hit && DONE_TO.has(hit.category) && isAgent(tokens, i, hit.length)) return null;
    if (hit) return hit.category;
    if (endsWith(t, CLAUSE_END) || (endsWith(t, MARK.comma) && !ASIDE.has(tokens[i + 1]?.normal ?? ''))) return null;
  }
  return null;
}

/** Outcomes done to someone, whose doer may be the figure before the verb. */
const DONE_TO = new Set<Category>(['killed', 'wounded', 'captured', 'released', 'casualties']);
/** Verbs of harm with no object: their subject is the victim. */
const INTRANSITIVE = /^(?:die|died|dies|dying|dead|perish|succumb|drown)/;
const AUXILIARY = new Set([...PASSIVE_AUXILIARIES, 'were', 'are', 'be', 'get', 'gets', 'have']);
/** An active verb at token i (not after an auxiliary) followed by its object: a number, a determiner, a noun or a pronoun. */
function isAgent(tokens: readonly Token[], i: number, length: number): boolean {
  if (AUXILIARY.has(tokens[i - 1]?.normal ?? '') || !tokens[i]!.tags.has('Verb') || INTRANSITIVE.test(tokens[i]!.normal)) return false;
  const last = tokens[i + length - 1]!;
  const object = tokens[i + length];
  if (!object || object.sentence !== last.sentence || /[,;:.–—-]/.test(last.post + object.pre) || object.tags.has('Date') || object.tags.has('Preposition')) return false;
  return object.tags.has('Value') || object.tags.has('Determiner') || object.tags.has('Noun') || object.tags.has('Pronoun');
}

function before(tokens: readonly Token[], from: number, sentence: number, numbers: readonly Mention<'number'>[], self: Mention<'number'>): Category | null {
  for (let i = from, seen = 0; i >= 0 && seen < WINDOW; i--, seen++) {
    const t = tokens[i]!;
    if (t.sentence !== sentence || endsWith(t, CLAUSE_END)) return null;
    if (numbers.some((n) => n !== self && n.start <= t.start && t.start < n.end)) return null;
    const hit = categoryAt(tokens, i);
    if (hit) return hit.category;
    // A phrase of place or circumstance between the verb and the figure: "killed a man in front of his 3 children".
    if (t.tags.has('Preposition') && !(t.normal === 'of' && i === from)) return null;
  }
  return null;
}

/**
 * A toll that rises to or stands at the figure: "Death toll in Gorlovka rises to 3", "the number of
 * people killed rose to seven", "the number of wounded stands at 11", "the number of captives ... is
 * estimated to be 8,000". The subject of the verb, from the start of the clause, says what is
 * counted: its first word of outcome decides.
 */
function tollRise(tokens: readonly Token[], first: number): Category | null {
  const prep = tokens[first - 1];
  const verb = tokens[first - 2];
  if (!prep || !verb) return null;
  const rises = ['to', 'at'].includes(prep.normal) && RISE.test(verb.normal);
  // "the number of captives held by Moscow is estimated to be between 8,000 and 10,000"
  const is = COPULA.has(prep.normal);
  if (!rises && !is) return null;
  const end = rises ? first - 2 : first - 1;
  let start = end;
  while (start > 0 && first - start < 16 && tokens[start - 1]!.sentence === prep.sentence && !endsWith(tokens[start - 1]!, MARK.comma | CLAUSE_END)) start--;
  if (is && !tokens.slice(start, end).some((t) => TALLY.has(t.normal))) return null;
  for (let i = start; i < end; i++) {
    const category = categoryAt(tokens, i)?.category ?? CATEGORY_UNITS[tokens[i]!.normal];
    if (category) return category === 'attack' ? null : category;
  }
  return null;
}
const COPULA = new Set(['be', 'is', 'are', 'was', 'were', 'totals', 'totaled', 'totalled', 'numbered', 'reached', 'included', 'include', 'includes']);
/** Nouns that make a clause's subject a tally: "the number of ...", "the toll", "the victims included". */
const TALLY = new Set(['number', 'toll', 'total', 'count', 'tally', 'figure', 'dead', 'victims', 'casualties', 'fatalities', 'wounded', 'injured']);
const RISE = /^(?:ris|rose|climb|jump|reach|stand|stood|increas|mount|grow|grew|hit|went|go|goes|soar|swell|surg|pass|top)/;

/** Words of outcome that count after the figure whatever compromise tags them ("were among the dead"). */
const OUTCOME_WORDS = new Set(['dead', 'wounded', 'injured', 'missing', 'killed']);

export const categorizeNumbers: Refiner = (doc, mentions, ctx) => {
  const tokens = doc.tokens;
  const numbers = mentions.filter((m): m is Mention<'number'> => m.kind === 'number');
  const gaz = ctx.resources.gazetteer;
  return mentions.map((m): AnyMention => {
    if (m.kind !== 'number' || !isCount(m) || m.value.category) return m;
    const first = tokenAtOrAfter(tokens, m.start);
    if (isFamilySize(tokens, first)) return m;
    const unit = m.value.unit?.toLowerCase() ?? null;
    const next = tokenAtOrAfter(tokens, m.end);
    const sentence = tokens[first]?.sentence ?? -1;
    const byUnit = unit ? CATEGORY_UNITS[unit] : undefined;
    // A noun of outcome or of weapons decides ("4,700 deaths", "two missiles"); "captives" may be freed.
    const outcomeNoun = byUnit && byUnit !== 'captured';
    // A figure that ends its clause ("rises to 3, injured to 11") takes nothing from after the comma.
    const last = tokens[next - 1];
    // A participle just after the comma is still its own ("19 civilians, killed in"), unless a figure of its own follows.
    const ownParticiple = (): boolean => !!tokens[next] && !!categoryAt(tokens, next) &&
      !numbers.some((n) => n !== m && n.start > tokens[next]!.start && n.start <= (tokens[next + 2] ?? tokens[next]!).start);
    const closed = !!last && (endsWith(last, STOP) || (endsWith(last, MARK.comma) && !ASIDE.has(tokens[next]?.normal ?? '') && !ownParticiple()));
    const category = (outcomeNoun ? byUnit : null) ?? tollRise(tokens, first) ?? (closed ? null : after(tokens, next, sentence, numbers, m)) ??
      before(tokens, first - 1, sentence, numbers, m) ?? byUnit ?? null;
    const value = { ...m.value };
    if (category) value.category = category;
    for (let i = first; i < next; i++) {
      const code = tokens[i]!.tags.has('Demonym') ? gaz.demonym(possessiveFree(tokens[i]!.text)) : undefined;
      if (code) { value.side = code; break; }
    }
    if (unit && CIVILIAN_NOUNS.includes(unit)) value.party = 'civilians';
    else if (unit && COMBATANT_NOUNS.includes(unit)) value.party = 'combatants';
    return { ...m, value };
  });
};
