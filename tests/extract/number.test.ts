import { beforeAll, describe, expect, test } from 'vitest';
import { extractSync } from '../../src/index.js';
import { quantities } from '../../src/extract/number/quantities.js';
import { parseDigits, parseWords } from '../../src/extract/number/parseNumber.js';
import { init, run } from '../helpers.js';

beforeAll(init);

const numbersOf = (text: string) => extractSync({ id: 't', text }, { types: ['numbers', 'dates'] }).numbers;

describe('number/quantity: value, qualifier, bounds and unit in context', () => {
  test.for([
    // sentence, text, value, unit, extra
    ['Separatists have freed 648 Ukrainian soldiers under a truce.', '648 Ukrainian soldiers', 648, 'soldiers', {}],
    ['It led to more than 4,700 deaths, according to Reuters.', 'more than 4,700 deaths', 4700, 'deaths', { qualifier: 'more than', low: 4700 }],
    ['The agreement to exchange 1.000 prisoners each was signed.', '1.000 prisoners', 1000, 'prisoners', {}],
    ['Their number is estimated to be between 8,000 and 10,000.', 'between 8,000 and 10,000', 8000, null, { low: 8000, high: 10000, qualifier: 'between' }],
    ['Fighting has killed at least 2,500 people.', 'at least 2,500 people', 2500, 'people', { qualifier: 'at least', low: 2500 }],
    ['The rebels are believed to be holding about 600 prisoners.', 'about 600 prisoners', 600, 'prisoners', { qualifier: 'about' }],
    ['Kiev will give the rebels 225 of their fighters.', '225 of their fighters', 225, 'fighters', {}],
    ['The release of 1,000 of our people from captivity.', '1,000 of our people', 1000, 'people', {}],
    ['Russia launched two missiles at the port.', 'two missiles', 2, 'missiles', {}],
    ['killing one person and injuring eight others', 'one person', 1, 'person', {}],
    ['Ukraine is ready to accept a 30-day ceasefire.', '30-day', 30, 'days', { measure: 'duration' }],
    ['The meeting ended after five hours.', 'five hours', 5, 'hours', { measure: 'duration' }],
    ['After 39 months of fighting, thousands are held.', '39 months', 39, 'months', { measure: 'duration' }],
    ['with almost 800 captives to be freed', 'almost 800 captives', 800, 'captives', { qualifier: 'almost', high: 800 }],
    ['Russia received 270 Russian troops and 120 civilians.', '270 Russian troops', 270, 'troops', {}],
    ['Forty-eight people were wounded.', 'Forty-eight people', 48, 'people', {}],
    ['two hundred and fifty families fled', 'two hundred and fifty families', 250, 'families', {}],
    ['a dozen soldiers were captured', 'a dozen soldiers', 12, 'soldiers', {}],
    ['the fund holds $95bn in assets', '$95bn', 95e9, 'dollars', { measure: 'money' }],
    ['about 20% of the territory', 'about 20%', 20, 'percent', { measure: 'percent' }],
    ['it controls about one-fifth of the land', 'about one-fifth of the land', 0.2, 'land', { measure: 'fraction' }],
    ['a five-hour meeting', 'five-hour', 5, 'hours', { measure: 'duration' }],
    ['an 18-year-old conscript', '18-year-old', 18, 'years', { measure: 'age' }],
    ['the rebels will hand over 125 Ukrainian soldiers', '125 Ukrainian soldiers', 125, 'soldiers', {}],
    ['some 800 sent against Russian targets', 'some 800', 800, null, { qualifier: 'some' }],
    ['3 million refugees have left', '3 million refugees', 3e6, 'refugees', {}],
    ['half a million people were displaced', 'half a million people', 5e5, 'people', {}],
    ['up to 50 drones were launched', 'up to 50 drones', 50, 'drones', { qualifier: 'up to', high: 50 }],
    ['10-15 civilians died', '10-15 civilians', 10, 'civilians', { low: 10, high: 15 }],
  ] as const)('%s', ([sentence, text, value, unit, extra]) => {
    const found = numbersOf(sentence).find((n) => n.text === text);
    expect(found, JSON.stringify(numbersOf(sentence))).toBeDefined();
    expect(found).toMatchObject({ value, unit, start: sentence.indexOf(text), ...extra });
  });

  test.for([
    ['hundreds of thousands of soldiers on both sides', 'hundreds of thousands of soldiers', 'soldiers', 200000, 999999],
    ['Tens of thousands of Ukrainian civilians have been killed', 'Tens of thousands of Ukrainian civilians', 'civilians', 20000, 99999],
    ['thousands of POWs are held', 'thousands of POWs', 'POWs', 2000, 9999],
    ['dozens of homes were destroyed', 'dozens of homes', 'homes', 24, 99],
  ] as const)('vague: %s', ([sentence, text, unit, low, high]) => {
    expect(numbersOf(sentence)).toContainEqual(expect.objectContaining({ text, unit, value: null, vague: true, low, high }));
  });

  test.for([
    'One of the goals of the talks is peace.',
    'the two sides could not agree',
    'no one was hurt',
    'the Su-25 jet crashed',
    'flight MH17 was shot down',
    'the 1st battalion moved',
    'at 12:26 the sirens sounded',
    'it began in 2022',
    'on Sept. 5, 2014',
    'since World War II',
  ])('no number in %j', (sentence) => {
    expect(numbersOf(sentence)).toEqual([]);
  });
});

describe('number parsing', () => {
  test.for([
    ['2,500', 2500], ['1.000', 1000], ['12.345', 12345], ['1.5', 1.5], ['2.5', 2.5], ['10\u202F000', 10000], ['648', 648],
  ] as const)('digits %s → %d', ([s, n]) => expect(parseDigits(s)).toBe(n));
  test.for([
    ['forty-eight', 48], ['two hundred and fifty', 250], ['a dozen', 12], ['half a million', 500000],
    ['twelve thousand three hundred forty-five', 12345], ['one million two hundred thousand', 1200000], ['nineteen', 19],
  ] as const)('words %s → %d', ([s, n]) => expect(parseWords(s)).toBe(n));
  test('a lone extractor call gives raw figures without units', () => {
    expect(run(quantities, 'They freed 648 soldiers.')).toEqual([expect.objectContaining({ text: '648', value: { value: 648, unit: null }, rule: 'number/quantity' })]);
  });
});
