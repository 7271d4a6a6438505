#!/usr/bin/env node
// Writes build/gazetteer.json, the compact gazetteer the tool loads lazily at run time.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGazetteer } from './gazetteer-data.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'build', 'gazetteer.json');
mkdirSync(dirname(out), { recursive: true });
const data = buildGazetteer();
writeFileSync(out + '.tmp', JSON.stringify(data));
renameSync(out + '.tmp', out);
process.stderr.write(`gazetteer: ${data.countries.length} countries, ${data.cities.length} cities → ${out}\n`);
