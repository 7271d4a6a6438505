/**
 * compromise's 'machine' form of a word (no possessive 's, no inner hyphen) is a pure function of its normal
 * form: remembered per word, kept with the word as written (Word.machine) while the term's normal form is
 * the one the tokenizer gave it, so that most words need no lookup at all. Installed through compromise's
 * plugin API (the compute step `machine`); needs patches/rememberWords.ts for the words (without it, every
 * term is looked up by its normal form).
 */
import { memo } from '../../util/memo.js';
import type { Nlp, TaggerWorld, Term } from './internals.js';

export function rememberMachineForms(nlp: Nlp): boolean {
  const { compute } = nlp.world() as unknown as TaggerWorld;
  if (typeof compute.machine !== 'function') return false;
  const machine = compute.machine!;
  const machineOf = memo((normal: string): string | undefined => {
    const term = { text: normal, normal } as Term & { machine?: string };
    machine({ docs: [[term]], document: [[term]] });
    return term.machine;
  });
  const machineStep: TaggerWorld['compute'][string] = (view) => {
    const bare: Term[] = [];
    for (const terms of view.docs) {
      for (const term of terms as (Term & { machine?: string; implicit?: string })[]) {
        if (term.implicit || !term.normal) bare.push(term);
        else {
          // Kept with the word as written while its normal form is the one the tokenizer gave it: most
          // words, without a lookup.
          const word = term.word;
          let m: string | undefined;
          if (word !== undefined && word.normal === term.normal) {
            if (word.machine === null) word.machine = machineOf(term.normal);
            m = word.machine;
          } else m = machineOf(term.normal);
          if (m !== undefined) term.machine = m;
        }
      }
    }
    if (bare.length > 0) machine({ docs: [bare], document: [bare] });
  };

  nlp.plugin({ compute: { machine: machineStep } } as Parameters<Nlp['plugin']>[0]);
  return true;
}
