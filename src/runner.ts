/**
 * Runs the stages of a pipeline over one Doc. Each stage declares what it requires and what it produces
 * (as spaCy's components declare `requires` and `assigns`, and `nlp.analyze_pipes()` checks them):
 *  - checkPipeline() checks the order once, when the pipeline is made, and fails loudly on a stage whose
 *    requirement no stage produces, or one that runs before a stage producing what it requires;
 *  - planFor() picks the stages that the wanted kinds of fact need (the closure of their requirements),
 *    in pipeline order: `--types numbers` runs what numbers need and nothing else;
 *  - runStages() runs a plan, merging what each stage returns into the analysis.
 */
import type { Analysis, Artifact, Context, Doc, Stage } from './model/types.js';

/** A pipeline whose stages do not fit together: a bug in the pipeline's definition, found at start-up. */
export class PipelineError extends Error {}

export function checkPipeline(stages: readonly Stage[]): void {
  const at = new Map<string, number>();
  const producers = new Map<Artifact, number[]>();
  stages.forEach((s, i) => {
    if (at.has(s.name)) throw new PipelineError(`two stages are named "${s.name}"`);
    at.set(s.name, i);
    for (const a of s.produces) producers.set(a, [...(producers.get(a) ?? []), i]);
  });
  stages.forEach((s, i) => {
    for (const r of s.requires) {
      const by = producers.get(r);
      if (!by) throw new PipelineError(`stage "${s.name}" requires "${r}", which no stage produces`);
      const late = by.find((p) => p >= i);
      if (late !== undefined) throw new PipelineError(`stage "${s.name}" requires "${r}", which stage "${stages[late]!.name}" produces ${late === i ? 'itself' : 'after it'}`);
    }
  });
}

/** The stages that produce `wanted` and everything they require, in pipeline order. */
export function planFor(stages: readonly Stage[], wanted: readonly Artifact[]): Stage[] {
  const needed = new Set<Stage>();
  const seen = new Set<Artifact>();
  const queue = [...wanted];
  while (queue.length) {
    const artifact = queue.pop()!;
    if (seen.has(artifact)) continue;
    seen.add(artifact);
    for (const s of stages) {
      if (!s.produces.includes(artifact) || needed.has(s)) continue;
      needed.add(s);
      queue.push(...s.requires);
    }
  }
  return stages.filter((s) => needed.has(s));
}

/** Runs a plan over a Doc; `ctx.checkpoint` is called after each stage, with its name. */
export function runStages(doc: Doc, plan: readonly Stage[], ctx: Context): Analysis {
  let analysis: Analysis = { mentions: [] };
  for (const stage of plan) {
    analysis = { ...analysis, ...stage.run(doc, analysis, ctx) };
    ctx.checkpoint?.(stage.name);
  }
  return analysis;
}

/** A checked pipeline, with its plans remembered by the kinds they are for. */
export interface Pipeline {
  readonly stages: readonly Stage[];
  plan(wanted: readonly Artifact[]): readonly Stage[];
}

export function makePipeline(stages: readonly Stage[]): Pipeline {
  checkPipeline(stages);
  const plans = new Map<string, readonly Stage[]>();
  return {
    stages,
    plan: (wanted) => {
      const key = [...wanted].sort().join();
      let plan = plans.get(key);
      if (!plan) plans.set(key, (plan = planFor(stages, wanted)));
      return plan;
    },
  };
}
