/** compromise's contraction splitter visiting only the words it can split (see visitContractionsOnly below). */
import { compromiseFiles, contractionTest, type Nlp, type SetTag, type TaggerWorld, type Term } from './internals.js';

/** The files of compromise's contraction splitter, under src/1-one/contraction-one/compute/contractions/ (14.17). */
const CONTRACTION_FILES = {
  splice: '_splice.js', apostropheD: 'apostrophe-d.js', apostropheT: 'apostrophe-t.js', french: 'french.js',
  numberRange: 'number-range.js', numberUnit: 'number-unit.js',
} as const;

/** What compromise's contraction splitter reads of its world and view (internal; 14.17). */
interface ContractionView {
  world: { model: { one: { contractions: { word?: string; out?: string[]; before?: string; after?: string }[] } }; methods: { one: { setTag: SetTag } } };
  document: Term[][];
  fromText: (text: string) => { compute: (steps: string[]) => void; docs: Term[][] };
}
type Words = string[] | null;
type TermWords = (terms: Term[], i: number, world?: unknown) => Words;

/**
 * compromise's contraction splitter (contraction-one/compute/contractions/index.js, 14.17), visiting only
 * the words it can split (contractionTest) instead of testing each word of a sentence against its list
 * of known contractions, which cost about 3% of a run. The body for a word is compromise's, with its own
 * files for each kind of contraction; its private helpers are copied below. Its reTag() only builds a
 * view that nothing reads, so it is left out. Installed through compromise's plugin API (the compute step `contractions`), only where those files are
 * where 14.17.0 has them.
 */
export async function visitContractionsOnly(nlp: Nlp): Promise<boolean> {
  const world = nlp.world() as unknown as TaggerWorld;
  if (typeof world.compute.contractions !== 'function' || !Array.isArray(world.model.one?.contractions)) return false;
  const files = await compromiseFiles(['1-one', 'contraction-one', 'compute', 'contractions'], CONTRACTION_FILES);
  const french = files?.french as Record<'preJ' | 'preL' | 'preD', TermWords> | undefined;
  if (!files || !french || ![files.splice, files.apostropheD, files.apostropheT, files.numberRange, files.numberUnit, french.preJ, french.preL, french.preD].every((f) => typeof f === 'function')) return false;
  const splice = files.splice as (document: Term[][], point: [number, number], words: Term[]) => void;
  const apostropheD = files.apostropheD as TermWords;
  const apostropheT = files.apostropheT as TermWords;
  const numberRange = files.numberRange as TermWords;
  const numberUnit = files.numberUnit as TermWords;
  const mayContract = contractionTest(world.model.one.contractions);
  const byApostrophe = /'/;
  const numDash = /^[0-9][^-–—]*[-–—].*?[0-9]/;
  const byEnd: Record<string, TermWords> = { t: (terms, i) => apostropheT(terms, i), d: (terms, i) => apostropheD(terms, i) };
  const byStart: Record<string, TermWords> = { j: (terms, i) => french.preJ(terms, i), l: (terms, i) => french.preL(terms, i), d: (terms, i) => french.preD(terms, i) };
  const has = (o: object, key: string | null): key is string => key !== null && Object.prototype.hasOwnProperty.call(o, key);
  // knownOnes, toDocs and thereHas: compromise's, as they are.
  const knownOnes = (list: ContractionView['world']['model']['one']['contractions'], term: Term, before: string | null, after: string | null): Words => {
    for (const o of list) {
      if (o.word === term.normal) return o.out!;
      else if (after !== null && after === o.after) return [before!].concat(o.out!);
      else if (before !== null && before === o.before && after && after.length > 2) return o.out!.concat(after);
    }
    return null;
  };
  const toDocs = (words: string[], view: ContractionView): Term[] => {
    const doc = view.fromText(words.join(' '));
    doc.compute(['id', 'alias']);
    return doc.docs[0]!;
  };
  const thereHas = (terms: Term[], i: number): string[] => {
    for (let k = i + 1; k < 5; k += 1) {
      if (!terms[k]) break;
      if (terms[k]!.normal === 'been') return ['there', 'has'];
    }
    return ['there', 'is'];
  };
  const contractions = (view: ContractionView): void => {
    const { world: w, document } = view;
    const list = w.model.one.contractions || [];
    document.forEach((terms, n) => {
      for (let i = terms.length - 1; i >= 0; i -= 1) {
        const term = terms[i]!;
        if (!mayContract(term)) continue;
        let before: string | null = null;
        let after: string | null = null;
        if (byApostrophe.test(term.normal) === true) {
          [before, after] = term.normal.split(byApostrophe) as [string, string];
        }
        let words = knownOnes(list, term, before, after);
        if (!words && has(byEnd, after)) words = byEnd[after]!(terms, i, w);
        if (!words && has(byStart, before)) words = byStart[before]!(terms, i);
        if (before === 'there' && after === 's') words = thereHas(terms, i);
        if (words) {
          splice(document, [n, i], toDocs(words, view));
          continue;
        }
        if (numDash.test(term.normal)) {
          words = numberRange(terms, i);
          if (words) {
            const made = toDocs(words, view);
            splice(document, [n, i], made);
            w.methods.one.setTag(made, 'NumberRange', w);
            if (made[2] && made[2].tags.has('Time')) w.methods.one.setTag([made[0]!], 'Time', w, null, 'time-range');
          }
          continue;
        }
        words = numberUnit(terms, i, w);
        if (words) {
          const made = toDocs(words, view);
          splice(document, [n, i], made);
          w.methods.one.setTag([made[1]!], 'Unit', w, null, 'contraction-unit');
        }
      }
    });
  };
  nlp.plugin({ compute: { contractions } } as unknown as Parameters<Nlp['plugin']>[0]);
  return true;
}
