/**
 * Decides what each capitalized phrase is when several extractors claim it, and drops candidates
 * that cannot be what they claim:
 *  - a person whose name is a place, a nationality, a known organization or has an organization
 *    word in it ("Moscow says", "Reuters reports", "General Staff") is not a person;
 *  - a place or person inside an organization's name is not one ("Agence France-Presse");
 *  - otherwise, of overlapping mentions the stronger rule wins, then the longer span.
 * Runs after all extractors and before linkSurnames (which must not link into dropped names).
 */
import { EVENT_AND_DOCUMENT_HEADS, KNOWN_ORGANIZATIONS, ORG_HEADS } from '../data/organizations.js';
import { FACILITY_WORDS, NOT_PLACES } from '../data/places.js';
import { HONORIFICS, TITLE_WORDS } from '../data/titles.js';
import { MONTH_NAMES } from '../data/calendar.js';
import type { AnyMention, Gazetteer, Refiner } from '../model/types.js';
import { byStartThenLongest, contains, spanIndex, spanLength } from '../util/spans.js';

// A person's name has no word of an organization's, an event's or a document's ("Geneva Convention").
const ORG_WORDS = new Set([...ORG_HEADS.flatMap((h) => h.split(' ')), ...EVENT_AND_DOCUMENT_HEADS]);
const KNOWN = new Set(Object.keys(KNOWN_ORGANIZATIONS).concat(Object.values(KNOWN_ORGANIZATIONS).filter((v): v is string => !!v)));
const NOT_PLACE = new Set(NOT_PLACES);
const FACILITY = new Set(FACILITY_WORDS);
const HONORIFIC = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Mx', 'Prof']);

/** How sure a rule is of its kind; the stronger claim wins an overlap. */
const STRENGTH: Readonly<Record<string, number>> = {
  'organization/head-word': 4, 'organization/known': 4, 'organization/credit-dash': 4, 'organization/credit-label': 4,
  'organization/credit-byline': 4, 'organization/acronym': 3, 'organization/compromise': 2,
  'person/title': 4, 'person/honorific': 4, 'person/role': 4, 'person/appositive': 4, 'person/credit-dash': 5, 'person/credit-label': 5,
  'person/credit-byline': 5, 'person/speaker': 3, 'person/given-name': 3, 'person/according-to': 3, 'person/compromise': 2, 'person/surname': 2,
  'place/feature': 4, 'place/gazetteer': 4, 'place/cue-of': 4, 'place/name-cue': 4, 'place/cue-list': 4, 'place/gazetteer-city': 3, 'place/compromise': 1,
};
const strength = (m: AnyMention): number => STRENGTH[m.rule] ?? 0;

const AFTER_LOCATIVE = /\b(?:in|at|near|from|outside)\s+$/i;
const OFFICE_OF = /\b\p{Lu}\p{Ll}+\s+of\s+(?:the\s+)?$/u;

/** Titles and honorifics that are given names too ("General", "Judge", "Dean"): no evidence of a name. */
const TITLES = new Set([...TITLE_WORDS, ...HONORIFICS].map((w) => w.toLowerCase()));
const MONTHS = new Set(MONTH_NAMES);

/** A name of two words or more whose first is a given name and not a month, a country or a town of note. */
const givenNameFirst = (words: readonly string[], gaz: Gazetteer, givenNames: ReadonlySet<string>): boolean =>
  words.length > 1 && givenNames.has(words[0]!) && !MONTHS.has(words[0]!) && !TITLES.has(words[0]!.toLowerCase()) &&
  !gaz.lookup(words[0]!).some((p) => p.kind !== 'city' || p.population > 50_000);

function plausible(m: AnyMention, gaz: Gazetteer, text: string, givenNames: ReadonlySet<string>): boolean {
  if (m.kind === 'place') return !NOT_PLACE.has(m.value.name) && !gaz.demonym(m.value.name);
  // "Soviet Union", "European Union"? Only where the gazetteer knows the whole name as a country or region.
  // A nationality alone ("Chinese police", "French" opening a headline) is no organization.
  if (m.kind === 'organization') return !gaz.demonym(m.value.name) && (m.rule !== 'organization/head-word' || !gaz.lookup(m.value.name).some((e) => e.kind !== 'city'));
  if (m.kind !== 'person') return true;
  const name = m.value.name;
  const words = name.split(/\s+/);
  if (KNOWN.has(name) || words.some((w) => ORG_WORDS.has(w))) return false;
  // "August Chicago": a great place after the first word is not a surname, unless the first word is a given
  // name and nothing else ("Neil Jordan", "Anthony Washington").
  if (words.slice(1).some((w) => gaz.lookup(w).some((p) => p.kind === 'country' || p.population > 1_000_000)) && !givenNameFirst(words, gaz, givenNames)) return false;
  // "Grace Road", "Ellis Park": a facility named after someone.
  if (words.length > 1 && FACILITY.has(words[words.length - 1]!.toLowerCase())) return false;
  if (gaz.demonym(name) || words.every((w) => gaz.demonym(w))) return false;
  // A title, an honorific ("Mr Austin", "Mrs Robinson") or an appositive role makes a person, whatever else the name is.
  if (m.rule === 'person/title' || m.rule === 'person/honorific' || m.rule === 'person/appositive' || m.value.credit) return true;
  const place = gaz.lookup(name)[0];
  // A small town's name is a surname more often than a town that speaks ("Clinton said", "Dole told").
  // A role in lower case before it ("adviser Austin") says as much.
  const speaks = m.rule === 'person/speaker' || m.rule === 'person/according-to' || m.rule === 'person/role';
  // "The Secretary of State said": one word after a capitalized word and "of" ends an office, not a name.
  if (words.length === 1 && OFFICE_OF.test(text.slice(Math.max(0, m.start - 40), m.start))) return false;
  // "who lived in Barking told local media": a town after "in" that seems to speak is still the town.
  if (speaks && place && AFTER_LOCATIVE.test(text.slice(Math.max(0, m.start - 12), m.start))) return false;
  return !place || (place.kind === 'city' && place.population < 100_000 && (words.length > 1 || speaks));
}

/** A person's span without the nationality before the name: "Australian Anthony Hill" → "Anthony Hill". */
function withoutNationality(text: string, m: AnyMention, gaz: Gazetteer): AnyMention {
  if (m.kind !== 'person') return m;
  const lead = /^(\p{Lu}[\p{L}-]+)\s+(?=\p{Lu})/u.exec(m.text);
  if (!lead || !gaz.demonym(lead[1]!)) return m;
  const start = m.start + lead[0].length;
  const name = text.slice(start, m.end);
  return { ...m, start, text: name, value: { ...m.value, name } };
}

/** A person's span without an honorific before the name: "Mr Washington, a lawyer" → "Washington". */
function withoutHonorific(text: string, m: AnyMention): AnyMention {
  if (m.kind !== 'person') return m;
  const lead = /^(\p{Lu}\p{Ll}{1,3})\.?\s+(?=\p{Lu})/u.exec(m.text);
  if (!lead || !HONORIFIC.has(lead[1]!)) return m;
  const start = m.start + lead[0].length;
  const name = text.slice(start, m.end);
  return { ...m, start, text: name, value: { ...m.value, name } };
}

export const resolveEntities: Refiner = (doc, mentions, ctx) => {
  const entities = mentions.map((m) => withoutHonorific(doc.text, withoutNationality(doc.text, m, ctx.resources.gazetteer)))
    .filter((m) => (m.kind === 'person' || m.kind === 'place' || m.kind === 'organization') && plausible(m, ctx.resources.gazetteer, doc.text, ctx.resources.givenNames));
  // Strong organizations, for the "inside an organization" test.
  const strongOrgs = spanIndex(entities.filter((m) => m.kind === 'organization' && strength(m) >= 3));
  const insideOrg = (m: AnyMention): boolean => strongOrgs.overlaps(m, (o) => contains(o, m) && spanLength(o) > spanLength(m));
  const kept: AnyMention[] = [];
  // Which kept mention covers each character (its index + 1): kept mentions never overlap, so the
  // first rival of a mention is the lowest index over its span (one pass over the span, not over all kept).
  const owner = new Int32Array(doc.text.length + 1);
  // Strongest first, then longest: each mention is kept unless a kept one overlaps it.
  // A full name that opens with a given name and nothing else outranks a place inside it ("Anthony Washington", "Chad Curtis").
  const gaz = ctx.resources.gazetteer;
  const places = spanIndex(entities.filter((m) => m.kind === 'place'));
  const given = (m: AnyMention): boolean => m.kind === 'person' && m.rule === 'person/given-name' && places.overlaps(m, () => true) &&
    givenNameFirst(m.value.name.split(/\s+/), gaz, ctx.resources.givenNames);
  // Ranked once each, not in every comparison of the sort (the test reads the gazetteer).
  const rank = new Map(entities.map((m) => [m, strength(m) + (given(m) ? 1 : 0)]));
  const ranked = [...entities].sort((a, b) => rank.get(b)! - rank.get(a)! || spanLength(b) - spanLength(a) || strength(b) - strength(a) || a.start - b.start);
  for (const m of ranked) {
    if (m.kind !== 'organization' && insideOrg(m)) {
      ctx.debug(() => `resolveEntities: ${m.kind} "${m.text}" is inside an organization`);
      continue;
    }
    let rivalIndex = 0;
    for (let c = m.start; c < m.end; c++) if (owner[c] && (!rivalIndex || owner[c]! < rivalIndex)) rivalIndex = owner[c]!;
    if (rivalIndex) {
      const rival = kept[rivalIndex - 1]!;
      // Same kind and same extent: a second rule agreeing; keep the role if the first had none.
      if (rival.kind === 'person' && m.kind === 'person' && rival.start === m.start && rival.end === m.end && !rival.value.role && m.value.role) {
        kept[rivalIndex - 1] = { ...rival, value: { ...rival.value, role: m.value.role } };
      }
      ctx.debug(() => `resolveEntities: dropped ${m.rule} "${m.text}" for ${rival.rule} "${rival.text}"`);
      continue;
    }
    kept.push(m);
    owner.fill(kept.length, m.start, m.end);
  }
  // Every other kind passes through as it is.
  const others = mentions.filter((m) => m.kind !== 'person' && m.kind !== 'place' && m.kind !== 'organization');
  return [...others, ...kept].sort(byStartThenLongest);
};
