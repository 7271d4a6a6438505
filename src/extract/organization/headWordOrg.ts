/**
 * Capitalized phrases built around an organization word, with connectors inside.
 *   "Russian Ministry of Defense"   "Ukrainian Defense Ministry"   "Wall Street Journal"
 *   "Organization for Security and Cooperation in Europe"   "European Union"
 * Watch out for: a sentence-initial "The" (cut off), connectors at the end ("... Council of"),
 * runs that swallow a person ("Ministry spokeswoman Maria Zakharova": lower-case words end a run).
 */
import { ORG_CONNECTORS, ORG_HEADS } from '../../data/organizations.js';
import { MARK, NAME_END, endsWith } from '../../doc/marks.js';
import type { Extractor, Mention, Token } from '../../model/types.js';
import { hasPossessive, isCapitalized } from '../../util/tokens.js';
import { bare, continuesRun, isTitleWord, withoutPossessive } from '../names.js';

const HEADS = new Set(ORG_HEADS.flatMap((h) => h.split(' ')).map((h) => h.toLowerCase()));
const CONNECTORS = new Set(ORG_CONNECTORS);
const LEADING_DROP = new Set(['the', 'a', 'an']);

function hasHead(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (HEADS.has(bare(tokens[k]!))) return true;
  return false;
}

export const headWordOrg: Extractor = (doc) => {
  const { tokens } = doc;
  const text = doc.text;
  const out: Mention<'organization'>[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalized(tokens[i]!)) { i++; continue; }
    // Grow a run of capitalized words and inner connectors.
    let j = i + 1;
    while (j < tokens.length && continuesRun(tokens, j, text) && !endsWith(tokens[j - 1]!, NAME_END | MARK.quote | MARK.openParen) && !hasPossessive(tokens[j - 1]!.text)) {
      const t = tokens[j]!;
      // A title after the name ends it: "European Commission President Ursula von der Leyen".
      if (isTitleWord(t) && hasHead(tokens, i, j)) break;
      if (isCapitalized(t)) { j++; continue; }
      if (CONNECTORS.has(t.normal) && tokens[j + 1] && isCapitalized(tokens[j + 1]!) && continuesRun(tokens, j + 1, text)) { j++; continue; }
      break;
    }
    let from = i;
    while (from < j && LEADING_DROP.has(tokens[from]!.normal)) from++;
    let to = j;
    while (to > from && !isCapitalized(tokens[to - 1]!)) to--;
    if (to - from >= 2 && to - from <= 10 && hasHead(tokens, from, to)) {
      const span = withoutPossessive(text, { start: tokens[from]!.start, end: tokens[to - 1]!.end });
      const name = text.slice(span.start, span.end);
      out.push({ kind: 'organization', ...span, text: name, value: { name }, rule: 'organization/head-word' });
    }
    i = j;
  }
  return out;
};
