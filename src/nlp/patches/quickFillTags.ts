/**
 * compromise's fillTags step without its debug log (used by patches/rememberSecondPass.ts, whose copy of
 * compromise's preTagger calls it for every word).
 */
import { compromiseFiles, type TaggedTerm, type TaggerWorld, type TermStep } from './internals.js';

/** The helpers of compromise's fillTags, under src/2-two/preTagger/methods/ (14.17). */
export const FILL_TAGS_FILES = { looksPlural: 'looksPlural.js', getTense: 'transform/verbs/getTense/index.js' } as const;
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


/** The quick fillTags made from compromise's own helpers, or null where they are not where 14.17.0 has them. */
export async function loadQuickFillTags(): Promise<TermStep | null> {
  const files = await compromiseFiles(['2-two', 'preTagger', 'methods'], FILL_TAGS_FILES) as FillTagsFiles | null;
  return files !== null && typeof files.looksPlural === 'function' && typeof files.getTense === 'function' ? quickFillTags(files) : null;
}
