/**
 * Bad, hostile and odd input, built in a temporary folder: each is reported in one line naming the
 * file (or processed with a warning), the exit code says so, and every good file's output is still
 * complete and valid against the schema.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, test } from 'vitest';
import { inProcess } from './helpers.js';
import { extractSync, init, TimeBudgetError } from '../src/index.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'conflict-facts.js');
const schema = JSON.parse(readFileSync(join(root, 'schema', 'article.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);
const GOOD = 'Russian Foreign Minister Sergei Lavrov said on Tuesday that 648 Ukrainian soldiers were freed near Donetsk.';

/** The spawned CLI; the timeout only guards against a hang (vitest cannot stop a synchronous spawn), it bounds no speed. */
function cli(args: string[], input = '') {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' }, timeout: 600_000, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * A clock that moves on by one millisecond each time it is read. The pipeline reads it between stages and
 * after each chunk of about 1,000 characters the analysis reads, so an article's time is a count of its
 * stages and chunks: the same on every machine.
 */
function tickingClock(): () => number {
  let now = 0;
  return () => ++now;
}

/** The good article's facts must be all there, whatever else was in the folder. */
function expectComplete(article: Record<string, unknown> & { people: { name: string }[]; numbers: { value: number }[] }): void {
  expect(validate(article), JSON.stringify(validate.errors)).toBe(true);
  expect(article.people.map((p) => p.name)).toContain('Sergei Lavrov');
  expect(article.numbers.map((n) => n.value)).toContain(648);
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cf-bad-'));
  const w = (name: string, data: string | Buffer) => writeFileSync(join(dir, name), data);
  w('a-good.txt', GOOD);
  w('binary.txt', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff, 0x00, 0x10]));
  w('archive.txt', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 0)]));
  w('empty.txt', '');
  w('blank.txt', '   \n\t\n  ');
  w('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GOOD)]));
  w('utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD, 'utf16le')]));
  const be = Buffer.from(GOOD, 'utf16le');
  for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
  w('utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
  w('cp1252.txt', Buffer.from('Caf\xe9 owners said 12 people were hurt \x96 officials confirmed.', 'latin1'));
  w('huge.txt', 'Five soldiers died. '.repeat(60_000)); // 1.2 MB, over --max-bytes 1MB below
  w('long-line.txt', ('Kyiv said 5 drones were shot down and ' + 'x'.repeat(50)).repeat(4000)); // one 350 KB line
  w('records.jsonl', [JSON.stringify({ id: 'r1', text: GOOD }), '{"id": "r2", "text": ', JSON.stringify({ id: 'r3', title: 'no text' }), JSON.stringify({ id: 'r4', body: GOOD })].join('\n'));
  w('records.csv', `id,text\nc1,"${GOOD}"\nc2,"unterminated\n`);
  symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'broken.txt'));
  mkdirSync(join(dir, 'sub'));
  symlinkSync(dir, join(dir, 'sub', 'loop'));
  w('locked.txt', GOOD);
  chmodSync(join(dir, 'locked.txt'), 0o000);
});

describe('a folder of bad input', () => {
  test('every bad input is one line naming it; every good one is complete and valid', () => {
    const r = cli(['extract', dir, '-f', 'ndjson', '--max-bytes', '1MB']);
    expect(r.code).toBe(1);
    const articles = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const byId = new Map(articles.map((a) => [String(a.id).replace(dir + '/', ''), a]));
    for (const id of ['a-good.txt', 'bom.txt', 'utf16le.txt', 'utf16be.txt', 'r1', 'r4', 'c1']) expectComplete(byId.get(id));
    // BOM removed, offsets index the decoded text
    expect(byId.get('bom.txt').people[0].mentions[0].start).toBe(GOOD.indexOf('Sergei Lavrov'));
    // empty and blank files are articles with no facts
    for (const id of ['empty.txt', 'blank.txt']) expect(byId.get(id)).toMatchObject({ people: [], places: [], dates: [], numbers: [] });
    // invalid UTF-8 is decoded with replacement characters and a warning; offsets stay consistent
    expect(byId.get('cp1252.txt').numbers[0]).toMatchObject({ value: 12 });
    // a very long line is processed
    expect(byId.get('long-line.txt').numbers.length).toBeGreaterThan(100);
    for (const a of articles) expect(validate(a), JSON.stringify(validate.errors)).toBe(true);
    const err = r.stderr;
    expect(err).toMatch(/binary\.txt: binary file \(contains NUL bytes\), skipped/);
    expect(err).toMatch(/archive\.txt: binary file/);
    expect(err).toMatch(/cp1252\.txt: invalid UTF-8, decoded with replacement characters/);
    expect(err).toMatch(/huge\.txt: file is larger than --max-bytes/);
    expect(err).toMatch(/records\.jsonl:2: invalid JSON, line skipped/);
    expect(err).toMatch(/records\.jsonl:3: record has no text/);
    expect(err).toMatch(/records\.csv:\d+: /);
    expect(err).toMatch(/broken\.txt: broken symbolic link/);
    if (process.getuid?.() !== 0) expect(err).toMatch(/locked\.txt: permission denied/);
    for (const line of err.trim().split('\n')) expect(line).toMatch(/^conflict-facts: (error|warning|note|\d)/);
    expect(err).not.toMatch(/\n\s+at /); // no stack traces
  });

  test('the same input gives the same bytes', () => {
    const a = cli(['extract', dir, '-f', 'json', '--max-bytes', '1MB']);
    const b = cli(['extract', dir, '-f', 'json', '--max-bytes', '1MB']);
    expect(a.stdout).toBe(b.stdout);
  });
});

describe('hostile text', () => {
  // 200 KB of ordinary news, timed in this run: a hostile text of the same size may take a few times as long,
  // never more (one read in quadratic time would take minutes). Measured here, not fixed, because machines differ.
  const NEWS = (GOOD + ' ').repeat(Math.ceil(200_000 / (GOOD.length + 1))).slice(0, 200_000);
  let newsMs = 0;
  beforeAll(() => {
    const t0 = performance.now();
    const r = cli(['extract', '-', '-f', 'ndjson'], NEWS);
    newsMs = performance.now() - t0;
    expect(r.code, r.stderr).toBe(0);
  });

  test.for([
    ['digits', '9'.repeat(200_000)], ['commas', '1,'.repeat(100_000)], ['capitals', 'A'.repeat(200_000)],
    ['periods', '.'.repeat(200_000)], ['quotes', '"“'.repeat(100_000)], ['hyphens', 'Ab-'.repeat(60_000)],
    ['parentheses', '('.repeat(50_000) + ')'.repeat(50_000)], ['capital words', 'Ab region '.repeat(20_000)],
  ] as const)('%s (200 KB): exit 0, in a time like that of news of the same size', ([, text]) => {
    const t0 = performance.now();
    const r = cli(['extract', '-', '-f', 'ndjson'], text);
    const ms = performance.now() - t0;
    expect(r.code, r.stderr).toBe(0);
    expect(ms, `news of the same size took ${newsMs.toFixed(0)} ms`).toBeLessThan(5 * newsMs);
  });
});

describe('time budget (a clock of our own: the same outcome on any machine)', () => {
  const LONG = 'Lavrov said. '.repeat(30_000); // about 390 chunks for the analysis, each a tick of the clock
  beforeAll(() => init());

  test('the library gives up on an article over its budget, during its analysis, and not on a short one', () => {
    expect(() => extractSync({ id: 'long', text: LONG }, { timeBudgetMs: 200, clock: tickingClock() })).toThrow(TimeBudgetError);
    try {
      extractSync({ id: 'long', text: LONG }, { timeBudgetMs: 200, clock: tickingClock() });
    } catch (err) {
      expect((err as TimeBudgetError).stage).toBe('nlp');
    }
    // A short article: a tick for each stage, well under 200.
    expect(extractSync({ id: 'short', text: GOOD }, { timeBudgetMs: 200, clock: tickingClock() }).numbers.map((n) => n.value)).toContain(648);
    // No budget: no limit.
    expect(extractSync({ id: 'long', text: LONG.slice(0, 20_000) }, { clock: tickingClock() }).id).toBe('long');
  });

  test('the CLI reports the article over its time budget and still writes the others, in order', async () => {
    const jsonl = [GOOD, LONG, GOOD].map((text, i) => JSON.stringify({ id: `t${i}`, text })).join('\n');
    const r = await inProcess(['extract', '-', '-f', 'ndjson', '--time-budget', '0.2'], jsonl, { clock: tickingClock() });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/t1: took longer than the time budget of 200 ms \(at nlp\)/);
    const ids = r.stdout.trim().split('\n').map((l) => JSON.parse(l).id);
    expect(ids).toEqual(['t0', 't2']);
  });
});

describe('safe output', () => {
  test('CSV cells that a spreadsheet would run are neutralized', () => {
    const jsonl = JSON.stringify({ id: '=HYPERLINK("http://x")', text: '-5 soldiers? +7 drones @home. “=cmd|calc” Mr Smith said.' });
    const r = cli(['extract', '-', '-f', 'csv'], jsonl);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    for (const row of rows) {
      for (const cell of Object.values(row)) if (typeof cell === 'string' && cell !== '') expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(rows[0]!.article_id).toBe(`'=HYPERLINK("http://x")`);
  });
});
