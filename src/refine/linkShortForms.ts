/**
 * Finds the later, shorter mentions of names the article has already given in full:
 *  - linkSurnames: "Lavrov said" after "Sergei Lavrov"; "Van Rompuy" after "Herman Van Rompuy"; two halves of
 *    one name joined ("Suu" and "Kyi");
 *  - linkShortOrgNames: "told the Journal" after "the Wall Street Journal".
 * They add mentions only where no other entity mention stands, so they run after resolveEntities.
 */
import { ORG_HEADS } from '../data/organizations.js';
import type { AnyMention, Doc, Gazetteer, Mention, Refiner } from '../model/types.js';
import { byStartThenLongest, overlaps, overlapsAny, spanIndex } from '../util/spans.js';
import { inShoutedLine, isCapitalized, possessiveFree, tokenAtOrAfter } from '../util/tokens.js';
import { isParticleWord, isTitleWord } from '../extract/names.js';
import { acronymWords, initials } from '../util/names.js';

/** The family name of a full name: the last word, or from the first particle on ("Van Rompuy", "bin Salman"). */
export function surnameOf(name: string): string | null {
  const words = name.split(/\s+/);
  if (words.length < 2) return null;
  const particle = words.findIndex((w, i) => i > 0 && i < words.length - 1 && isParticleWord(w));
  return particle > 0 ? words.slice(particle).join(' ') : words[words.length - 1]!;
}

/** Rules whose one-word names are family names ("President Clinton", "Mr Austin", "chancellor Merkel"). */
const ONE_WORD_EVIDENCE = new Set(['person/title', 'person/honorific', 'person/role']);

const LOWER = /^\p{Ll}+$/u;
const ENDS_LOWER = /\p{Ll}$/u;
const STARTS_LOWER = /^\p{Ll}/u;

/** Whether `word` (in lower case) is written in the text as a word of its own, in lower case ("defense"). */
export function writtenInLowerCase(text: string, word: string): boolean {
  if (!LOWER.test(word)) return false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (!ENDS_LOWER.test(text.slice(Math.max(0, at - 2), at)) && !STARTS_LOWER.test(text.slice(end, end + 2))) return true;
  }
  return false;
}

export const linkSurnames: Refiner = (doc, mentions, ctx) => {
  const surnames = surnamesOf(doc, mentions, ctx.resources.gazetteer);
  return joinHalves(doc.text, surnames.size === 0 ? mentions : surnameMentions(doc, mentions, surnames));
};

/**
 * Two person mentions with only a space between are one name that two rules found in halves ("Suu" and "Kyi",
 * "Massoud" and "Barzani"); the role of either is kept.
 */
function joinHalves(text: string, mentions: readonly AnyMention[]): AnyMention[] {
  const out: AnyMention[] = [];
  for (const m of mentions) {
    const prev = out.at(-1);
    if (prev?.kind === 'person' && m.kind === 'person' && m.start > prev.end && /^ $/.test(text.slice(prev.end, m.start)) && !/['’]s$/.test(prev.text)) {
      const name = text.slice(prev.start, m.end);
      out[out.length - 1] = { ...prev, end: m.end, text: name, value: { ...prev.value, name, role: prev.value.role ?? m.value.role } };
      continue;
    }
    out.push(m);
  }
  return out;
}

/**
 * The family names of the people found (and the given names that stand for them) that later mentions
 * may repeat alone. A function apart from the search below, so that V8 compiles each on its own.
 */
function surnamesOf(doc: Doc, mentions: readonly AnyMention[], gaz: Gazetteer): Set<string> {
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== 'person') continue;
    const surname = surnameOf(m.value.name);
    if (!surname) {
      // A lone name that a title, an honorific or a role vouches for ("President Clinton", "Mr Austin") is a
      // family name the article may repeat alone.
      if (ONE_WORD_EVIDENCE.has(m.rule) && /^\p{Lu}\p{Ll}+$/u.test(m.value.name)) surnames.add(m.value.name);
      continue;
    }
    surnames.add(surname);
    // Where the family name comes first or the given name is the short form ("Wang" after "Wang
    // Donghai", "Jansher" after "Jansher Khan"), the first word stands for the person too.
    const first = m.value.name.split(/\s+/)[0]!;
    if (surnames.has(first) || !/^\p{Lu}\p{Ll}{2,}$/u.test(first) || isParticleWord(first)) continue;
    const token = doc.tokens[tokenAtOrAfter(doc.tokens, m.start)];
    // Only a word that is a name and nothing else: not "General", "River", "High" or "Washington", nor a
    // word the article also writes in lower case ("defense", "national").
    const nameOnly = !!token && (token.tags.has('ProperNoun') || token.tags.has('FirstName')) &&
      !['Place', 'Month', 'Adjective', 'Verb', 'Adverb', 'Determiner'].some((tag) => token.tags.has(tag)) && !isTitleWord(token) &&
      !writtenInLowerCase(doc.text, first.toLowerCase()) && !gaz.lookup(first).some((e) => e.kind !== 'city' || e.population > 100_000);
    if (nameOnly) surnames.add(first);
  }
  return surnames;
}

/** Mentions of `surnames` alone, replacing a place of the same name. */
function surnameMentions(doc: Doc, mentions: AnyMention[], surnames: Set<string>): AnyMention[] {
  const entities = spanIndex(mentions.filter((m) => m.kind === 'person' || m.kind === 'place' || m.kind === 'organization'));
  // Added in text order, never overlapping: a span can only overlap the last one added.
  const added: Mention<'person'>[] = [];
  const replaced = new Set<AnyMention>();
  const { tokens } = doc;
  // Surnames by their first word, so that each capitalized token is checked against its own few.
  const byFirst = new Map<string, string[]>();
  for (const surname of surnames) {
    const first = surname.split(' ')[0]!;
    byFirst.set(first, [...(byFirst.get(first) ?? []), surname]);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isCapitalized(t)) continue;
    const candidates = byFirst.get(possessiveFree(t.text));
    if (!candidates) continue;
    for (const surname of candidates) {
      const n = surname.split(' ').length;
      const last = tokens[i + n - 1];
      if (!last) continue;
      const span = { start: t.start, end: last.end };
      const written = possessiveFree(doc.text.slice(span.start, span.end));
      if (written !== surname) continue;
      span.end = span.start + written.length;
      const lastAdded = added.at(-1);
      if (lastAdded && overlaps(lastAdded, span)) continue;
      // A place of the same name as a person's surname in the article is the person ("Washington" after
      // "MaliVai Washington"), unless a cue made it a place ("the town of Clinton").
      const rivals = entities.overlapping(span);
      if (rivals.some((r) => r.kind !== 'place' || r.start !== span.start || r.end !== span.end || r.rule.startsWith('place/cue') || r.rule === 'place/name-cue')) continue;
      rivals.forEach((r) => replaced.add(r));
      added.push({ kind: 'person', ...span, text: written, value: { name: written }, rule: 'person/surname' });
    }
  }
  return added.length ? [...mentions.filter((m) => !replaced.has(m)), ...added].sort(byStartThenLongest) : mentions;
}

const HEADS = new Set(ORG_HEADS);

export const linkShortOrgNames: Refiner = (doc, mentions) => {
  const orgs = mentions.filter((m): m is Mention<'organization'> => m.kind === 'organization');
  const lastWords = new Set(orgs.map((o) => o.value.name.split(/\s+/).at(-1)!).filter((w) => HEADS.has(w)));
  if (lastWords.size === 0) return mentions;
  const entities = mentions.filter((m) => m.kind !== 'date' && m.kind !== 'number');
  const added: AnyMention[] = [];
  const { tokens } = doc;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const word = possessiveFree(t.text);
    if (tokens[i - 1]!.normal !== 'the' || !lastWords.has(word)) continue;
    const span = { start: t.start, end: t.start + word.length };
    if (overlapsAny(span, entities)) continue;
    added.push({ kind: 'organization', ...span, text: word, value: { name: word }, rule: 'organization/short-form' });
  }
  return added.length ? [...mentions, ...added].sort(byStartThenLongest) : mentions;
};

/**
 * A country written as part of a person's title is not a place mention: "US President Donald
 * Trump", "U.S. Secretary of State". With an article before it ("the United States (U.S.)
 * President") the country is named as such and stays.
 */
export const dropRoleModifierPlaces: Refiner = (doc, mentions, ctx) => {
  const people = mentions.filter((m) => m.kind === 'person' && m.value.role);
  return mentions.filter((m) => {
    if (m.kind !== 'place') return true;
    const inRole = people.some((p) => p.start > m.end && p.kind === 'person' && (p.value.role ?? '').includes(m.text) && /^(?:\s+\p{Lu}[\p{L}.-]*)+\s+$/u.test(doc.text.slice(m.end, p.start)));
    const before = doc.text.slice(Math.max(0, m.start - 5), m.start);
    if (inRole && !/\bthe\s+$/i.test(before) && !/\(\s*$/.test(before)) {
      ctx.debug(() => `dropRoleModifierPlaces: "${m.text}"`);
      return false;
    }
    return true;
  });
};

/** The initials of an organization's name of two capitalized words or more ("Islamic State" → IS), or null. */
function initialsOf(name: string): string | null {
  const words = acronymWords(name);
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w)) ? initials(name) : null;
}

/** An acronym in brackets right after a name: "the Islamic State (IS)", "Defense Intelligence Agency (DIA)". */
const BRACKETED = /^\s*\((\p{Lu}[\p{Lu}\d&]{1,7})\)/u;

/**
 * An organization's acronym wherever the article writes it, once the article has given the name it stands
 * for: "Islamic State" … "IS fighters", "(DIA)" … "the DIA said". The acronym is the name's initials, or the
 * one written in brackets after it. A place or nothing may stand there (an acronym that is also a country
 * code, "IS", is not one once the article has named the group); not in a line written all in capitals.
 */
export const linkAcronyms: Refiner = (doc, mentions) => {
  const text = doc.text;
  const acronyms = new Map<string, string>();
  for (const m of mentions) {
    if (m.kind !== 'organization') continue;
    const initials = initialsOf(m.value.name);
    if (initials && initials.length <= 6) acronyms.set(initials, m.value.name);
    const bracketed = BRACKETED.exec(text.slice(m.end, m.end + 12));
    if (bracketed) acronyms.set(bracketed[1]!, m.value.name);
  }
  if (acronyms.size === 0) return mentions;
  const entities = spanIndex(mentions.filter((m) => m.kind === 'person' || m.kind === 'place' || m.kind === 'organization'));
  const added: AnyMention[] = [];
  const replaced = new Set<AnyMention>();
  for (const t of doc.tokens) {
    const word = possessiveFree(t.text);
    if (!acronyms.has(word) || acronyms.get(word) === word) continue;
    const span = { start: t.start, end: t.start + word.length };
    const rivals = entities.overlapping(span);
    if (rivals.some((r) => r.kind === 'organization' || r.kind === 'person' || r.start !== span.start || r.end !== span.end)) continue;
    if (inShoutedLine(text, t.start, t.end)) continue;
    rivals.forEach((r) => replaced.add(r));
    added.push({ kind: 'organization', ...span, text: word, value: { name: word }, rule: 'organization/acronym-of' });
  }
  return added.length ? [...mentions.filter((m) => !replaced.has(m)), ...added].sort(byStartThenLongest) : mentions;
};
