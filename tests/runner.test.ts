/**
 * The runner alone: a pipeline whose stages do not fit together fails when it is made, a plan holds what
 * the wanted kinds need and nothing else, and a missing built resource stops with one line naming the
 * command that builds it.
 */
import { describe, expect, test } from 'vitest';
import { KINDS, type Artifact, type Stage } from '../src/model/types.js';
import { STAGES } from '../src/pipeline.js';
import { MissingResourceError, readResources } from '../src/resources.js';
import { checkPipeline, makePipeline, planFor, PipelineError, runStages } from '../src/runner.js';
import { bufferedCtx, docOf } from './helpers.js';

const stage = (name: string, requires: Artifact[], produces: Artifact[]): Stage => ({ name, requires, produces, run: () => ({}) });

describe('checkPipeline', () => {
  test('a requirement no stage produces fails, naming the stage and what it needs', () => {
    expect(() => checkPipeline([stage('a', ['date-mentions'], ['dates-distinct'])])).toThrow(new PipelineError('stage "a" requires "date-mentions", which no stage produces'));
  });
  test('a stage before one that produces what it requires fails', () => {
    expect(() => checkPipeline([stage('b', ['date-mentions'], ['dates-distinct']), stage('a', [], ['date-mentions'])]))
      .toThrow('stage "b" requires "date-mentions", which stage "a" produces after it');
  });
  test('a stage must run after every producer of what it requires, not only the first', () => {
    expect(() => checkPipeline([stage('a1', [], ['date-mentions']), stage('b', ['date-mentions'], ['dates-distinct']), stage('a2', [], ['date-mentions'])]))
      .toThrow('stage "b" requires "date-mentions", which stage "a2" produces after it');
  });
  test('two stages of one name fail', () => {
    expect(() => checkPipeline([stage('a', [], ['date-mentions']), stage('a', [], ['number-mentions'])])).toThrow('two stages are named "a"');
  });
  test('the default pipeline passes, and every stage name is unique', () => {
    expect(() => checkPipeline(STAGES)).not.toThrow();
    expect(new Set(STAGES.map((s) => s.name)).size).toBe(STAGES.length);
  });
});

describe('planFor: the closure of what the wanted kinds need, in pipeline order', () => {
  const names = (wanted: Artifact[]) => planFor(STAGES, wanted).map((s) => s.name);
  test('dates need only the date extractors and refiners', () => {
    expect(names(['dates'])).toEqual(['chronoDates', 'bareYear', 'agoDate', 'anchorDate', 'removeDateOverlaps', 'mergeDateRanges', 'resolveDates', 'assembleDates']);
  });
  test('numbers need the people too (a named victim is a count of one), but not the calendar values of dates', () => {
    const plan = names(['numbers']);
    expect(plan).toContain('implicitVictims');
    expect(plan).toContain('titledName');
    expect(plan).toContain('mergeDateRanges');
    expect(plan).not.toContain('resolveDates');
    expect(plan).not.toContain('assemblePeople');
  });
  test('events need places, dates, numbers and quotes', () => {
    const plan = names(['events']);
    for (const s of ['assemblePlaces', 'assembleDates', 'assembleNumbers', 'findQuotes', 'buildEvents']) expect(plan).toContain(s);
    expect(plan.indexOf('findQuotes')).toBeLessThan(plan.indexOf('buildEvents'));
  });
  test('every stage is needed by some kind of fact', () => {
    expect(names([...KINDS])).toEqual(STAGES.map((s) => s.name));
  });
});

describe('runStages', () => {
  test('merges what each stage returns, and calls the checkpoint after each, with its name', () => {
    const seen: string[] = [];
    const ctx = { ...bufferedCtx(), checkpoint: (s: string) => void seen.push(s) };
    const pipeline = makePipeline(STAGES);
    const analysis = runStages(docOf('Russia and Ukraine each released 390 prisoners on Friday.', '2025-05-24'), pipeline.plan(['dates']), ctx);
    expect(analysis.dates?.map((d) => d.value)).toEqual(['2025-05-23']);
    expect(analysis.people).toBeUndefined();
    expect(seen).toEqual(pipeline.plan(['dates']).map((s) => s.name));
  });
});

describe('resources', () => {
  test('a missing built file stops with one line that names the command that builds it', () => {
    let error: unknown;
    try {
      readResources({ gazetteer: '/nonexistent/gazetteer.json', givenNames: '/nonexistent/given-names.json' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(MissingResourceError);
    expect((error as Error).message).toMatch(/^\/nonexistent\/gazetteer\.json is missing: run "npm run build" in \S+$/);
  });
});
