/**
 * Organizations from the general list in src/data/organizations.ts, and their expansions.
 *   "told Reuters"   "the BBC reports"   "according to Agence France-Presse"   "Sergei Grits—AP"
 * Matching is case-sensitive: "AP", "TIME" and "WHO" only in capitals.
 * Watch out for: a name inside a longer one ("Reuters" in "Thomson Reuters Foundation": the longer
 * head-word organization wins in refine/resolveEntities).
 */
import { AMBIGUOUS_GROUP_NAMES, ARMED_GROUP_NAMES } from '../../data/events.js';
import { KNOWN_ORGANIZATIONS } from '../../data/organizations.js';
import type { Extractor, Mention } from '../../model/types.js';
import { alternation, matchAll } from '../../util/regex.js';

/** Armed groups by their names too, but for those as often something else (AMBIGUOUS_GROUP_NAMES). */
const AMBIGUOUS = new Set(AMBIGUOUS_GROUP_NAMES);
const NAMES = [...Object.keys(KNOWN_ORGANIZATIONS), ...Object.values(KNOWN_ORGANIZATIONS).filter((v): v is string => v !== null),
  ...ARMED_GROUP_NAMES.filter((n) => !AMBIGUOUS.has(n))];
const KNOWN = new RegExp(String.raw`(?<![\p{L}\p{N}.-])(?:${alternation(NAMES)})(?![\p{L}\p{N}]|-\p{L})`, 'gu');

export const knownOrg: Extractor = (doc) =>
  matchAll(KNOWN, doc.text).map((hit): Mention<'organization'> => ({
    kind: 'organization', start: hit.start, end: hit.end, text: hit.text, value: { name: hit.text }, rule: 'organization/known',
  }));
