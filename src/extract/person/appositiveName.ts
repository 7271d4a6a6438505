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
const ROLE_BEFORE = new RegExp(String.raw`(?:^|[.;:\n]\s*|,\s+)(?:the|a|an|his|her|their|its|(?<owner>\p{Lu}[\p{L}.-]*[’']s))\s+(?<role>(?:[\p{L}’'-]+\s+){0,2}?(?:${ROLE})\b[^,.;\n]{0,90}),\s+$`, 'iu');
/** The same inside a sentence ("led by the French president, Emmanuel Macron,"): the role noun, and at most an "of" phrase after it. */
const ROLE_BEFORE_INSIDE = new RegExp(String.raw`\s(?:the|his|her|their|its|(?<owner>\p{Lu}[\p{L}.-]*[’']s))\s+(?<role>(?:[\p{L}’'-]+\s+){0,2}?(?:${ROLE})(?:\s+(?:of|for|at)\s[^,.;\n]{0,60})?),\s+$`, 'iu');

/** ", who heads the regional council," after a name: the office the verb names. */
const WHO_HEADS = /^,\s+who\s+(?<verb>heads|headed|leads|led|chairs|chaired|runs|ran|commands|commanded|directs|directed|founded|owns|owned)\s+(?<obj>[^,.;\n]{3,80}?)(?=[,.;\n])/iu;
const OFFICE_OF_VERB: Readonly<Record<string, string>> = {
  heads: 'head', headed: 'head', leads: 'leader', led: 'leader', chairs: 'chair', chaired: 'chair', runs: 'head', ran: 'head',
  commands: 'commander', commanded: 'commander', directs: 'director', directed: 'director', founded: 'founder', owns: 'owner', owned: 'owner',
};
/** ", who serves as a district chair for the party," and " is a senior fellow at the institute." after a name. */
const SERVES_AS = new RegExp(String.raw`^(?:,\s+who\s+(?:serves|served|works|worked)\s+as|\s+(?:is|was)|,\s+who\s+(?:is|was))\s+(?:(?:a|an|the)\s+)?(?<role>(?:[\p{L}’'-]+\s+){0,3}?(?:${ROLE})\b[^,.;\n]{0,90}?)(?=[,.;\n])`, 'iu');

/** The role an appositive or a relative clause gives the name ending at `end`, or null. */
function roleAfter(text: string, end: number): string | null {
  // Only after a comma or " is"/" was": most names have neither, and the patterns need not run.
  const next = text.charCodeAt(end);
  if (next !== 0x2c && !(next === 0x20 && /^ (?:is|was) /.test(text.slice(end, end + 5)))) return null;
  const window = text.slice(end, end + 140);
  const apposed = ROLE_AFTER.exec(window) ?? SERVES_AS.exec(window);
  if (apposed) return apposed.groups!.role!;
  const heads = WHO_HEADS.exec(window);
  return heads ? `${OFFICE_OF_VERB[heads.groups!.verb!.toLowerCase()]} of ${heads.groups!.obj!.replace(/^the\s+/i, 'the ')}` : null;
}

/** The role an apposition before the name starting at `start` gives it ("Moldova’s prime minister, "), or null. */
function roleBefore(text: string, start: number): string | null {
  // Only after a comma: most names stand after none, and the patterns need not run.
  if (!/,\s+$/.test(text.slice(Math.max(0, start - 4), start))) return null;
  const window = text.slice(Math.max(0, start - 140), start);
  const g = (ROLE_BEFORE.exec(window) ?? ROLE_BEFORE_INSIDE.exec(window))?.groups;
  // A clause is no role: "A major general was killed in Syria by a device, Al-Monitor reported".
  if (!g || /\b(?:was|were|is|are|has|have|had|been|said|says|will|would)\b/i.test(g.role!)) return null;
  return g.owner ? `${g.owner} ${g.role}` : g.role!;
}

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
    const role = (roleAfter(text, span.end) ?? roleBefore(text, span.start))?.trim();
    if (role) {
      const name = text.slice(span.start, span.end);
      out.push({ kind: 'person', ...span, text: name, value: { name, role }, rule: 'person/appositive' });
    }
    i = end - 1;
  }
  return out;
};
