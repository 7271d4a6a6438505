/**
 * The ACLED export (io/writers/acled.ts): article events merged as the corpus commands do, then one row
 * each with ACLED's categories, actors, place, precision and totals. Sentences are hand-written.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { extractSync } from '../../src/index.js';
import { mergeEvents, type CorpusEvent } from '../../src/events/merge.js';
import { acledRow, acledType } from '../../src/io/writers/acled.js';
import { init } from '../helpers.js';

beforeAll(init);

const eventsOf = (...texts: string[]): CorpusEvent[] =>
  mergeEvents(texts.flatMap((text, i) => {
    const a = extractSync({ id: `a${i}`, text, published: '2025-05-24' });
    return a.events.map((event) => ({ article: a.id, title: null, published: a.published, event }));
  }));

describe('ACLED categories', () => {
  test.for([
    ['Russian drones struck Kharkiv on Monday, killing two people.', 'Explosions/Remote violence', 'Air/drone strike'],
    ['Russian forces shelled Kherson on Tuesday.', 'Explosions/Remote violence', 'Shelling/artillery/missile attack'],
    ['A roadside bomb exploded near Kandahar on Friday, killing three soldiers.', 'Explosions/Remote violence', 'Remote explosive/landmine/IED'],
    ['A suicide bomber blew himself up at a market in Peshawar on Friday, killing 20 people.', 'Explosions/Remote violence', 'Suicide bomb'],
    ['Ukrainian troops clashed with Russian forces near Bakhmut on Sunday.', 'Battles', 'Armed clash'],
    ['Russia and Ukraine each released 390 prisoners on Friday.', 'Strategic developments', 'Agreement'],
  ] as const)('%s → %s / %s', ([text, eventType, subEventType]) => {
    const [e] = eventsOf(text);
    expect(e, 'an event').toBeDefined();
    expect(acledType(e!)).toMatchObject({ eventType, subEventType });
  });
});

describe('ACLED rows', () => {
  test('an attack: actors, place with coordinates, precision, fatalities without the part of a figure', () => {
    const [e] = eventsOf('Russian missiles struck Kharkiv on Monday, killing 12 civilians, including three children, officials said.');
    const row = acledRow(e!);
    expect(row).toMatchObject({
      event_date: '2025-05-19', year: '2025', time_precision: 1, disorder_type: 'Political violence', actor1: 'Russia', actor2: 'Civilians (Ukraine)',
      civilian_targeting: 'Civilian targeting', country: 'Ukraine', location: 'Kharkiv', geo_precision: 1, fatalities: 12, injured: 0, date_source: 'text',
    });
    expect(row.event_id_cnty).toBe('UA1');
    expect(Number(row.latitude)).toBeCloseTo(50, 0);
    expect(row.notes).toContain('Russian missiles struck Kharkiv');
  });

  test('an undated event goes by its publication date, at the precision of a month', () => {
    const [e] = eventsOf('Russian forces shelled Kherson, wounding four people.');
    expect(acledRow(e!)).toMatchObject({ event_date: '2025-05-24', time_precision: 3, date_source: 'published', injured: 4, fatalities: 0 });
  });

  test('a casualty report has no ACLED event type', () => {
    const [e] = eventsOf('More than 4,700 people have been killed since April, the UN says.');
    expect(e?.type).toBe('casualties');
    expect(acledRow(e!)).toMatchObject({ event_type: '', sub_event_type: '', fatalities: 4700, cf_type: 'casualties' });
  });

  test('two reports of one toll with a sub-count do not disagree', () => {
    const events = eventsOf(
      'Russian missiles struck Kharkiv on Monday, killing 12 civilians, including three children.',
      'A Russian missile strike on Kharkiv on Monday killed 12 civilians.',
    );
    expect(events).toHaveLength(1);
    expect(events[0]!.disagreement).toBe(false);
    expect(events[0]!.figures.find((f) => f.part)).toMatchObject({ role: 'killed', best: 3 });
  });
});
