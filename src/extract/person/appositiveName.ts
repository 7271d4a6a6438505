/**
 * A name in apposition with a role, before or after it; the role phrase becomes the person's role.
 *   "Markiyan Lubkyvsky, the head of Ukraine’s SBU state security service, told Reuters"
 *   "Herman Van Rompuy, president of the European Council, told the Journal"
 *   "The governor of the Ukrainian Odesa region, Oleh Kiper, stated"    "his brother, Tamerlan Tsarnaev,"
 * Watch out for: lists of places ("Ukraine, Russia, the separatists"): the role phrase must start
 * with a role noun, and a name of two words or more is required.
 */
import { PRENOMINAL_ROLES, ROLE_NOUNS } from '../../data/titles.js';
import type { Extractor, Mention } from '../../model/types.js';
import { alternation } from '../../util/regex.js';
import { isCapitalized } from '../../util/tokens.js';
import { nameRunEnd, skipSentenceOpener, withoutPossessive } from '../names.js';

const ROLE = alternation([...new Set([...ROLE_NOUNS, ...PRENOMINAL_ROLES])]);
/** ", the head of Ukraine’s SBU state security service," after a name. */
const ROLE_AFTER = new RegExp(String.raw`^,\s+(?:(?:the|a|an|his|her|its)\s+)?(?<role>(?:[\p{L}’'-]+\s+){0,3}?(?:${ROLE})\b[^,.;\n]{0,90}?)(?=[,.;\n])`, 'iu');
/** "The governor of the Ukrainian Odesa region, " before a name. */
const ROLE_BEFORE = new RegExp(String.raw`(?:^|[.;:\n]\s*|,\s+)(?:the|a|an|his|her|their|its)\s+(?<role>(?:[\p{L}’'-]+\s+){0,2}?(?:${ROLE})\b[^,.;\n]{0,90}),\s+$`, 'iu');

export const appositiveName: Extractor = (doc) => {
  const { tokens } = doc;
  const text = doc.text;
  const out: Mention<'person'>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalized(tokens[i]!)) continue;
    const from = skipSentenceOpener(tokens, i);
    if (from !== i) continue;
    const end = nameRunEnd(tokens, i, text, 6);
    if (end - i < 2) { i = Math.max(i, end - 1); continue; }
    const span = withoutPossessive(text, { start: tokens[i]!.start, end: tokens[end - 1]!.end });
    const after = ROLE_AFTER.exec(text.slice(span.end, span.end + 140));
    const before = ROLE_BEFORE.exec(text.slice(Math.max(0, span.start - 140), span.start));
    const role = (after ?? before)?.groups?.role?.trim();
    if (role) {
      const name = text.slice(span.start, span.end);
      out.push({ kind: 'person', ...span, text: name, value: { name, role }, rule: 'person/appositive' });
    }
    i = end - 1;
  }
  return out;
};
