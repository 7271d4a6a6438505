#!/usr/bin/env node
// The project's benchmark (issue 7). Builds a fixed corpus from ../shared/corpus (the Ukraine war news
// and the BBC sets, repeated to about 20 MB), then measures in one run:
//   - the real CLI end to end (`conflict-facts extract corpus.jsonl -f ndjson`): MB/s, articles/s,
//     time to first output, peak RSS; with the default --jobs (the number of cores) and with --jobs 1
//     (one core), so that the scaling from 1 to 2 jobs is measured in the same run;
//   - the library entry point in this process, with the time spent in each stage: reading the corpus
//     file, the NLP pass, each extractor and refiner, and writing (each article's facts as JSON);
//   - a reference pass on the same texts, in a process of its own (scripts/bench-reference.mjs): plain
//     compromise's nlp(text) with .people() .places() .organizations() .numbers(), so that the ratio
//     does not depend on the machine;
//   - how far this machine scales from one core to two: the reference pass in two processes at once, the
//     library in two processes at once (each on half of the corpus: the best a pool of two workers can do), and
//     a CPU-only loop in two threads;
//   - start-up: the median time of `conflict-facts --version` and of a bare `node -e 0`.
// Results are printed and written as JSON to .bench/results.json (and a copy named by time).
//   npm run bench                  the full run (a few minutes)
//   npm run bench -- --quick       a small smoke run (CI runs it to check that the benchmark works)
//   npm run bench -- --against DIR another built checkout (a git worktree of an earlier commit, say), measured
//                                  in the same run: the library and the CLI of each, alternating (A B A B),
//                                  and the ratios of this one to it
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ROOT, requireShared } from './shared.mjs';

const quick = process.argv.includes('--quick');
const againstAt = process.argv.indexOf('--against');
const against = againstAt > 0 ? process.argv[againstAt + 1] : undefined;
if (against !== undefined && !existsSync(join(against, 'dist', 'index.js'))) {
  console.error(`bench: --against ${against}: no built checkout there (dist/index.js is missing: run npm ci in it)`);
  process.exit(2);
}
const shared = requireShared('npm run bench');
const out = join(ROOT, '.bench');
mkdirSync(out, { recursive: true });

// ---------- the corpus ----------
function baseArticles() {
  const ukraine = JSON.parse(readFileSync(join(shared, 'corpus', 'ukraine-war-news', 'key_annotated_articles.json'), 'utf8'))
    .map((a) => ({ id: a.filename, published: /^(\d{4})(\d{2})(\d{2})T/.exec(a.filename)?.slice(1).join('-') ?? null, text: a.content }));
  const bbcRoot = join(shared, 'corpus', 'bbc');
  const bbc = readdirSync(bbcRoot).sort().flatMap((topic) => readdirSync(join(bbcRoot, topic)).sort()
    .map((f) => ({ id: `bbc/${topic}/${f}`, text: readFileSync(join(bbcRoot, topic, f), 'latin1') })));
  return [...ukraine, ...bbc];
}
const base = baseArticles();
const corpusFile = join(out, quick ? 'corpus-quick.jsonl' : 'corpus-20mb.jsonl');
const articles = [];
if (quick) articles.push(...base.slice(0, 60));
else for (let copy = 0; articles.reduce((n, a) => n + a.text.length, 0) < 20e6; copy++) articles.push(...base.map((a) => ({ ...a, id: `${copy}/${a.id}` })));
writeFileSync(corpusFile, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
const bytes = statSync(corpusFile).size;
const textBytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
const MB = textBytes / 1e6;
console.log(`corpus: ${articles.length} articles, ${MB.toFixed(1)} MB of text (${(bytes / 1e6).toFixed(1)} MB JSONL) → ${corpusFile}`);

// ---------- the CLI, end to end ----------
async function runCli(extraArgs = [], root = ROOT) {
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const args = [join(root, 'bin', 'conflict-facts.js'), 'extract', corpusFile, '-f', 'ndjson', '-q', ...extraArgs];
  const t0 = performance.now();
  const child = timeBin ? spawn(timeBin, ['-f', 'maxrss_kb=%M', process.execPath, ...args]) : spawn(process.execPath, args);
  let first = null;
  let lines = 0;
  let stderr = '';
  const sink = createWriteStream('/dev/null');
  child.stdout.on('data', (chunk) => {
    first ??= performance.now() - t0;
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
  });
  child.stdout.pipe(sink);
  child.stderr.on('data', (c) => (stderr += c));
  const code = await new Promise((resolve) => child.on('close', resolve));
  const secs = (performance.now() - t0) / 1000;
  const rss = /maxrss_kb=(\d+)/.exec(stderr);
  return { exitCode: code, seconds: secs, articles: lines, mbPerSecond: MB / secs, articlesPerSecond: lines / secs, firstOutputMs: first, peakRssMb: rss ? Number(rss[1]) / 1024 : null };
}
const describe = (r) => `${r.articles} articles in ${r.seconds.toFixed(1)} s: ${r.mbPerSecond.toFixed(3)} MB/s, ${r.articlesPerSecond.toFixed(1)} articles/s; first output after ${r.firstOutputMs?.toFixed(0)} ms; peak RSS ${r.peakRssMb?.toFixed(0) ?? '?'} MB`;
const cli = await runCli();
console.log(`CLI (default --jobs): ${describe(cli)}`);
const cliOneJob = await runCli(['--jobs', '1']);
console.log(`CLI (--jobs 1): ${describe(cliOneJob)}`);
console.log(`scaling, default --jobs / --jobs 1: ${(cli.mbPerSecond / cliOneJob.mbPerSecond).toFixed(2)}`);

// ---------- the library, with stage times ----------
const { extractSync, init } = await import(join(ROOT, 'dist', 'index.js'));
const t0 = performance.now();
await init();
const initMs = performance.now() - t0;
const profile = new Map();
const lib0 = performance.now();
// 'read': the corpus file read and parsed into records, as the CLI's JSONL reader does.
const r0 = performance.now();
const records = readFileSync(corpusFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
profile.set('read', performance.now() - r0);
// 'write': each article's facts serialized as the JSON/NDJSON writers do (in the CLI, in the workers).
profile.set('write', 0);
for (const a of records) {
  const facts = extractSync(a, { profile });
  const w0 = performance.now();
  JSON.stringify(facts);
  profile.set('write', profile.get('write') + performance.now() - w0);
}
const libSecs = (performance.now() - lib0) / 1000;
const stages = Object.fromEntries([...profile.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, Math.round(v)]));
console.log(`library: ${(MB / libSecs).toFixed(3)} MB/s (${(articles.length / libSecs).toFixed(1)} articles/s), init ${initMs.toFixed(0)} ms; ms per stage:`);
console.log('  ' + Object.entries(stages).map(([k, v]) => `${k} ${v}`).join(', '));

// ---------- the reference pass, in its own process ----------
const refSecs = JSON.parse(execFileSync(process.execPath, [join(ROOT, 'scripts', 'bench-reference.mjs'), corpusFile], { encoding: 'utf8', maxBuffer: 1 << 20 })).seconds;
const reference = { seconds: refSecs, mbPerSecond: MB / refSecs, articlesPerSecond: articles.length / refSecs };
console.log(`reference (compromise nlp + people/places/organizations/numbers): ${reference.mbPerSecond.toFixed(3)} MB/s`);
// How far two processes scale on this machine, whatever our code does: the reference pass on a slice of the
// corpus (about 1 MB of text), alone and then twice at once, in alternating rounds (one disturbed run made a
// single round give an impossible 2.09). V8 collects garbage and compiles on helper threads, so one process
// alone already uses part of the second core; this is the bound to read `jobsScaling` against.
const sliceFile = join(out, 'corpus-slice.jsonl');
let sliceBytes = 0;
const slice = articles.filter((a) => (sliceBytes += a.text.length) <= 1e6 || a === articles[0]);
writeFileSync(sliceFile, slice.map((a) => JSON.stringify(a)).join('\n') + '\n');
const runScript = (script, args, env = process.env) => new Promise((resolve, reject) => {
  const child = spawn(process.execPath, [join(ROOT, 'scripts', script), ...args], { env });
  let text = '';
  child.stdout.on('data', (c) => (text += c));
  child.on('close', (code) => (code === 0 ? resolve(JSON.parse(text).seconds) : reject(new Error(`${script} exited ${code}`))));
});
const runReference = () => runScript('bench-reference.mjs', [sliceFile]);
const alone = [];
const together = [];
for (let round = 0; round < (quick ? 1 : 3); round++) {
  alone.push(await runReference());
  together.push(Math.max(...(await Promise.all([runReference(), runReference()]))));
}
const seconds = (xs) => xs.map((s) => s.toFixed(1)).join(', ');
reference.twoProcessScaling = (2 * Math.min(...alone)) / Math.min(...together);
console.log(`reference scaling on this machine, two processes at once / one (${slice.length} articles, best of ${alone.length}): ${reference.twoProcessScaling.toFixed(2)} (alone ${seconds(alone)} s; two at once ${seconds(together)} s)`);
// The bound for our own work, which is what a pool of two workers can reach at best: the library in one
// process on the whole corpus, against two processes at once, each on half of it (each with its own init and
// its own warm-up, as each worker has). No threads, no messages: what is lost here is lost to the machine (two
// cores sharing caches and memory, and V8's helper threads, which one process alone runs on the free core)
// and to each V8 instance warming up on its own. One round (about 2.5 minutes); a slice would not do: on the
// first 4 MB, warm-up weighs so much that two processes took 13.3 and 14.3 s where one took 18.7 and 14.8 s.
const halfCorpus = String(articles.length >> 1);
const libAlone = await runScript('bench-library.mjs', [corpusFile]);
const libTogether = Math.max(...(await Promise.all([
  runScript('bench-library.mjs', [corpusFile, '0', halfCorpus]), runScript('bench-library.mjs', [corpusFile, halfCorpus]),
])));
const libraryTwoProcessScaling = libAlone / libTogether;
console.log(`library scaling on this machine, two processes on half each / one on all: ${libraryTwoProcessScaling.toFixed(2)} (one ${libAlone.toFixed(1)} s; two at once ${libTogether.toFixed(1)} s); the CLI's scaling is ${(cli.mbPerSecond / cliOneJob.mbPerSecond / libraryTwoProcessScaling).toFixed(2)} of it`);
// The same bound with nothing shared but the cores: a loop of arithmetic (no memory, no garbage) in one worker
// thread, then split over two at once, in alternating rounds. On these virtual machines it is itself well
// under 2.
const spin = (threads, iterations) => new Promise((resolve, reject) => {
  const t0 = performance.now();
  let left = threads;
  const body = 'const { parentPort, workerData } = require("node:worker_threads"); let x = 0; for (let i = 0; i < workerData; i++) x = (x * 31 + i) % 1000003; parentPort.postMessage(x);';
  for (let i = 0; i < threads; i++) {
    new Worker(body, { eval: true, workerData: iterations / threads }).once('message', () => --left === 0 && resolve((performance.now() - t0) / 1000)).once('error', reject);
  }
});
const spinOne = [];
const spinTwo = [];
for (let round = 0; round < (quick ? 1 : 3); round++) {
  spinOne.push(await spin(1, quick ? 2e7 : 4e8));
  spinTwo.push(await spin(2, quick ? 2e7 : 4e8));
}
const cpuScaling = Math.min(...spinOne) / Math.min(...spinTwo);
console.log(`CPU-only scaling on this machine, two threads / one (best of ${spinOne.length}): ${cpuScaling.toFixed(2)} (one ${seconds(spinOne)} s; two ${seconds(spinTwo)} s)`);
const ratio = { cliToReference: cli.mbPerSecond / reference.mbPerSecond, cliOneJobToReference: cliOneJob.mbPerSecond / reference.mbPerSecond, libraryToReference: MB / libSecs / reference.mbPerSecond, jobsScaling: cli.mbPerSecond / cliOneJob.mbPerSecond };
console.log(`ratio to the reference: CLI ${ratio.cliToReference.toFixed(2)}, CLI on one core (--jobs 1) ${ratio.cliOneJobToReference.toFixed(2)}, library ${ratio.libraryToReference.toFixed(2)}`);

// ---------- start-up: `--version`, against bare `node -e 0`, median of 9 ----------
const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
const timeRun = (args) => median(Array.from({ length: 9 }, () => {
  const t = performance.now();
  execFileSync(process.execPath, args, { stdio: 'ignore' });
  return performance.now() - t;
}));
const startup = { versionMs: timeRun([join(ROOT, 'bin', 'conflict-facts.js'), '--version']), bareNodeMs: timeRun(['-e', '0']) };
console.log(`start-up: --version ${startup.versionMs.toFixed(0)} ms median (bare node ${startup.bareNodeMs.toFixed(0)} ms)`);

// ---------- against another build, in the same run ----------
// The library (a process of its own on the whole corpus) and the CLI (default --jobs) of this checkout and of
// the other, alternating A B A B, best of each: the machine's noise falls on both.
let versus;
if (against !== undefined) {
  const rev = (dir) => { try { return execFileSync('git', ['-C', dir, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim(); } catch { return '?'; } };
  const runs = { ours: { library: [], cli: [] }, theirs: { library: [], cli: [] } };
  for (let round = 0; round < (quick ? 1 : 2); round++) {
    for (const [who, root] of [['ours', ROOT], ['theirs', against]]) {
      runs[who].library.push(await runScript('bench-library.mjs', [corpusFile], { ...process.env, CONFLICT_FACTS_ROOT: root }));
      runs[who].cli.push((await runCli([], root)).seconds);
    }
  }
  const best = (xs) => Math.min(...xs);
  versus = {
    dir: against, ours: rev(ROOT), theirs: rev(against), runs,
    library: best(runs.theirs.library) / best(runs.ours.library), cli: best(runs.theirs.cli) / best(runs.ours.cli),
  };
  console.log(`against ${against} (${versus.theirs}), this checkout (${versus.ours}) / it, throughput, best of ${runs.ours.cli.length} alternating: library ${versus.library.toFixed(3)} (ours ${seconds(runs.ours.library)} s, theirs ${seconds(runs.theirs.library)} s), CLI ${versus.cli.toFixed(3)} (ours ${seconds(runs.ours.cli)} s, theirs ${seconds(runs.theirs.cli)} s)`);
}

const results = {
  date: new Date().toISOString(), node: process.version, quick, corpus: { articles: articles.length, textMB: MB }, against: versus,
  startup, cli, cliOneJob, library: { seconds: libSecs, mbPerSecond: MB / libSecs, initMs, stagesMs: stages, twoProcessScaling: libraryTwoProcessScaling }, reference, cpuScaling, ratio,
};
writeFileSync(join(out, 'results.json'), JSON.stringify(results, null, 2));
writeFileSync(join(out, `results-${results.date.replace(/[:.]/g, '-')}.json`), JSON.stringify(results, null, 2));
for (const run of [cli, cliOneJob]) {
  if (run.exitCode !== 0 || run.articles !== articles.length) {
    console.error(`bench: the CLI exited ${run.exitCode} with ${run.articles} of ${articles.length} articles`);
    process.exitCode = 1;
  }
}
