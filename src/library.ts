/**
 * The extraction of one article: `extract` reads the built resources (gazetteer, name lists) on first use,
 * once per process or worker; `extractSync` is for callers that awaited `init()` first, or pass their own
 * `resources`. The package's entry point (index.ts) exports these with the corpus functions and the writers.
 */
import { makeDoc } from './doc/makeDoc.js';
import type { ArticleFacts, ArticleInput, Context, FactType, Resources } from './model/types.js';
import { KINDS } from './model/types.js';
import { defaultPipeline } from './pipeline.js';
import { loadResources } from './resources.js';
import { runStages, type Pipeline } from './runner.js';

export type * from './model/types.js';
export { KINDS } from './model/types.js';
export { MissingResourceError } from './resources.js';
export { PipelineError } from './runner.js';

export interface ExtractOptions {
  /** Publication date (YYYY-MM-DD) to assume where the article states none. */
  referenceDate?: string;
  /** Kinds of fact to give (all by default); the stages they need run, and only those. */
  types?: readonly FactType[];
  /** Receives the pipeline's debug messages (which rule dropped what). */
  debug?: (message: string) => void;
  /** Abandon an article (throwing TimeBudgetError) that takes longer than this many milliseconds. */
  timeBudgetMs?: number;
  /**
   * The clock the time budget and the profile read, in milliseconds (default `performance.now`). Tests
   * pass their own, so that an article's time does not depend on the speed of the machine.
   */
  clock?: () => number;
  /** Adds the milliseconds spent in each stage (nlp, each extractor, refiner, assembler) to this map. */
  profile?: Map<string, number>;
  /** The gazetteer and name lists (default: the package's build/, read once per process). */
  resources?: Resources;
  /** The stages to run (default: src/pipeline.ts). */
  pipeline?: Pipeline;
}

/** An article that ran over its time budget; the CLI reports it and goes on with the others. */
export class TimeBudgetError extends Error {
  constructor(readonly budgetMs: number, readonly stage: string) {
    super(`took longer than the time budget of ${budgetMs} ms (at ${stage}); skipped`);
  }
}

/** Reads the built resources; resolves once, then at no cost. Rejects with MissingResourceError when they are not built. */
export async function init(): Promise<void> {
  loadResources();
  // compromise and chrono build their models on first use: do it now, so that the first article's time
  // (and its time budget) measures the article.
  if (!warmed) {
    warmed = true;
    extractSync({ id: 'warm-up', text: 'On Friday, Ukrainian President Volodymyr Zelenskyy said 5 soldiers were killed in Kyiv, Reuters reported.' });
  }
}
let warmed = false;

/**
 * The article a caller gave, checked: an object with a string `id` and `text` (and, if given, a string or
 * null `published` and `title`). Anything else is a TypeError that says what is expected.
 */
function checkedArticle(input: unknown): ArticleInput {
  const a_ = (type: string): string => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);
  const shape = "an article { id: string, text: string, published?: string | null, title?: string | null }";
  if (typeof input === 'string') throw new TypeError(`extract expects ${shape}, not a string: extract({ id: 'a1', text })`);
  if (input === null || typeof input !== 'object') throw new TypeError(`extract expects ${shape}, got ${input === null ? 'null' : typeof input}`);
  const a = input as Record<string, unknown>;
  for (const field of ['id', 'text'] as const) {
    if (typeof a[field] !== 'string') throw new TypeError(`extract expects ${shape}: ${field} is ${a[field] === undefined ? 'missing' : a_(typeof a[field])}`);
  }
  for (const field of ['published', 'title'] as const) {
    if (a[field] !== undefined && a[field] !== null && typeof a[field] !== 'string') throw new TypeError(`extract expects ${shape}: ${field} is ${a_(typeof a[field])}`);
  }
  return input as ArticleInput;
}

/**
 * The facts of one article, once `init()` has resolved (or with `resources` of your own).
 *
 *   await init();
 *   const facts = extractSync({ id: 'a1', text, published: '2025-05-24' }, { types: ['numbers'] });
 */
export function extractSync(input: ArticleInput, options: ExtractOptions = {}): ArticleFacts {
  const record = checkedArticle(input);
  const debug = options.debug;
  const budget = options.timeBudgetMs;
  const profile = options.profile;
  const clock = options.clock ?? (() => performance.now());
  const started = budget || profile ? clock() : 0;
  let last = started;
  const ctx: Context = {
    referenceDate: options.referenceDate,
    resources: options.resources ?? loadResources(),
    debug: debug ? (message) => debug(message()) : () => {},
    checkpoint: budget || profile ? (stage) => {
      const now = clock();
      if (profile) profile.set(stage, (profile.get(stage) ?? 0) + now - last);
      last = now;
      if (budget && now - started > budget) throw new TimeBudgetError(budget, stage);
    } : undefined,
  };
  const checkpoint = ctx.checkpoint;
  // The analysis checks the budget after each chunk of text, so that a very long article is given up
  // during it rather than after.
  const doc = makeDoc(record, { referenceDate: options.referenceDate, afterChunk: checkpoint && (() => checkpoint('nlp')) });
  checkpoint?.('nlp');
  const types = options.types ?? KINDS;
  const pipeline = options.pipeline ?? defaultPipeline;
  const analysis = runStages(doc, pipeline.plan(types), ctx);
  // Every kind in KINDS order (the contract's order of fields): what the run gave, where the kind is wanted.
  const facts = { id: doc.id, title: doc.title, published: doc.published, publishedSource: doc.publishedSource } as ArticleFacts;
  const out = facts as unknown as Record<FactType, unknown[]>;
  for (const kind of KINDS) out[kind] = types.includes(kind) ? analysis[kind] ?? [] : [];
  return facts;
}

/**
 * The facts of one article: people, places, organizations, dates, numbers, quotes and events, each with
 * its evidence. Reads the built resources on first use.
 *
 *   const facts = await extract({ id: 'a1', text, published: '2025-05-24' });
 *   facts.numbers.filter((n) => n.category === 'killed').map((n) => n.value);
 */
export async function extract(input: ArticleInput, options: ExtractOptions = {}): Promise<ArticleFacts> {
  checkedArticle(input);
  await init();
  return extractSync(input, options);
}
