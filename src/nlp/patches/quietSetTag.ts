/**
 * compromise's setTag(), called for most tags it sets, reads `process.env.DEBUG_TAGS` each time (a call into
 * C++, about a third of a microsecond, 2 to 3 times a word), and deletes each of the 47 tags (on average)
 * that a tag excludes. Here a single tag is set as compromise's tagTerm() sets it, without that read and
 * checking the term's few tags against the excluded ones instead. With DEBUG_TAGS set when the patches are
 * installed, compromise's own is kept (its debug log needs it). Installed through compromise's plugin API
 * (the method `methods.one.setTag`).
 */
import type { Nlp, SetTag, TaggedTerm, TaggerWorld } from './internals.js';

export function quietSetTag(nlp: Nlp): boolean {
  const world = nlp.world() as unknown as TaggerWorld;
  const { model } = world;
  if (process.env.DEBUG_TAGS || typeof world.methods.one.setTag !== 'function' || typeof model.one?.tagSet !== 'object') return false;
  const setTag = world.methods.one.setTag;
  const quiet: SetTag = (terms, tag, w, isSafe, reason) => {
    if (Array.isArray(tag) && (w as TaggerWorld | undefined)?.model === model) {
      for (const one of tag) quiet(terms, one, w, isSafe);
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
  nlp.plugin({ methods: { one: { setTag: quiet } } } as Parameters<Nlp['plugin']>[0]);
  return true;
}

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
