/**
 * People found by compromise's own tagger (first-name and surname lists, honorifics), cleaned up:
 * titles and honorifics before the name are cut off (and kept as the role), possessives and
 * punctuation trimmed.
 *   "President Volodymyr Zelenskyy" → Volodymyr Zelenskyy     "Putin" → Putin
 * Watch out for: credits glued to a source ("Sergei Grits—AP": cut at the dash), slashed terms
 * ("Zelenskyy/Facebook"), lower-case words compromise tags as people.
 */
import { MARK, endsWith } from '../../doc/marks.js';
import type { Extractor, Mention } from '../../model/types.js';
import { isCapitalized, tokenAtOrAfter, tokensIn } from '../../util/tokens.js';
import { isHonorific, isTitleWord, skipSentenceOpener, withoutPossessive } from '../names.js';

/** What ends the name after a word: a dash or slash of a credit ("Grits—AP", "Zelenskyy/Facebook"), a pipe, , ; : ( ) or a quote. */
const NAME_BREAK = MARK.dash | MARK.slash | MARK.pipe | MARK.comma | MARK.semicolon | MARK.colon | MARK.openParen | MARK.closeParen | MARK.quote;

export const compromisePeople: Extractor = (doc) => {
  const text = doc.text;
  const out: Mention<'person'>[] = [];
  for (const topic of doc.topics.people) {
    const toks = tokensIn(doc.tokens, topic);
    let from = 0;
    const first = toks[0] ? tokenAtOrAfter(doc.tokens, toks[0].start) : -1;
    if (first >= 0 && skipSentenceOpener(doc.tokens, first) !== first) from = 1;
    while (from < toks.length && (isTitleWord(toks[from]!) || isHonorific(toks[from]!) || toks[from]!.tags.has('Demonym') || !isCapitalized(toks[from]!))) from++;
    let to = from;
    while (to < toks.length && isCapitalized(toks[to]!) && !/[—–/|]/.test(toks[to]!.text)) {
      to++;
      if (endsWith(toks[to - 1]!, NAME_BREAK)) break;
    }
    if (to === from) continue;
    const span = withoutPossessive(text, { start: toks[from]!.start, end: toks[to - 1]!.end });
    if (span.end <= span.start) continue;
    const name = text.slice(span.start, span.end);
    const role = from > 0 && toks.slice(0, from).some(isTitleWord) ? text.slice(toks[0]!.start, toks[from - 1]!.end) : undefined;
    out.push({ kind: 'person', ...span, text: name, value: { name, role }, rule: 'person/compromise' });
  }
  return out;
};
