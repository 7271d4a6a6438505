/**
 * Library entry point.
 *
 *   import { extract } from 'conflict-facts';
 *   const facts = await extract({ id: 'a1', text, published: '2014-09-10' });
 *
 * `extract` loads the gazetteer on first use (once per process or worker); `extractSync` is for
 * callers that awaited `init()` first.
 */
import { prepareArticle, type PreparedArticle } from './article.js';
import { assembleOrganizations } from './assemble/organizations.js';
import { assemblePeople } from './assemble/people.js';
import { assemblePlaces } from './assemble/places.js';
import { toDateFact, toNumberFact } from './assemble/measures.js';
import { extractQuotes } from './assemble/quotes.js';
import { buildEvents } from './events/frames.js';
import { gazetteer, loadGazetteer } from './geo/gazetteer.js';
import type { ArticleFacts, ArticleInput, Context, FactType, Mention, Party, Place } from './model/types.js';
import { KINDS } from './model/types.js';
import { defaultPipeline, runPipeline } from './pipeline.js';

export type * from './model/types.js';
export { KINDS } from './model/types.js';

export interface ExtractOptions {
  /** Publication date (YYYY-MM-DD) to assume where the article states none. */
  referenceDate?: string;
  /** Kinds of fact to extract; all by default. */
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
  /** Adds the milliseconds spent in each stage (nlp, each extractor and refiner, assemble) to this map. */
  profile?: Map<string, number>;
}

/** An article that ran over its time budget; the CLI reports it and goes on with the others. */
export class TimeBudgetError extends Error {
  constructor(readonly budgetMs: number, readonly stage: string) {
    super(`took longer than the time budget of ${budgetMs} ms (at ${stage}); skipped`);
  }
}

/** Loads the data the extractors need (the gazetteer); resolves once, then at no cost. */
export async function init(): Promise<void> {
  await loadGazetteer();
  // compromise and chrono build their models on first use: do it now, so that the first article's time
  // (and its time budget) measures the article.
  if (!warmed) {
    warmed = true;
    extractSync({ id: 'warm-up', text: 'On Friday, Ukrainian President Volodymyr Zelenskyy said 5 soldiers were killed in Kyiv, Reuters reported.' });
  }
}
let warmed = false;

export function extractSync(input: ArticleInput | string, options: ExtractOptions = {}): ArticleFacts {
  const record: ArticleInput = typeof input === 'string' ? { id: 'text', text: input } : input;
  const debug = options.debug;
  const budget = options.timeBudgetMs;
  const profile = options.profile;
  const clock = options.clock ?? (() => performance.now());
  const started = budget || profile ? clock() : 0;
  let last = started;
  const ctx: Context = {
    referenceDate: options.referenceDate,
    debug: debug ? (message) => debug(message()) : () => {},
    checkpoint: budget || profile ? (stage) => {
      const now = clock();
      if (profile) profile.set(stage, (profile.get(stage) ?? 0) + now - last);
      last = now;
      if (budget && now - started > budget) throw new TimeBudgetError(budget, stage);
    } : undefined,
  };
  // The analysis checks the budget after each chunk of text, so that a very long article is given up
  // during it rather than after.
  const { article, published, publishedSource, title } = prepareArticle(record, options.referenceDate, ctx.checkpoint);
  ctx.checkpoint?.('reading');
  const types = options.types ?? KINDS;
  void article.nlp; // the shared analysis, built once
  ctx.checkpoint?.('nlp');
  const mentions = runPipeline(article, defaultPipeline, ctx, types);
  const facts = assembleFacts(record, { article, published, publishedSource, title }, mentions, types);
  ctx.checkpoint?.('assemble');
  return facts;
}

/** The output Article from the settled mentions: entities grouped, dates and numbers as facts, quotes. */
function assembleFacts(record: ArticleInput, prepared: PreparedArticle, mentions: readonly Mention[], types: readonly FactType[]): ArticleFacts {
  const of = <K extends Mention['kind']>(kind: K): Mention<K>[] => mentions.filter((m) => m.kind === kind) as unknown as Mention<K>[];
  const want = (t: FactType): boolean => types.includes(t);
  const tokens = prepared.article.nlp.tokens;
  const people = want('people') ? assemblePeople(of('person')) : [];
  const organizations = want('organizations') ? assembleOrganizations(of('organization')) : [];
  const places = want('places') ? assemblePlaces(of('place'), tokens) : [];
  const dates = want('dates') ? of('date').map(toDateFact) : [];
  const numbers = want('numbers') ? of('number').map(toNumberFact) : [];
  const quotes = want('people') || want('organizations') ? extractQuotes(record.text, tokens, mentions, people, organizations) : [];
  const events = want('numbers') ? buildEvents({ text: record.text, tokens, places, dates, numbers, quotes, stateOf, demonymState }) : [];
  return {
    id: record.id,
    title: prepared.title,
    published: prepared.published,
    publishedSource: prepared.publishedSource,
    people,
    places,
    organizations,
    dates,
    numbers,
    quotes,
    events,
  };
}

/** The state a place names as an actor: a country, or a country's capital ("Moscow says ..."). */
function stateOf(place: Place): Party | null {
  if (!place.countryCode) return null;
  const gaz = gazetteer();
  const name = gaz.country(place.countryCode)?.name ?? place.name;
  if (place.kind === 'country') return { name, code: place.countryCode };
  const capital = place.geonameId !== null && gaz.lookup(place.name).some((e) => e.id === place.geonameId && e.featureCode === 'PPLC');
  return capital ? { name, code: place.countryCode } : null;
}

function demonymState(word: string): Party | null {
  const gaz = gazetteer();
  const code = gaz.demonym(word);
  return code ? { name: gaz.country(code)?.name ?? code, code } : null;
}

export async function extract(input: ArticleInput | string, options: ExtractOptions = {}): Promise<ArticleFacts> {
  await init();
  return extractSync(input, options);
}
