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
import { hasPossessive, inShoutedLine, isCapitalized, isSentenceInitial } from '../../util/tokens.js';
import { bare, continuesRun, isAbbreviation, isTitleWord, withoutPossessive } from '../names.js';

const HEADS = new Set(ORG_HEADS.flatMap((h) => h.split(' ')).map((h) => h.toLowerCase()));
const CONNECTORS = new Set(ORG_CONNECTORS);
const LEADING_DROP = new Set(['the', 'a', 'an']);

function hasHead(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (HEADS.has(bare(tokens[k]!))) return true;
  return false;
}

/** Whether the capitalized run at k holds a head or a title word: "(Office of the) Press Secretary", "(Council of the) European Union". */
function headedRunAt(tokens: readonly Token[], k: number, text: string): boolean {
  for (let m = k; m < tokens.length && m - k < 5 && isCapitalized(tokens[m]!) && (m === k || continuesRun(tokens, m, text)); m++) {
    if (HEADS.has(bare(tokens[m]!)) || isTitleWord(tokens[m]!)) return true;
  }
  return false;
}

/** "St." before a name: "St. Petersburg International Economic Forum" starts at it. */
const saintBefore = (tokens: readonly Token[], i: number, text: string): boolean => {
  const prev = tokens[i - 1];
  return !!prev && /^(?:St|Ste)$/.test(prev.text) && text.slice(prev.end, tokens[i]!.start) === '. ';
};

/** A word that opens a sentence and is not part of a name: "But US State Department officials". */
const opener = (t: Token): boolean => ['Conjunction', 'Adverb', 'Preposition'].some((tag) => t.tags.has(tag)) && !t.tags.has('ProperNoun');

/** A word of a headline's verb, not of a name: "British Security Services Questioned About ...". */
const headlineVerb = (t: Token): boolean => t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('ProperNoun') && !t.tags.has('Adjective');

export const headWordOrg: Extractor = (doc, ctx) => {
  const { tokens } = doc;
  const text = doc.text;
  const givenNames = ctx.resources.givenNames;
  const out: Mention<'organization'>[] = [];
  /** The organization of tokens [from, to), if it is one; `runStart`: "St." before it may open it. */
  const emit = (from: number, to: number, runStart: boolean): void => {
    if (to - from < 2 || to - from > 10 || !hasHead(tokens, from, to) || inShoutedLine(text, tokens[from]!.start, tokens[to - 1]!.end)) return;
    const start = runStart && saintBefore(tokens, from, text) ? tokens[from - 1]!.start : tokens[from]!.start;
    const span = withoutPossessive(text, { start, end: tokens[to - 1]!.end });
    const name = text.slice(span.start, span.end);
    out.push({ kind: 'organization', ...span, text: name, value: { name }, rule: 'organization/head-word' });
  };
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalized(tokens[i]!)) { i++; continue; }
    // Grow a run of capitalized words and inner connectors.
    let j = i + 1;
    let afterOf = false;
    while (j < tokens.length && continuesRun(tokens, j, text) && !endsWith(tokens[j - 1]!, NAME_END | MARK.quote | MARK.openParen) && !hasPossessive(tokens[j - 1]!.text)) {
      const t = tokens[j]!;
      // A title after the name ends it: "European Commission President Ursula von der Leyen"; so does a
      // person's given name ("European Council Charles Michel") and a headline's verb.
      // A title belongs to the name only inside an office "of the" body ("Office of the Press Secretary").
      const nameFollows = !!tokens[j + 1] && isCapitalized(tokens[j + 1]!) && continuesRun(tokens, j + 1, text);
      if (isTitleWord(t) && hasHead(tokens, i, j) && (nameFollows || !afterOf || isAbbreviation(t))) break;
      if (givenNames.has(t.text) && nameFollows && hasHead(tokens, i, j)) break;
      if (isCapitalized(t) && headlineVerb(t)) break;
      if (isCapitalized(t)) { j++; continue; }
      // One or two connectors lead on to more of the name ("Office of the Press Secretary"), not to a date
      // ("... Department in February").
      const n = t.normal === 'of' && tokens[j + 1]?.normal === 'the' && hasHead(tokens, i, j) && headedRunAt(tokens, j + 2, text) ? 2 : 1;
      const after = tokens[j + n];
      if (CONNECTORS.has(t.normal) && after && isCapitalized(after) && continuesRun(tokens, j + n, text) &&
        !after.tags.has('Date') && !after.tags.has('Month') && !after.tags.has('WeekDay')) { afterOf ||= t.normal === 'of'; j += n; continue; }
      break;
    }
    let from = i;
    while (from < j - 1 && (LEADING_DROP.has(tokens[from]!.normal) || (isSentenceInitial(tokens, from) && opener(tokens[from]!))) && !HEADS.has(bare(tokens[from]!))) from++;
    let to = j;
    while (to > from && !isCapitalized(tokens[to - 1]!)) to--;
    // Two bodies joined by "and", each ending in a head word, are two ("Rumour Service and Public Protection Service").
    const and = tokens.slice(from, to).findIndex((t) => t.normal === 'and') + from;
    if (and > from && hasHead(tokens, from, and) && to - and > 2 && hasHead(tokens, and + 1, to)) {
      emit(from, and, false);
      emit(and + 1, to, false);
    } else emit(from, to, from === i);
    i = j;
  }
  return out;
};
