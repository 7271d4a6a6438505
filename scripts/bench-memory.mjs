#!/usr/bin/env node
// Memory over a long run (issue 7): peak RSS of `conflict-facts extract` on a large JSONL input, and
// whether it stays flat. On demand only: 1 GB takes more than an hour on two cores.
//
//   npm run bench:memory                 1 GB, the default jobs
//   npm run bench:memory -- --mb 200     a smaller input
//   npm run bench:memory -- --jobs 1
//
// The input is .bench/corpus-20mb.jsonl (written by `npm run bench`) repeated with new ids until the
// size is reached, streamed to .bench/corpus-memory.jsonl. RSS is read from /proc every 5 s; the
// samples, the peak and the time are printed and written to .bench/memory.json.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { ROOT } from './shared.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const targetMb = Number(arg('--mb', '1000'));
const jobs = arg('--jobs', null);
const source = join(ROOT, '.bench', 'corpus-20mb.jsonl');
if (!existsSync(source)) {
  console.error(`bench-memory: ${source} is missing; run \`npm run bench\` first (it needs ../shared).`);
  process.exit(2);
}
const lines = readFileSync(source, 'utf8').trim().split('\n');
const input = join(ROOT, '.bench', 'corpus-memory.jsonl');
const out = createWriteStream(input);
let written = 0;
let articles = 0;
for (let copy = 0; written < targetMb * 1e6; copy++) {
  for (const line of lines) {
    const record = JSON.parse(line);
    const text = JSON.stringify({ ...record, id: `m${copy}/${record.id}` }) + '\n';
    written += Buffer.byteLength(text);
    articles++;
    if (!out.write(text)) await once(out, 'drain');
  }
}
out.end();
await once(out, 'finish');
console.log(`input: ${articles} articles, ${(written / 1e6).toFixed(0)} MB of JSONL → ${input}`);

const args = [join(ROOT, 'bin', 'conflict-facts.js'), 'extract', input, '-f', 'ndjson', '-q', ...(jobs ? ['-j', jobs] : [])];
const t0 = Date.now();
const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
const samples = [];
const timer = setInterval(() => {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1]);
    if (kb) samples.push({ s: Math.round((Date.now() - t0) / 1000), mb: Math.round(kb / 1024) });
  } catch { /* the process has ended */ }
}, 5000);
const [code] = await once(child, 'close');
clearInterval(timer);
const seconds = (Date.now() - t0) / 1000;
const peak = Math.max(...samples.map((x) => x.mb));
const tenths = Array.from({ length: 10 }, (_, i) => samples[Math.min(samples.length - 1, Math.floor(((i + 1) * samples.length) / 10) - 1)]?.mb);
console.log(`exit ${code} after ${(seconds / 60).toFixed(1)} min (${(written / 1e6 / seconds).toFixed(3)} MB/s); peak RSS ${peak} MB`);
console.log(`RSS at each tenth of the run (MB): ${tenths.join(' ')}`);
writeFileSync(join(ROOT, '.bench', 'memory.json'), JSON.stringify({ date: new Date().toISOString(), inputMb: written / 1e6, articles, jobs, exitCode: code, seconds, peakRssMb: peak, samples }, null, 2));
