/**
 * The only module that imports compromise. It turns compromise's View objects into plain
 * spans and tokens, once per article, so the extractors never see compromise's API.
 *
 * Checked on compromise 14.17: term offsets exclude the punctuation around a word (`pre`/`post`),
 * while a phrase's own offset length includes trailing punctuation, so phrase spans are rebuilt
 * from their first and last terms.
 *
 * compromise/two is its tokenizer, lexicon and taggers without the third level's phrase APIs (chunks,
 * coreference, .people() and the like), which we do not call: the same tokens and tags (compared on
 * 2,459 texts), a shorter load and a smaller heap in each worker.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import nlp from 'compromise/two';
import { MONTH_NAMES } from '../data/calendar.js';
import type { NlpDoc, Span, Token } from '../model/types.js';
import { memo, MEMO_MAX } from '../util/memo.js';

/**
 * compromise's tagger grows faster than linearly with the length of one sentence (a 8,000-character
 * run of capitalized words without a full stop takes seconds), so the text is cut into chunks of at
 * most this many characters: at a line break, else after a sentence, else at a space. News
 * paragraphs are shorter than this; only run-on or hostile text is cut mid-sentence.
 */
const MAX_CHUNK = 1000;
const SENTENCE_END = /[.!?]["”’)\]]*\s/g;

export function chunkText(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + MAX_CHUNK);
    if (end < text.length) {
      const window = text.slice(start, end);
      let cut = window.lastIndexOf('\n') + 1;
      if (cut < MAX_CHUNK / 4) {
        for (const m of window.matchAll(SENTENCE_END)) cut = Math.max(cut, m.index + m[0].length);
      }
      if (cut < MAX_CHUNK / 4) cut = window.lastIndexOf(' ') + 1;
      if (cut < MAX_CHUNK / 4) cut = window.length; // no space at all: a hard cut
      end = start + cut;
    }
    out.push({ start, end });
    start = end;
  }
  return out;
}

/** The parts of compromise's world that its tokenizer runs through (internal; checked on 14.17). */
interface TokenizerWorld {
  model: unknown;
  compute: Record<string, (view: { docs: Partial<Term>[][]; world: TokenizerWorld }) => void>;
  methods: {
    one: {
      tokenize: {
        splitSentences: (text: string, world: TokenizerWorld) => string[];
        splitTerms: (sentence: string, model: unknown) => string[];
        splitWhitespace: (word: string, model: unknown) => { text: string; pre: string; post: string };
        fromString: (text: string, world: TokenizerWorld) => Partial<Term>[][];
      };
    };
  };
}

/**
 * compromise's tokenizer with what it computes for each word remembered by the word as written: its
 * split into punctuation and text, and its normal form (lower case, no accents, no trailing
 * punctuation; computed twice per word by compromise's own tokenize(), once here). Both are pure
 * functions of the word, about half of the tokenizer's time, and news repeats its words; the documents
 * built are the same as before (compared term by term, tags included, on the quick bench corpus).
 */
function rememberWords(): void {
  const world = nlp.world() as TokenizerWorld;
  const tokenize = world.methods.one.tokenize;
  const { splitSentences, splitTerms, splitWhitespace } = tokenize ?? {};
  // As in skipTheIdle(): another layout of compromise's tokenizer is left to run as it is.
  if (![splitSentences, splitTerms, splitWhitespace, tokenize?.fromString, world.compute.normal].every((f) => typeof f === 'function')) return;
  const computeNormal = world.compute.normal!;
  const normalOf = memo((text: string): string => {
    const term: Partial<Term> = { text };
    computeNormal({ docs: [[term]], world });
    return term.normal ?? text;
  });
  const termOf = memo((word: string): Word => {
    const { text, pre, post } = splitWhitespace(word, world.model);
    return { text, pre, post, normal: normalOf(text), machine: null, lexicon: undefined };
  });
  tokenize.fromString = (text, w) =>
    splitSentences(text || '', w).map((sentence) =>
      tokenize.splitTerms(sentence, w.model).map((word) => {
        const t = termOf(word);
        // Every field compromise's steps may add, in one order: terms share one layout (hidden class), and
        // compromise's code reading them stays monomorphic. compromise only tests them for truth or sets them.
        return {
          text: t.text, pre: t.pre, post: t.post, normal: t.normal, normalOf: t.text, word: t, tags: new Set<string>(),
          index: undefined, alias: undefined, machine: undefined, implicit: undefined, switch: undefined, confidence: undefined, dirty: undefined, chunk: undefined, frozen: undefined,
        };
      }),
    );
  // A term keeps the text its normal form was computed from: compromise's tokenize() asks for it again at
  // once, and only a term whose text changed since needs it anew.
  world.compute.normal = (view) => {
    for (const terms of view.docs) {
      for (const term of terms) {
        if (term.normalOf === term.text && term.normal !== undefined) continue;
        term.normal = normalOf(term.text || '');
        term.normalOf = term.text;
      }
    }
  };
}
rememberWords();

/** More of compromise's world, for skipTheIdle() (internal; checked on 14.17). */
interface TaggerWorld {
  model: { one: { tagSet: Record<string, { not?: string[]; parents?: string[] }>; contractions: { word?: string }[] } };
  compute: Record<string, (view: { document: Term[][]; docs: Term[][] }) => void>;
  methods: { one: { setTag: SetTag } };
}
type SetTag = (terms: Term[], tag: unknown, world?: unknown, isSafe?: boolean | null, reason?: string) => void;

/**
 * Whether compromise's contraction splitter can split a term: it has an apostrophe, is one of the known
 * contractions ("cannot", "gonna"), or starts with a digit ("10-15", "4km"). For any other term, each
 * test of the splitter fails (checked in its source, 14.17).
 */
function contractionTest(contractions: readonly { word?: string }[]): (t: Term) => boolean {
  const known = new Set(contractions.flatMap((c) => (c.word ? [c.word] : [])));
  return (t) => t.normal.includes("'") || known.has(t.normal) || /^[+-]?[0-9]/.test(t.text) || /^[0-9]/.test(t.normal);
}

/**
 * Work compromise does on every word that can be skipped with the same result (documents compared
 * term by term, tags included):
 * - its contraction splitter scans its list of 61 known contractions for each word; a sentence can
 *   only change when a word has an apostrophe, is one of those words, or starts with a digit
 *   ("10-15", "4km"), so only sentences with one are given to it (on 14.17, visitContractionsOnly()
 *   below goes further and visits only those words);
 * - its 'machine' form (no possessive 's, no inner hyphen) is a pure function of the normal form:
 *   remembered per word;
 * - setTag(), called for most tags it sets, reads `process.env.DEBUG_TAGS` each time (a call into C++,
 *   about a third of a microsecond, 2 to 3 times a word); a single tag is set here as compromise's own
 *   setTag does, without that read. With DEBUG_TAGS set when this module loads, compromise's is kept.
 */
function skipTheIdle(): void {
  const world = nlp.world() as unknown as TaggerWorld;
  const { compute, model } = world;
  // Another version of compromise may lay these out differently: it then runs as it is, only slower.
  const expected = typeof compute.contractions === 'function' && typeof compute.machine === 'function' && typeof world.methods.one.setTag === 'function'
    && Array.isArray(model.one?.contractions) && typeof model.one.tagSet === 'object';
  if (!expected) return;

  const contract = compute.contractions!;
  const mayContract = contractionTest(model.one.contractions);
  compute.contractions = (view) => {
    const some = view.document.filter((terms) => terms.some(mayContract));
    if (some.length === view.document.length) contract(view);
    // The splitter splices each sentence's array in place; the indexes it gives new terms are redone by
    // the 'index' step of TAGGING.
    else if (some.length > 0) contract(Object.create(view, { document: { value: some } }) as typeof view);
  };

  const machine = compute.machine!;
  const machineOf = memo((normal: string): string | undefined => {
    const term = { text: normal, normal } as Term & { machine?: string };
    machine({ docs: [[term]], document: [[term]] });
    return term.machine;
  });
  compute.machine = (view) => {
    const bare: Term[] = [];
    for (const terms of view.docs) {
      for (const term of terms as (Term & { machine?: string; implicit?: string })[]) {
        if (term.implicit || !term.normal) bare.push(term);
        else {
          // Kept with the word as written while its normal form is the one the tokenizer gave it: most
          // words, without a lookup.
          const word = term.word;
          let m: string | undefined;
          if (word !== undefined && word.normal === term.normal) {
            if (word.machine === null) word.machine = machineOf(term.normal);
            m = word.machine;
          } else m = machineOf(term.normal);
          if (m !== undefined) term.machine = m;
        }
      }
    }
    if (bare.length > 0) machine({ docs: [bare], document: [bare] });
  };

  if (process.env.DEBUG_TAGS) return;
  const setTag = world.methods.one.setTag;
  const quietSetTag: SetTag = (terms, tag, w, isSafe, reason) => {
    if (Array.isArray(tag) && (w as TaggerWorld | undefined)?.model === model) {
      for (const one of tag) quietSetTag(terms, one, w, isSafe);
      return;
    }
    if (typeof tag !== 'string' || tag.includes(' ') || (w as TaggerWorld | undefined)?.model !== model) {
      setTag(terms, tag, w, isSafe, reason);
      return;
    }
    const name = tag.trim().replace(/^#/, '');
    if (!name) return;
    const known = model.one.tagSet[name]; // read each time: compromise's addTags() may replace the tag set
    for (const term of terms) tagTerm(term as TaggedTerm, name, known, isSafe);
  };
  world.methods.one.setTag = quietSetTag;
}

/** A term as compromise's setTag() sees it. */
type TaggedTerm = Term & { frozen?: boolean; dirty?: boolean; chunk?: string };

/** A tag's `not` list as a Set, made once for each tag of the tag set (which compromise may replace). */
const NOT_SETS = new WeakMap<object, ReadonlySet<string>>();
function notSetOf(known: { not?: string[] }): ReadonlySet<string> {
  let set = NOT_SETS.get(known);
  if (!set) NOT_SETS.set(known, (set = new Set(known.not ?? [])));
  return set;
}

/**
 * compromise's tagTerm() (tag/methods/setTag.js, 14.17): drops the tags `tag` excludes, adds it and its
 * parents. compromise deletes each excluded tag in turn, 47 on average and up to 76; a term has a few
 * tags, so here its own tags are checked against the excluded ones instead. The tags left, and their
 * order, are the same: a safe term with an excluded tag is left as it is, as in compromise, where the
 * deletes before that return could only be of tags the term did not have.
 */
function tagTerm(term: TaggedTerm, tag: string, known: { not?: string[]; parents?: string[] } | undefined, isSafe: boolean | null | undefined): void {
  if (term.tags.has(tag) || tag === '.') return;
  const safe = term.frozen === true || isSafe === true;
  if (known) {
    const excluded = notSetOf(known);
    for (const t of term.tags) {
      if (!excluded.has(t)) continue;
      if (safe) return;
      term.tags.delete(t);
    }
    for (const parent of known.parents ?? []) {
      term.tags.add(parent);
      if (parent === 'Noun' || parent === 'Verb') term.chunk = parent;
    }
  }
  term.tags.add(tag);
  term.dirty = true;
  if (tag === 'Noun' || tag === 'Verb') term.chunk = tag;
}
skipTheIdle();

/**
 * A compromise tagger step, reading and tagging terms[i] (internal; 14.17); what follows `i` differs from
 * step to step (model and world, world and isYelling, world alone) and is passed as compromise passes it.
 */
type TermStep = (terms: Term[], i: number, ...rest: unknown[]) => unknown;
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

/** The compromise whose control flow the shortcuts below copy: another version runs its own code. */
const COPIED_FROM = /^14\.17\./;

/** Which of the shortcuts below are installed (the tests check that none fell back unnoticed). */
export const patches = { secondPass: false, contractions: false, splitWords: false, lexicon: false, fillTags: false };

/** compromise's package folder, from its entry point (its `exports` hide the source files from import specifiers). */
export function compromiseRoot(): string {
  const main = createRequire(import.meta.url).resolve('compromise');
  return main.slice(0, main.lastIndexOf(`${path.sep}compromise${path.sep}`) + '/compromise'.length);
}

/**
 * The default exports of files of compromise's source, under src/ + `dir`, by name; null when one is not
 * there (another version of compromise). With `whole`, each file's module with all its exports.
 */
async function compromiseFiles<K extends string>(dir: readonly string[], files: Record<K, string>, whole = false): Promise<Record<K, unknown> | null> {
  try {
    const at = path.join(compromiseRoot(), 'src', ...dir);
    const loaded = await Promise.all(Object.entries<string>(files).map(async ([name, file]) => {
      const module = await import(pathToFileURL(path.join(at, file)).href) as { default: unknown };
      return [name, whole ? module : module.default] as const;
    }));
    if (loaded.some(([, f]) => f === undefined || f === null)) return null;
    return Object.fromEntries(loaded) as Record<K, unknown>;
  } catch {
    return null;
  }
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

/** The helpers of compromise's fillTags, under src/2-two/preTagger/methods/ (14.17). */
const FILL_TAGS_FILES = { looksPlural: 'looksPlural.js', getTense: 'transform/verbs/getTense/index.js' } as const;
export interface FillTagsFiles { looksPlural: (normal: string) => boolean; getTense: (normal: string) => string | null | undefined }
/** The tags compromise's fillTags never guesses Plural or Singular for (its `uncountable`, 14.17). */
const UNCOUNTABLE = ['Acronym', 'Abbreviation', 'ProperNoun', 'Uncountable', 'Possessive', 'Pronoun', 'Activity', 'Honorific', 'Month'];

/**
 * compromise's fillTags (3rd-pass/_fillTags.js, 14.17), run on every word: adds the parents of each of
 * its tags, then guesses Plural or Singular for a bare noun and a tense for a bare verb. compromise builds
 * a reason string for each tag (" -inferred by #Noun") and reads the environment for each call of its
 * fastTag, both only for its debug log: about 5% of analyze()'s allocations and a third of this step's
 * time. This is its code without them; with DEBUG_TAGS set, compromise's own runs.
 */
export function quickFillTags({ looksPlural, getTense }: FillTagsFiles): TermStep {
  // fastTag (_fastTag.js) without its log.
  const add = (term: TaggedTerm, tag: string | readonly string[] | undefined | null): void => {
    if (!tag || tag.length === 0 || term.frozen === true) return;
    if (typeof tag === 'string') term.tags.add(tag);
    else for (const t of tag) term.tags.add(t);
  };
  return (terms, i, model) => {
    const term = terms[i] as TaggedTerm;
    const tagSet = (model as TaggerWorld['model']).one.tagSet;
    for (const tag of Array.from(term.tags)) {
      const known = tagSet[tag];
      if (known) add(term, known.parents);
    }
    const tags = term.tags;
    if (tags.has('Noun') && !tags.has('Plural') && !tags.has('Singular') && !UNCOUNTABLE.some((tag) => tags.has(tag))) {
      add(term, looksPlural(term.normal) ? 'Plural' : 'Singular');
    }
    if (tags.has('Verb') && tags.size === 1) add(term, getTense(term.normal));
  };
}

/**
 * compromise's preTagger (tagger/index.js, 14.17) with its second pass remembered per word. That pass
 * guesses a word's tags from its letters (capitals, suffix, look-alike patterns, prefix) and costs about
 * 4 µs a word; all it reads of a word is its text, its normal forms, passFlags() and the state it finds
 * (PassState), so a word seen before in the same state gets the same tags again. The first pass, the
 * clause split and the third pass (neighbours) run as in compromise, from its own files. Installed only
 * when those files are where 14.17 has them; otherwise compromise's preTagger runs as it is (same tags,
 * slower).
 */
async function rememberSecondPass(): Promise<void> {
  if (!COPIED_FROM.test(nlp.version)) return;
  const world = nlp.world() as unknown as { compute: Record<string, unknown>; methods: { two?: { quickSplit?: (docs: Term[][]) => Term[][] } } };
  const quickSplit = world.methods.two?.quickSplit;
  if (typeof world.compute.preTagger !== 'function' || typeof quickSplit !== 'function') return;
  const steps = await compromiseFiles(['2-two', 'preTagger', 'compute', 'tagger'], TAGGER_FILES) as Record<keyof typeof TAGGER_FILES, TermStep> | null;
  if (!steps || !Object.values(steps).every((f) => typeof f === 'function')) return;
  const { colons, hyphens, tagSwitch, checkCase, checkSuffix, checkRegex, checkPrefix, checkYear } = steps;
  const { checkAcronym, neighbours, orgWords, placeWords, nounFallback, switches, verbType } = steps;
  const guesses = await compromiseFiles(['2-two', 'preTagger', 'methods'], FILL_TAGS_FILES) as FillTagsFiles | null;
  const quick = guesses !== null && typeof guesses.looksPlural === 'function' && typeof guesses.getTense === 'function' && !process.env.DEBUG_TAGS;
  const fillTags = quick ? quickFillTags(guesses) : steps.fillTags;
  patches.fillTags = quick;
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
  patches.secondPass = true;
  world.compute.preTagger = (view: { docs: PassTerm[][]; model: unknown; world: unknown }) => {
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
}

/** compromise's ignoreCase() (tagger/index.js): a clause of more than 3 words, none of them in lower case. */
function ignoreCase(terms: readonly Term[]): boolean {
  if (terms.filter((t) => !t.tags.has('ProperNoun')).length <= 3) return false;
  return terms.every((t) => !/^[a-z]/.test(t.text));
}
await rememberSecondPass();

/** The files of compromise's contraction splitter, under src/1-one/contraction-one/compute/contractions/ (14.17). */
const CONTRACTION_FILES = {
  splice: '_splice.js', apostropheD: 'apostrophe-d.js', apostropheT: 'apostrophe-t.js', french: 'french.js',
  numberRange: 'number-range.js', numberUnit: 'number-unit.js',
} as const;

/** What compromise's contraction splitter reads of its world and view (internal; 14.17). */
interface ContractionView {
  world: { model: { one: { contractions: { word?: string; out?: string[]; before?: string; after?: string }[] } }; methods: { one: { setTag: SetTag } } };
  document: Term[][];
  fromText: (text: string) => { compute: (steps: string[]) => void; docs: Term[][] };
}
type Words = string[] | null;
type TermWords = (terms: Term[], i: number, world?: unknown) => Words;

/**
 * compromise's contraction splitter (contraction-one/compute/contractions/index.js, 14.17), visiting only
 * the words it can split (contractionTest) instead of testing each word of a sentence against its list
 * of known contractions, which cost about 3% of a run. The body for a word is compromise's, with its own
 * files for each kind of contraction; its private helpers are copied below. Its reTag() only builds a
 * view that nothing reads, so it is left out. Installed only when those files are where 14.17 has them.
 */
async function visitContractionsOnly(): Promise<void> {
  if (!COPIED_FROM.test(nlp.version)) return;
  const world = nlp.world() as unknown as TaggerWorld;
  if (typeof world.compute.contractions !== 'function' || !Array.isArray(world.model.one?.contractions)) return;
  const files = await compromiseFiles(['1-one', 'contraction-one', 'compute', 'contractions'], CONTRACTION_FILES);
  const french = files?.french as Record<'preJ' | 'preL' | 'preD', TermWords> | undefined;
  if (!files || !french || ![files.splice, files.apostropheD, files.apostropheT, files.numberRange, files.numberUnit, french.preJ, french.preL, french.preD].every((f) => typeof f === 'function')) return;
  const splice = files.splice as (document: Term[][], point: [number, number], words: Term[]) => void;
  const apostropheD = files.apostropheD as TermWords;
  const apostropheT = files.apostropheT as TermWords;
  const numberRange = files.numberRange as TermWords;
  const numberUnit = files.numberUnit as TermWords;
  const mayContract = contractionTest(world.model.one.contractions);
  const byApostrophe = /'/;
  const numDash = /^[0-9][^-–—]*[-–—].*?[0-9]/;
  const byEnd: Record<string, TermWords> = { t: (terms, i) => apostropheT(terms, i), d: (terms, i) => apostropheD(terms, i) };
  const byStart: Record<string, TermWords> = { j: (terms, i) => french.preJ(terms, i), l: (terms, i) => french.preL(terms, i), d: (terms, i) => french.preD(terms, i) };
  const has = (o: object, key: string | null): key is string => key !== null && Object.prototype.hasOwnProperty.call(o, key);
  // knownOnes, toDocs and thereHas: compromise's, as they are.
  const knownOnes = (list: ContractionView['world']['model']['one']['contractions'], term: Term, before: string | null, after: string | null): Words => {
    for (const o of list) {
      if (o.word === term.normal) return o.out!;
      else if (after !== null && after === o.after) return [before!].concat(o.out!);
      else if (before !== null && before === o.before && after && after.length > 2) return o.out!.concat(after);
    }
    return null;
  };
  const toDocs = (words: string[], view: ContractionView): Term[] => {
    const doc = view.fromText(words.join(' '));
    doc.compute(['id', 'alias']);
    return doc.docs[0]!;
  };
  const thereHas = (terms: Term[], i: number): string[] => {
    for (let k = i + 1; k < 5; k += 1) {
      if (!terms[k]) break;
      if (terms[k]!.normal === 'been') return ['there', 'has'];
    }
    return ['there', 'is'];
  };
  const contractions = (view: ContractionView): void => {
    const { world: w, document } = view;
    const list = w.model.one.contractions || [];
    document.forEach((terms, n) => {
      for (let i = terms.length - 1; i >= 0; i -= 1) {
        const term = terms[i]!;
        if (!mayContract(term)) continue;
        let before: string | null = null;
        let after: string | null = null;
        if (byApostrophe.test(term.normal) === true) {
          [before, after] = term.normal.split(byApostrophe) as [string, string];
        }
        let words = knownOnes(list, term, before, after);
        if (!words && has(byEnd, after)) words = byEnd[after]!(terms, i, w);
        if (!words && has(byStart, before)) words = byStart[before]!(terms, i);
        if (before === 'there' && after === 's') words = thereHas(terms, i);
        if (words) {
          splice(document, [n, i], toDocs(words, view));
          continue;
        }
        if (numDash.test(term.normal)) {
          words = numberRange(terms, i);
          if (words) {
            const made = toDocs(words, view);
            splice(document, [n, i], made);
            w.methods.one.setTag(made, 'NumberRange', w);
            if (made[2] && made[2].tags.has('Time')) w.methods.one.setTag([made[0]!], 'Time', w, null, 'time-range');
          }
          continue;
        }
        words = numberUnit(terms, i, w);
        if (words) {
          const made = toDocs(words, view);
          splice(document, [n, i], made);
          w.methods.one.setTag([made[1]!], 'Unit', w, null, 'contraction-unit');
        }
      }
    });
  };
  world.compute.contractions = contractions as unknown as TaggerWorld['compute'][string];
  patches.contractions = true;
}
await visitContractionsOnly();

/** compromise's splitter of a sentence into words and its helpers, under src/1-one/tokenize/methods/02-terms/ (14.17). */
interface SplitterFiles {
  hyphens: { hasHyphen: (word: string, model: unknown) => boolean; splitHyphens: (word: string) => string[] };
  slashes: { default: (words: (string | null)[]) => (string | null)[] };
  ranges: { default: (words: (string | null)[]) => (string | null)[] };
}

/**
 * compromise's splitTerms() (tokenize/methods/02-terms/index.js, 14.17), for a sentence, with two tests
 * made cheap, about a tenth of the time of analyze() on news. It asked, for each piece of the sentence
 * (words and the spaces between them), whether it is a hyphenated word, by splitting it at dashes, and
 * whether it is one of its non-words ("--", "...", "«"), a property lookup that V8 answers through its
 * table of names for every new string. Here only a piece with a dash is split, and only a piece of at most
 * three characters (the longest non-word) is looked up, in a Set. The words are the same (compared on 4,459
 * texts).
 */
async function splitWordsFaster(): Promise<void> {
  if (!COPIED_FROM.test(nlp.version)) return;
  const tokenize = (nlp.world() as TokenizerWorld).methods.one.tokenize;
  if (typeof tokenize?.splitTerms !== 'function') return;
  const files = await compromiseFiles(['1-one', 'tokenize', 'methods', '02-terms'], { hyphens: '01-hyphens.js', slashes: '02-slashes.js', ranges: '03-ranges.js' }, true) as SplitterFiles | null;
  if (!files) return;
  const { hasHyphen, splitHyphens } = files.hyphens;
  const combineSlashes = files.slashes.default;
  const combineRanges = files.ranges.default;
  if (![hasHyphen, splitHyphens, combineSlashes, combineRanges].every((f) => typeof f === 'function')) return;
  const NOT_WORD = new Set(['.', '?', '!', ':', ';', '-', '–', '—', '--', '...', '(', ')', '[', ']', '"', "'", '`', '«', '»', '*', '•']);
  const wordlike = /\S/;
  const isBoundary = /^[!?.]+$/;
  const naiiveSplit = /(\S+)/;
  const DASH = /[-–—]/;
  const original = tokenize.splitTerms;
  tokenize.splitTerms = (str, model) => {
    if (typeof str !== 'string') return original(str, model); // numbers and arrays of words, as compromise takes them
    const arr: string[] = [];
    for (const piece of str.split(naiiveSplit)) {
      if (DASH.test(piece) && hasHyphen(piece, model)) arr.push(...splitHyphens(piece));
      else arr.push(piece);
    }
    // Spaces and non-words go onto the end of the word before (or the start of the first).
    let result: (string | null)[] = [];
    let carry = '';
    for (const word of arr) {
      if (wordlike.test(word) && !(word.length <= 3 && NOT_WORD.has(word)) && !isBoundary.test(word)) {
        if (result.length > 0) {
          result[result.length - 1] += carry;
          result.push(word);
        } else result.push(carry + word);
        carry = '';
      } else carry += word;
    }
    if (carry) {
      if (result.length === 0) result[0] = '';
      result[result.length - 1] += carry;
    }
    result = combineRanges(combineSlashes(result));
    return result.filter((s): s is string => !!s);
  };
  patches.splitWords = true;
}
await splitWordsFaster();

/** What compromise's lexicon has for a word: see rememberLexicon. */
interface LexiconEntry {
  /** The key it is for (the word's machine form, else its normal form), and the lexicon's version. */
  key: string;
  version: number;
  /** The key's own tags in the lexicon, if it is there. */
  tags: unknown;
  /** Whether singleWord can find more: the key has a prefix it strips ("re-", "un-"), or it is in the lexicon. */
  single: boolean;
  /** The second words of the lexicon's phrases that start with the key, if any may (multi[key] is set). */
  next: ReadonlySet<string> | undefined;
}

/** What compromise's lexicon step (src/1-one/lexicon/compute/, 14.17) reads of its world. */
interface LexiconWorld {
  model: { one: { lexicon: Record<string, unknown>; _multiCache?: Record<string, unknown> } };
  methods: { one: { setTag: SetTag } };
}
type LexiconStep = (terms: Term[], i: number, world: unknown) => boolean | null;
const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * compromise's lexicon step (lexicon/compute/index.js, 14.17), which tags each untagged word from its
 * lexicon: a phrase of its multi-word lexicon starting at the word (multiWord: it joins the word with up
 * to three that follow and looks each phrase up), else the word itself, an alias of it or it without a
 * prefix (singleWord). Their lookups, which V8 answers through its table of names for every new string,
 * took about a twentieth of analyze() on news, "the" alone a third of the words tried for a phrase. What
 * the lexicon has for a word is kept with the word (Word.lexicon): its tags, set here as singleWord sets
 * them, and the second words of the phrases it starts, so that multiWord is called only where the next
 * word is one of them, and singleWord only where it can find something: where either is not called, it
 * would have returned false or null, having set no tag. compromise's addWords() starts a new version of
 * the lexicon. Installed only when the files are where 14.17 has them.
 */
async function rememberLexicon(): Promise<void> {
  if (!COPIED_FROM.test(nlp.version)) return;
  const world = nlp.world() as unknown as LexiconWorld & { compute: Record<string, unknown> };
  if (typeof world.compute.lexicon !== 'function' || typeof world.model.one?.lexicon !== 'object' || typeof nlp.addWords !== 'function') return;
  const files = await compromiseFiles(['1-one', 'lexicon', 'compute'], { multiWord: 'multi-word.js', singleWord: 'single-word.js' }) as Record<'multiWord' | 'singleWord', LexiconStep> | null;
  if (!files || typeof files.multiWord !== 'function' || typeof files.singleWord !== 'function') return;
  const { multiWord, singleWord } = files;
  let version = 0;
  const addWords = nlp.addWords;
  nlp.addWords = function (this: unknown, ...args: Parameters<typeof addWords>) {
    version += 1;
    return addWords.apply(this, args);
  } as typeof addWords;
  // The second words of the lexicon's phrases, by their first (a word with no space: see below).
  let phrasesOf: { version: number; next: Map<string, Set<string>> } | null = null;
  const nextWordsOf = (key: string, lexicon: Record<string, unknown>): ReadonlySet<string> => {
    if (phrasesOf?.version !== version) {
      const next = new Map<string, Set<string>>();
      for (const phrase of Object.keys(lexicon)) {
        if (!phrase.includes(' ')) continue;
        const [first, second] = phrase.split(' ') as [string, string];
        let seconds = next.get(first);
        if (!seconds) next.set(first, (seconds = new Set()));
        seconds.add(second);
      }
      phrasesOf = { version, next };
    }
    return phrasesOf.next.get(key) ?? NO_WORDS;
  };
  // single-word.js strips these before a second lookup (its `prefix`, 14.17).
  const prefix = /^(under|over|mis|re|un|dis|semi|pre|post)-?/;
  const hasOwn = Object.prototype.hasOwnProperty;
  // As the steps read the tables: `multi[word] !== undefined`, `lexicon[word] !== undefined && lexicon.hasOwnProperty(word)`.
  const entryOf = (key: string, one: LexiconWorld['model']['one']): LexiconEntry => {
    const own = one.lexicon[key] !== undefined && hasOwn.call(one.lexicon, key);
    const multi = (one._multiCache ?? {})[key] !== undefined;
    return { key, version, tags: own ? one.lexicon[key] : undefined, single: own || prefix.test(key), next: multi ? nextWordsOf(key, one.lexicon) : undefined };
  };
  world.compute.lexicon = (view: { docs: (Term & { machine?: string; alias?: string[] })[][]; world: LexiconWorld }) => {
    const w = view.world;
    const one = w.model.one;
    const setTag = w.methods.one.setTag;
    for (const terms of view.docs) {
      for (let i = 0; i < terms.length; i += 1) {
        const term = terms[i]!;
        if (term.tags.size !== 0) continue;
        const key = term.machine || term.normal;
        const word = term.word;
        let entry = word?.lexicon;
        if (entry === undefined || entry.key !== key || entry.version !== version) {
          entry = entryOf(key, one);
          if (word !== undefined) word.lexicon = entry;
        }
        if (entry.next !== undefined) {
          // A phrase "key next ..." can be there only if a phrase of the lexicon starts with these two words;
          // a word with a space in it (rare) is left to multiWord.
          const after = terms[i + 1];
          const nextKey = after === undefined ? undefined : (after as { machine?: string }).machine || after.normal;
          if (nextKey !== undefined && (entry.next.has(nextKey) || key.includes(' ') || nextKey.includes(' ')) && multiWord(terms, i, w)) continue;
        }
        if (entry.tags !== undefined) setTag([term], entry.tags, w, false, '1-lexicon'); // singleWord's first branch, as it is
        else if (entry.single || term.alias) singleWord(terms, i, w);
      }
    }
  };
  patches.lexicon = true;
}
await rememberLexicon();

/** Month names, which the tagger without its pattern rules (postTagger) leaves as proper nouns ("in March"). */
const MONTHS = new Set(MONTH_NAMES);

/**
 * The tagging compromise runs here: its lexicon and first tagger (preTagger, whose own passes are named
 * first, second and third above), without the tagger of pattern rules that follows it ("postTagger"),
 * which took about 70% of the time of nlp(text) on news and changed few of the tags the extractors read
 * (measured: CoNLL testa PER 0.852 → 0.843, LOC 0.865 → 0.860, seeds unchanged). The one thing missed
 * that mattered, months read as names ("in March"), is added below.
 * Terms get no ids ('id'): they serve compromise's match API, which we do not call (same output without).
 */
const TAGGING = ['index', 'lexicon', 'preTagger', 'contractionTwo'];

/** A term as compromise keeps it in `doc.docs` (read directly: building its JSON cost a sixth of the time). */
interface Term {
  text: string;
  pre: string;
  post: string;
  normal: string;
  /** The text `normal` was computed from (ours: see rememberWords). */
  normalOf?: string;
  /** The word as the tokenizer read it, shared by its every occurrence (ours: see rememberWords). */
  word?: Word;
  tags: Set<string>;
}

/**
 * A word as written, remembered by the tokenizer (rememberWords) and shared by every term read from it,
 * with what later steps compute of its forms, kept here so that they need no lookup of their own. Each
 * step checks that the term still has the forms its result was computed from.
 */
interface Word {
  text: string;
  pre: string;
  post: string;
  normal: string;
  /** Its machine form (undefined: none other than `normal`), for `normal`; null until asked. */
  machine: string | undefined | null;
  /** What compromise's lexicon has for it (rememberLexicon), once asked. */
  lexicon: LexiconEntry | undefined;
}

/**
 * Runs of consecutive tokens of one sentence that pass `inRun`, cut after a token where `cutAfter`
 * says so: compromise's topic finders (people(), places(), organizations()) over the tokens we keep,
 * without compiling match patterns per call.
 */
function runs(tokens: readonly Token[], inRun: (t: Token) => boolean, cutAfter: (t: Token, next: Token | undefined) => boolean): Span[] {
  const out: Span[] = [];
  let open: Span | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    if (!inRun(t)) {
      open = null;
      continue;
    }
    if (open && prev && prev.sentence === t.sentence && inRun(prev) && !cutAfter(prev, t)) open.end = t.end;
    else out.push((open = { start: t.start, end: t.end }));
  }
  return out;
}

const hasComma = (t: Token): boolean => t.post.includes(',');
const CONTINENT = /^(?:asia|africa|europe|america)$/;

/** compromise's people(), places() and organizations(), as spans over the tokens. */
function topicsOf(tokens: readonly Token[]): NlpDoc['topics'] {
  // '#Honorific+? #Person+', split after commas and after a possessive other than his/her.
  const people = runs(tokens, (t) => t.tags.has('Person'), (t) => hasComma(t) || (t.tags.has('Possessive') && t.normal !== 'his' && t.normal !== 'her'));
  let k = 0;
  for (const span of people) {
    while (k < tokens.length && tokens[k]!.start < span.start) k++;
    for (let j = k - 1; j >= 0 && tokens[j]!.tags.has('Honorific') && tokens[j]!.sentence === tokens[k]?.sentence && !hasComma(tokens[j]!); j--) span.start = tokens[j]!.start;
  }
  // '(#Place|#Address)+', split after commas except in "Paris, France".
  const places = runs(tokens, (t) => t.tags.has('Place') || t.tags.has('Address'),
    (t, next) => hasComma(t) && (CONTINENT.test(t.normal) || !(['City', 'Region', 'ProperNoun'].some((g) => t.tags.has(g)) && !!next && (next.tags.has('Country') || next.tags.has('Region')))));
  const organizations = runs(tokens, (t) => t.tags.has('Organization'), () => false);
  return { people, places, organizations };
}

/**
 * Analyzes `text` with compromise's tokenizer and first tagger; sentences also break at line ends (headlines,
 * captions). `afterChunk` is called after each chunk (it may throw to give up: see the time budget).
 */
export function analyze(text: string, afterChunk?: () => void): NlpDoc {
  const tokens: Token[] = [];
  let sentence = -1;
  for (const chunk of chunkText(text)) {
    const part = text.slice(chunk.start, chunk.end);
    const doc = nlp.tokenize(part).compute(TAGGING);
    // Offsets by walking the text: compromise keeps every character in a term's pre, text or post.
    let cursor = chunk.start;
    for (const terms of doc.docs as Term[][]) {
      let breakPending = true;
      for (const t of terms) {
        const at = cursor + t.pre.length;
        // compromise splits some words into pieces with empty text ("10-15" → "10-15", "", ""); keep
        // only tokens found where their text says.
        const start = text.startsWith(t.text, at) ? at : text.indexOf(t.text, cursor);
        if (t.text === '' || start < 0 || start - cursor > t.pre.length + 8) continue;
        const end = start + t.text.length;
        cursor = text.startsWith(t.post, end) ? end + t.post.length : end;
        if (breakPending) {
          sentence++;
          breakPending = false;
        }
        const tags = t.tags;
        if (MONTHS.has(t.text) && !tags.has('Month') && (t.text !== 'May' || /^\s+\d/.test(text.slice(end, end + 3)))) for (const tag of ['Month', 'Date']) tags.add(tag);
        // clause and marks are filled in by doc/makeDoc.ts, which reads the sentences whole.
        tokens.push({ start, end, text: t.text, normal: t.normal, pre: t.pre, post: t.post, tags, sentence, clause: -1, marks: 0 });
        if (t.post.includes('\n')) breakPending = true;
      }
    }
    afterChunk?.();
  }
  return { tokens, topics: topicsOf(tokens) };
}
