/**
 * The cues that open a clause inside a sentence (data only; doc/clauses.ts builds the patterns).
 *   "Kiev will give the rebels 225 fighters, while the rebels will hand over 125"   a coordinator
 *   "The ministry stated that each side released 270"                               a verb of saying
 *   "Zelenskyy met Scholz; talks resumed"   "… the deal – signed in May – …"         punctuation, spaced dashes
 *   "the soldiers who were released on Friday"                                      a relative pronoun
 * Verbs of saying are src/data/titles.ts's SPEECH_VERBS.
 */

/** Punctuation that ends a clause inside a sentence. */
export const CLAUSE_PUNCTUATION: readonly string[] = Object.freeze([';', ':']);

/** Dashes that set a clause off when spaces stand on both sides ("Kyiv – the capital – was hit"). */
export const CLAUSE_DASHES: readonly string[] = Object.freeze(['-', '–', '—']);

/** Coordinators and subordinators that open a clause between spaces or after a comma ("…, while the …"). */
export const CLAUSE_COORDINATORS: readonly string[] = Object.freeze(['while', 'whereas', 'but']);

/** What opens a new clause only after a comma (", and the rebels …": "and" alone joins words as often). */
export const CLAUSE_COMMA_OPENERS: readonly string[] = Object.freeze(['and the', 'and a']);

/** Words after a verb of saying that make it something other than reported speech ("estimated to be", "reported by"). */
export const NOT_REPORTED_SPEECH_AFTER: readonly string[] = Object.freeze(['to', 'at', 'as', 'by']);

/** Relative pronouns: they open a relative clause inside another ("the soldiers who were released"). */
export const RELATIVE_PRONOUNS: readonly string[] = Object.freeze(['who', 'whom', 'whose', 'which']);
