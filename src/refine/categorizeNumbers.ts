/**
 * What happened to what a figure counts, from the words around it (GDELT's KILL/WOUND/ARREST
 * counts, UCDP's fatalities): a noun that says it ("4,700 deaths", "14 wounded"), else a verb after the
 * figure in its clause ("13 people were killed", "14 others wounded"), else one before it ("killing
 * one person", "freed 648 Ukrainian soldiers"). Also the side ("Ukrainian soldiers" → UA) and whether
 * the noun counts civilians or combatants.
 * Runs after attachUnits (it reads the unit) and before nothing else that depends on it.
 */
import { CATEGORY_UNITS, CIVILIAN_NOUNS, COMBATANT_NOUNS, type Category } from '../data/categories.js';
import { categoryAt } from '../extract/number/categoryWords.js';
import { gazetteer } from '../geo/gazetteer.js';
import type { AnyMention, Mention, Refiner, Token } from '../model/types.js';
import { tokenAtOrAfter } from '../util/tokens.js';

const WINDOW = 7;
const CLAUSE_END = /[.;!?:\n]/;
/** Words that open an aside to step over: "29 people, including 10 foreigners, were killed". */
const ASIDE = new Set(['including', 'among', 'mostly', 'most', 'many', 'some', 'mainly', 'all', 'both']);

function after(tokens: readonly Token[], from: number, sentence: number, numbers: readonly Mention<'number'>[], self: Mention<'number'>): Category | null {
  for (let i = from, seen = 0; i < tokens.length && seen < WINDOW + 6; i++, seen++) {
    const t = tokens[i]!;
    if (t.sentence !== sentence) return null;
    if (ASIDE.has(t.normal) && /,/.test(tokens[i - 1]?.post ?? '')) {
      while (i < tokens.length && !/,/.test(tokens[i]!.post) && !CLAUSE_END.test(tokens[i]!.post)) i++;
      continue;
    }
    if (numbers.some((n) => n !== self && n.start <= t.start && t.start < n.end)) return null;
    // A new clause, or a phrase that names the agent or the source ("damaged by drones", "from captivity").
    if (['and', 'or', 'but', 'while', 'as', 'after', 'when', 'who', 'which', 'that', 'by', 'with', 'from'].includes(t.normal)) return null;
    // After the figure, the event is a verb or participle ("were killed", "14 others wounded", "left 3 dead"),
    // not a noun of the circumstances ("killed 144 people in the attack").
    const hit = t.tags.has('Verb') || t.tags.has('Adjective') || t.tags.has('Participle') || OUTCOME_WORDS.has(t.normal) ? categoryAt(tokens, i) : null;
    if (hit) return hit.category;
    if (CLAUSE_END.test(t.post) || (/,/.test(t.post) && !ASIDE.has(tokens[i + 1]?.normal ?? ''))) return null;
  }
  return null;
}

function before(tokens: readonly Token[], from: number, sentence: number, numbers: readonly Mention<'number'>[], self: Mention<'number'>): Category | null {
  for (let i = from, seen = 0; i >= 0 && seen < WINDOW; i--, seen++) {
    const t = tokens[i]!;
    if (t.sentence !== sentence || CLAUSE_END.test(t.post)) return null;
    if (numbers.some((n) => n !== self && n.start <= t.start && t.start < n.end)) return null;
    const hit = categoryAt(tokens, i);
    if (hit) return hit.category;
  }
  return null;
}

const COUNTS = new Set([undefined, 'count']);
/** Words of outcome that count after the figure whatever compromise tags them ("were among the dead"). */
const OUTCOME_WORDS = new Set(['dead', 'wounded', 'injured', 'missing', 'killed']);

export const categorizeNumbers: Refiner = (article, mentions) => {
  const tokens = article.nlp.tokens;
  const numbers = mentions.filter((m): m is Mention<'number'> => m.kind === 'number');
  const gaz = gazetteer();
  return mentions.map((m): AnyMention => {
    if (m.kind !== 'number' || !COUNTS.has(m.value.measure) || m.value.category) return m;
    const unit = m.value.unit?.toLowerCase() ?? null;
    const first = tokenAtOrAfter(tokens, m.start);
    const next = tokenAtOrAfter(tokens, m.end);
    const sentence = tokens[first]?.sentence ?? -1;
    const byUnit = unit ? CATEGORY_UNITS[unit] : undefined;
    // A noun of outcome or of weapons decides ("4,700 deaths", "two missiles"); "captives" may be freed.
    const outcomeNoun = byUnit && byUnit !== 'captured';
    const category = (outcomeNoun ? byUnit : null) ?? after(tokens, next, sentence, numbers, m) ?? before(tokens, first - 1, sentence, numbers, m) ?? byUnit ?? null;
    const value = { ...m.value };
    if (category) value.category = category;
    for (let i = first; i < next; i++) {
      const code = tokens[i]!.tags.has('Demonym') ? gaz.demonym(tokens[i]!.text.replace(/['’]s$/u, '')) : undefined;
      if (code) { value.side = code; break; }
    }
    if (unit && CIVILIAN_NOUNS.includes(unit)) value.party = 'civilians';
    else if (unit && COMBATANT_NOUNS.includes(unit)) value.party = 'combatants';
    return { ...m, value };
  });
};
