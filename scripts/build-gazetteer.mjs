#!/usr/bin/env node
// Writes build/gazetteer.json, the compiled gazetteer index the tool loads lazily at run time
// (runs after tsc: the compiler of the index is the tool's own, dist/geo/gazetteer.js).
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGazetteer } from './gazetteer-data.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { compileGazetteer } = await import(join(root, 'dist', 'geo', 'gazetteer.js'));
const out = join(root, 'build', 'gazetteer.json');
mkdirSync(dirname(out), { recursive: true });
const compiled = compileGazetteer(buildGazetteer());
writeFileSync(out + '.tmp', JSON.stringify(compiled));
renameSync(out + '.tmp', out);
process.stderr.write(`gazetteer: ${compiled.columns.name.length} places, ${Object.keys(compiled.names).length} names → ${out}\n`);
