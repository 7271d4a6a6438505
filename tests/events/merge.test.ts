import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mergeEvents, sameEvent, timeline, type Report } from '../../src/events/merge.js';
import type { ArticleEvent, EventFigure, FigureRole } from '../../src/model/types.js';

const span = (text: string) => ({ start: 0, end: text.length, text });
const fig = (role: FigureRole, value: number | null, extra: Partial<EventFigure> = {}): EventFigure => ({ role, value, unit: 'people', evidence: span(`${value} people`), ...extra });
const UA = { name: 'Ukraine', code: 'UA', evidence: span('Ukraine') };
const RU = { name: 'Russia', code: 'RU', evidence: span('Russia') };
const IL = { name: 'Israel', code: 'IL', evidence: span('Israel') };

function report(article: string, event: Partial<ArticleEvent> & Pick<ArticleEvent, 'type'>, published: string | null = '2025-05-24'): Report {
  return {
    article, title: null, published,
    event: { date: null, places: [], actors: [], targets: [], parties: [UA, RU], figures: [], sources: [], evidence: [span(`a sentence of ${article}`)], rule: `event/${event.type}`, ...event },
  };
}
const place = (name: string, geonameId: number | null = null) => ({ name, kind: 'city' as const, countryCode: 'UA', geonameId, evidence: span(name) });
const dated = (value: string) => ({ value, evidence: span(value) });

describe('merging reports into events', () => {
  test('two articles with the same exchange figures are one event with both as reports', () => {
    const a = report('a', { type: 'exchange', figures: [fig('released', 390, { eachSide: true }), fig('released', 270, { party: 'combatants' }), fig('agreed', 1000)] });
    const b = report('b', { type: 'exchange', figures: [fig('released', 390), fig('released', 270, { party: 'combatants' }), fig('released', 120, { party: 'civilians' })] });
    const events = mergeEvents([a, b]);
    expect(events).toHaveLength(1);
    expect(events[0]!.reports.map((r) => r.article)).toEqual(['a', 'b']);
    expect(events[0]!.disagreement).toBe(false);
    const released = events[0]!.figures.find((f) => f.role === 'released' && f.party === null)!;
    expect(released).toMatchObject({ best: 390, low: 390, high: 390, disagreement: false });
    expect(released.reports.map((r) => r.article)).toEqual(['a', 'b']);
  });

  test('different exchanges stay apart (no shared figure, no shared day and place)', () => {
    const a = report('a', { type: 'exchange', figures: [fig('released', 648), fig('expected', 500)] }, '2014-09-10');
    const b = report('b', { type: 'exchange', figures: [fig('expected', 225), fig('expected', 125)] }, null);
    expect(mergeEvents([a, b])).toHaveLength(2);
  });

  test('the same attack (same day and place) with different tolls: one event, the figures flagged', () => {
    const where = [place('Odesa', 698740)];
    const reports = [
      report('a', { type: 'attack', date: dated('2025-05-20'), places: where, figures: [fig('killed', 12)] }),
      report('b', { type: 'attack', date: dated('2025-05-20'), places: where, figures: [fig('killed', 15)] }),
      report('c', { type: 'attack', date: dated('2025-05-20'), places: where, figures: [fig('killed', 12), fig('wounded', 30)] }),
    ];
    const [e, ...rest] = mergeEvents(reports);
    expect(rest).toEqual([]);
    expect(e!.disagreement).toBe(true);
    expect(e!.figures.find((f) => f.role === 'killed')).toMatchObject({ best: 12, low: 12, high: 15, disagreement: true });
    expect(e!.figures.find((f) => f.role === 'wounded')).toMatchObject({ best: 30, low: 30, high: 30, disagreement: false });
  });

  test('best is the value most reports give, the lowest on ties; ranges widen low and high', () => {
    const where = [place('Gaza')];
    const reports = [
      report('a', { type: 'casualties', date: dated('2024-01-02'), places: where, figures: [fig('killed', 20)] }),
      report('b', { type: 'casualties', date: dated('2024-01-02'), places: where, figures: [fig('killed', 25, { low: 25, high: 30 })] }),
    ];
    expect(mergeEvents(reports)[0]!.figures[0]).toMatchObject({ best: 20, low: 20, high: 30, disagreement: true });
  });

  test.for([
    ['different types', { type: 'attack' }, { type: 'casualties' }],
    ['days far apart', { type: 'attack', date: dated('2025-05-01') }, { type: 'attack', date: dated('2025-05-20') }],
    ['no shared party', { type: 'attack', parties: [IL] }, { type: 'attack', parties: [UA] }],
  ] as const)('not the same event: %s', ([, x, y]) => {
    const a = report('a', { figures: [fig('killed', 12)], ...x } as ArticleEvent);
    const b = report('b', { figures: [fig('killed', 12)], ...y } as ArticleEvent);
    expect(sameEvent(a, b)).toBe(false);
  });

  test('the same sentence in two articles (a syndicated story) is one event, figures or not', () => {
    const evidence = [span('Belarus hosted three rounds of Ukrainian-Russian negotiations.')];
    expect(mergeEvents([report('a', { type: 'talks', evidence }), report('b', { type: 'talks', evidence })])).toHaveLength(1);
  });

  test('publication dates weeks apart keep undated reports apart, even with a shared figure', () => {
    const a = report('a', { type: 'casualties', figures: [fig('killed', 12)] }, '2025-01-01');
    const b = report('b', { type: 'casualties', figures: [fig('killed', 12)] }, '2025-03-01');
    expect(mergeEvents([a, b])).toHaveLength(2);
  });

  test('one article never merges with itself, and ids follow the input', () => {
    const a = report('a', { type: 'casualties', figures: [fig('killed', 12)] });
    const a2 = report('a', { type: 'casualties', figures: [fig('killed', 12)] });
    expect(mergeEvents([a, a2]).map((e) => e.id)).toEqual(['e1', 'e2']);
  });

  test('timeline: by date, else by publication date; events with neither are left out', () => {
    const events = mergeEvents([
      report('a', { type: 'talks', date: dated('2025-05-16') }),
      report('b', { type: 'exchange', figures: [fig('released', 390)] }, '2025-05-24'),
      report('c', { type: 'attack', figures: [fig('weapons', 2)], parties: [IL] }, null),
      report('d', { type: 'casualties', date: dated('2014-09'), figures: [fig('killed', 5)], parties: [] }),
    ]);
    expect(timeline(events).map((e) => [e.when, e.whenSource, e.type])).toEqual([
      ['2014-09', 'text', 'casualties'], ['2025-05-16', 'text', 'talks'], ['2025-05-24', 'published', 'exchange'],
    ]);
  });

  test.for([
    ['2014-W36', '2014-09-02', true], ['2014-W40', '2014-10', true], ['2014-09', '2014-09-30', true], ['2015-W01', '2014-12-30', true],
    ['2014-W36', '2014-09-10', false], ['2014-09', '2014-10-01', false],
  ] as const)('dates %s and %s agree: %s (the days they denote overlap)', ([x, y, agree]) => {
    const a = report('a', { type: 'casualties', date: dated(x), figures: [fig('killed', 12)] });
    const b = report('b', { type: 'casualties', date: dated(y), figures: [fig('killed', 12)] });
    expect(sameEvent(a, b)).toBe(agree);
  });

  test('timeline: days, weeks, months and years of one span in the order of the days they denote', () => {
    // Given in string order, which puts the week after the days of September and the year last.
    const whens = ['2014-09-01', '2014-09-02', '2014-09-05', '2014-09-10', '2014-09', '2014-10', '2014-W36', '2014-W37', '2014', '2013-12-31'];
    const events = mergeEvents(whens.map((when, i) => report(`a${i}`, { type: 'casualties', date: dated(when), parties: [], figures: [fig('killed', i + 1)] })));
    expect(timeline(events).map((e) => e.when)).toEqual([
      '2013-12-31', '2014', '2014-09', '2014-W36', '2014-09-01', '2014-09-02', '2014-09-05', '2014-W37', '2014-09-10', '2014-10',
    ]);
  });

  test('an article counts once for a figure: its headline figure, no disagreement with its own smaller figures', () => {
    const where = [place('Kyiv', 703448)];
    const reports = [
      report('a', { type: 'casualties', date: dated('2022-03-01'), places: where, figures: [fig('killed', 1000, { high: 1000 }), fig('killed', 5000)] }),
      report('b', { type: 'casualties', date: dated('2022-03-01'), places: where, figures: [fig('killed', 5000), fig('killed', 1000)] }),
    ];
    const [e] = mergeEvents(reports);
    expect(e!.figures).toHaveLength(1);
    expect(e!.figures[0]).toMatchObject({ best: 5000, low: 5000, high: 5000, disagreement: false, articles: 2 });
    expect(e!.figures[0]!.reports).toHaveLength(4);
  });

  test('a part of a figure ("198 civilians, including three children") is its own figure, never a range of the whole', () => {
    const figures = [fig('killed', 198, { party: 'civilians' }), fig('killed', 3, { party: 'civilians', partOf: 0 })];
    const [e] = mergeEvents([report('a', { type: 'casualties', figures }), report('b', { type: 'casualties', figures })]);
    expect(e!.figures.map((f) => [f.best, f.low, f.high, f.part ?? false, f.articles, f.disagreement])).toEqual([[198, 198, 198, false, 2, false], [3, 3, 3, true, 2, false]]);
  });
});

/** The merge as it was written first: each report compared with every event so far, of its type. */
function mergeByComparingAll(reports: readonly Report[]): string[][] {
  const clusters: Report[][] = [];
  for (const r of reports) {
    const into = clusters.find((c) => c[0]!.event.type === r.event.type && !c.some((x) => x.article === r.article) && c.some((x) => sameEvent(x, r)));
    if (into) into.push(r);
    else clusters.push([r]);
  }
  return clusters.map((c) => c.map((r) => r.article));
}

describe('merging by evidence keys', () => {
  // Small domains, so that reports collide often: few articles, values, days, places and sentences.
  const arbReport = fc.record({
    article: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
    type: fc.constantFrom('attack', 'casualties'),
    published: fc.constantFrom(null, '2025-05-20', '2025-05-24', '2025-06-10'),
    date: fc.constantFrom(null, '2025-05-20', '2025-05-21', '2025-05', '2025-W21'),
    figures: fc.array(fc.tuple(fc.constantFrom('killed', 'wounded'), fc.constantFrom(1, 2, 3, 12)), { maxLength: 2 }),
    places: fc.subarray(['Kyiv', 'Odesa']),
    sentence: fc.constantFrom('one', 'two', 'three', 'four'),
    parties: fc.subarray([UA, RU, IL]),
  }).map((x): Report => report(x.article, {
    type: x.type as 'attack', date: x.date ? dated(x.date) : null, parties: x.parties,
    figures: x.figures.map(([role, value]) => fig(role as FigureRole, value)), places: x.places.map((p) => place(p, p === 'Kyiv' ? 703448 : null)),
    evidence: [span(x.sentence)],
  }, x.published));

  test('gives the events that comparing each report with every event gives', () => {
    fc.assert(fc.property(fc.array(arbReport, { maxLength: 40 }), (reports) => {
      expect(mergeEvents(reports).map((e) => e.reports.map((r) => r.article))).toEqual(mergeByComparingAll(reports));
    }), { numRuns: 300 });
  });
});
