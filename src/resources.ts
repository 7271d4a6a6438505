/**
 * The data stages look things up in, read from build/ (written by `npm run build`) once per process, or
 * once per worker thread, and handed to the stages in their context. A file that is missing or out of
 * date stops the run with one line naming the command that builds it: a silent fallback (an empty list
 * of names, a gazetteer compiled anew on each start) would change the facts without a word.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIndex, GAZETTEER_VERSION, type CompiledGazetteer } from './geo/gazetteer.js';
import type { Resources } from './model/types.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BUILT = { gazetteer: join(ROOT, 'build', 'gazetteer.json'), givenNames: join(ROOT, 'build', 'given-names.json') } as const;

/** A built resource that is not there, or was built by another version of the tool. */
export class MissingResourceError extends Error {
  override readonly name = 'MissingResourceError';
  constructor(readonly file: string, why: 'missing' | 'out of date') {
    const near = relative(process.cwd(), file);
    super(`${near && !near.startsWith('..') ? near : file} is ${why}: run "npm run build" in ${ROOT}`);
  }
}

/** Throws MissingResourceError when a built file is not there: a cheap check before starting workers that would each fail. */
export function assertBuilt(files: { gazetteer: string; givenNames: string } = BUILT): void {
  for (const file of [files.gazetteer, files.givenNames]) if (!existsSync(file)) throw new MissingResourceError(file, 'missing');
}

function readJson<T>(file: string): T {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new MissingResourceError(file, 'missing');
  }
  return JSON.parse(text) as T;
}

/** Reads the built resources from `files` (the package's build/ by default). */
export function readResources(files: { gazetteer: string; givenNames: string } = BUILT): Resources {
  const compiled = readJson<CompiledGazetteer>(files.gazetteer);
  if (compiled.version !== GAZETTEER_VERSION) throw new MissingResourceError(files.gazetteer, 'out of date');
  return { gazetteer: buildIndex(compiled), givenNames: new Set(readJson<string[]>(files.givenNames)) };
}

let loaded: Resources | undefined;

/** The package's resources, read on the first call and then shared by every article of the process (read-only). */
export function loadResources(): Resources {
  loaded ??= readResources();
  return loaded;
}
