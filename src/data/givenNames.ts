/**
 * Given names from many countries (build/given-names.json, written at build time from the locale
 * data of @faker-js/faker by scripts/build-names.mjs), loaded once, on first use.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUILT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'build', 'given-names.json');
let names: ReadonlySet<string> | null = null;

/** Whether a word is a given name somewhere ("Jesper", "Cosmin", "Youri"); empty set if the build is missing. */
export function isGivenName(word: string): boolean {
  if (!names) {
    try {
      names = new Set(JSON.parse(readFileSync(BUILT, 'utf8')) as string[]);
    } catch {
      names = new Set();
    }
  }
  return names.has(word);
}
