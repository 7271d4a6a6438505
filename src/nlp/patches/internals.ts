/**
 * What the speed patches of compromise (src/nlp/patches/) share: the parts of compromise's world they read
 * (internal to compromise, checked on 14.17.0), the version their copies of its code come from, and how
 * they load compromise's own source files. Nothing here changes compromise.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type nlpTwo from 'compromise/two';

/** A compromise instance (its `two` level: tokenizer, lexicon and taggers). */
export type Nlp = typeof nlpTwo;

/**
 * The one version of compromise whose control flow the patches copy, which package.json pins exactly:
 * on any other the patches are not installed and compromise runs as it is (the same tags, slower).
 */
export const COPIED_FROM = '14.17.0';

/** The parts of compromise's world that its tokenizer runs through (internal). */
export interface TokenizerWorld {
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
/** More of compromise's world, for skipTheIdle() (internal). */
/** More of compromise's world, for the tagging patches (internal). */
export interface TaggerWorld {
  model: { one: { tagSet: Record<string, { not?: string[]; parents?: string[] }>; contractions: { word?: string }[] } };
  compute: Record<string, (view: { document: Term[][]; docs: Term[][] }) => void>;
  methods: { one: { setTag: SetTag } };
}
export type SetTag = (terms: Term[], tag: unknown, world?: unknown, isSafe?: boolean | null, reason?: string) => void;


/** A term as compromise's setTag() sees it. */
export type TaggedTerm = Term & { frozen?: boolean; dirty?: boolean; chunk?: string };

/**
 * A compromise tagger step, reading and tagging terms[i] (internal; 14.17); what follows `i` differs from
 * step to step (model and world, world and isYelling, world alone) and is passed as compromise passes it.
 */
export type TermStep = (terms: Term[], i: number, ...rest: unknown[]) => unknown;

/**
 * Whether compromise's contraction splitter can split a term: it has an apostrophe, is one of the known
 * contractions ("cannot", "gonna"), or starts with a digit ("10-15", "4km"). For any other term, each
 * test of the splitter fails (checked in its source, 14.17).
 */
export function contractionTest(contractions: readonly { word?: string }[]): (t: Term) => boolean {
  const known = new Set(contractions.flatMap((c) => (c.word ? [c.word] : [])));
  return (t) => t.normal.includes("'") || known.has(t.normal) || /^[+-]?[0-9]/.test(t.text) || /^[0-9]/.test(t.normal);
}
/** compromise's package folder, from its entry point (its `exports` hide the source files from import specifiers). */
export function compromiseRoot(): string {
  const main = createRequire(import.meta.url).resolve('compromise');
  return main.slice(0, main.lastIndexOf(`${path.sep}compromise${path.sep}`) + '/compromise'.length);
}

/**
 * The default exports of files of compromise's source, under src/ + `dir`, by name; null when one is not
 * there (another version of compromise). With `whole`, each file's module with all its exports.
 */
export async function compromiseFiles<K extends string>(dir: readonly string[], files: Record<K, string>, whole = false): Promise<Record<K, unknown> | null> {
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
/** A term as compromise keeps it in `doc.docs` (read directly: building its JSON cost a sixth of the time). */
export interface Term {
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
export interface Word {
  text: string;
  pre: string;
  post: string;
  normal: string;
  /** Its machine form (undefined: none other than `normal`), for `normal`; null until asked. */
  machine: string | undefined | null;
  /** What compromise's lexicon has for it (rememberLexicon), once asked. */
  lexicon: LexiconEntry | undefined;
}
/** What compromise's lexicon has for a word: see rememberLexicon. */
export interface LexiconEntry {
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

