/**
 * Properties that must hold for any input: no exception, spans inside the text and equal to it,
 * facts in text order, the same output twice, and no super-linear blow-up on hostile text.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { extractSync } from '../src/index.js';
import type { Analysis, ArticleFacts } from '../src/model/types.js';
import { parseWords } from '../src/extract/number/parseNumber.js';
import { defaultPipeline } from '../src/pipeline.js';
import { bufferedCtx, docOf, init } from './helpers.js';

beforeAll(init);

function checkSpans(text: string, f: ArticleFacts): void {
  const spans = [...f.dates, ...f.numbers, ...[...f.people, ...f.places, ...f.organizations].flatMap((e) => e.mentions)];
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.end).toBeGreaterThan(s.start);
    expect(text.slice(s.start, s.end)).toBe(s.text);
  }
  for (const list of [f.dates, f.numbers]) {
    for (let i = 1; i < list.length; i++) expect(list[i]!.start).toBeGreaterThanOrEqual(list[i - 1]!.end);
  }
}

const newsy = fc.array(
  fc.oneof(
    fc.constantFrom('Russia', 'Ukraine', 'Kyiv', 'Sergei Lavrov', 'said', 'on Friday', 'last week', 'more than', '4,700', '1.000', 'prisoners',
      'the', 'of', 'between', 'and', 'one-fifth', 'hundreds of', '—', '“', '”', ',', '.', '\n', 'President', 'Mr', 'E.U.', 'AFP', 'region', 'village of'),
    fc.string({ maxLength: 8 }),
    fc.integer({ min: 0, max: 1e7 }).map(String),
  ),
  { maxLength: 40 },
).map((parts) => parts.join(' '));

describe('any text', () => {
  test('spans are exact, in bounds and in order; output is deterministic', () => {
    fc.assert(
      fc.property(fc.oneof(newsy, fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
        const a = extractSync({ id: 'p', text }, { referenceDate: '2025-05-24' });
        checkSpans(text, a);
        expect(extractSync({ id: 'p', text }, { referenceDate: '2025-05-24' })).toEqual(a);
      }),
      { numRuns: 300 },
    );
  });
});

describe('every stage on its own', () => {
  test('no exception; spans in bounds and equal to the text', () => {
    fc.assert(
      fc.property(fc.oneof(newsy, fc.string({ unit: 'grapheme', maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 300 })), (text) => {
        const doc = docOf(text, '2025-05-24');
        const ctx = bufferedCtx();
        let analysis: Analysis = { mentions: [] };
        for (const stage of defaultPipeline.stages) {
          analysis = { ...analysis, ...stage.run(doc, analysis, ctx) };
          for (const m of analysis.mentions) {
            expect(m.start >= 0 && m.end <= text.length && m.end > m.start, `${stage.name} ${JSON.stringify(m)}`).toBe(true);
            expect(text.slice(m.start, m.end), stage.name).toBe(m.text);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('number words round-trip', () => {
  const ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
  const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
  const below100 = (n: number): string => (n < 20 ? ONES[n]! : TENS[Math.floor(n / 10)]! + (n % 10 ? '-' + ONES[n % 10] : ''));
  const below1000 = (n: number, and: boolean): string => {
    const h = Math.floor(n / 100);
    const r = n % 100;
    return [h ? `${ONES[h]} hundred` : '', r ? (h && and ? 'and ' : '') + below100(r) : ''].filter(Boolean).join(' ');
  };
  const words = (n: number, and: boolean): string => {
    const th = Math.floor(n / 1000);
    const r = n % 1000;
    return [th ? `${below1000(th, and)} thousand` : '', r ? below1000(r, and) : ''].filter(Boolean).join(' ');
  };
  const grouped = (n: number, sep: string): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);

  test('written in words, with or without "and"', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 999_999 }), fc.boolean(), (n, and) => {
      expect(parseWords(words(n, and))).toBe(n);
    }), { numRuns: 500 });
  });

  test('in context: "12,345", "12.345" (European grouping) and words give the same value', () => {
    fc.assert(fc.property(fc.integer({ min: 1000, max: 999_999 }), (n) => {
      for (const written of [grouped(n, ','), grouped(n, '.'), words(n, true)]) {
        const text = `Officials said ${written} prisoners were exchanged.`;
        const [num] = extractSync({ id: 'p', text }, { types: ['numbers'] }).numbers;
        expect(num, text).toMatchObject({ value: n, unit: 'prisoners' });
      }
    }), { numRuns: 60 });
  });
});

describe('hostile text stays linear', () => {
  const hostile = [
    '1'.repeat(20000), '1,'.repeat(10000), 'A'.repeat(20000), 'Aa '.repeat(7000), '.'.repeat(20000), '"'.repeat(20000),
    '-'.repeat(20000), '('.repeat(5000) + ')'.repeat(5000), 'one '.repeat(5000), 'Mr '.repeat(5000), ' '.repeat(20000), 'Ab-'.repeat(7000),
  ];
  test.for(hostile.map((h) => [h.slice(0, 12), h] as const))('%j… runs in bounded time', ([, text]) => {
    const small = text.slice(0, text.length / 4);
    const t0 = performance.now();
    extractSync({ id: 'h', text: small });
    const t1 = performance.now();
    extractSync({ id: 'h', text });
    const t2 = performance.now();
    // Four times the text may take at most ~12 times as long (linear plus noise), never quadratic. The floor
    // only forgives noise where both times are small; it can make the test pass, never fail.
    expect(t2 - t1).toBeLessThan(Math.max(1500, 12 * (t1 - t0)));
  });

  // Each stage on its own (the profile gives the time of each extractor and refiner): a stage that is
  // quadratic could hide under a linear analysis that takes most of the time. Best of three of each.
  test.for(hostile.map((h) => [h.slice(0, 12), h] as const))('%j… each stage runs in bounded time', ([, text]) => {
    const best = (input: string): Map<string, number> => {
      const out = new Map<string, number>();
      for (let round = 0; round < 3; round++) {
        const profile = new Map<string, number>();
        extractSync({ id: 'h', text: input }, { profile });
        for (const [stage, ms] of profile) out.set(stage, Math.min(out.get(stage) ?? Infinity, ms));
      }
      return out;
    };
    const small = best(text.slice(0, text.length / 4));
    const big = best(text);
    for (const [stage, ms] of big) expect(ms, stage).toBeLessThan(Math.max(100, 12 * (small.get(stage) ?? 0)));
  });
});
