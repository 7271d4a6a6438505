/**
 * Tolls given in parts: figures joined by "and" or a comma share what befell them.
 *   "Two civilians and one militiaman killed"  → both killed
 *   "Five troops, 19 civilians, killed"        → both killed
 * Watch out for: subsets ("four killed, including three civilians": the joiner is not plain),
 * outcomes that differ ("two killed and 10 wounded": each has its own).
 * The parts are not summed into a figure of their own: a sum is not written in the text, and
 * coding schemes differ on which parts a toll counts (tried: it lowered both victim benchmarks).
 */
import { TOLL_JOINERS, type Category } from '../data/categories.js';
import type { Mention, Refiner } from '../model/types.js';
import { isCount, isNumber } from './numbers.js';

/**
 * The words that open an aside naming a part of the whole figure before it, right before the part:
 * "eight people, including three children", "were killed in Kyiv, including seven foreigners".
 */
const SUBSET = /(?:^|[,(])\s*(?:including|among them|among whom|of whom|of them|mostly|mainly|most of them)\s*$/i;
/** Outcomes the parts of one toll share. */
const SHARED = new Set<Category | undefined>(['killed', 'wounded', 'missing']);

/** Figures in text order with the plain joiner between each and the next. */
function joined(text: string, numbers: readonly Mention<'number'>[]): boolean[] {
  return numbers.map((n, i) => {
    const next = numbers[i + 1];
    return !!next && next.start >= n.end && TOLL_JOINERS.test(text.slice(n.end, next.start));
  });
}

/** A figure with no outcome of its own takes that of the figure it is joined to ("two civilians and one militiaman killed"). */
export const shareTollCategories: Refiner = (doc, mentions) => {
  const numbers = mentions.filter(isNumber).filter(isCount);
  const link = joined(doc.text, numbers);
  const category = new Map<Mention<'number'>, Category>();
  for (let changed = true; changed;) {
    changed = false;
    numbers.forEach((n, i) => {
      if (n.value.category || category.has(n)) return;
      const prev = i > 0 && link[i - 1] ? numbers[i - 1]! : null;
      const next = link[i] ? numbers[i + 1]! : null;
      // A subset named in an aside is what befell the whole: "eight people, including three children, were killed".
      const lead = i > 0 ? doc.text.slice(numbers[i - 1]!.end, n.start) : '';
      const whole = i > 0 && SUBSET.test(lead) && !/[.;:!?]/.test(lead) ? numbers[i - 1]! : null;
      const found = [next, prev, whole].map((o) => o && (o.value.category ?? category.get(o))).find((c) => c && SHARED.has(c));
      if (found) { category.set(n, found); changed = true; }
    });
  }
  if (!category.size) return mentions;
  return mentions.map((m) => (isNumber(m) && category.has(m) ? { ...m, value: { ...m.value, category: category.get(m)! } } : m));
};
