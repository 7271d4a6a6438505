/**
 * A capitalized name next to a verb of saying, or after "according to".
 *   "Zelenskyy said"   "Trump wrote on Truth Social"   "according to Markiyan Lubkyvsky"
 *   "..., said Sergei Lavrov."
 * Watch out for: places and organizations that speak ("Moscow says", "Reuters reports": dropped by
 * refine/resolveEntities with the gazetteer and the organization lists), pronouns ("He said"),
 * and plain nouns that open a sentence ("Officials said").
 */
import { SPEECH_VERBS } from '../../data/titles.js';
import { MARK, STOP, endsWith } from '../../doc/marks.js';
import type { Extractor, Mention, Token } from '../../model/types.js';
import { isCapitalized } from '../../util/tokens.js';
import { nameRunEnd, skipSentenceOpener, withoutPossessive } from '../names.js';

const SPEECH = new Set(SPEECH_VERBS);

const nameLike = (run: Token[]): boolean =>
  run.length > 1 || (run[0]!.tags.has('ProperNoun') || run[0]!.tags.has('Person')) && !run[0]!.tags.has('Pronoun') && !run[0]!.tags.has('Plural');

export const speakerName: Extractor = (doc) => {
  const { tokens } = doc;
  const text = doc.text;
  const out: Mention<'person'>[] = [];
  const emit = (from: number, to: number, rule: string): void => {
    const run = tokens.slice(from, to);
    if (run.length === 0 || !nameLike(run)) return;
    const span = withoutPossessive(text, { start: run[0]!.start, end: run[run.length - 1]!.end });
    const name = text.slice(span.start, span.end);
    out.push({ kind: 'person', ...span, text: name, value: { name }, rule });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isCapitalized(t)) continue;
    // Start of a run only: the previous token does not continue it.
    const from = skipSentenceOpener(tokens, i);
    if (from !== i) continue;
    const end = nameRunEnd(tokens, i, text, 6);
    if (end === i) continue;
    const next = tokens[end];
    const prev = tokens[i - 1];
    const prev2 = tokens[i - 2];
    const closesClause = endsWith(tokens[end - 1]!, MARK.comma | MARK.period | MARK.semicolon | MARK.exclamation | MARK.question) || !next || next.sentence !== t.sentence;
    if (next && next.sentence === t.sentence && SPEECH.has(next.normal) && !endsWith(tokens[end - 1]!, STOP)) emit(i, end, 'person/speaker');
    else if (prev && prev2 && prev2.normal === 'according' && prev.normal === 'to') emit(i, end, 'person/according-to');
    else if (prev && SPEECH.has(prev.normal) && prev2 && endsWith(prev2, MARK.comma) && closesClause) emit(i, end, 'person/speaker');
    i = Math.max(i, end - 1);
  }
  return out;
};
