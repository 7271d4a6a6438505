/**
 * Date expressions as news writes them, each with a publication date and the expected ISO 8601 value,
 * covering absolute dates, relative days, weekdays with the tense rule, weeks, months, years, "ago",
 * dates relative to the date just given, ranges, and no anchor at all. Written by hand from issue 4.
 *
 * Reference weekdays: 2014-09-10 Wednesday (ISO 2014-W37); 2025-05-24 Saturday (2025-W21);
 * 2022-02-24 Thursday (2022-W08); 2024-01-02 Tuesday (2024-W01).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { extractSync } from '../../src/index.js';
import { init } from '../helpers.js';

beforeAll(init);

const A = '2014-09-10';
const B = '2025-05-24';
const C = '2022-02-24';
const D = '2024-01-02';

type Row = [text: string, published: string | null, expression: string, value: string | null];
const ROWS: Row[] = [
  // absolute, with and without a year, both orders, abbreviations with and without dots
  ['Soldiers rest on Friday, Sept. 5, 2014, after the truce.', A, 'Friday, Sept. 5, 2014', '2014-09-05'],
  ['September 10, 2014 12:26 AM EDT', A, 'September 10, 2014', '2014-09-10'],
  ['The column stalled on 3 March 2022.', B, '3 March 2022', '2022-03-03'],
  ['The column stalled on March 3, 2022.', B, 'March 3, 2022', '2022-03-03'],
  ['Troops crossed the border on 24 Feb 2022.', B, '24 Feb 2022', '2022-02-24'],
  ['Troops crossed the border on February 24th, 2022.', B, 'February 24th, 2022', '2022-02-24'],
  ['The invasion began on 2022-02-24.', B, '2022-02-24', '2022-02-24'],
  ['The war in the east began in March 2014.', B, 'March 2014', '2014-03'],
  ['Moscow launched its offensive in 2022.', B, '2022', '2022'],
  ['The conflict has lasted since 2014.', B, '2014', '2014'],
  ['The dam was destroyed in September 2023.', B, 'September 2023', '2023-09'],
  ['in this Aug. 24, 2014, file photo', A, 'Aug. 24, 2014', '2014-08-24'],
  ['The talks were held on Sept 5.', A, 'Sept 5', '2014-09-05'],
  ['The law was passed on Dec. 1.', A, 'Dec. 1', '2013-12-01'],
  ['Elections will be held on Dec. 1.', A, 'Dec. 1', '2014-12-01'],
  ['The offensive began in January.', B, 'January', '2025-01'],
  ['Talks will resume in July.', B, 'July', '2025-07'],
  ['The bridge was hit in July.', B, 'July', '2024-07'],
  ['The war began in 2014, and Crimea was annexed in March.', B, 'March', '2014-03'],
  ['The reactor exploded in 1986. The thaw starts in late February.', B, 'February', '2025-02'],
  ['It was signed on 5 May.', D, '5 May', '2023-05-05'],
  ['The parade will take place on May 9.', D, 'May 9', '2024-05-09'],
  ['Prices rose in February 2023.', B, 'February 2023', '2023-02'],
  ['Russia struck on Monday, March 7, 2022.', B, 'Monday, March 7, 2022', '2022-03-07'],
  ['Talks failed on Tuesday, Feb. 22.', C, 'Feb. 22', '2022-02-22'],
  ['Russia will hold a parade on 9 May.', C, '9 May', '2022-05-09'],
  ['Russia held a parade on 9 May.', C, '9 May', '2021-05-09'],
  ['Inflation peaked in October 2022.', B, 'October 2022', '2022-10'],
  ['Inflation peaked in Oct 2022.', B, 'Oct 2022', '2022-10'],
  ['The annexation was declared on Sept. 30, 2022.', B, 'Sept. 30, 2022', '2022-09-30'],
  ['The strike came on December 31.', D, 'December 31', '2023-12-31'],
  ['Fireworks were banned on 1 January.', D, '1 January', '2024-01-01'],
  ['The invasion came on Feb 24.', C, 'Feb 24', '2022-02-24'],
  ['The invasion came on 24 February.', C, '24 February', '2022-02-24'],
  ['The riot happened on Jan. 6.', D, 'Jan. 6', '2023-01-06'],
  ['Fighting raged in late March.', B, 'March', '2025-03'],
  ['The plan dates from early 2023.', B, '2023', '2023'],
  ['The minister will visit in mid-June.', B, 'June', '2025-06'],
  ['Kyiv wants to join the EU by 2030.', B, '2030', '2030'],
  ['The deal runs until 2026.', B, '2026', '2026'],
  ['The offensive stalled in the summer of 2022.', B, '2022', '2022'],
  // relative days
  ['Russia and Ukraine yesterday each released 390 prisoners.', A, 'yesterday', '2014-09-09'],
  ['More prisoners will be released today.', A, 'today', '2014-09-10'],
  ['More prisoners will be released tomorrow.', A, 'tomorrow', '2014-09-11'],
  ['The shelling began the day before yesterday.', A, 'the day before yesterday', '2014-09-08'],
  ['Drones attacked Kyiv last night.', B, 'last night', '2025-05-23'],
  ['Sirens sounded this morning.', B, 'this morning', '2025-05-24'],
  ['The president will speak tonight.', B, 'tonight', '2025-05-24'],
  ['The statement came yesterday.', D, 'yesterday', '2024-01-01'],
  ['The statement came yesterday.', '2024-03-01', 'yesterday', '2024-02-29'],
  ['Talks resume tomorrow.', '2023-12-31', 'tomorrow', '2024-01-01'],
  ['The statement came yesterday.', C, 'yesterday', '2022-02-23'],
  ['Russia attacked today.', C, 'today', '2022-02-24'],
  // weekdays and the tense rule
  ['Lavrov told Reuters on Tuesday that troops were massing.', A, 'Tuesday', '2014-09-09'],
  ['The European Union is set to meet on Wednesday to discuss sanctions.', A, 'Wednesday', '2014-09-10'],
  ['The ministers met on Wednesday.', A, 'Wednesday', '2014-09-10'],
  ['The ministers will meet on Friday.', A, 'Friday', '2014-09-12'],
  ['The ministers met on Friday.', A, 'Friday', '2014-09-05'],
  ['Shelling resumed on Monday.', A, 'Monday', '2014-09-08'],
  ['Shelling resumed on Sunday.', A, 'Sunday', '2014-09-07'],
  ['Shelling resumed on Thursday.', A, 'Thursday', '2014-09-04'],
  ['The envoy will travel on Thursday.', A, 'Thursday', '2014-09-11'],
  ['The truce was agreed last Monday.', A, 'last Monday', '2014-09-08'],
  ['The envoy arrives next Tuesday.', A, 'next Tuesday', '2014-09-16'],
  ['The truce was agreed last Wednesday.', A, 'last Wednesday', '2014-09-03'],
  ['The summit opens this Friday.', A, 'this Friday', '2014-09-12'],
  ['Kyiv said on Saturday that the swap had begun.', B, 'Saturday', '2025-05-24'],
  ['Kyiv returned 390 people to Russia on Friday.', B, 'Friday', '2025-05-23'],
  ['Talks are due to resume on Monday.', B, 'Monday', '2025-05-26'],
  ['Drones attacked the city on Wednesday night.', B, 'Wednesday', '2025-05-21'],
  ['Explosions were heard Friday morning.', C, 'Friday', '2022-02-18'],
  ['Russia attacked on Thursday.', C, 'Thursday', '2022-02-24'],
  ['Putin will address the nation on Sunday.', C, 'Sunday', '2022-02-27'],
  ['The drone was shot down last Friday.', B, 'last Friday', '2025-05-23'],
  ['Talks resume next Friday.', B, 'next Friday', '2025-05-30'],
  ['The vote is this Saturday.', B, 'this Saturday', '2025-05-24'],
  ['The dam was hit last Saturday.', B, 'last Saturday', '2025-05-17'],
  ['Leaders will hold talks on Saturday.', B, 'Saturday', '2025-05-24'],
  ['Leaders will hold talks on Sunday.', B, 'Sunday', '2025-05-25'],
  ['Leaders met on Sunday.', B, 'Sunday', '2025-05-18'],
  // weeks, months, years
  ['A truce signed last week calls for a prisoner release.', A, 'last week', '2014-W36'],
  ['Talks continue this week.', A, 'this week', '2014-W37'],
  ['Talks continue next week.', A, 'next week', '2014-W38'],
  ['The shelling intensified last week.', D, 'last week', '2023-W52'],
  ['The shelling intensified last week.', C, 'last week', '2022-W07'],
  ['Prices rose last month.', A, 'last month', '2014-08'],
  ['Prices rose this month.', A, 'this month', '2014-09'],
  ['Prices will rise next month.', A, 'next month', '2014-10'],
  ['Prices rose last month.', D, 'last month', '2023-12'],
  ['An incursion began last year.', A, 'last year', '2013'],
  ['The budget for this year is larger.', A, 'this year', '2014'],
  ['Elections are due next year.', A, 'next year', '2015'],
  ['An incursion began last year.', D, 'last year', '2023'],
  ['The army advanced earlier this month.', B, 'this month', '2025-05'],
  ['A decision is expected later this year.', B, 'this year', '2025'],
  // "ago"
  ['The talks a week ago in Turkey failed.', B, 'a week ago', '2025-W20'],
  ['The bridge was hit two weeks ago.', B, 'two weeks ago', '2025-W19'],
  ['The bridge was hit three days ago.', B, 'three days ago', '2025-05-21'],
  ['The war began 16 months ago.', '2023-06-24', '16 months ago', '2022-02'],
  ['The war began sixteen months ago.', '2023-06-24', 'sixteen months ago', '2022-02'],
  ['The swap was agreed a year ago.', B, 'a year ago', '2024'],
  ['The swap was agreed two years ago.', A, 'two years ago', '2012'],
  ['The swap was agreed a month ago.', D, 'a month ago', '2023-12'],
  // relative to the date just given
  ['On May 20 they met. They had talked the day before.', B, 'the day before', '2025-05-19'],
  ['The truce began on Sept. 5, 2014, and was broken the next day.', A, 'the next day', '2014-09-06'],
  ['On May 3 the column stalled; three days later it moved.', B, 'three days later', '2025-05-06'],
  ['The siege began on March 1, 2022. Two weeks later the city fell.', B, 'Two weeks later', '2022-03-15'],
  ['The column stalled on 3 March 2022 and moved the following day.', B, 'the following day', '2022-03-04'],
  ['They had talked the day before.', B, 'the day before', null],
  // ranges (value is the first day)
  ['The talks were held between May 23 and 25.', B, 'May 23', '2025-05-23'],
  ['The mission ran from 2014 to 2016.', B, '2014', '2014'],
  ['The drills were held on March 3-5.', B, 'March 3', '2025-03-03'],
  ['The fighting lasted from Feb. 24 to March 3.', B, 'Feb. 24', '2025-02-24'],
  ['Elections were held in 2014 and 2016.', B, '2016', '2016'],
  // no anchor: null
  ['Russia and Ukraine yesterday each released 390 prisoners.', null, 'yesterday', null],
  ['Kyiv returned 390 people to Russia on Friday.', null, 'Friday', null],
  ['The direct talks ended last week.', null, 'last week', null],
  ['An incursion began last year.', null, 'last year', null],
  ['The bridge was hit two weeks ago.', null, 'two weeks ago', null],
  ['Crimea was annexed in March.', null, 'March', null],
  ['The war in the east began in March 2014.', null, 'March 2014', '2014-03'],
  // times attached to their date
  ['Missiles hit the port at 14:20 GMT on Friday.', B, 'Friday', '2025-05-23'],
];

describe('date table', () => {
  test('has at least 120 rows', () => expect(ROWS.length).toBeGreaterThanOrEqual(120));
  test.for(ROWS)('%s [%s] %s', ([text, published, expression, value]) => {
    const dates = extractSync({ id: 't', text, published }, { types: ['dates'] }).dates;
    const found = dates.find((d) => d.text.includes(expression));
    expect(found, JSON.stringify(dates)).toBeDefined();
    expect(found!.value).toBe(value);
    if (value === null) expect(found!.unresolved).toEqual(expect.any(String));
  });
});

describe('date details', () => {
  test('ranges carry their last day', () => {
    const [d] = extractSync({ id: 't', text: 'The talks were held between May 23 and 25.', published: B }).dates;
    expect(d).toMatchObject({ text: 'between May 23 and 25', value: '2025-05-23', rangeEnd: '2025-05-25' });
    const [y] = extractSync({ id: 't', text: 'The mission ran from 2014 to 2016.' }).dates;
    expect(y).toMatchObject({ text: 'from 2014 to 2016', value: '2014', rangeEnd: '2016' });
  });
  test('a time of day is attached to its date', () => {
    const [d] = extractSync({ id: 't', text: 'September 10, 2014 12:26 AM EDT' }).dates;
    expect(d).toMatchObject({ value: '2014-09-10', time: '00:26' });
  });
  test('durations are numbers, not dates', () => {
    const f = extractSync({ id: 't', text: 'After five months and over three years of war, the past four days were calm.', published: B });
    expect(f.dates).toEqual([]);
    expect(f.numbers.map((n) => n.unit)).toEqual(['months', 'years', 'days']);
  });
  test('the sentences and lines chrono reads at once keep their dates apart, at their offsets', () => {
    // Sentences and lines, "May" alone on its line (a heading), dates at the end of a line and of the text;
    // "Sunday night. Evening" was one date when chrono read a line at once.
    const text = 'Prices dip in November\n\nMay\nThe ceremony was at The Savoy on Sunday night. Evening Standard critics came. '
      + 'Talks ran from May 23 to 25.\nNo date here at all.\nIt ended on 3 March 2022';
    const dates = extractSync({ id: 't', text, published: B }, { types: ['dates'] }).dates;
    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['November', '2025-11'], ['May', '2025-05'], ['Sunday night', '2025-05-18'], ['May 23 to 25', '2025-05-23'], ['3 March 2022', '2022-03-03'],
    ]);
    for (const d of dates) expect(text.slice(d.start, d.end)).toBe(d.text);
  });
  test('relative expressions say why they have no value', () => {
    const [d] = extractSync({ id: 't', text: 'Kyiv returned 390 people on Friday.' }).dates;
    expect(d).toMatchObject({ value: null, relative: 'weekday', unresolved: 'relative date and no publication date' });
  });
});

describe('reproducible whatever the clock and time zone', () => {
  const root = join(import.meta.dirname, '..', '..');
  const script = `
    const RealDate = Date;
    const fake = RealDate.UTC(2031, 6, 15, 23, 59, 0);
    globalThis.Date = class extends RealDate { constructor(...a) { super(...(a.length ? a : [fake])); } static now() { return fake; } };
    const { extract } = await import('./dist/index.js');
    const text = 'Russia and Ukraine yesterday each released 390 prisoners. Lavrov said on Tuesday that talks will resume next week. The war began in March. September 10, 2014 12:26 AM EDT';
    const r = await extract({ id: 'tz', text, published: '2014-09-10' });
    process.stdout.write(JSON.stringify(r.dates));
  `;
  const run = (tz: string) => spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8', env: { ...process.env, TZ: tz } });
  test('same dates in UTC, Pacific/Kiritimati, America/Los_Angeles and Asia/Kolkata with a fake "now"', () => {
    const outs = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Kolkata'].map((tz) => run(tz));
    for (const o of outs) expect(o.status, o.stderr).toBe(0);
    const first = JSON.parse(outs[0]!.stdout);
    expect(first.map((d: { value: string }) => d.value)).toEqual(['2014-09-09', '2014-09-09', '2014-W38', '2014-03', '2014-09-10']);
    for (const o of outs.slice(1)) expect(o.stdout).toBe(outs[0]!.stdout);
  });
});
