/**
 * Teams named after their town are organizations, not places: "Glamorgan beat Durham by 141 runs",
 * "Surrey captain Chris Lewis", "CHICAGO 71 64 .526 10", "Luton 1 Rotherham 0", "Dynamo Moscow".
 * Only in sports reports (an article using at least two words of sport), only for places that are
 * not countries (a country's team is still named as the country), and a town named as a team once is
 * the team everywhere in the article, except where it is a venue ("At Leicester : Leicestershire beat").
 * Runs after resolveEntities, on the settled places.
 */
import { CLUB_PREFIXES, CLUB_SUFFIXES, HOME_NATIONS, RESULT_VERBS, SPORTS_WORDS, TEAM_ROLE_NOUNS } from '../data/sports.js';
import type { AnyMention, Gazetteer, Mention, Refiner } from '../model/types.js';
import { alternation } from '../util/regex.js';
import { byStartThenLongest, overlaps } from '../util/spans.js';


const ROLE_AFTER = new RegExp(`^(?:['’]s)?\\s+(?:and\\s+\\p{Lu}[\\p{L}'’-]+\\s+)?(?:${alternation(TEAM_ROLE_NOUNS)})\\b`, 'iu');
const VERB_AFTER = new RegExp(`^\\s+(?:${alternation(RESULT_VERBS)})\\s+(?:the\\s+)?\\p{Lu}`, 'u');
const VERB_BEFORE = new RegExp(`(?:^|[\\s(])(?:${alternation(RESULT_VERBS)})\\s+$`, 'u');
/** Standings and scores: a figure right after the name ("Berwick 3 0 0", "Luton 1 Rotherham 0"), not a dateline's date. */
const FIGURE_AFTER = /^\s+\d{1,3}(?:\.\d+|-\d{1,2})?(?=\s|$|\s*[,;])(?!\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*)/u;
/** Cricket and match scores told in words: "Essex reached 372", "Surrey closed on 429 for seven". */
const INNINGS_AFTER = /^\s+(?:(?:had|has|have)\s+)?(?:reached|closed on|declared on|made|scored|were|are|finished on|replied with|collapsed to|totalled|totaled)\s+\d/u;
const DISMISSED_AROUND = [/\b(?:bowling|bowled|dismissing|dismissed|skittling|skittled)\s+$/u, /^\s+(?:out|all out)\b/u] as const;
const TOOK_TO = [/\btook\s+$/u, /^\s+to\s+\d/u] as const;
/** A venue, not a team: "At Leicester", "in Bristol". */
const VENUE_BEFORE = /(?:^|\s)(?:at|At|AT|in|In|near|Near)\s+(?:the\s+)?$/u;
/** A dateline, not a team: "NEW YORK 1996-08-30", "NICE , France 1996-08-30", "KYIV, Ukraine (AP) —". */
const DATELINE_AFTER = /^(?:\s*,\s*[\p{L}.' ]{2,30})?\s*(?:\d{4}-\d\d-\d\d|\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4}|\(|[—–]|--)/u;
const isVenue = (before: string, after: string): boolean => VENUE_BEFORE.test(before) || (/^\s*$/.test(before) && DATELINE_AFTER.test(after));
const ALL_CAPS_FIXTURE = /^\s+AT\s+\p{Lu}/u;

/** Whether the article is a sports report: two different words of sport in it. */
const SPORTS = new RegExp(`(?<![\\p{L}-])(?:${alternation(SPORTS_WORDS)})(?![\\p{L}-])`, 'giu');
export function isSportsReport(text: string): boolean {
  // One scan for the words of sport, stopping at the second distinct one (no list of all the words).
  let first: string | undefined;
  for (const m of text.matchAll(SPORTS)) {
    const word = m[0].toLowerCase();
    if (first === undefined) first = word;
    else if (word !== first) return true;
  }
  return false;
}

function lineAround(text: string, start: number, end: number): { before: string; after: string; line: string } {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const to = nl < 0 ? text.length : nl;
  return { before: text.slice(from, start), after: text.slice(end, to), line: text.slice(from, to) };
}

/** Whether the words around a place name say it is a team. */
export function teamContext(text: string, start: number, end: number): boolean {
  const { before, after, line } = lineAround(text, start, end);
  if (isVenue(before, after)) return false;
  const allCaps = line === line.toUpperCase() && /\p{Lu}{3}/u.test(line);
  return ROLE_AFTER.test(after) || VERB_AFTER.test(after) || VERB_BEFORE.test(before) || FIGURE_AFTER.test(after) ||
    INNINGS_AFTER.test(after) || (DISMISSED_AROUND[0].test(before) && DISMISSED_AROUND[1].test(after)) ||
    (TOOK_TO[0].test(before) && TOOK_TO[1].test(after)) ||
    (allCaps && (ALL_CAPS_FIXTURE.test(after) || /(?:^|\s)AT\s+$/u.test(before)));
}

/** Countries and nations keep their names for their national teams ("England beat Pakistan"). */
const NATIONS = new Set(HOME_NATIONS);
const isNation = (name: string, gaz: Gazetteer): boolean => NATIONS.has(name) || gaz.lookup(name)[0]?.kind === 'country';
const PREFIX_BEFORE = new RegExp(`(?:^|\\s)(${alternation(CLUB_PREFIXES)})\\s+$`, 'u');
const SUFFIX_AFTER = new RegExp(`^\\s+(${alternation(CLUB_SUFFIXES)})\\b`, 'u');

function asTeam(start: number, end: number, text: string): Mention<'organization'> {
  const name = text.slice(start, end);
  return { kind: 'organization', start, end, text: name, value: { name }, rule: 'organization/team' };
}

export const sportsTeams: Refiner = (doc, mentions, ctx) => {
  const { text } = doc;
  if (!mentions.some((m) => m.kind === 'place') || !isSportsReport(text)) return mentions;
  const teams = new Set<string>();
  const clubs: Mention<'organization'>[] = [];
  const becomeClubs = new Set<AnyMention>();
  for (const m of mentions) {
    if (m.kind !== 'place') continue;
    // "Dynamo Moscow", "Manchester United": the club's whole name, unless the whole is a place ("Kansas City").
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    const after = text.slice(m.end, m.end + 40);
    const prefix = PREFIX_BEFORE.exec(before);
    const suffix = SUFFIX_AFTER.exec(after);
    if (prefix || suffix) {
      const start = prefix ? m.start - prefix[0].length + prefix[0].indexOf(prefix[1]!) : m.start;
      const end = suffix ? m.end + suffix[0].length : m.end;
      if (ctx.resources.gazetteer.lookup(text.slice(start, end)).length === 0) {
        clubs.push(asTeam(start, end, text));
        becomeClubs.add(m);
        continue;
      }
    }
    if (!isNation(m.value.name, ctx.resources.gazetteer) && teamContext(text, m.start, m.end)) teams.add(m.value.name);
  }
  if (teams.size === 0 && clubs.length === 0) return mentions;
  const out: AnyMention[] = [];
  for (const m of mentions) {
    if (becomeClubs.has(m)) continue;
    if (clubs.some((c) => overlaps(c, m)) && m.kind !== 'date' && m.kind !== 'number') continue;
    const around = m.kind === 'place' && teams.has(m.value.name) ? lineAround(text, m.start, m.end) : null;
    if (around && !isVenue(around.before, around.after)) {
      ctx.debug(() => `sportsTeams: "${m.text}" is a team`);
      out.push(asTeam(m.start, m.end, text));
      continue;
    }
    out.push(m);
  }
  return [...out, ...clubs].sort(byStartThenLongest);
};
