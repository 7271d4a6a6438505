#!/usr/bin/env node
// The benchmark's library pass in a process of its own (see bench.mjs): loads conflict-facts from dist/, runs
// extractSync on the articles FROM..TO (end excluded) of the JSONL corpus given, and prints
// {"seconds": ..., "initMs": ...} as JSON; seconds count init() and every article, as a CLI worker spends them.
// Two of these at once, each on half of the articles, do what `--jobs 2` does without a pool: no threads to
// send articles to, no results to send back, nothing shared but the machine.
//   node scripts/bench-library.mjs .bench/corpus-slice.jsonl 0 1000
// CONFLICT_FACTS_ROOT names another built checkout to load instead (bench.mjs --against).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './shared.mjs';

const [file, from, to] = process.argv.slice(2);
const records = readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(Number(from ?? 0), to === undefined ? undefined : Number(to))
  .map((line) => JSON.parse(line));
const { extractSync, init } = await import(join(process.env.CONFLICT_FACTS_ROOT ?? ROOT, 'dist', 'index.js'));
const t0 = performance.now();
await init();
const initMs = performance.now() - t0;
for (const r of records) extractSync(r);
console.log(JSON.stringify({ seconds: (performance.now() - t0) / 1000, initMs }));
