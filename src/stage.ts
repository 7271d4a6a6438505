/**
 * Stages made from the pipeline's pure functions: an extractor adds the mentions it finds, a refiner
 * replaces the list with the one it returns. Neither mutates what it is given.
 */
import type { AnyMention, Artifact, Extractor, Refiner, Stage } from './model/types.js';
import { byStartThenLongest } from './util/spans.js';

/**
 * An extractor as a stage. The list stays sorted by start, longest first; a stable sort keeps the order
 * of the extractors between mentions of the same span, as one sort after all of them would.
 */
export function extractorStage(name: string, extract: Extractor, produces: readonly Artifact[]): Stage {
  return {
    name, requires: [], produces,
    run: (doc, analysis, ctx) => ({ mentions: [...analysis.mentions, ...extract(doc, ctx)].sort(byStartThenLongest) }),
  };
}

/** A refiner as a stage: it reads the whole list and returns a new one. */
export function refinerStage(name: string, refine: Refiner, requires: readonly Artifact[], produces: readonly Artifact[]): Stage {
  return { name, requires, produces, run: (doc, analysis, ctx) => ({ mentions: refine(doc, analysis.mentions as AnyMention[], ctx) }) };
}
