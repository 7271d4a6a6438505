/**
 * Quantities written in digits or words, with their qualifier, range, scale, currency or percent sign.
 *   "more than 4,700 deaths" → 4700, qualifier "more than", low 4700
 *   "exchange 1.000 prisoners" → 1000 (European grouping)        "1.2bn" → 1200000000
 *   "between 8,000 and 10,000" → 8000, low 8000, high 10000      "about 20%" → 20, unit percent
 *   "two hundred and fifty" → 250    "one-fifth" → 0.2    "30-day" → 30 days    "hundreds of" → vague
 * The counted noun is attached later (refine/attachUnits), with the sentence's tokens.
 * Watch out for: numbers inside names ("Su-25", "MH17": a letter or hyphen glued on), clock times
 * ("12:26"), ordinals ("1st"), years inside dates (removeOverlaps keeps the date), "one" as a pronoun
 * (refine/dropNonQuantities).
 */
import {
  CURRENCY_PREFIXES, CURRENCY_WORDS, FRACTION_DENOMINATORS, GROUP_WORDS, QUALIFIERS, SCALES, SCALE_SUFFIXES,
  TENS, TIME_UNITS, UNITS, VAGUE_MAGNITUDES,
} from '../../data/numbers.js';
import type { Extractor, Mention, NumberValue } from '../../model/types.js';
import { alternation, matchAll, type Hit } from '../../util/regex.js';
import { clean, parseDigits, parseFraction, parseWords, scaleOf } from './parseNumber.js';

const WORD = '(?:' + alternation([...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES), ...Object.keys(GROUP_WORDS)]) + ')';
const SMALL_WORD = '(?:' + alternation([...Object.keys(UNITS), ...Object.keys(TENS)]) + ')';
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?![.,]?\d)|\d{1,3}(?:[\u00A0\u2009\u202F]\d{3})+|\d+(?:\.\d+)?`;
const CURRENCY = alternation(Object.keys(CURRENCY_PREFIXES));
const SUFFIX = alternation(Object.keys(SCALE_SUFFIXES));
const SCALE_WORD = alternation(Object.keys(SCALES).filter((w) => w !== 'hundred').concat('hundred'));
const DENOMINATOR = alternation(Object.keys(FRACTION_DENOMINATORS));
const ADJ_UNIT = alternation([...TIME_UNITS, 'mile', 'kilometre', 'kilometer', 'km', 'metre', 'meter', 'storey', 'story', 'member', 'point', 'man', 'strong', 'seat', 'bed', 'ton', 'tonne']);
const VAGUE = alternation(Object.keys(VAGUE_MAGNITUDES).map((v) => v.replace(/ of$/, '')));

/**
 * One figure. The alternatives are tried in order; each is linear (no nested repetition over shared
 * characters). All but the one for digits open with \b before a word character, so they can only start
 * where no word character comes before: that test, put in front of them once, lets the regex skip the
 * inside of words without trying each alternative there (the same matches; the regex took half the time
 * on 2,000 bench articles).
 */
const ATOM = new RegExp(
  [
    String.raw`(?<!\w)(?:`,
    [
      String.raw`(?<vague>\b(?:${VAGUE})\s+of\b)`,
      String.raw`(?<unitHalf>\ban?\s+(?<uhUnit>year|month|week|day|hour|minute)\s+and\s+a\s+half\b)`,
      String.raw`(?<andHalf>\b(?<ahNum>\d+|${SMALL_WORD})\s+and\s+a\s+half\b)`,
      String.raw`(?<age>\b(?<ageNum>\d{1,3}|${SMALL_WORD}(?:-${SMALL_WORD})?)[ -](?<ageUnit>year|month|week|day)s?[ -]old\b)`,
      String.raw`(?<adj>\b(?<adjNum>\d+|${SMALL_WORD}(?:-${SMALL_WORD})?)-(?<adjUnit>${ADJ_UNIT})(?:-(?<adjOld>old|long))?\b)`,
      String.raw`(?<frac>\b(?<fracNum>a|an|${SMALL_WORD})[\s-](?<fracDen>${DENOMINATOR})\b(?!-)|\bhalf(?=\s+(?:of|the)\b))`,
    ].join('|'),
    ')|',
    String.raw`(?<money>(?<cur>${CURRENCY})\s?)?(?<![\p{L}\p{N}.,/:])(?<!\p{L}[\-–])(?<digits>${DIGITS})(?:(?<suffix>${SUFFIX})\b|\s+(?<scale>${SCALE_WORD})\b)?(?<pct>\s?%|\s?per\s?cent\b|\s?percent\b)?(?![\p{L}\p{N}]|[.,:/]\d)`,
    String.raw`|(?<!\w)(?<words>\b(?:half\s+a\s+(?:${WORD})|(?:an?\s+(?=(?:dozen|hundred|thousand|million|billion)\b))?(?:${WORD})(?:(?:(?<=hundred|thousand|million|billion)\s+and\s+|\s+|-)(?:${WORD}))*))\b(?!-\p{L})(?<wpct>\s?%|\s+per\s?cent\b|\s+percent\b)?`,
  ].join(''),
  'giu',
);

const QUALIFIER_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?<q>${alternation(Object.keys(QUALIFIERS))})\s+$`, 'iu');
const BETWEEN_BEFORE = /(?:^|\s)(?<q>between|from)\s+$/i;
const RANGE_JOIN = /^\s*(?:-|–|—|to|or)\s*$|^\s+and\s+$/i;
const CURRENCY_AFTER = new RegExp(String.raw`^\s+(?<cur>${alternation(CURRENCY_WORDS)})\b`, 'i');

interface Atom {
  hit: Hit;
  value: number | null;
  measure?: NumberValue['measure'];
  unit?: string | null;
  vague?: { low: number; high: number };
}

const plural = (w: string, n: number | null): string => (n === 1 || w.endsWith('s') ? w : w + 's');

function atomOf(hit: Hit): Atom | null {
  const g = hit.groups;
  if (g.vague) {
    const key = hit.text.toLowerCase().replace(/\s+/g, ' ');
    return { hit, value: null, vague: VAGUE_MAGNITUDES[key] };
  }
  if (g.unitHalf) return { hit, value: 1.5, unit: g.uhUnit!.toLowerCase() + 's', measure: 'duration' };
  if (g.andHalf) {
    const n = /^\d/.test(g.ahNum!) ? Number(g.ahNum) : parseWords(g.ahNum!);
    return n === null ? null : { hit, value: n + 0.5 };
  }
  if (g.age) {
    const n = /^\d/.test(g.ageNum!) ? Number(g.ageNum) : parseWords(g.ageNum!);
    return { hit, value: n, unit: plural(g.ageUnit!.toLowerCase(), n), measure: 'age' };
  }
  if (g.adj) {
    const n = /^\d/.test(g.adjNum!) ? Number(g.adjNum) : parseWords(g.adjNum!);
    const unitWord = g.adjUnit!.toLowerCase();
    const isTime = TIME_UNITS.includes(unitWord);
    return { hit, value: n, unit: plural(unitWord, n), measure: g.adjOld === 'old' ? 'age' : isTime ? 'duration' : 'count' };
  }
  if (g.frac) {
    const value = g.fracDen ? parseFraction(g.fracNum!, g.fracDen) : 0.5;
    return value === null ? null : { hit, value, measure: 'fraction' };
  }
  if (g.digits) {
    const value = clean(parseDigits(g.digits) * scaleOf(g.suffix ?? g.scale));
    if (g.cur) return { hit, value, measure: 'money', unit: CURRENCY_PREFIXES[g.cur] ?? null };
    if (g.pct) return { hit, value, measure: 'percent', unit: 'percent' };
    return { hit, value };
  }
  const value = parseWords(g.words!);
  if (value === null) return null;
  return g.wpct ? { hit, value, measure: 'percent', unit: 'percent' } : { hit, value };
}

function qualify(atom: Atom, text: string): Mention<'number'> {
  let start = atom.hit.start;
  let end = atom.hit.end;
  const value: NumberValue = { value: atom.value, unit: atom.unit ?? null };
  if (atom.measure) value.measure = atom.measure;
  if (atom.vague) Object.assign(value, { vague: true, low: atom.vague.low, high: atom.vague.high });
  const before = text.slice(Math.max(0, start - 30), start);
  const q = QUALIFIER_BEFORE.exec(before);
  if (q && !atom.vague) {
    const word = q.groups!.q!;
    start -= before.length - before.lastIndexOf(word);
    value.qualifier = word.toLowerCase().replace(/\s+/g, ' ');
    const sense = QUALIFIERS[value.qualifier] ?? {};
    if (sense.low && atom.value !== null) value.low = atom.value;
    if (sense.high && atom.value !== null) value.high = atom.value;
  }
  const currency = CURRENCY_AFTER.exec(text.slice(end, end + 20));
  if (currency && !value.unit) {
    end += currency[0].length;
    value.unit = currency.groups!.cur!.toLowerCase();
    value.measure = 'money';
  }
  return { kind: 'number', start, end, text: text.slice(start, end), value, rule: atom.vague ? 'number/vague' : 'number/quantity' };
}

/** Joins "8,000 and 10,000" after "between", "2-3", "five to ten" into one range mention. */
function joinRanges(atoms: Atom[], text: string): Mention<'number'>[] {
  const out: Mention<'number'>[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    const b = atoms[i + 1];
    if (b && a.value !== null && b.value !== null && !a.vague && !b.vague && (a.measure === b.measure || (!a.measure && (b.measure === 'percent' || b.measure === 'money')))) {
      const gap = text.slice(a.hit.end, b.hit.start);
      const between = BETWEEN_BEFORE.exec(text.slice(Math.max(0, a.hit.start - 12), a.hit.start));
      const isAnd = /^\s+and\s+$/i.test(gap);
      if (RANGE_JOIN.test(gap) && (!isAnd || between) && b.value > a.value) {
        const before = text.slice(Math.max(0, a.hit.start - 30), a.hit.start);
        const q = between ? null : QUALIFIER_BEFORE.exec(before);
        const start = between
          ? a.hit.start - between[0].length + between[0].indexOf(between.groups!.q!)
          : q ? a.hit.start - (before.length - before.lastIndexOf(q.groups!.q!)) : a.hit.start;
        const value: NumberValue = { value: a.value, low: a.value, high: b.value, unit: b.unit ?? a.unit ?? null };
        if (between) value.qualifier = between.groups!.q!.toLowerCase();
        else if (q) value.qualifier = q.groups!.q!.toLowerCase().replace(/\s+/g, ' ');
        if (b.measure ?? a.measure) value.measure = b.measure ?? a.measure;
        out.push({ kind: 'number', start, end: b.hit.end, text: text.slice(start, b.hit.end), value, rule: 'number/range' });
        i++;
        continue;
      }
    }
    out.push(qualify(a, text));
  }
  return out;
}

export const quantities: Extractor = (doc) => {
  // A run of digits too long for a double ("1111…") is not a quantity anyone wrote.
  const atoms = matchAll(ATOM, doc.text).map(atomOf).filter((a): a is Atom => a !== null && (a.value === null || Number.isFinite(a.value)));
  return joinRanges(atoms, doc.text);
};
