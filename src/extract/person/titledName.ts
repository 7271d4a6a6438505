/**
 * A name after a title or honorific, with the title as the person's role.
 *   "Russian Foreign Minister Sergei Lavrov told" → Sergei Lavrov, role "Russian Foreign Minister"
 *   "Ukrainian President Volodymyr Zelenskyy"    → Volodymyr Zelenskyy, role "Ukrainian President"
 *   "Mr Putin"                                     → Putin
 * Watch out for: offices that name an organization ("Prime Minister's Office", "General Staff"),
 * "President of the European Council" (no name follows), titles at the end of a line.
 */
import { NAME_END, PAUSE, endsWith } from '../../doc/marks.js';
import type { Extractor, Mention, Token } from '../../model/types.js';
import { hasPossessive, isCapitalized } from '../../util/tokens.js';
import { continuesRun, isAbbreviation, isHonorific, isTitleWord, nameRunEnd, withoutPossessive } from '../names.js';

/** Where the role phrase starts: capitalized words and acronyms just before the title ("Russian Foreign"). */
function roleStart(tokens: readonly Token[], i: number, text: string): number {
  let s = i;
  while (s > 0 && continuesRun(tokens, s, text) && isCapitalized(tokens[s - 1]!) && !endsWith(tokens[s - 1]!, NAME_END) && !hasPossessive(tokens[s - 1]!.text) && i - s < 4) s--;
  return s;
}

export const titledName: Extractor = (doc) => {
  const { tokens } = doc;
  const text = doc.text;
  const out: Mention<'person'>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const honorific = isCapitalized(t) && isHonorific(t);
    if (!honorific && !isTitleWord(t)) continue;
    let j = i;
    while (j + 1 < tokens.length && isTitleWord(tokens[j + 1]!) && continuesRun(tokens, j + 1, text) && !endsWith(tokens[j]!, PAUSE)) j++;
    const abbreviated = isAbbreviation(tokens[j]!);
    const first = j + 1;
    if (first >= tokens.length || (!abbreviated && (!continuesRun(tokens, first, text) || endsWith(tokens[j]!, NAME_END))) || hasPossessive(tokens[j]!.text)) continue;
    const end = nameRunEnd(tokens, first, text, 6);
    if (end === first) continue;
    const span = withoutPossessive(text, { start: tokens[first]!.start, end: tokens[end - 1]!.end });
    const rs = honorific ? i : roleStart(tokens, i, text);
    const role = honorific ? undefined : text.slice(tokens[rs]!.start, tokens[j]!.end + (abbreviated ? 1 : 0));
    out.push({ kind: 'person', ...span, text: text.slice(span.start, span.end), value: { name: text.slice(span.start, span.end), role }, rule: honorific ? 'person/honorific' : 'person/title' });
    i = end - 1;
  }
  return out;
};
