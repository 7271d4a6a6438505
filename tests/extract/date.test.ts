import { beforeAll, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import * as chrono from 'chrono-node';
import { isValidDay } from '../../src/util/calendar.js';
import { extractSync } from '../../src/index.js';
import { findDateline, normalizePublished } from '../../src/doc/dateline.js';
import { isoWeek } from '../../src/util/calendar.js';
import { init } from '../helpers.js';

beforeAll(init);

const datesOf = (text: string, published: string | null) => extractSync({ id: 't', text, published }, { types: ['dates'] }).dates;

// 2014-09-10 is a Wednesday; 2025-05-24 a Saturday.
describe('date values resolved against the publication date', () => {
  test.for([
    // sentence, published, text, value
    ['It was taken on Friday, Sept. 5, 2014, shortly after.', '2014-09-10', 'Friday, Sept. 5, 2014', '2014-09-05'],
    ['A truce signed last week calls for both sides to release prisoners.', '2014-09-10', 'last week', '2014-W36'],
    ['Lavrov told Reuters on Tuesday that forces were building up.', '2014-09-10', 'Tuesday', '2014-09-09'],
    ['The European Union is set to meet on Wednesday to discuss sanctions.', '2014-09-10', 'Wednesday', '2014-09-10'],
    ['The ministers will meet on Friday.', '2014-09-10', 'Friday', '2014-09-12'],
    ['The ministers met on Friday.', '2014-09-10', 'Friday', '2014-09-05'],
    ['Russia and Ukraine yesterday each released 390 prisoners.', '2025-05-24', 'yesterday', '2025-05-23'],
    ['More prisoners would be released today and tomorrow.', '2025-05-24', 'today', '2025-05-24'],
    ['More prisoners would be released today and tomorrow.', '2025-05-24', 'tomorrow', '2025-05-25'],
    ['an incursion that began last year', '2025-05-24', 'last year', '2024'],
    ['The war began in March.', '2025-05-24', 'March', '2025-03'],
    ['Elections are due in November.', '2025-05-24', 'November', '2025-11'],
    ['The offensive began in November.', '2025-05-24', 'November', '2024-11'],
    ['The east Ukraine war began in 2014 when Moscow annexed Crimea in March.', '2015-12-01', 'March', '2014-03'],
    ['Moscow launched its offensive in 2022.', '2025-05-24', '2022', '2022'],
    ['talks a week ago in Turkey', '2025-05-24', 'a week ago', '2025-W20'],
    ['sixteen months ago the war began', '2023-06-24', 'sixteen months ago', '2022-02'],
    ['in this Aug. 24, 2014, file photo', null, 'Aug. 24, 2014', '2014-08-24'],
    ['on 3 March 2022 the column stalled', null, '3 March 2022', '2022-03-03'],
    ['MOSCOW, Feb 24 2022 (Reuters) - Russia attacked.', null, 'Feb 24 2022', '2022-02-24'],
  ] as const)('%s [%s] %s', ([sentence, published, text, value]) => {
    const found = datesOf(sentence, published).find((d) => d.text === text);
    expect(found, JSON.stringify(datesOf(sentence, published))).toBeDefined();
    expect(found).toMatchObject({ value, start: sentence.indexOf(text) });
  });

  test.for([
    ['Russia and Ukraine yesterday each released 390 prisoners.', 'yesterday', 'day'],
    ['Kyiv returned 390 people to Russia on Friday.', 'Friday', 'weekday'],
    ['The first direct talks in over three years ended last week.', 'last week', 'week'],
  ] as const)('no publication date: %s → null', ([sentence, text, relative]) => {
    expect(datesOf(sentence, null).find((d) => d.text === text)).toMatchObject({ value: null, relative, unresolved: expect.any(String) });
  });

  test.for([
    'Five soldiers have been killed in the past four days.',
    'The meeting ended after five hours.',
    'After 39 months of fighting, thousands are held.',
    'the first direct talks in over three years',
    'Moscow says it is now ready to talk.',
  ])('no date in %j', (sentence) => {
    expect(datesOf(sentence, '2025-05-24')).toEqual([]);
  });
});

describe('publication date', () => {
  test.for([
    ['Some headline\nSeptember 10, 2014 12:26 AM EDT\n\nBody text.', '2014-09-10'],
    ['Headline\nPublished 5 May 2023\nText', '2023-05-05'],
    ['Headline\nUpdated: 14:20 GMT, 3 March 2022\nText', '2022-03-03'],
  ] as const)('dateline in %j', ([text, date]) => expect(findDateline(text)?.date).toBe(date));
  test('a caption date in a long line is not a dateline', () => {
    expect(findDateline('Soldiers congratulate a comrade in Mariupol, Friday, Sept. 5, 2014, shortly after the announcement of a ceasefire between the sides.')).toBeNull();
  });
  test('found as it was when every line went to chrono', () => {
    // The definition it had: all lines split, the first 12 each read by chrono.
    const REFERENCE = new Date(Date.UTC(2000, 0, 5, 12));
    const LABEL = /^(?:published|updated|posted|last updated|first published|date|on)\b[\s:]*/i;
    const AGENCY = /^\s*[\p{Lu}][\p{Lu} .,'-]{1,40},\s*(?<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2})\s*\((?:Reuters|AP|AFP|Xinhua|TASS|Interfax|UNIAN|Ukrinform|dpa|IANS|PTI|ANI)\)/u;
    const FILLER = /[\s,|•·:–—()-]|\b(?:am|pm|a\.m\.|p\.m\.|gmt|utc|edt|est|bst|cet|cest|msk|eet|eest|pdt|pst|by|at|on)\b/gi;
    const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    const spec = (text: string, referenceYear?: number) => {
      let offset = 0;
      for (const line of text.split('\n').slice(0, 12)) {
        const lineStart = offset;
        offset += line.length + 1;
        if (line.trim() === '' || line.length > 160) continue;
        const agency = AGENCY.exec(line);
        if (agency && referenceYear !== undefined) {
          const r = chrono.casual.parse(`${agency.groups!.date} ${referenceYear}`, { instant: REFERENCE, timezone: 0 })[0];
          const at = line.indexOf(agency.groups!.date!);
          if (r?.start.isCertain('day')) return { date: iso(referenceYear, r.start.get('month')!, r.start.get('day')!), start: lineStart + at, end: lineStart + at + agency.groups!.date!.length };
        }
        for (const r of chrono.casual.parse(line, { instant: REFERENCE, timezone: 0 })) {
          if (!r.start.isCertain('year') || !r.start.isCertain('month') || !r.start.isCertain('day') || !/\b(?:1[89]|20)\d\d\b/.test(r.text)) continue;
          const rest = (line.slice(0, r.index) + line.slice(r.index + r.text.length)).replace(LABEL, '').replace(FILLER, '');
          if (rest.length > 12) continue;
          const [y, m, d] = [r.start.get('year')!, r.start.get('month')!, r.start.get('day')!];
          if (!isValidDay(y, m, d)) continue;
          return { date: iso(y, m, d), start: lineStart + r.index, end: lineStart + r.index + r.text.length };
        }
      }
      return null;
    };
    const line = fc.constantFrom('', ' ', 'Headline of the day', 'September 10, 2014 12:26 AM EDT', 'Published 5 May 2023', 'Updated: 14:20 GMT, 3 March 2022',
      'MOSCOW, Feb 24 (Reuters) - Russian forces', 'By Jane Doe, 12/03/2019', 'Monday 3 June', 'yesterday', '10 September', '2019', 'Feb 30, 2020', 'On 1 Jan 1999',
      'Sept. 5, 2014, shortly after the announcement', 'x'.repeat(170) + ' 1 May 2020');
    fc.assert(fc.property(fc.array(line, { maxLength: 16 }), fc.constantFrom(undefined, 2022), (lines, year) => {
      const text = lines.join('\n');
      expect(findDateline(text, year)).toEqual(spec(text, year));
    }), { numRuns: 300 });
  });
  test('agency dateline takes its year from the reference date', () => {
    expect(findDateline('MOSCOW, Feb 24 (Reuters) - Russian forces', 2022)?.date).toBe('2022-02-24');
  });
  test.for([
    ['2014-09-10', '2014-09-10'], ['2014-09-10T04:26:00Z', '2014-09-10'], ['10 September 2014', '2014-09-10'], ['20140910', '2014-09-10'], ['not a date', null], ['2014-02-30', null],
  ] as const)('metadata %j', ([input, out]) => expect(normalizePublished(input)).toBe(out));
  test('metadata beats the dateline, the dateline beats --ref-date', () => {
    const text = 'Headline\nSeptember 10, 2014\nIt happened yesterday.';
    expect(extractSync({ id: 'a', text, published: '2014-09-12' }, { referenceDate: '2000-01-01' })).toMatchObject({ published: '2014-09-12', publishedSource: 'metadata' });
    expect(extractSync({ id: 'a', text }, { referenceDate: '2000-01-01' })).toMatchObject({ published: '2014-09-10', publishedSource: 'dateline' });
    expect(extractSync({ id: 'a', text: 'It happened yesterday.' }, { referenceDate: '2000-01-01' })).toMatchObject({ published: '2000-01-01', publishedSource: 'ref-date', dates: [expect.objectContaining({ value: '1999-12-31' })] });
  });
});

describe('ISO weeks', () => {
  test.for([
    [{ year: 2014, month: 9, day: 3 }, '2014-W36'], [{ year: 2014, month: 9, day: 10 }, '2014-W37'], [{ year: 2021, month: 1, day: 3 }, '2020-W53'],
    [{ year: 2020, month: 12, day: 31 }, '2020-W53'], [{ year: 2019, month: 12, day: 30 }, '2020-W01'], [{ year: 2025, month: 5, day: 17 }, '2025-W20'],
  ] as const)('%o → %s', ([d, w]) => expect(isoWeek(d)).toBe(w));
});
