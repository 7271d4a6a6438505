/**
 * The Dask recipe (deploy/dask/run.py) on a real cluster on loopback: a scheduler and two worker processes
 * started here with Debian's python3-distributed (`.ci/run` installs it; without it the test skips, saying
 * so). The recipe maps a 75-article sample of the Ukraine corpus through the CLI in shards of 5 and merges
 * the Articles: they must be the bytes of one `extract -f ndjson`, and the events those of one `events`. A
 * second run kills one worker once shards are coming back: its shards run again on the other, and the output
 * is the same. Waits are guards against a hang, never bounds on speed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'conflict-facts.js');
const SAMPLE = join(ROOT, 'tests', 'fixtures', 'ukraine-sample.jsonl');
const PYTHON = '/usr/bin/python3';
const HANG_GUARD_MS = 600_000;
const dask = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import distributed'], { encoding: 'utf8' }).status === 0;
if (!dask) console.warn('dask: skipped, Dask distributed not found for /usr/bin/python3 (Debian: apt-get install python3-distributed)');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(what: string, ok: () => boolean): Promise<void> {
  const start = Date.now();
  while (!ok()) {
    if (Date.now() - start > HANG_GUARD_MS) throw new Error(`gave up waiting for ${what}`);
    await sleep(100);
  }
}
const cli = (args: string[]): string => spawnSync(process.execPath, [BIN, ...args, '-q'], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout;

describe.skipIf(!dask)('conflict-facts on Dask distributed (loopback)', () => {
  let work: string;
  let schedulerFile: string;
  const children: ChildProcess[] = [];
  const logs = new Map<ChildProcess, string>();
  const start = (name: string, args: string[]): ChildProcess => {
    const child = spawn(PYTHON, args, { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
    logs.set(child, '');
    for (const s of [child.stdout!, child.stderr!]) s.on('data', (d) => logs.set(child, logs.get(child)! + d));
    children.push(child);
    return Object.assign(child, { label: name });
  };
  const worker = (name: string) => start(name, ['-m', 'distributed.cli.dask_worker', '--scheduler-file', schedulerFile, '--nthreads', '1', '--no-nanny', '--no-dashboard', '--name', name]);
  let single: { articles: string; events: string };

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'cf-dask-'));
    schedulerFile = join(work, 'scheduler.json');
    start('scheduler', ['-m', 'distributed.cli.dask_scheduler', '--host', '127.0.0.1', '--port', '0', '--no-dashboard', '--scheduler-file', schedulerFile]);
    await until('the scheduler', () => existsSync(schedulerFile));
    single = { articles: cli(['extract', SAMPLE, '-f', 'ndjson']), events: cli(['events', SAMPLE, '-f', 'json']) };
  }, HANG_GUARD_MS);

  afterAll(() => {
    for (const c of children) c.kill('SIGKILL');
  });

  /** Runs the recipe; `onLine` sees each line it writes on stderr as it comes. */
  function recipe(out: string, onLine: (line: string) => void = () => {}): Promise<{ code: number | null; stderr: string }> {
    const child = spawn(PYTHON, [join(ROOT, 'deploy', 'dask', 'run.py'), '--scheduler-file', schedulerFile, '--cli', `${process.execPath} ${BIN}`, '--shard-size', '5', '--out', out, SAMPLE], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let partial = '';
    child.stderr!.on('data', (d) => {
      stderr += d;
      const lines = (partial + d).split('\n');
      partial = lines.pop()!;
      for (const line of lines) onLine(line);
    });
    return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
  }

  test('two workers: the Articles are one extract\'s bytes, the events one events\'s', { timeout: HANG_GUARD_MS }, async () => {
    const w1 = worker('w1');
    const w2 = worker('w2');
    await until('two workers', () => /Registered to/.test(logs.get(w1)!) && /Registered to/.test(logs.get(w2)!));
    const out = join(work, 'out');
    const r = await recipe(out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/run\.py: 2 workers at tcp:\/\/127\.0\.0\.1:\d+/);
    expect(r.stderr).toMatch(/shard \d+ done \(15\/15 shards, 75 articles/);
    const sorted = (ndjson: string) => ndjson.trimEnd().split('\n').sort((a, b) => (JSON.parse(a).id < JSON.parse(b).id ? -1 : 1));
    expect(sorted(readFileSync(join(out, 'articles.ndjson'), 'utf8'))).toEqual(sorted(single.articles));
    expect(readFileSync(join(out, 'articles.ndjson'), 'utf8')).toBe(single.articles);
    expect(readFileSync(join(out, 'events.json'), 'utf8')).toBe(single.events);
  });

  test('a worker killed in the middle: its shards run again on the other, the output is the same', { timeout: HANG_GUARD_MS }, async () => {
    // The workers of the test before are still up: kill the first once two shards are back.
    const [w1] = children.filter((c) => (c as ChildProcess & { label?: string }).label === 'w1');
    const out = join(work, 'out-killed');
    let killed = false;
    const r = await recipe(out, (line) => {
      const done = Number(/\((\d+)\/15 shards/.exec(line)?.[1] ?? 0);
      if (!killed && done >= 2 && done < 15) {
        killed = true;
        w1!.kill('SIGKILL');
      }
    });
    expect(killed, r.stderr).toBe(true);
    expect(r.code, r.stderr).toBe(0);
    const [scheduler] = children;
    await until('the scheduler to drop the killed worker', () => /Remove worker/.test(logs.get(scheduler!)!));
    expect(r.stderr).toMatch(/\(15\/15 shards, 75 articles/);
    expect(readFileSync(join(out, 'articles.ndjson'), 'utf8')).toBe(single.articles);
    expect(readFileSync(join(out, 'events.json'), 'utf8')).toBe(single.events);
  });

  test('bad records: each named by its input and line on stderr and in failed.txt, the others kept, exit 1', { timeout: HANG_GUARD_MS }, async () => {
    const input = join(work, 'bad.jsonl');
    const good = readFileSync(SAMPLE, 'utf8').split('\n').slice(0, 3);
    writeFileSync(input, [good[0], '{not json', good[1], '{"id": "x", "title": "no text"}', '', good[2]].join('\n') + '\n');
    const out = join(work, 'out-bad');
    const child = spawn(PYTHON, [join(ROOT, 'deploy', 'dask', 'run.py'), '--scheduler-file', schedulerFile, '--cli', `${process.execPath} ${BIN}`, '--shard-size', '2', '--out', out, input], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code, stderr).toBe(1);
    expect(readFileSync(join(out, 'failed.txt'), 'utf8')).toBe(`${input}:2: invalid JSON, line skipped\n${input}:4: record has no text (expected a "text", "content" or "body" field)\n`);
    expect(readFileSync(join(out, 'articles.ndjson'), 'utf8').trimEnd().split('\n')).toHaveLength(3);
  });
});
