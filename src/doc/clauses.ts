/**
 * Clauses inside a sentence, cut at the cues of src/data/clauses.ts:
 *   "Kiev will give the rebels 225 fighters, while the rebels will hand over 125 soldiers"
 *       → "Kiev will give the rebels 225 fighters" | ", while " | "the rebels will hand over 125 soldiers"
 *   "The ministry stated that each side released 270" → "The ministry" | "stated that " | "each side released 270"
 * Reported speech opens a clause ("The ministry stated that each side released": the ministry is not who
 * released), but not a verb of saying used otherwise ("estimated to be between 8,000 and 10,000", "reported by").
 * Watch out for: "and" alone (it joins words as often as clauses: only ", and the", ", and a" cut), a hyphen
 * inside a word (a dash cuts only with spaces on both sides), a relative pronoun (its own kind, 'relative',
 * which clauseAround leaves out by default: "the soldiers who were freed" is one event's clause).
 */
import { CLAUSE_COMMA_OPENERS, CLAUSE_COORDINATORS, CLAUSE_DASHES, CLAUSE_PUNCTUATION, NOT_REPORTED_SPEECH_AFTER, RELATIVE_PRONOUNS } from '../data/clauses.js';
import { SPEECH_VERBS } from '../data/titles.js';
import type { BreakKind, ClauseBreak, Doc, Sentence, Span } from '../model/types.js';
import { alternation } from '../util/regex.js';
import { firstStartingAt } from '../util/spans.js';

const charClass = (chars: readonly string[]): string => `[${chars.map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('')}]`;
const COORDINATOR = alternation(CLAUSE_COORDINATORS);
const COMMA_OPENER = alternation(CLAUSE_COMMA_OPENERS);
const BREAK = new RegExp(
  [
    String.raw`(?<punctuation>${charClass(CLAUSE_PUNCTUATION)})`,
    String.raw`(?<afterComma>,\s+(?:${COORDINATOR}|${COMMA_OPENER})\b)`,
    String.raw`(?<coordinator>\s+(?:${COORDINATOR})\s+)`,
    String.raw`(?<dash>\s+${charClass(CLAUSE_DASHES)}\s+)`,
    String.raw`(?<speech>\b(?:${alternation(SPEECH_VERBS)})\s+(?!(?:${alternation(NOT_REPORTED_SPEECH_AFTER)})\b)(?:that\s+)?)`,
  ].join('|'),
  'gi',
);
const RELATIVE = new RegExp(String.raw`\s+(?:${alternation(RELATIVE_PRONOUNS)})\s+`, 'gi');

function kindOf(groups: Record<string, string | undefined>): BreakKind {
  if (groups.punctuation !== undefined) return 'punctuation';
  if (groups.dash !== undefined) return 'dash';
  if (groups.speech !== undefined) return 'speech';
  return 'coordinator';
}

/** The clause breaks of one sentence, in text order. */
export function clauseBreaks(text: string, sentence: Sentence): ClauseBreak[] {
  const s = text.slice(sentence.start, sentence.end);
  const out: ClauseBreak[] = [];
  for (const m of s.matchAll(BREAK)) {
    out.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, kind: kindOf(m.groups!), sentence: sentence.index });
  }
  if (!/\bwh/i.test(s)) return out;
  // Relative pronouns, where no other cue stands.
  let added = false;
  for (const m of s.matchAll(RELATIVE)) {
    const b: ClauseBreak = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, kind: 'relative', sentence: sentence.index };
    if (out.some((o) => o.start < b.end && b.start < o.end)) continue;
    out.push(b);
    added = true;
  }
  return added ? out.sort((a, b) => a.start - b.start) : out;
}

/** The breaks of a sentence, from the Doc's list (sorted by start). */
export function breaksOf(doc: Doc, sentence: Span): ClauseBreak[] {
  const out: ClauseBreak[] = [];
  for (let i = firstStartingAt(doc.breaks, sentence.start); i < doc.breaks.length && doc.breaks[i]!.start < sentence.end; i++) out.push(doc.breaks[i]!);
  return out;
}

/** The kinds of break clauseAround cuts at by default: all but relative pronouns. */
export const MAIN_CLAUSE_BREAKS: ReadonlySet<BreakKind> = new Set(['punctuation', 'dash', 'coordinator', 'speech']);

/**
 * The clause of `sentence` around a span, without the cues at its edges: between the last break that ends
 * before the span and the first that starts after it. A span across a break takes both clauses.
 */
export function clauseAround(doc: Doc, sentence: Span, at: Span, kinds: ReadonlySet<BreakKind> = MAIN_CLAUSE_BREAKS): Span {
  let start = sentence.start;
  let end = sentence.end;
  for (let i = firstStartingAt(doc.breaks, sentence.start); i < doc.breaks.length && doc.breaks[i]!.start < sentence.end; i++) {
    const b = doc.breaks[i]!;
    if (!kinds.has(b.kind)) continue;
    if (b.end <= at.start) start = b.end;
    else if (b.start >= at.end) {
      end = b.start;
      break;
    }
  }
  return { start, end };
}
