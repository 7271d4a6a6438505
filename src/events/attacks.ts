/**
 * Attacks found from their trigger, in their clause, with who did it and to whom (ACLED's actor1 and actor2):
 *
 *   "Russian missiles struck Kharkiv's TV tower"          → trigger "struck"; actor Russia (the weapon's owner)
 *   "the village was shelled by separatist rebels"          → actor "separatist rebels" (the passive agent)
 *   "Russia launched two missiles at the region's port"     → actor Russia (the subject)
 *   "Ukraine says 14 missiles were fired at the Kyiv region" → no actor in the clause (Ukraine only reports it);
 *                                                              target Ukraine (the state of the place hit)
 *   "Russia claimed it had captured the village"            → actor Russia (the speaker, through "it")
 *   "a missile and drone attack from Iran"                  → actor Iran (the origin)
 *
 * A trigger under a modal, a condition, a denial, a threat, a plan or a purpose tells no event ("could
 * strike", "if Russia attacks", "to retake"), nor does one in a question. Pure: the Doc, its parties and
 * places in, triggers and roles out.
 */
import {
  ATTACK_TRIGGERS, CIVILIAN_TARGET_WORDS, FORCE_NOUNS, IRREALIS_CUES, NEGATION_CUES, WEAK_ATTACK_TRIGGERS, WEAPON_NOUNS,
} from '../data/events.js';
import type { Doc, Party, Span, TextSpan } from '../model/types.js';
import { lexiconRegex } from '../util/regex.js';

/** A party named in a sentence, with where. */
export type NamedParty = Party & { evidence: TextSpan };

const TRIGGER = lexiconRegex(ATTACK_TRIGGERS, 'gi');
const WEAK = new Set(WEAK_ATTACK_TRIGGERS);
const STRONG_CONTEXT = lexiconRegex([...ATTACK_TRIGGERS.filter((w) => !WEAK.has(w)), ...WEAPON_NOUNS, 'artillery', 'air defen*', 'frontline', 'front line', 'forces', 'troops', 'raged', 'fierce', 'heavy']);
const IRREALIS = lexiconRegex(IRREALIS_CUES);
/** How near a negation must stand before its trigger to deny it, in characters. */
const NEGATION_REACH = 40;
const NEGATION = lexiconRegex(NEGATION_CUES);
/** Ground taken: "captured the village of Rakivka", "seized the town", "took control of". */
const GROUND_TAKEN = /\b(?:[Cc]aptured|[Ss]eized|[Tt]ook\s+control\s+of|[Tt]aken\s+control\s+of|[Rr]etook|[Rr]ecaptured|[Oo]verran)\s+(?:the\s+)?(?:(?:[\p{L}-]+\s+){0,2}(?:village|town|city|settlement|hamlet|districts?|positions?|airport|base)s?\b|\p{Lu})/gu;
/** A verb of saying closing a clause: its subject reports the event. */
const FORCE = lexiconRegex(FORCE_NOUNS);
const CIVILIAN_TARGET = lexiconRegex(CIVILIAN_TARGET_WORDS);
/** Between a party and the weapon or strike it owns: "Russian missiles", "Russia's drones", "a Russian air strike". */
const OWNER_GAP = /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/** A word of attack where the text has it, before its clause is read. */
export type TriggerWord = TextSpan;

/** The words of attack in `within` of a text (the whole article, once, by default), in order. */
export function triggerWords(text: string, within: Span = { start: 0, end: text.length }): TriggerWord[] {
  const s = text.slice(within.start, within.end);
  return [...s.matchAll(TRIGGER), ...s.matchAll(GROUND_TAKEN)].sort((a, b) => a.index - b.index)
    .map((m) => ({ start: within.start + m.index, end: within.start + m.index + m[0].length, text: m[0] }));
}

/** A trigger of attack: its words and its clause. */
export interface Trigger extends Span {
  word: string;
  clause: Span;
}

/**
 * The triggers of attack in a sentence, each with its clause (`clauseOf`), leaving out those whose clause
 * makes them no event. Weak triggers ("hit", "launched") count only with another word of war in the clause.
 */
export function attackTriggers(doc: Doc, sentence: Span, clauseOf: (at: Span) => Span, words: readonly TriggerWord[] = triggerWords(doc.text, sentence)): Trigger[] {
  const { text } = doc;
  const s = text.slice(sentence.start, sentence.end);
  const out: Trigger[] = [];
  const found = words.filter((w) => w.start >= sentence.start && w.end <= sentence.end);
  // A title in capitals, or a heading of wiki markup ("==The attack==").
  if (!found.length || inCapitals(s) || /^\s*=+[^=]+=+\s*$/.test(s)) return out;
  // A headline in title case ("Court Convicts Friend of Boston Bombing Suspect") capitalizes its words of attack too.
  let titleCaseMemo: boolean | undefined;
  const titleCase = (): boolean => {
    if (titleCaseMemo === undefined) {
      const words = s.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
      titleCaseMemo = words.length > 0 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6;
    }
    return titleCaseMemo;
  };
  for (const m of found) {
    const at = { start: m.start, end: m.end };
    if (out.some((t) => t.start <= at.start && at.start < t.end)) continue;
    // "air-launched", "anti-strike": part of a compound word.
    if (text[at.start - 1] === '-') continue;
    const clause = clauseOf(at);
    const word = m.text.toLowerCase();
    if (WEAK.has(word) && !STRONG_CONTEXT.test(text.slice(clause.start, clause.end))) continue;
    if (irrealis(doc, sentence, clause, at) || otherSense(text, clause, at)) continue;
    // "Joint Strike Missile", "Operation Rapid Strike": a word of a name, capitalized inside the sentence.
    if (/^\p{Lu}\p{Ll}/u.test(m.text) && !titleCase() && at.start > sentence.start && !/[.!?:"“]\s*$/.test(text.slice(sentence.start, at.start)) && !GROUND_TAKEN_START.test(m.text)) continue;
    out.push({ ...at, word, clause });
  }
  return out;
}

/**
 * A trigger that tells no event: a cue of irrealis in its clause before it ("could strike", "any attack",
 * "plans to attack"), a verb trigger after "to" ("to retake"), or a sentence that asks.
 */
export function irrealis(doc: Doc, sentence: Span, clause: Span, at: Span): boolean {
  const { text } = doc;
  if (/\?\s*["”’]?\s*$/.test(text.slice(sentence.start, sentence.end))) return true;
  const before = text.slice(clause.start, at.start);
  // A clause opened by a verb of denial or threat: "Moscow denied attacking the convoy".
  if (DENIED_BEFORE.test(text.slice(Math.max(sentence.start, clause.start - 30), clause.start))) return true;
  if (IRREALIS.test(before) || NEGATION.test(before.slice(-NEGATION_REACH))) return true;
  // A happening named as the start of a period ("the largest swap since Moscow launched its offensive").
  if (/\b(?:since|until|till)\b[^,;]*$/i.test(before)) return true;
  return /\bto\s+(?:\p{Ll}+\s+)?$/u.test(before) && /^(?:attack|strik|shell|bomb|hit|launch|raid|storm|captur|seiz|retak|fir|target|ambush|assault|bombard)/.test(text.slice(at.start, at.end).toLowerCase());
}

/** "strike" and "struck" of a deal, a chord or a balance; "shooting" of a film; "attack" of a heart; "offensive" remarks. */
const OTHER_SENSE_BEFORE = /\b(?:deal|agreement|accord|ceasefire|cease-fire|truce|compromise|balance|chord|note|heart|panic|asthma|cyber|verbal|charm|photo|film|video|full-scale|anniversary\s+of)s?\s+(?:[\p{L}-]+\s+){0,3}$/iu;
const GROUND_TAKEN_START = /^(?:Captured|Seized|Took|Taken|Retook|Recaptured|Overran|Occupied)\b/;
/** A noun of attack that modifies another ("strike missiles", "attack helicopters", "assault brigade"), or that a modal follows ("an offensive would be"). */
const MODIFIER_AFTER = /^\s+(?:and\s+[\p{L}-]+\s+(?:[\p{L}-]+\s+)?)?(?:missiles?|drones?|helicopters?|aircraft|jets?|planes?|group|groups|force|forces|capabilit\w+|weapons?|systems?|units?|brigades?|battalions?|packages?|rifles?|vehicles?|submarines?|craft|boats?|teams?|campaign\s+assessment)\b/iu;
const MODAL_AFTER = /^[^,;:.]{0,60}?\b(?:(?:would|could|might|may|will|shall|can)\s+(?:not\s+)?\p{L}+|(?:is|are|was|were)\s+(?:expected|likely|set|planned|due|about)\s+to|(?:is|are|was|were)\s+(?:less\s+|more\s+|highly\s+|very\s+)?(?:un)?likely|(?:is|are|was|were)\s+(?:supposed|meant|intended|planned)\s+to)\b/iu;
const MEASURES_AFTER = /^\s+(?:by|with)\s+(?:[\p{L}-]+\s+){0,3}(?:sanctions|tariffs|penalties|restrictions|criticism|lawsuits?|measures|fines|bans?)\b/iu;
const VERBAL_OBJECT = /^\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\p{L}’'-]+\s+){0,3}(?:policy|policies|decision|decisions|remarks|critics|proposal|plan|idea|report|article|statement|comments|stance|position|leadership|record|media|press|opposition|rhetoric|sanctions|law|bill|ruling|verdict|war|invasion|Kremlin|Putin|West|NATO|government)\b/iu;
const OTHER_SENSE_AFTER = /^\s+(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,1}(?:deal|agreement|accord|balance|chord|note|compromise|bargain|pose|tone|remarks?|comments?|language|statement|workers|action|investigations?|probe|inquiry|case|lawsuit|bid|petition|appeal|website|program(?:me)?|initiative|app|fund|fundraiser|campaign\s+to\s+(?:raise|collect|help))\b|^\s+(?:of|between)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}(?:visions|civili[sz]ations|values|interests|cultures|ideologies|agreements?|accords?|talks|process|efforts|elections?|plans?|sanctions|criticism|questions|insults|accusations|lies|propaganda|disinformation|headlines|tweets|messages)\b/iu;

/** A trigger word in another sense: "a ceasefire agreement was struck", "strike a deal", "an offensive remark", a workers' strike. */
export function otherSense(text: string, clause: Span, at: Span): boolean {
  const word = text.slice(at.start, at.end).toLowerCase();
  // "attacked the government's energy policy": words attacked, not people or places.
  const rest60 = text.slice(at.end, Math.min(clause.end, at.end + 60));
  if (/^(?:attack|blast)/.test(word) && VERBAL_OBJECT.test(rest60)) return true;
  // "targeted by sweeping sanctions", "hit with new tariffs": measures, not weapons.
  if (MEASURES_AFTER.test(rest60)) return true;
  if (!/(?:ed|ing)$/.test(word)) {
    const rest = text.slice(at.end, Math.min(clause.end, at.end + 80));
    if (MODIFIER_AFTER.test(rest) || MODAL_AFTER.test(rest)) return true;
  }
  return OTHER_SENSE_BEFORE.test(text.slice(Math.max(clause.start, at.start - 50), at.start)) ||
    OTHER_SENSE_AFTER.test(text.slice(at.end, Math.min(clause.end, at.end + 40)));
}

/** A headline or title set in capitals ("RUSSIA'S DRONE ATTACK: WHY CHINA COULD TRY IT NEXT"): no report of a happening. */
export const inCapitals = (s: string): boolean => {
  let letters = 0;
  let lower = 0;
  for (const ch of s) {
    if (ch.toUpperCase() !== ch.toLowerCase()) {
      letters++;
      if (ch !== ch.toUpperCase()) lower++;
    }
  }
  return letters >= 12 && lower / letters < 0.2;
};

/** A clause cut after a verb of denial, threat or plan. */
const DENIED_BEFORE = /\b(?:den(?:y|ies|ied|ying)|threaten(?:s|ed|ing)?|warn(?:s|ed|ing)?|vow(?:s|ed)?|plan(?:s|ned)?|rejected|dismissed)\s+(?:that\s+)?$/i;

/** A verb of saying after a party, a few words on: "Ukraine says", "Ukraine's military said", "Russian officials claimed". */
const SAYS_AFTER = /^(?:['’]s)?(?:\s+[\p{L}-]+){0,3}?\s+(?:says|said|say|claims|claimed|reports|reported|stated|announced|added|told|confirmed|according)\b/u;

/** A party that speaks: the one who reports, not an actor. */
export const speaks = (text: string, at: Span): boolean => SAYS_AFTER.test(text.slice(at.end, at.end + 50));

const after = (text: string, from: number, to: number): string => text.slice(from, Math.max(from, to));

/**
 * Who carried out the attack of `trigger`: the passive agent ("by Russian forces"), the origin of a noun
 * trigger ("an attack from Iran"), the owner of the weapon or strike ("Russian missiles", "a Russian strike"),
 * else the subject of its clause (not named after a preposition, nor one who only reports it). `sources`
 * are the spans of whoever the sentence credits: a party there is a source, not an actor, unless the
 * clause speaks of it as "it" or "they" ("Russia claimed it had captured").
 */
export function attackActors(text: string, parties: readonly NamedParty[], trigger: Trigger, sources: readonly Span[]): NamedParty[] {
  const { clause } = trigger;
  const isSource = (p: NamedParty): boolean => sources.some((s) => s.start <= p.evidence.start && p.evidence.end <= s.end) || speaks(text, p.evidence);
  const inClause = parties.filter((p) => p.evidence.start >= clause.start && p.evidence.end <= clause.end && !isSource(p));
  // Passive agent, or the origin of a noun: "was shelled by the rebels", "attack from Iran".
  for (const p of inClause) {
    if (p.evidence.start < trigger.end) continue;
    const between = after(text, trigger.end, p.evidence.start);
    if (between.length < 60 && /\b(?:by|from)\s+(?:the\s+)?(?:(?!that\b|\p{L}+ing\b)[\p{L}-]+\s+){0,2}$/u.test(between) && !/[,;]/.test(between)) return [p];
  }
  // The owner of the weapon or strike: "Russian missiles have struck", "a Russian strike".
  const owners = inClause.filter((p) => p.evidence.end <= trigger.start && trigger.start - p.evidence.end < 40 &&
    OWNER_GAP.test(text.slice(p.evidence.end, trigger.start)) &&
    (FORCE.test(text.slice(p.evidence.end, trigger.end)) || trigger.start - p.evidence.end <= 1));
  // "Hamas fighters attacked": the named side before the noun of its force.
  if (owners.length) return [owners.find((p) => p.code !== null || /^\p{Lu}/u.test(p.evidence.text)) ?? owners[owners.length - 1]!];
  // The subject: the first party before the trigger not after a preposition.
  const subject = inClause.find((p) => p.evidence.end <= trigger.start &&
    !/\b(?:in|of|from|to|at|near|on|across|with|for|into|against|over|around|outside|inside|towards?|between|among|after|before|about)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu.test(text.slice(Math.max(clause.start, p.evidence.start - 40), p.evidence.start)));
  if (subject) return [subject];
  // "Russia claimed it had captured": the speaker is the actor through a pronoun.
  if (/^\s*(?:it|they)\b/i.test(text.slice(clause.start, trigger.start))) {
    const speaker = parties.filter((p) => isSource(p) && p.evidence.end <= clause.start).pop();
    if (speaker) return [speaker];
  }
  return [];
}

/**
 * Whom the attack of `trigger` was aimed at: the parties named after it in its clause and not as its agent
 * ("struck Ukrainian army training centres", "attacks on Russian targets"), and "civilians" where the clause
 * names them or their homes, schools and hospitals.
 */
export function attackTargets(text: string, parties: readonly NamedParty[], trigger: Trigger, actors: readonly Party[]): NamedParty[] {
  const { clause } = trigger;
  const out: NamedParty[] = [];
  const civ = CIVILIAN_TARGET.exec(after(text, trigger.end, clause.end)) ?? CIVILIAN_TARGET.exec(after(text, clause.start, trigger.start));
  if (civ) {
    const start = civ.index + (CIVILIAN_TARGET.exec(after(text, trigger.end, clause.end)) ? trigger.end : clause.start);
    out.push({ name: 'civilians', code: null, evidence: { start, end: start + civ[0].length, text: text.slice(start, start + civ[0].length) } });
  }
  for (const p of parties) {
    if (p.evidence.start < trigger.end || p.evidence.end > clause.end) continue;
    if (actors.some((a) => a.name === p.name && a.code === p.code)) continue;
    if (/\b(?:by|from)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(Math.max(trigger.end, p.evidence.start - 30), p.evidence.start))) continue;
    out.push(p);
  }
  return out;
}
