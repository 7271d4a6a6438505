/** compromise's lexicon step with what the lexicon has for a word kept with the word (see rememberLexicon below). */
import { compromiseFiles, type LexiconEntry, type Nlp, type SetTag, type Term } from './internals.js';

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
 * the lexicon. Installed through compromise's plugin API (the compute step `lexicon`, and `addWords` as a
 * lib function that counts versions), only where the files are where 14.17.0 has them.
 */
export async function rememberLexicon(nlp: Nlp): Promise<boolean> {
  const world = nlp.world() as unknown as LexiconWorld & { compute: Record<string, unknown> };
  if (typeof world.compute.lexicon !== 'function' || typeof world.model.one?.lexicon !== 'object' || typeof nlp.addWords !== 'function') return false;
  const files = await compromiseFiles(['1-one', 'lexicon', 'compute'], { multiWord: 'multi-word.js', singleWord: 'single-word.js' }) as Record<'multiWord' | 'singleWord', LexiconStep> | null;
  if (!files || typeof files.multiWord !== 'function' || typeof files.singleWord !== 'function') return false;
  const { multiWord, singleWord } = files;
  let version = 0;
  const addWords = nlp.addWords;
  const addWordsCounted = function (this: unknown, ...args: Parameters<typeof addWords>) {
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
  const lexicon = (view: { docs: (Term & { machine?: string; alias?: string[] })[][]; world: LexiconWorld }) => {
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
  nlp.plugin({ compute: { lexicon }, lib: { addWords: addWordsCounted } } as unknown as Parameters<Nlp['plugin']>[0]);
  return true;
}
