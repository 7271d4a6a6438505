/** Number words, scales, fractions, qualifiers and vague magnitudes (data only). */

import { table } from '../util/table.js';

export const UNITS: Readonly<Record<string, number>> = table({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
});

export const TENS: Readonly<Record<string, number>> = table({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

/** Multipliers written as words, or as suffixes glued to digits ("1.2bn", "$5m"). */
export const SCALES: Readonly<Record<string, number>> = table({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
});
export const SCALE_SUFFIXES: Readonly<Record<string, number>> = table({
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12, tr: 1e12,
});

/** Counting nouns that are numbers in themselves: "a dozen", "two dozen". */
export const GROUP_WORDS: Readonly<Record<string, number>> = table({ dozen: 12 });

/** Denominators of written fractions: "one-fifth", "two thirds", "a quarter". */
export const FRACTION_DENOMINATORS: Readonly<Record<string, number>> = table({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4,
  fifth: 5, fifths: 5, sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8,
  ninth: 9, ninths: 9, tenth: 10, tenths: 10,
});

/**
 * Qualifiers before a figure and how a data coder bounds it (UCDP-style best/low/high):
 * `low`/`high` say whether the figure is that bound; `approx` widens both sides.
 */
export interface QualifierSense {
  low?: 'value';
  high?: 'value';
  approx?: boolean;
}
export const QUALIFIERS: Readonly<Record<string, QualifierSense>> = table({
  'about': { approx: true }, 'around': { approx: true }, 'some': { approx: true },
  'approximately': { approx: true }, 'roughly': { approx: true }, 'an estimated': { approx: true },
  'estimated': { approx: true }, 'close to': { high: 'value' }, 'nearly': { high: 'value' },
  'almost': { high: 'value' }, 'just under': { high: 'value' }, 'fewer than': { high: 'value' },
  'less than': { high: 'value' }, 'under': { high: 'value' }, 'up to': { high: 'value' },
  'as many as': { high: 'value' }, 'at most': { high: 'value' }, 'no more than': { high: 'value' },
  'not more than': { high: 'value' }, 'at least': { low: 'value' }, 'more than': { low: 'value' },
  'over': { low: 'value' }, 'just over': { low: 'value' }, 'upwards of': { low: 'value' },
  'in excess of': { low: 'value' }, 'no fewer than': { low: 'value' }, 'no less than': { low: 'value' },
  'not less than': { low: 'value' }, 'at least some': { low: 'value' }, 'well over': { low: 'value' },
  'another': {}, 'a further': {}, 'an additional': {}, 'only': {}, 'just': {}, 'exactly': {},
});

/** Vague magnitudes: "hundreds of" is flagged vague with a band instead of a made-up value. */
export const VAGUE_MAGNITUDES: Readonly<Record<string, { low: number; high: number }>> = table({
  'dozens of': { low: 24, high: 99 },
  'scores of': { low: 40, high: 99 },
  'hundreds of': { low: 200, high: 999 },
  'thousands of': { low: 2000, high: 9999 },
  'tens of thousands of': { low: 20000, high: 99999 },
  'hundreds of thousands of': { low: 200000, high: 999999 },
  'millions of': { low: 2e6, high: 9999999 },
  'tens of millions of': { low: 2e7, high: 99999999 },
  'hundreds of millions of': { low: 2e8, high: 999999999 },
  'billions of': { low: 2e9, high: 9999999999 },
});

/** Currency symbols and codes written before a figure, and currency words after it, with the unit they give. */
export const CURRENCY_PREFIXES: Readonly<Record<string, string>> = table({
  'US$': 'dollars', '$': 'dollars', 'USD': 'dollars', '€': 'euros', 'EUR': 'euros', '£': 'pounds',
  'GBP': 'pounds', '¥': 'yen', '₴': 'hryvnias', 'UAH': 'hryvnias', '₽': 'rubles', 'RUB': 'rubles',
});
export const CURRENCY_WORDS: readonly string[] = Object.freeze([
  'dollars', 'dollar', 'euros', 'euro', 'pounds', 'pound', 'hryvnias', 'hryvnia', 'hryvnas', 'rubles',
  'ruble', 'roubles', 'rouble', 'yuan', 'yen', 'rupees', 'shekels', 'dinars', 'riyals', 'lira', 'francs',
]);

/** Units of time: a figure counting them is a duration. */
export const TIME_UNITS: readonly string[] = Object.freeze([
  'second', 'minute', 'hour', 'day', 'night', 'week', 'weekend', 'month', 'year', 'decade', 'century',
]);

/** Words after "one" that make it a pronoun or determiner rather than a count ("one of the largest"). */
export const PRONOUN_ONE_FOLLOWERS: readonly string[] = Object.freeze(['of', 'another', 'by', 'or', 'day', 'way', 'time', 'thing']);
/** Words before "one" that make it a pronoun ("no one", "the one who"). */
export const PRONOUN_ONE_PRECEDERS: readonly string[] = Object.freeze(['no', 'the', 'this', 'that', 'which', 'any', 'every', 'each', 'someone', 'anyone', 'such']);

/** Words to step over between a figure and the noun it counts ("648 Ukrainian soldiers", "800 more troops"). */
export const UNIT_SKIP_WORDS: readonly string[] = Object.freeze([
  'more', 'other', 'additional', 'new', 'further', 'extra', 'fewer', 'less', 'of', 'our', 'their', 'its',
  'his', 'her', 'the', 'those', 'these', 'them', 'whom', 'which', 'such',
]);

/** Head nouns that cannot be a unit of a figure (the figure is elliptical): "390 from each side". */
export const NOT_UNITS: readonly string[] = Object.freeze([
  'percent', 'per', 'cent', 'each', 'apiece', 'a', 'an', 'and', 'or', 'to', 'from', 'times',
]);
