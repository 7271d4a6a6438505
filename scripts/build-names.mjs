#!/usr/bin/env node
// Writes build/given-names.json: the given names of every locale of @faker-js/faker (a well-kept
// package whose locale data are lists of common first names from 60-odd countries), in Latin script,
// for the person extractor person/given-name. Built once at build time; loaded lazily at run time.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allLocales } from '@faker-js/faker';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'build', 'given-names.json');
const names = new Set();
for (const locale of Object.values(allLocales)) {
  const first = locale.person?.first_name;
  if (!first) continue;
  const lists = Array.isArray(first) ? [first] : Object.values(first);
  for (const list of lists) for (const n of list) if (/^\p{Lu}[\p{Ll}'’-]+$/u.test(n) && /^[\p{Script=Latin}'’-]+$/u.test(n)) names.add(n);
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out + '.tmp', JSON.stringify([...names].sort()));
renameSync(out + '.tmp', out);
process.stderr.write(`given names: ${names.size} → ${out}\n`);
