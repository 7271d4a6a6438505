/**
 * compromise's preTagger with its second pass remembered per word (see rememberSecondPass below).
 */
import { MEMO_MAX } from '../../util/memo.js';
import { compromiseFiles, type Nlp, type TaggedTerm, type Term, type TermStep } from './internals.js';
import { loadQuickFillTags } from './quickFillTags.js';

/** The tag-related fields of a term that compromise's second tagging pass reads or writes besides its tags. */
type PassTerm = TaggedTerm & { index?: number[]; machine?: string; implicit?: string; switch?: string; confidence?: number };
/** The tag-related fields of a term, before or after compromise's second tagging pass. */
interface PassState { tags: string[]; switch: string | undefined; confidence: number | undefined; dirty: boolean | undefined; chunk: string | undefined }
/**
 * One word's second pass: what it read of the term (besides the text, its key) and what it left; `next`,
 * the same word's other passes (another state, another place in its sentence).
 */
interface PassEntry { normal: string; machine: string | undefined; flags: number; tail: string; before: PassState; after: PassState; next: PassEntry | undefined }

const APOSTROPHE = /['‘’‛‵′`´]/;
const QUOTE_BEFORE = /["']$/;

/**
 * Besides the text and tags, what compromise's second tagging pass (tagger/index.js, secondPass:
 * tagSwitch, checkCase, checkSuffix, checkRegex, checkPrefix) reads of a term: whether it opens its
 * sentence (1), whether its clause is all capitals (2), a quotation mark before it (4), an apostrophe
 * after it and none before (8: the pass then reads the word with what follows it, `tail`).
 * checkYear, the one step that reads the neighbours, is run apart.
 */
function passFlags(term: PassTerm, isYelling: boolean): number {
  let flags = (term.index![1] === 0 ? 1 : 0) | (isYelling ? 2 : 0);
  if (term.pre !== '' && QUOTE_BEFORE.test(term.pre)) flags |= 4;
  if (term.post !== '' && APOSTROPHE.test(term.post) && !APOSTROPHE.test(term.pre)) flags |= 8;
  return flags;
}

function sameState(term: PassTerm, state: PassState): boolean {
  if (term.switch !== state.switch || term.confidence !== state.confidence || term.dirty !== state.dirty || term.chunk !== state.chunk || term.tags.size !== state.tags.length) return false;
  let i = 0;
  for (const tag of term.tags) if (tag !== state.tags[i++]) return false;
  return true;
}

function findEntry(first: PassEntry | undefined, term: PassTerm, flags: number, tail: string): PassEntry | undefined {
  for (let e = first; e; e = e.next) {
    if (e.flags === flags && e.normal === term.normal && e.machine === term.machine && e.tail === tail && sameState(term, e.before)) return e;
  }
  return undefined;
}
/** The files of compromise's tagger steps, under src/2-two/preTagger/compute/tagger/ (14.17). */
const TAGGER_FILES = {
  colons: '1st-pass/01-colons.js', hyphens: '1st-pass/02-hyphens.js',
  tagSwitch: '2nd-pass/00-tagSwitch.js', checkCase: '2nd-pass/01-case.js', checkSuffix: '2nd-pass/02-suffix.js',
  checkRegex: '2nd-pass/03-regex.js', checkPrefix: '2nd-pass/04-prefix.js', checkYear: '2nd-pass/05-year.js',
  checkAcronym: '3rd-pass/01-acronym.js', neighbours: '3rd-pass/02-neighbours.js', orgWords: '3rd-pass/03-orgWords.js',
  placeWords: '3rd-pass/04-placeWords.js', nounFallback: '3rd-pass/05-fallback.js', switches: '3rd-pass/06-switches.js',
  verbType: '3rd-pass/07-verb-type.js', imperative: '3rd-pass/08-imperative.js', fillTags: '3rd-pass/_fillTags.js',
} as const;

/**
 * compromise's preTagger (tagger/index.js, 14.17) with its second pass remembered per word. That pass
 * guesses a word's tags from its letters (capitals, suffix, look-alike patterns, prefix) and costs about
 * 4 µs a word; all it reads of a word is its text, its normal forms, passFlags() and the state it finds
 * (PassState), so a word seen before in the same state gets the same tags again. The first pass, the
 * clause split and the third pass (neighbours) run as in compromise, from its own files. Installed through compromise's
 * plugin API (the compute step `preTagger`), only where those files are where 14.17.0 has them.
 */
export async function rememberSecondPass(nlp: Nlp): Promise<{ installed: boolean; quickFillTags: boolean }> {
  const none = { installed: false, quickFillTags: false };
  const world = nlp.world() as unknown as { compute: Record<string, unknown>; methods: { two?: { quickSplit?: (docs: Term[][]) => Term[][] } } };
  const quickSplit = world.methods.two?.quickSplit;
  if (typeof world.compute.preTagger !== 'function' || typeof quickSplit !== 'function') return none;
  const steps = await compromiseFiles(['2-two', 'preTagger', 'compute', 'tagger'], TAGGER_FILES) as Record<keyof typeof TAGGER_FILES, TermStep> | null;
  if (!steps || !Object.values(steps).every((f) => typeof f === 'function')) return none;
  const { colons, hyphens, tagSwitch, checkCase, checkSuffix, checkRegex, checkPrefix, checkYear } = steps;
  const { checkAcronym, neighbours, orgWords, placeWords, nounFallback, switches, verbType } = steps;
  // With DEBUG_TAGS set, compromise's own fillTags runs, for its log.
  const quick = process.env.DEBUG_TAGS ? null : await loadQuickFillTags();
  const fillTags = quick ?? steps.fillTags;
  const imperative = steps.imperative as unknown as (terms: Term[], world: unknown) => void;
  /** The second passes seen, by the term's text. */
  const passed = new Map<string, PassEntry>();
  /** Their states, one object for each (news has a few thousand), so that a word costs one small entry. */
  const states = new Map<string, PassState>();
  const stateOf = (term: PassTerm): PassState => {
    const tags = [...term.tags];
    const signature = `${tags.join()}|${term.switch}|${term.confidence}|${term.dirty}|${term.chunk}`;
    let state = states.get(signature);
    if (!state) states.set(signature, (state = { tags, switch: term.switch, confidence: term.confidence, dirty: term.dirty, chunk: term.chunk }));
    return state;
  };

  const secondPass = (terms: PassTerm[], model: unknown, w: unknown, isYelling: boolean): void => {
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i]!;
      if (term.frozen === true) continue;
      // Terms split off a contraction, or without a place in their sentence, are left to compromise.
      const remembered = term.implicit === undefined && term.index !== undefined;
      const flags = remembered ? passFlags(term, isYelling) : 0;
      const tail = flags & 8 ? term.post.trim() : '';
      const first = remembered ? passed.get(term.text) : undefined;
      const known = findEntry(first, term, flags, tail);
      if (known) {
        const after = known.after;
        // States are interned: the same object when the pass changed nothing (three words in four), and
        // the term is already in it.
        if (after !== known.before) {
          term.tags = new Set(after.tags);
          if (after.switch !== term.switch) term.switch = after.switch;
          if (after.confidence !== term.confidence) term.confidence = after.confidence;
          if (after.dirty !== term.dirty) term.dirty = after.dirty;
          if (after.chunk !== term.chunk) term.chunk = after.chunk;
        }
      } else {
        const before = remembered ? stateOf(term) : null;
        tagSwitch(terms, i, model, w);
        if (isYelling === false) checkCase(terms, i, model, w);
        checkSuffix(terms, i, model, w);
        checkRegex(terms, i, model, w);
        checkPrefix(terms, i, model, w);
        if (before) {
          // Forgotten all at once past a vocabulary's worth of words, as memo() does: memory stays flat.
          if (!first && passed.size >= MEMO_MAX) {
            passed.clear();
            states.clear();
          }
          passed.set(term.text, { normal: term.normal, machine: term.machine, flags, tail, before, after: stateOf(term), next: first });
        }
      }
      checkYear(terms, i, model, w);
    }
  };
  const thirdPass = (terms: PassTerm[], model: unknown, w: unknown, isYelling: boolean): void => {
    for (let i = 0; i < terms.length; i += 1) {
      let found = checkAcronym(terms, i, model, w);
      fillTags(terms, i, model, w);
      found = found || neighbours(terms, i, model, w);
      found = found || nounFallback(terms, i, model, w);
    }
    for (let i = 0; i < terms.length; i += 1) {
      if (terms[i]!.frozen === true) continue;
      orgWords(terms, i, w, isYelling);
      placeWords(terms, i, w, isYelling);
      switches(terms, i, w);
      verbType(terms, i, model, w);
      hyphens(terms, i, model, w);
    }
    imperative(terms, w);
  };
  const preTagger = (view: { docs: PassTerm[][]; model: unknown; world: unknown }): PassTerm[][] => {
    const { model, world: w } = view;
    for (const terms of view.docs) colons(terms, 0, model, w);
    const document = quickSplit(view.docs) as PassTerm[][];
    for (const terms of document) {
      const isYelling = ignoreCase(terms);
      secondPass(terms, model, w, isYelling);
      thirdPass(terms, model, w, isYelling);
    }
    return document;
  };
  nlp.plugin({ compute: { preTagger } } as unknown as Parameters<Nlp['plugin']>[0]);
  return { installed: true, quickFillTags: quick !== null };
}

/** compromise's ignoreCase() (tagger/index.js): a clause of more than 3 words, none of them in lower case. */
function ignoreCase(terms: readonly Term[]): boolean {
  if (terms.filter((t) => !t.tags.has('ProperNoun')).length <= 3) return false;
  return terms.every((t) => !/^[a-z]/.test(t.text));
}
