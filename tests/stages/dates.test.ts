/**
 * The date stages of src/pipeline.ts, each run alone: the extractors on one sentence, the refiners and
 * the assembler on mentions built by hand (with the values the stages before them give), so that a
 * failure points at one stage. Every table asserts text, start, value and rule; rows with `skip` are
 * known gaps, kept with the reason.
 *
 * Reference date: 2025-05-24, a Saturday (ISO week 2025-W21). Sentences are written for these tests.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { agoDate } from '../../src/extract/date/agoDate.js';
import { anchorDate } from '../../src/extract/date/anchorDate.js';
import { bareYear } from '../../src/extract/date/bareYear.js';
import { chronoDates } from '../../src/extract/date/chronoDates.js';
import type { AnyMention, DateFact, DateValue, Doc, Extractor, Mention, NumberValue } from '../../src/model/types.js';
import { STAGES } from '../../src/pipeline.js';
import { mergeDateRanges } from '../../src/refine/mergeDateRanges.js';
import { removeOverlapsOf } from '../../src/refine/removeOverlaps.js';
import { resolveDates } from '../../src/refine/resolveDates.js';
import { bufferedCtx, docOf, init, mention, refine, run } from '../helpers.js';

beforeAll(init);

const PUB = '2025-05-24';

type Resolved = NonNullable<DateValue['resolved']>;

/** A date mention at the nth `written` of the doc, as an extractor or an earlier refiner gives it. */
const date = (doc: Doc, written: string, value: DateValue, rule: string, nth = 0): Mention<'date'> => mention(doc, 'date', written, value, rule, nth);
const chrono = (doc: Doc, written: string, value: DateValue, nth = 0): Mention<'date'> => date(doc, written, value, 'date/chrono', nth);
const year = (doc: Doc, written: string, nth = 0): Mention<'date'> => date(doc, written, { parts: { year: Number(written) } }, 'date/bare-year', nth);
/** A number mention as extract/number/quantities gives it. */
const num = (doc: Doc, written: string, value: NumberValue, rule = 'number/quantity', nth = 0): Mention<'number'> => mention(doc, 'number', written, value, rule, nth);

interface ExtractorRow { sentence: string; text: string; value: DateValue; skip?: string }
interface NegativeRow { sentence: string; skip?: string }
interface RefinerRow { sentence: string; given: (doc: Doc) => AnyMention[]; want: (doc: Doc) => AnyMention[]; skip?: string }
interface UnchangedRow { sentence: string; given: (doc: Doc) => AnyMention[]; skip?: string }

/** The one mention an extractor must return for a row: its text at its first place in the sentence. */
function only(rule: string, sentence: string, text: string, value: DateValue): AnyMention[] {
  const start = sentence.indexOf(text);
  return [{ kind: 'date', start, end: start + text.length, text, value, rule }];
}

/** The positive and negative tables of one date extractor. */
function extractorTables(extract: Extractor, rule: string, positives: ExtractorRow[], negatives: NegativeRow[]): void {
  test.for(positives)('$sentence', (row, { skip }) => {
    skip(!!row.skip, row.skip);
    expect(run(extract, row.sentence, { published: PUB })).toEqual(only(rule, row.sentence, row.text, row.value));
  });
  test.for(negatives)('no date in $sentence', (row, { skip }) => {
    skip(!!row.skip, row.skip);
    expect(run(extract, row.sentence, { published: PUB })).toEqual([]);
  });
}

describe('chronoDates', () => {
  extractorTables(chronoDates, 'date/chrono', [
    { sentence: 'Russian forces shelled the town on Friday, March 7, 2025, officials said.', text: 'Friday, March 7, 2025', value: { parts: { year: 2025, month: 3, day: 7, weekday: 5 }, hasTime: false } },
    { sentence: 'The truce collapsed in September 2023.', text: 'September 2023', value: { parts: { year: 2023, month: 9 }, hasTime: false } },
    // A month and day without a year: relative to the publication year, resolved later.
    { sentence: 'Peace talks are due to open on June 2 in Geneva.', text: 'June 2', value: { parts: { month: 6, day: 2 }, relative: 'month', hasTime: false } },
    { sentence: "Ukraine's foreign minister said yesterday that talks would resume.", text: 'yesterday', value: { parts: {}, relative: 'day', offset: -1, hasTime: false } },
    { sentence: 'Casualties rose sharply last week in the Donetsk region.', text: 'last week', value: { parts: {}, relative: 'week', offset: -1 } },
    { sentence: 'The blast struck at 3 p.m. on Thursday.', text: '3 p.m. on Thursday', value: { parts: { weekday: 4, hour: 15, minute: 0 }, relative: 'weekday', hasTime: true } },
    { sentence: 'Fighting resumed from Feb. 24 to March 3 along the line.', text: 'Feb. 24 to March 3', value: { parts: { month: 2, day: 24 }, relative: 'month', hasTime: false, rangeEnd: { month: 3, day: 3 } } },
    { sentence: 'Fighting flared over the weekend near the border.', text: 'weekend', value: { parts: {}, relative: 'period' } },
    {
      sentence: 'The ceasefire took effect at midnight on 12 April.', text: 'midnight on 12 April',
      value: { parts: { month: 4, day: 12, hour: 0, minute: 0 }, relative: 'month', hasTime: true },
      skip: 'lost: chrono tags "midnight"/"noon" casualReference, and classify() drops every result with that tag as relative, though the day and month are written (no mention at all)',
    },
    {
      sentence: 'Gunmen killed 12 on Tuesday near the market.', text: 'Tuesday', value: { parts: { weekday: 2 }, relative: 'weekday', hasTime: false },
      skip: 'chrono reads the toll "12" (also 10, 11) before "on Tuesday" as 12:00: gives "12 on Tuesday" with hour 12, and dropNumbersInDates then drops the count',
    },
  ], [
    { sentence: 'Shelling continued for the past four days.' }, // a duration
    { sentence: 'The siege ended after 39 months.' }, // an offset from an event
    { sentence: 'Troops are in position now.' },
    { sentence: 'Clashes broke out in the afternoon.' }, // a time of day alone
    { sentence: 'The road was cut the day before.' }, // anchorDate's
    { sentence: 'The bridge was blown up two days ago.' }, // agoDate's
  ]);
});

describe('bareYear', () => {
  const y = (sentence: string, text: string): ExtractorRow => ({ sentence, text, value: { parts: { year: Number(text) } } });
  extractorTables(bareYear, 'date/bare-year', [
    y('Moscow annexed the peninsula in 2014.', '2014'),
    y('The dispute dates back to 1948, historians say.', '1948'),
    y('The plant has been shut since 2011.', '2011'),
    y('The accord signed in 2015 never took hold.', '2015'),
    y('The rebellion of 1916 is still remembered in the town.', '1916'),
    y('The army plans to finish the wall by 2030, a spokesman said.', '2030'),
  ], [
    { sentence: 'Police arrested 2014 protesters.' }, // a count: a plural noun follows
    { sentence: 'The fund raised $2020 for the clinic.' }, // money
    { sentence: 'Its budget is 2,025 dollars.' }, // thousands separator
    { sentence: 'The 2024-25 season was cancelled.' },
    { sentence: 'The 1990s were turbulent in the region.' },
    { sentence: 'The Security Council adopted Resolution 2046 on Sudan.', skip: 'a UN resolution number (2000-2099 are all in use) is read as the year 2046' },
  ]);
});

describe('agoDate', () => {
  const ago = (sentence: string, text: string, n: number, agoUnit: DateValue['agoUnit']): ExtractorRow =>
    ({ sentence, text, value: { parts: {}, relative: 'ago', offset: -n, agoUnit } });
  extractorTables(agoDate, 'date/ago', [
    ago('The village was recaptured sixteen months ago.', 'sixteen months ago', 16, 'month'),
    ago('Rebels took the town 3 weeks ago.', '3 weeks ago', 3, 'week'),
    ago('The ceasefire was signed a year ago.', 'a year ago', 1, 'year'),
    ago('The bridge was blown up two days ago.', 'two days ago', 2, 'day'),
    ago('Forty-five years ago the border was drawn.', 'Forty-five years ago', 45, 'year'),
    ago('Talks began twenty-two days ago in Jeddah.', 'twenty-two days ago', 22, 'day'),
  ], [
    { sentence: 'Years ago the valley was peaceful.' }, // no count: vague
    { sentence: 'Many weeks ago the fighting was fierce.' },
    { sentence: 'The strike came hours ago.' }, // not a calendar unit
    { sentence: 'Some time ago the unit left.' },
    { sentence: 'Two days later troops left.' }, // anchorDate's
  ]);
});

describe('anchorDate', () => {
  const anchor = (sentence: string, text: string, offset: number): ExtractorRow => ({ sentence, text, value: { parts: {}, relative: 'anchor', offset } });
  extractorTables(anchorDate, 'date/anchor', [
    anchor('Rebels shelled the port on May 3; the day before, they had cut the road.', 'the day before', -1),
    anchor('The next day, troops withdrew from the village.', 'The next day', 1),
    anchor('On the following day the convoy left.', 'the following day', 1),
    anchor('Three days later the town fell.', 'Three days later', 3),
    anchor('Two weeks earlier, talks had failed.', 'Two weeks earlier', -14),
    anchor('The previous day was calm, residents said.', 'The previous day', -1),
    anchor('A week later the envoy returned.', 'A week later', 7),
  ], [
    { sentence: 'The army retreated 10 days after the vote.' }, // after an event, not the date just given
    { sentence: 'The day before yesterday was quiet.' }, // chronoDates'
    { sentence: 'The day after tomorrow talks resume.' },
    { sentence: 'Two hours later the shelling stopped.' },
    { sentence: 'Four months later the city fell.' },
  ]);
});

/** The positive and negative tables of one date refiner. */
function refinerTables(name: string, stage: (doc: Doc, given: AnyMention[]) => AnyMention[], positives: RefinerRow[], negatives: UnchangedRow[]): void {
  test.for(positives)('$sentence', (row, { skip }) => {
    skip(!!row.skip, row.skip);
    const doc = docOf(row.sentence, PUB);
    expect(stage(doc, row.given(doc))).toEqual(row.want(doc));
  });
  test.for(negatives)(`${name} leaves $sentence unchanged`, (row, { skip }) => {
    skip(!!row.skip, row.skip);
    const doc = docOf(row.sentence, PUB);
    const given = row.given(doc);
    expect(stage(doc, given)).toEqual(given);
  });
}

describe('removeDateOverlaps', () => {
  const removeDateOverlaps = removeOverlapsOf('date');
  const aug24: DateValue = { parts: { year: 2014, month: 8, day: 24 }, hasTime: false };
  const march2014: DateValue = { parts: { year: 2014, month: 3 }, hasTime: false };
  const sept14: DateValue = { parts: { year: 2014, month: 9, day: 14, hour: 10, minute: 0, weekday: 0 }, hasTime: true };
  const sept5: DateValue = { parts: { year: 2014, month: 9, day: 5 }, hasTime: false };
  const mayToJune: DateValue = { parts: { year: 2023, month: 5 }, hasTime: false, rangeEnd: { year: 2024, month: 6 } };
  refinerTables('removeDateOverlaps', (doc, given) => refine(removeDateOverlaps, doc, given), [
    // The longer date wins over the bare year inside it.
    { sentence: 'Troops entered the city on Aug. 24, 2014, witnesses said.', given: (d) => [chrono(d, 'Aug. 24, 2014', aug24), year(d, '2014')], want: (d) => [chrono(d, 'Aug. 24, 2014', aug24)] },
    { sentence: 'The war in the east began in March 2014.', given: (d) => [year(d, '2014'), chrono(d, 'March 2014', march2014)], want: (d) => [chrono(d, 'March 2014', march2014)] },
    { sentence: 'On Sunday, Sept. 14, 2014 at 10 a.m. talks opened.', given: (d) => [chrono(d, 'Sunday, Sept. 14, 2014 at 10 a.m', sept14), year(d, '2014')], want: (d) => [chrono(d, 'Sunday, Sept. 14, 2014 at 10 a.m', sept14)] },
    {
      sentence: 'Sporadic shelling ran from May 2023 until June 2024.',
      given: (d) => [chrono(d, 'May 2023 until June 2024', mayToJune), year(d, '2023'), year(d, '2024')],
      want: (d) => [chrono(d, 'May 2023 until June 2024', mayToJune)],
    },
    // Numbers pass through, even inside the date (dropNumbersInDates deals with them).
    {
      sentence: 'Rebels shelled the town on Sept. 5, 2014, killing 12 people.',
      given: (d) => [chrono(d, 'Sept. 5, 2014', sept5), num(d, '5', { value: 5, unit: null }), num(d, '2014', { value: 2014, unit: null }), year(d, '2014'), num(d, '12', { value: 12, unit: null })],
      want: (d) => [chrono(d, 'Sept. 5, 2014', sept5), num(d, '5', { value: 5, unit: null }), num(d, '2014', { value: 2014, unit: null }), num(d, '12', { value: 12, unit: null })],
    },
  ], [
    { sentence: 'Two years ago, in 2023, the dam broke.', given: (d) => [date(d, 'Two years ago', { parts: {}, relative: 'ago', offset: -2, agoUnit: 'year' }, 'date/ago'), year(d, '2023')] },
    { sentence: 'Relations soured in 2019 and worsened in 2022.', given: (d) => [year(d, '2019'), year(d, '2022')] },
    {
      sentence: 'The talks on Monday and Tuesday failed.',
      given: (d) => [chrono(d, 'Monday', { parts: { weekday: 1 }, relative: 'weekday', hasTime: false }), chrono(d, 'Tuesday', { parts: { weekday: 2 }, relative: 'weekday', hasTime: false })],
    },
    // A number on the same span is another kind: both stay.
    { sentence: 'Since 2014 more than 14,000 people have died.', given: (d) => [num(d, '2014', { value: 2014, unit: null }), year(d, '2014'), num(d, 'more than 14,000', { value: 14000, unit: null, qualifier: 'more than', low: 14000 })] },
  ]);
});

describe('mergeDateRanges', () => {
  const may12: DateValue = { parts: { month: 5, day: 12 }, relative: 'month', hasTime: false };
  const june6: DateValue = { parts: { month: 6, day: 6 }, relative: 'month', hasTime: false };
  const march2: DateValue = { parts: { month: 3, day: 2 }, relative: 'month', hasTime: false };
  const april10: DateValue = { parts: { month: 4, day: 10 }, relative: 'month', hasTime: false };
  const range = (doc: Doc, written: string, value: DateValue): Mention<'date'> => date(doc, written, value, 'date/range');
  refinerTables('mergeDateRanges', (doc, given) => refine(mergeDateRanges, doc, given), [
    // A date and a bare day after "between"; the numbers pass through.
    {
      sentence: 'Talks were held between May 12 and 14 in Istanbul.',
      given: (d) => [chrono(d, 'May 12', may12), num(d, '12', { value: 12, unit: null }), num(d, '14', { value: 14, unit: null })],
      want: (d) => [range(d, 'between May 12 and 14', { ...may12, rangeEnd: { day: 14 } }), num(d, '12', { value: 12, unit: null }), num(d, '14', { value: 14, unit: null })],
    },
    { sentence: 'Voting took place on June 6 and 7.', given: (d) => [chrono(d, 'June 6', june6)], want: (d) => [range(d, 'June 6 and 7', { ...june6, rangeEnd: { day: 7 } })] },
    // chrono keeps the end day in its text: the end is read from it, the rule stays chrono's.
    {
      sentence: 'The drills ran March 3-5 near the border.',
      given: (d) => [chrono(d, 'March 3-5', { parts: { month: 3, day: 3 }, relative: 'month', hasTime: false, rangeEnd: { month: 3, day: 5 } })],
      want: (d) => [chrono(d, 'March 3-5', { parts: { month: 3, day: 3 }, relative: 'month', hasTime: false, rangeEnd: { day: 5 } })],
    },
    { sentence: 'The war raged from 2014 to 2016.', given: (d) => [year(d, '2014'), year(d, '2016')], want: (d) => [range(d, 'from 2014 to 2016', { parts: { year: 2014 }, rangeEnd: { year: 2016 } })] },
    { sentence: 'Shelling was heavy between 2014 and 2016.', given: (d) => [year(d, '2014'), year(d, '2016')], want: (d) => [range(d, 'between 2014 and 2016', { parts: { year: 2014 }, rangeEnd: { year: 2016 } })] },
    {
      sentence: 'Troops withdrew between March 2 and April 10.',
      given: (d) => [chrono(d, 'March 2', march2), chrono(d, 'April 10', april10)],
      want: (d) => [range(d, 'between March 2 and April 10', { ...march2, rangeEnd: { month: 4, day: 10 } })],
    },
  ], [
    { sentence: 'Protests flared in 2014 and 2016.', given: (d) => [year(d, '2014'), year(d, '2016')] }, // "and" without "between": two dates
    {
      sentence: 'The talks on Monday and Tuesday failed.', // weekdays are not absolute
      given: (d) => [chrono(d, 'Monday', { parts: { weekday: 1 }, relative: 'weekday', hasTime: false }), chrono(d, 'Tuesday', { parts: { weekday: 2 }, relative: 'weekday', hasTime: false })],
    },
    {
      sentence: 'Delegates met in March and April 2023.',
      given: (d) => [chrono(d, 'March', { parts: { month: 3 }, relative: 'month', hasTime: false }), chrono(d, 'April 2023', { parts: { year: 2023, month: 4 }, hasTime: false })],
    },
    {
      sentence: 'Fighting raged from Feb. 24 to March 3.', // chrono's own range stays as chrono gave it
      given: (d) => [chrono(d, 'Feb. 24 to March 3', { parts: { month: 2, day: 24 }, relative: 'month', hasTime: false, rangeEnd: { month: 3, day: 3 } })],
    },
    { sentence: 'Rebels attacked on May 3 and 40 people died.', given: (d) => [chrono(d, 'May 3', { parts: { month: 5, day: 3 }, relative: 'month', hasTime: false })] }, // 40 is no day
    {
      sentence: 'Gunmen raided the village on May 3 and 12 people died.',
      given: (d) => [chrono(d, 'May 3', { parts: { month: 5, day: 3 }, relative: 'month', hasTime: false })],
      skip: 'a count after "and" is read as the end day: gives the range "May 3 and 12" (rangeEnd day 12), and the 12 dead are then dropped as part of the date',
    },
  ]);
});

describe('resolveDates', () => {
  interface ResolveRow { sentence: string; given: (doc: Doc) => Mention<'date'>[]; resolved: Resolved[]; skip?: string }
  interface UnresolvedRow { sentence: string; published: string | null; given: (doc: Doc) => AnyMention[]; reason: string | null; skip?: string }
  const weekday = (n: number): DateValue => ({ parts: { weekday: n }, relative: 'weekday', hasTime: false });
  const month = (n: number): DateValue => ({ parts: { month: n }, relative: 'month', hasTime: false });
  const day = (iso: string): Resolved => ({ iso, precision: 'day' });
  const rows: ResolveRow[] = [
    { sentence: 'Troops entered the town on Aug. 24, 2014, witnesses said.', given: (d) => [chrono(d, 'Aug. 24, 2014', { parts: { year: 2014, month: 8, day: 24 }, hasTime: false })], resolved: [day('2014-08-24')] },
    { sentence: 'The governor said yesterday that power was restored.', given: (d) => [chrono(d, 'yesterday', { parts: {}, relative: 'day', offset: -1, hasTime: false })], resolved: [day('2025-05-23')] },
    { sentence: 'Casualties rose sharply last week.', given: (d) => [chrono(d, 'last week', { parts: {}, relative: 'week', offset: -1 })], resolved: [{ iso: '2025-W20', precision: 'week' }] },
    // A bare weekday: the one just past in reported speech, the coming one in the future tense.
    { sentence: 'The minister said on Tuesday that talks had stalled.', given: (d) => [chrono(d, 'Tuesday', weekday(2))], resolved: [day('2025-05-20')] },
    { sentence: 'Envoys will meet on Tuesday in Riyadh.', given: (d) => [chrono(d, 'Tuesday', weekday(2))], resolved: [day('2025-05-27')] },
    // A month without a year, in the past tense, after the publication month: the year before.
    { sentence: 'The bridge was hit in July.', given: (d) => [chrono(d, 'July', month(7))], resolved: [{ iso: '2024-07', precision: 'month' }] },
    { sentence: 'The village fell three years ago.', given: (d) => [date(d, 'three years ago', { parts: {}, relative: 'ago', offset: -3, agoUnit: 'year' }, 'date/ago')], resolved: [{ iso: '2022', precision: 'year' }] },
    // "the day before" counts from the day just given, not from the publication date.
    {
      sentence: 'Rebels shelled the port on May 3; the day before, they had cut the road.',
      given: (d) => [chrono(d, 'May 3', { parts: { month: 5, day: 3 }, relative: 'month', hasTime: false }), date(d, 'the day before', { parts: {}, relative: 'anchor', offset: -1 }, 'date/anchor')],
      resolved: [day('2025-05-03'), day('2025-05-02')],
    },
    {
      sentence: 'Talks were held between May 12 and 14 in Istanbul.',
      given: (d) => [date(d, 'between May 12 and 14', { parts: { month: 5, day: 12 }, relative: 'month', hasTime: false, rangeEnd: { day: 14 } }, 'date/range')],
      resolved: [{ iso: '2025-05-12', precision: 'day', end: '2025-05-14' }],
    },
    // A year in the same sentence wins over the publication year.
    {
      sentence: 'The army said it took the town in March 2014, and lost it in June.',
      given: (d) => [chrono(d, 'March 2014', { parts: { year: 2014, month: 3 }, hasTime: false }), chrono(d, 'June', month(6))],
      resolved: [{ iso: '2014-03', precision: 'month' }, { iso: '2014-06', precision: 'month' }],
    },
  ];
  test.for(rows)('$sentence', (row, { skip }) => {
    skip(!!row.skip, row.skip);
    const doc = docOf(row.sentence, PUB);
    const given = row.given(doc);
    expect(refine(resolveDates, doc, given)).toEqual(given.map((m, i) => ({ ...m, value: { ...m.value, resolved: row.resolved[i] } })));
  });

  const unresolved: UnresolvedRow[] = [
    { sentence: 'Fighting flared over the weekend.', published: PUB, given: (d) => [chrono(d, 'weekend', { parts: {}, relative: 'period' })], reason: 'a period with no ISO 8601 value' },
    { sentence: 'The day before, the road was cut.', published: PUB, given: (d) => [date(d, 'The day before', { parts: {}, relative: 'anchor', offset: -1 }, 'date/anchor')], reason: 'relative to a date the article does not give' },
    { sentence: 'The governor said yesterday that power was restored.', published: null, given: (d) => [chrono(d, 'yesterday', { parts: {}, relative: 'day', offset: -1, hasTime: false })], reason: 'relative date and no publication date' },
    { sentence: 'The offensive began in March.', published: null, given: (d) => [chrono(d, 'March', month(3))], reason: 'no year in the article and no publication date' },
    // Not a date: passes through untouched.
    { sentence: 'More than 14,000 people have died.', published: PUB, given: (d) => [num(d, 'More than 14,000', { value: 14000, unit: null, qualifier: 'more than', low: 14000 })], reason: null },
  ];
  test.for(unresolved)('no calendar value for $sentence', (row, { skip }) => {
    skip(!!row.skip, row.skip);
    const doc = docOf(row.sentence, row.published);
    const given = row.given(doc);
    const want = given.map((m) => (m.kind === 'date' ? { ...m, value: { ...m.value, resolved: { iso: null, precision: null, reason: row.reason } } } : m));
    expect(refine(resolveDates, doc, given)).toEqual(want);
  });
});

describe('assembleDates', () => {
  const assembleDates = STAGES.find((s) => s.name === 'assembleDates')!;
  const assemble = (doc: Doc, mentions: AnyMention[]): DateFact[] | undefined => assembleDates.run(doc, { mentions }, bufferedCtx(PUB)).dates;
  const resolved = (value: DateValue, r: Resolved): DateValue => ({ ...value, resolved: r });
  interface AssembleRow { sentence: string; given: (doc: Doc) => AnyMention[]; facts: Omit<DateFact, 'start' | 'end'>[]; skip?: string }
  const rows: AssembleRow[] = [
    {
      sentence: 'Troops entered the town on Aug. 24, 2014, witnesses said.',
      given: (d) => [chrono(d, 'Aug. 24, 2014', resolved({ parts: { year: 2014, month: 8, day: 24 }, hasTime: false }, { iso: '2014-08-24', precision: 'day' }))],
      facts: [{ text: 'Aug. 24, 2014', value: '2014-08-24', precision: 'day', relative: null, rule: 'date/chrono' }],
    },
    {
      sentence: 'The governor said yesterday that power was restored.',
      given: (d) => [chrono(d, 'yesterday', resolved({ parts: {}, relative: 'day', offset: -1, hasTime: false }, { iso: '2025-05-23', precision: 'day' }))],
      facts: [{ text: 'yesterday', value: '2025-05-23', precision: 'day', relative: 'day', rule: 'date/chrono' }],
    },
    {
      sentence: 'The talks opened on Sunday, June 1, 2025 at 10 a.m. in Doha.',
      given: (d) => [chrono(d, 'Sunday, June 1, 2025 at 10 a.m', resolved({ parts: { year: 2025, month: 6, day: 1, hour: 10, minute: 0, weekday: 0 }, hasTime: true }, { iso: '2025-06-01', precision: 'day' }))],
      facts: [{ text: 'Sunday, June 1, 2025 at 10 a.m', value: '2025-06-01', precision: 'day', relative: null, time: '10:00', rule: 'date/chrono' }],
    },
    {
      sentence: 'Talks were held between May 12 and 14 in Istanbul.',
      given: (d) => [date(d, 'between May 12 and 14', resolved({ parts: { month: 5, day: 12 }, relative: 'month', hasTime: false, rangeEnd: { day: 14 } }, { iso: '2025-05-12', precision: 'day', end: '2025-05-14' }), 'date/range')],
      facts: [{ text: 'between May 12 and 14', value: '2025-05-12', precision: 'day', relative: 'month', rangeEnd: '2025-05-14', rule: 'date/range' }],
    },
    {
      sentence: 'Fighting flared over the weekend.',
      given: (d) => [chrono(d, 'weekend', resolved({ parts: {}, relative: 'period' }, { iso: null, precision: null, reason: 'a period with no ISO 8601 value' }))],
      facts: [{ text: 'weekend', value: null, precision: null, relative: 'period', unresolved: 'a period with no ISO 8601 value', rule: 'date/chrono' }],
    },
    // Two dates, in text order; numbers are not dates.
    {
      sentence: 'Moscow annexed the peninsula in 2014 and invaded eight years later, in 2022.',
      given: (d) => [
        date(d, '2014', resolved({ parts: { year: 2014 } }, { iso: '2014', precision: 'year' }), 'date/bare-year'),
        num(d, 'eight years', { value: 8, unit: 'years', measure: 'duration' }),
        date(d, '2022', resolved({ parts: { year: 2022 } }, { iso: '2022', precision: 'year' }), 'date/bare-year'),
      ],
      facts: [
        { text: '2014', value: '2014', precision: 'year', relative: null, rule: 'date/bare-year' },
        { text: '2022', value: '2022', precision: 'year', relative: null, rule: 'date/bare-year' },
      ],
    },
    // A date that resolveDates has not seen has no value, and says so.
    {
      sentence: 'The envoy arrived on Monday.',
      given: (d) => [chrono(d, 'Monday', { parts: { weekday: 1 }, relative: 'weekday', hasTime: false })],
      facts: [{ text: 'Monday', value: null, precision: null, relative: 'weekday', unresolved: 'not resolved', rule: 'date/chrono' }],
    },
  ];
  test.for(rows)('$sentence', (row, { skip }) => {
    skip(!!row.skip, row.skip);
    const doc = docOf(row.sentence, PUB);
    const want = row.facts.map((f) => ({ ...f, start: row.sentence.indexOf(f.text), end: row.sentence.indexOf(f.text) + f.text.length }));
    expect(assemble(doc, row.given(doc))).toStrictEqual(want);
  });

  const none: UnchangedRow[] = [
    { sentence: 'More than 14,000 people have died.', given: (d) => [num(d, 'More than 14,000', { value: 14000, unit: null, qualifier: 'more than', low: 14000 })] },
    { sentence: 'President Zelenskyy visited Kharkiv.', given: (d) => [mention(d, 'person', 'Zelenskyy', { name: 'Zelenskyy', role: 'President' }, 'person/title'), mention(d, 'place', 'Kharkiv', { name: 'Kharkiv' }, 'place/gazetteer-city')] },
    { sentence: 'No date is given here.', given: () => [] },
  ];
  test.for(none)('no date facts from $sentence', (row, { skip }) => {
    skip(!!row.skip, row.skip);
    const doc = docOf(row.sentence, PUB);
    expect(assemble(doc, row.given(doc))).toEqual([]);
  });
});
