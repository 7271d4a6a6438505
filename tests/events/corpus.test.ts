/**
 * Events and entities over the four seed articles (copies in tests/golden), through the library and
 * the CLI: what issue 9 asks of them.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, test } from 'vitest';
import { linkEntities } from '../../src/events/entities.js';
import { mergeEvents, type CorpusEvent, type Report } from '../../src/events/merge.js';
import { extractSync } from '../../src/index.js';
import type { ArticleFacts } from '../../src/model/types.js';
import { init } from '../helpers.js';

const dir = join(import.meta.dirname, '..', 'golden');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
let articles: ArticleFacts[];
let events: CorpusEvent[];

beforeAll(async () => {
  await init();
  articles = files.map((f) => extractSync({ id: f, text: readFileSync(join(dir, f), 'utf8') }));
  const reports: Report[] = articles.flatMap((a) => a.events.map((event) => ({ article: a.id, title: a.title, published: a.published, event })));
  events = mergeEvents(reports);
});

const exchanges = (): CorpusEvent[] => events.filter((e) => e.type === 'exchange');
const figure = (e: CorpusEvent, role: string, party: string | null = null) => e.figures.filter((f) => f.role === role && f.party === party);

describe('the seeds', () => {
  test('the two 2025 articles give one merged exchange with both as sources', () => {
    const may2025 = exchanges().filter((e) => e.reports.some((r) => r.article.startsWith('001')));
    expect(may2025).toHaveLength(1);
    const e = may2025[0]!;
    expect(e.reports.map((r) => r.article).sort()).toEqual(['001_45a84143c75074a1.txt', '002_a829e91a4ef46149.txt']);
    // 390 released by each side, told by both
    const released = figure(e, 'released');
    expect(released.flatMap((f) => f.reports.map((r) => r.value))).toEqual(expect.arrayContaining([390]));
    expect(released.some((f) => f.reports.some((r) => r.eachSide && r.value === 390))).toBe(true);
    expect(new Set(released.flatMap((f) => f.reports.filter((r) => r.value === 390).map((r) => r.article))).size).toBe(2);
    // 270 soldiers and 120 civilians; part of an agreement on 1,000 each
    expect(figure(e, 'released', 'combatants').map((f) => f.best)).toContain(270);
    expect(figure(e, 'released', 'civilians').map((f) => f.best)).toContain(120);
    const agreed = figure(e, 'agreed');
    expect(agreed.map((f) => f.best)).toEqual([1000]);
    expect(agreed[0]!.reports.map((r) => r.article).sort()).toEqual(['001_45a84143c75074a1.txt', '002_a829e91a4ef46149.txt']);
    expect(agreed[0]!.disagreement).toBe(false);
    // the sources the articles attribute it to
    expect(e.reports.flatMap((r) => r.sources.map((s) => s.name))).toEqual(expect.arrayContaining(['Russian Ministry of Defense', 'Volodymyr Zelenskyy']));
    expect(e.parties.map((p) => p.code)).toEqual(expect.arrayContaining(['RU', 'UA']));
  });

  test('2014: 648 Ukrainian soldiers freed with 500 more expected', () => {
    const [e, ...rest] = exchanges().filter((x) => x.reports.some((r) => r.article.startsWith('000')));
    expect(rest).toEqual([]);
    expect(e!.reports).toHaveLength(1);
    expect(e!.figures.map((f) => [f.role, f.best])).toEqual([['released', 648], ['expected', 500]]);
    expect(e!.figures[0]!.reports[0]!.text).toBe('648 Ukrainian soldiers');
  });

  test('2014: an agreed exchange of 225 for 125', () => {
    const [e, ...rest] = exchanges().filter((x) => x.reports.some((r) => r.article.startsWith('003')));
    expect(rest).toEqual([]);
    const agreed = e!.figures.filter((f) => f.role === 'agreed');
    expect(agreed.map((f) => [f.best, f.by?.code ?? f.by?.name])).toEqual(expect.arrayContaining([[225, 'UA'], [125, 'rebels']]));
    // the rebels' captives: held, not part of the terms
    expect(e!.figures.filter((f) => f.role === 'held').map((f) => f.best)).toEqual([600]);
  });

  test('no event figure is a duration, a date, an age or an unrelated number', () => {
    const values = events.flatMap((e) => e.reports.flatMap((r) => r.figures.map((f) => f.evidence.text)));
    for (const text of ['some five months', 'four days', 'two hours', 'over three years', '30-day', '39 months', 'three days', 'five hours', 'One member', 'about one-fifth of Ukrainian territory', '2022']) {
      expect(values).not.toContain(text);
    }
    // only the exchanges named above: none invented from other figures
    expect(exchanges()).toHaveLength(3);
  });
});

describe('entities across the seeds', () => {
  test('one id per person, place and organization, with the articles that name each', () => {
    const entities = linkEntities(articles);
    const zelenskyy = entities.filter((e) => e.type === 'person' && /Zelensk/.test(e.name));
    expect(zelenskyy).toHaveLength(1);
    expect(zelenskyy[0]).toMatchObject({ id: 'person:volodymyr-zelenskyy', name: 'Volodymyr Zelenskyy' });
    expect(zelenskyy[0]!.articles.map((a) => a.id)).toEqual(['001_45a84143c75074a1.txt', '002_a829e91a4ef46149.txt']);
    const lavrov = entities.find((e) => e.id === 'person:sergei-lavrov')!;
    expect(lavrov.articles.map((a) => a.id)).toEqual(['000_6dbe47e4b8a9750e.txt', '002_a829e91a4ef46149.txt']);
    // Kiev and Kyiv: one place, by its GeoNames id
    const kyiv = entities.filter((e) => e.type === 'place' && e.id === 'geonames:703448');
    expect(kyiv).toHaveLength(1);
    expect([kyiv[0]!.name, ...kyiv[0]!.aliases]).toEqual(expect.arrayContaining(['Kyiv', 'Kiev']));
    expect(kyiv[0]!.articles).toHaveLength(4);
    expect(entities.find((e) => e.id === 'iso3166:UA')!.mentionCount).toBeGreaterThan(20);
    // ids are unique
    expect(new Set(entities.map((e) => e.id)).size).toBe(entities.length);
  });

  test('spelling variants and a surname alone join the full name', () => {
    const facts = (id: string, text: string): ArticleFacts => extractSync({ id, text });
    const entities = linkEntities([
      facts('a', 'Ukrainian President Volodymyr Zelenskyy spoke on Monday.'),
      facts('b', 'President Volodymyr Zelensky said talks would go on.'),
      facts('c', 'Later, Zelenskiy said the talks were over.'),
    ]).filter((e) => e.type === 'person');
    expect(entities).toHaveLength(1);
    expect(entities[0]!.articles.map((a) => a.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('the corpus commands', () => {
  const bin = join(import.meta.dirname, '..', '..', 'bin', 'conflict-facts.js');
  const cli = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' }, timeout: 600_000 }); // a guard against a hang, not a bound on speed

  test('events: JSON, NDJSON and CSV agree', () => {
    const json = JSON.parse(cli(['events', dir, '-f', 'json', '-j', '1']).stdout) as CorpusEvent[];
    const ndjson = cli(['events', dir, '-f', 'ndjson', '-j', '1']).stdout.trim().split('\n').map((l) => JSON.parse(l) as CorpusEvent);
    expect(ndjson).toEqual(json);
    const merged = json.find((e) => e.type === 'exchange' && e.reports.length === 2)!;
    expect(merged).toBeDefined();
    const csv = cli(['events', dir, '-f', 'csv', '-j', '1']);
    expect(csv.status).toBe(0);
    const lines = csv.stdout.trim().split('\r\n');
    expect(lines[0]).toMatch(/^event_id,type,subtype,date,places,actors,targets,parties,reports,disagreement,role,party,by,best,low,high/);
    expect(lines.filter((l) => l.startsWith(`${merged.id},exchange,`)).length).toBeGreaterThanOrEqual(6);
  });

  test('timeline: dated events in order; entities: one line each', () => {
    const timeline = JSON.parse(cli(['timeline', dir, '-f', 'json', '-j', '1']).stdout) as { when: string }[];
    expect(timeline.length).toBeGreaterThan(0);
    expect(timeline.map((e) => e.when)).toEqual([...timeline.map((e) => e.when)].sort());
    const text = cli(['timeline', dir, '-f', 'text', '-j', '1']).stdout;
    expect(text).toMatch(/^2014-09-05 {2}talks\/ceasefire/m);
    const entities = cli(['entities', dir, '-f', 'ndjson', '-j', '1']).stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; mentionCount: number });
    expect(entities.map((e) => e.id)).toContain('person:volodymyr-zelenskyy');
    expect(entities.map((e) => e.mentionCount)).toEqual([...entities.map((e) => e.mentionCount)].sort((a, b) => b - a));
  });

  test('events -f acled: one row per event with ACLED\'s columns; the merged exchange a strategic development', () => {
    const json = JSON.parse(cli(['events', dir, '-f', 'json', '-j', '1']).stdout) as CorpusEvent[];
    const r = cli(['events', dir, '-f', 'acled', '-j', '1']);
    expect(r.status).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!).slice(0, 8)).toEqual(['event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type', 'actor1']);
    expect(rows).toHaveLength(json.length);
    const merged = json.find((e) => e.type === 'exchange' && e.reports.length === 2)!;
    expect(rows.find((x) => x.cf_event_id === merged.id)).toMatchObject({ event_type: 'Strategic developments', sub_event_type: 'Agreement', cf_type: 'exchange' });
  });

  test('bad usage exits 2', () => {
    expect(cli(['events', dir, '-f', 'geojson']).status).toBe(2);
    expect(cli(['entities', dir, '-f', 'acled']).status).toBe(2);
  });
});
