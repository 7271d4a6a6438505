/**
 * A name after a title or honorific, with the title as the person's role.
 *   "Russian Foreign Minister Sergei Lavrov told" → Sergei Lavrov, role "Russian Foreign Minister"
 *   "Ukrainian President Volodymyr Zelenskyy"    → Volodymyr Zelenskyy, role "Ukrainian President"
 *   "Mr Putin"                                     → Putin
 *   "US Secretary of State Antony Blinken"         → Antony Blinken, role "US Secretary of State"
 * Watch out for: offices that name an organization ("Prime Minister's Office", "General Staff"),
 * "President of the European Council" (no name follows), titles at the end of a line.
 */
import { NAME_END, PAUSE, endsWith } from '../../doc/marks.js';
import type { Extractor, Mention, Token } from '../../model/types.js';
import { hasPossessive, isCapitalized } from '../../util/tokens.js';
import { continuesRun, isAbbreviation, isHonorific, isTitleWord, nameRunEnd, withoutPossessive } from '../names.js';
import { roleBefore } from './roledName.js';

/** Where the role phrase starts: capitalized words and acronyms just before the title ("Russian Foreign"). */
function roleStart(tokens: readonly Token[], i: number, text: string): number {
  let s = i;
  while (s > 0 && continuesRun(tokens, s, text) && !endsWith(tokens[s - 1]!, NAME_END) && !hasPossessive(tokens[s - 1]!.text) && i - s < 5) {
    // "Work and Pensions Secretary": "and" between two capitalized words of the office.
    if (tokens[s - 1]!.normal === 'and' && s > 1 && isCapitalized(tokens[s - 2]!) && continuesRun(tokens, s - 1, text) && isCapitalized(tokens[s]!)) { s -= 2; continue; }
    if (!isCapitalized(tokens[s - 1]!)) break;
    s--;
  }
  return s;
}

/**
 * "Secretary of State Antony Blinken", "Minister of Foreign Affairs Dmytro Kuleba", "President of Romania Klaus
 * Iohannis": after a title, "of" and capitalized words, the name starts at the first given name (up to four
 * words on). Returns the index of the office's last word, or the title's own when there is no such office.
 */
function officeEnd(tokens: readonly Token[], j: number, text: string, givenNames: ReadonlySet<string>): number {
  if (tokens[j + 1]?.normal !== 'of' || !continuesRun(tokens, j + 1, text) || endsWith(tokens[j]!, PAUSE)) return j;
  for (let k = j + 2; k <= j + 6 && k < tokens.length; k++) {
    const w = tokens[k]!;
    if (!continuesRun(tokens, k, text) || endsWith(tokens[k - 1]!, NAME_END)) return j;
    if (!isCapitalized(w) && !['of', 'the', 'and'].includes(w.normal)) return j;
    if (k > j + 2 && isCapitalized(w) && givenNames.has(w.text)) return k - 1;
  }
  return j;
}

/**
 * The role of a person named with an honorific: the title or role just before it ("Lord Chancellor Lord Falconer",
 * "Former NatWest chief executive Mr Wanless"), else a professor's own ("Professor Joni Lovenduski").
 */
function honorificRole(tokens: readonly Token[], i: number, text: string): string | undefined {
  const prev = tokens[i - 1];
  if (prev && isTitleWord(prev) && continuesRun(tokens, i, text) && !endsWith(prev, NAME_END)) return text.slice(tokens[roleStart(tokens, i - 1, text)]!.start, prev.end);
  const lower = roleBefore(tokens, i, text);
  if (lower) return lower;
  return /^prof/.test(tokens[i]!.normal) ? tokens[i]!.text.replace(/\.$/, '') : undefined;
}

export const titledName: Extractor = (doc, ctx) => {
  const { tokens } = doc;
  const text = doc.text;
  const out: Mention<'person'>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const honorific = isCapitalized(t) && isHonorific(t);
    if (!honorific && !isTitleWord(t)) continue;
    let j = i;
    while (j + 1 < tokens.length && isTitleWord(tokens[j + 1]!) && continuesRun(tokens, j + 1, text) && !endsWith(tokens[j]!, PAUSE)) j++;
    if (!honorific) j = officeEnd(tokens, j, text, ctx.resources.givenNames);
    const abbreviated = isAbbreviation(tokens[j]!);
    const first = j + 1;
    if (first >= tokens.length || (!abbreviated && (!continuesRun(tokens, first, text) || endsWith(tokens[j]!, NAME_END))) || hasPossessive(tokens[j]!.text)) continue;
    const end = nameRunEnd(tokens, first, text, 6);
    if (end === first) continue;
    const span = withoutPossessive(text, { start: tokens[first]!.start, end: tokens[end - 1]!.end });
    const rs = honorific ? i : roleStart(tokens, i, text);
    const role = honorific ? honorificRole(tokens, i, text) : text.slice(tokens[rs]!.start, tokens[j]!.end + (abbreviated ? 1 : 0));
    out.push({ kind: 'person', ...span, text: text.slice(span.start, span.end), value: { name: text.slice(span.start, span.end), role }, rule: honorific ? 'person/honorific' : 'person/title' });
    i = end - 1;
  }
  return out;
};
