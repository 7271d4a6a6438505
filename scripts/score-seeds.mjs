#!/usr/bin/env node
// Scores the tool on the seed gold: runs the built CLI on ../shared/seeds and the shared scorer.
//   npm run score [-- --verbose]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, requireShared } from './shared.mjs';

const shared = requireShared('npm run score');
const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'conflict-facts.js'), 'extract', join(shared, 'seeds'), '-f', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
if (run.status !== 0) {
  process.stderr.write(run.stderr);
  process.exit(run.status ?? 1);
}
const out = join(mkdtempSync(join(tmpdir(), 'cf-score-')), 'seeds.json');
writeFileSync(out, run.stdout);
const score = spawnSync(process.execPath, [join(shared, 'eval', 'score.mjs'), '--gold', join(shared, 'eval', 'gold', 'seeds.jsonl'), out, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(score.status ?? 1);
