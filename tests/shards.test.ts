/**
 * Extraction as a map over shards and the corpus commands as a reduce over its output (issue 27): each
 * NDJSON line depends only on its record (and --ref-date), whatever shard it is in; `events`, `entities`,
 * `timeline` and `report` read Articles already extracted and give what they give on the raw records.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'conflict-facts.js');
const sample = join(root, 'tests', 'fixtures', 'ukraine-sample.jsonl');
const run = (args: string[]): string => execFileSync(process.execPath, [bin, ...args, '-q'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });

let work: string;
let whole: string[];
let articles: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'cf-shards-'));
  whole = run(['extract', sample, '-f', 'ndjson']).trimEnd().split('\n');
  articles = join(work, 'articles.ndjson');
  writeFileSync(articles, whole.join('\n') + '\n');
});

describe('extract as a map over shards', () => {
  test('each line is the same whatever shard its record is in, and however many jobs', () => {
    const records = readFileSync(sample, 'utf8').trimEnd().split('\n');
    const shards = [records.slice(0, 20), records.slice(20, 21), records.slice(21)];
    const lines = shards.flatMap((shard, i) => {
      const path = join(work, `shard-${i}.jsonl`);
      writeFileSync(path, shard.join('\n') + '\n');
      return run(['extract', path, '-f', 'ndjson', '-j', String(1 + (i % 2))]).trimEnd().split('\n');
    });
    expect(lines).toEqual(whole);
  });
});

describe('the corpus commands read Articles already extracted', () => {
  test.for(['events', 'timeline', 'entities'])('%s: the same JSON from the extracted Articles as from the raw records', (command) => {
    expect(run([command, articles, '-f', 'json'])).toBe(run([command, sample, '-f', 'json']));
    expect(run([command, articles, '-f', 'json', '--from-articles'])).toBe(run([command, sample, '-f', 'json']));
  });

  test('extract passes Articles through as they are (NDJSON back to NDJSON, or to CSV)', () => {
    expect(run(['extract', articles, '-f', 'ndjson'])).toBe(whole.join('\n') + '\n');
    expect(run(['extract', articles, '--kind', 'numbers', '-f', 'csv'])).toBe(run(['extract', sample, '--kind', 'numbers', '-f', 'csv']));
  });

  test('--from-articles: a raw record is one error line naming it, the Articles are still read', () => {
    const mixed = join(work, 'mixed.ndjson');
    writeFileSync(mixed, [whole[0], readFileSync(sample, 'utf8').split('\n')[1], whole[2]].join('\n') + '\n');
    const r = spawnSync(process.execPath, [bin, 'entities', mixed, '--from-articles', '-f', 'ndjson'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      `conflict-facts: error: ${mixed}:2: not an Article (expected a line of "conflict-facts extract -f ndjson"), line skipped`,
      'conflict-facts: 2 articles written, 1 input failed',
    ]);
    expect(r.stdout.length).toBeGreaterThan(0);
  });

  test('--from-articles reads only JSON Lines: another file is one error naming it', () => {
    const json = join(work, 'articles.json');
    writeFileSync(json, run(['extract', sample, '-f', 'json']));
    const r = spawnSync(process.execPath, [bin, 'events', json, '--from-articles', '-f', 'json'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${json}: --from-articles reads JSON Lines`);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  test('a reader that goes away (| head) ends the run quietly', () => {
    const r = spawnSync('sh', ['-c', `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} events ${JSON.stringify(articles)} -f json | head -c 10`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
  });
});
