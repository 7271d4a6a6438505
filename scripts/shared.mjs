// Where ../shared is, for the on-demand evaluation and benchmark scripts; a clear message when it is missing.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = resolve(process.env.CONFLICT_FACTS_SHARED ?? join(ROOT, '..', 'shared'));

export function requireShared(what) {
  if (!existsSync(join(SHARED, 'eval'))) {
    console.error(`${what} needs the shared evaluation data at ${SHARED} (../shared beside the checkout, or set CONFLICT_FACTS_SHARED). It is not there, so nothing was measured.`);
    process.exit(2);
  }
  return SHARED;
}
