/**
 * Acronyms written in capitals, which in news are almost always organizations.
 *   "Ukraine’s SBU state security service" → SBU    "the E.U.’s decision" → E.U.    "OSCE"
 * Watch out for: country codes ("US", "U.K.": places), time zones and units ("EDT", "km"),
 * Roman numerals ("World War II"), plural common acronyms ("POWs"), and lines written all in
 * capitals (a shouted headline is not a list of acronyms).
 */
import { NOT_ORG_ACRONYMS } from '../../data/organizations.js';
import { EXONYMS } from '../../data/places.js';
import type { Extractor, Mention } from '../../model/types.js';
import { inShoutedLine } from '../../util/tokens.js';
import { withoutPossessive } from '../names.js';

const NOT_ORGS = new Set([...NOT_ORG_ACRONYMS, ...Object.keys(EXONYMS)].map((s) => s.replace(/\./g, '').toUpperCase()));
export const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}&]{1,6}$/u;
const ROMAN = /^[IVXLCDMІ]+$/; // Latin, and the Cyrillic І that Ukrainian texts use for Roman numerals

/**
 * What ACRONYM would reject from its first two characters alone, without a slice: an ASCII character other
 * than a capital, or a capital followed by an ASCII lower-case letter ("Kyiv"). Most words stop here.
 */
export function cannotStartAcronym(text: string, at: number): boolean {
  const first = text.charCodeAt(at);
  if (first < 0x80 && !(first >= 0x41 && first <= 0x5a)) return true;
  const second = text.charCodeAt(at + 1);
  return second >= 0x61 && second <= 0x7a;
}

export const acronymOrg: Extractor = (doc, ctx) => {
  const text = doc.text;
  const out: Mention<'organization'>[] = [];
  for (const t of doc.tokens) {
    if (cannotStartAcronym(text, t.start)) continue;
    const span = withoutPossessive(text, t);
    const word = text.slice(span.start, span.end);
    // Two-letter country codes ("NL", "UA") are places' codes, not organizations.
    if (!ACRONYM.test(word) || ROMAN.test(word) || NOT_ORGS.has(word.replace(/\./g, '')) || (word.length === 2 && ctx.resources.gazetteer.country(word))) continue;
    if (inShoutedLine(text, t.start, t.end)) continue;
    out.push({ kind: 'organization', start: span.start, end: span.end, text: word, value: { name: word }, rule: 'organization/acronym' });
  }
  return out;
};
