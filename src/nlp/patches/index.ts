/**
 * The speed patches of compromise, each a module of its own, installed on a compromise instance through
 * its plugin API (`nlp.plugin` with `compute`, `methods` and `lib`), in this order. They copy parts of
 * compromise's control flow, so they are installed only on the version they were copied from (COPIED_FROM,
 * which package.json pins exactly), and never with CONFLICT_FACTS_PLAIN_NLP=1 set: then compromise runs as
 * published. tests/nlp.test.ts runs a slice of articles through both in two processes and asserts the same
 * tokens, tags and facts.
 *
 * What they buy (analyze() on the 447 Ukraine articles, best of 7, three processes each, 2026-12-04): all
 * installed 0.79–0.96 s, none 2.5 s; without rememberWords (and so the machine forms and the lexicon kept
 * with each word) 1.6–1.7 s; without rememberSecondPass 1.06–1.30 s; without visitContractionsOnly
 * 1.03–1.10 s; without splitWordsFaster and rememberLexicon together 1.00–1.13 s.
 */
import { COPIED_FROM, type Nlp } from './internals.js';
import { quietSetTag } from './quietSetTag.js';
import { rememberLexicon } from './rememberLexicon.js';
import { rememberMachineForms } from './rememberMachineForms.js';
import { rememberSecondPass } from './rememberSecondPass.js';
import { rememberWords } from './rememberWords.js';
import { splitWordsFaster } from './splitWordsFaster.js';
import { visitContractionsOnly } from './visitContractionsOnly.js';

export { COPIED_FROM } from './internals.js';

/** Which patches are installed on an instance (the tests check that none fell back unnoticed). */
export interface Installed {
  rememberWords: boolean;
  rememberMachineForms: boolean;
  quietSetTag: boolean;
  rememberSecondPass: boolean;
  quickFillTags: boolean;
  visitContractionsOnly: boolean;
  splitWordsFaster: boolean;
  rememberLexicon: boolean;
}

const NONE: Installed = {
  rememberWords: false, rememberMachineForms: false, quietSetTag: false, rememberSecondPass: false, quickFillTags: false,
  visitContractionsOnly: false, splitWordsFaster: false, rememberLexicon: false,
};

/** Why the patches are not installed on `nlp`, or null when they may be. */
export function whyPlain(nlp: Nlp, env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CONFLICT_FACTS_PLAIN_NLP === '1') return 'CONFLICT_FACTS_PLAIN_NLP=1';
  if (nlp.version !== COPIED_FROM) return `compromise ${nlp.version} is not ${COPIED_FROM}, the version the patches copy`;
  return null;
}

export async function installPatches(nlp: Nlp): Promise<Installed> {
  if (whyPlain(nlp) !== null) return { ...NONE };
  const installed = { ...NONE };
  installed.rememberWords = rememberWords(nlp);
  installed.rememberMachineForms = rememberMachineForms(nlp);
  installed.quietSetTag = quietSetTag(nlp);
  const second = await rememberSecondPass(nlp);
  installed.rememberSecondPass = second.installed;
  installed.quickFillTags = second.quickFillTags;
  installed.visitContractionsOnly = await visitContractionsOnly(nlp);
  installed.splitWordsFaster = await splitWordsFaster(nlp);
  installed.rememberLexicon = await rememberLexicon(nlp);
  return installed;
}
