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
import { hasPossessive, inShoutedLine, isCapitalized } from '../../util/tokens.js';
import { bare, continuesRun, isTitleWord, withoutPossessive } from '../names.js';

const HEADS = new Set(ORG_HEADS.flatMap((h) => h.split(' ')).map((h) => h.toLowerCase()));
const CONNECTORS = new Set(ORG_CONNECTORS);
const LEADING_DROP = new Set(['the', 'a', 'an']);

function hasHead(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (HEADS.has(bare(tokens[k]!))) return true;
  return false;
}

/** "St." before a name: "St. Petersburg International Economic Forum" starts at it. */
const saintBefore = (tokens: readonly Token[], i: number, text: string): boolean => {
  const prev = tokens[i - 1];
  return !!prev && /^(?:St|Ste)$/.test(prev.text) && text.slice(prev.end, tokens[i]!.start) === '. ';
};

/** A word that opens a sentence and is not part of a name: "But US State Department officials". */
const opener = (t: Token): boolean => LEADING_DROP.has(t.normal) || (['Conjunction', 'Adverb', 'Preposition'].some((tag) => t.tags.has(tag)) && !t.tags.has('ProperNoun'));

/** A word of a headline's verb, not of a name: "British Security Services Questioned About ...". */
const headlineVerb = (t: Token): boolean => t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('ProperNoun') && !t.tags.has('Adjective');

export const headWordOrg: Extractor = (doc, ctx) => {
  const { tokens } = doc;
  const text = doc.text;
  const givenNames = ctx.resources.givenNames;
  const out: Mention<'organization'>[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalized(tokens[i]!)) { i++; continue; }
    // Grow a run of capitalized words and inner connectors.
    let j = i + 1;
    while (j < tokens.length && continuesRun(tokens, j, text) && !endsWith(tokens[j - 1]!, NAME_END | MARK.quote | MARK.openParen) && !hasPossessive(tokens[j - 1]!.text)) {
      const t = tokens[j]!;
      // A title after the name ends it: "European Commission President Ursula von der Leyen"; so does a
      // person's given name ("European Council Charles Michel") and a headline's verb.
      if ((isTitleWord(t) || (givenNames.has(t.text) && tokens[j + 1] && isCapitalized(tokens[j + 1]!))) && hasHead(tokens, i, j)) break;
      if (isCapitalized(t) && headlineVerb(t)) break;
      if (isCapitalized(t)) { j++; continue; }
      // A connector leads on to more of the name, not to a date ("... Department in February").
      const after = tokens[j + 1];
      if (CONNECTORS.has(t.normal) && after && isCapitalized(after) && continuesRun(tokens, j + 1, text) &&
        !after.tags.has('Date') && !after.tags.has('Month') && !after.tags.has('WeekDay')) { j++; continue; }
      break;
    }
    let from = i;
    while (from < j - 1 && opener(tokens[from]!) && !HEADS.has(bare(tokens[from]!))) from++;
    let to = j;
    while (to > from && !isCapitalized(tokens[to - 1]!)) to--;
    if (to - from >= 2 && to - from <= 10 && hasHead(tokens, from, to) && !inShoutedLine(text, tokens[from]!.start, tokens[to - 1]!.end)) {
      const start = from === i && saintBefore(tokens, from, text) ? tokens[from - 1]!.start : tokens[from]!.start;
      const span = withoutPossessive(text, { start, end: tokens[to - 1]!.end });
      const name = text.slice(span.start, span.end);
      out.push({ kind: 'organization', ...span, text: name, value: { name }, rule: 'organization/head-word' });
    }
    i = j;
  }
  return out;
};
