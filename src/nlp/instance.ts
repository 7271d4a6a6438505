/**
 * The compromise instance conflict-facts analyzes with: its own, never the host application's. compromise
 * keeps one world (lexicon, taggers, methods) per loaded copy of its modules, and both a plugin and our
 * speed patches change it; so the library loads compromise's single-file build (builds/two, the tokenizer,
 * lexicon and taggers) under a URL of its own, which Node's module loader treats as a module apart from
 * any `import 'compromise'` of the host. Then the patches are installed on it (src/nlp/patches/).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { compromiseRoot, type Nlp } from './patches/internals.js';
import { installPatches, whyPlain, type Installed } from './patches/index.js';

const BUILD = path.join(compromiseRoot(), 'builds', 'two', 'compromise-two.mjs');

export const nlp = ((await import(`${pathToFileURL(BUILD).href}?conflict-facts`)) as { default: Nlp }).default;

/** Which speed patches are installed on this instance; none when compromise runs plain (`plainReason`). */
export const patches: Readonly<Installed> = await installPatches(nlp);
export const plainReason: string | null = whyPlain(nlp);
