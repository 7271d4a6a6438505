/**
 * The CSV tables as an analyst reads them: numeric columns hold numbers only, each kind's table has only
 * its own columns, and the README's pandas and csvkit examples, run as written where those tools are
 * installed (`.ci/run` installs them), give the sums the JSON gives.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, test } from 'vitest';
import { CSV_COLUMNS, CSV_KINDS, KIND_COLUMNS, articleRows, kindTableRows } from '../src/io/writers/csv.js';
import type { ArticleFacts } from '../src/model/types.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'conflict-facts.js');
const seeds = join(root, 'seeds');
const README = readFileSync(join(root, 'README.md'), 'utf8');

const run = (args: string[], cwd = root): string => execFileSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
/** The README line that starts with `start` (an example the test runs as written). */
const example = (start: string): string => {
  const line = README.split('\n').find((l) => l.startsWith(start));
  if (!line) throw new Error(`the README has no example starting with ${start}`);
  return line;
};
const has = (cmd: string, args: string[]): boolean => spawnSync(cmd, args, { encoding: 'utf8' }).status === 0;
const PYTHON = '/usr/bin/python3';
const pandas = has(PYTHON, ['-c', 'import pandas']);
const csvkit = has('csvsql', ['--version']);
if (!pandas) console.warn('csv: pandas not found (Debian python3-pandas): its README example is not run');
if (!csvkit) console.warn('csv: csvkit not found (Debian csvkit): its README example is not run');

let work: string;
let articles: ArticleFacts[];
/** The sum of number values by unit, from the JSON. */
let sums: Map<string, number>;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'cf-csv-'));
  articles = JSON.parse(run(['extract', seeds, '-q']));
  sums = new Map();
  for (const a of articles) for (const n of a.numbers) if (n.unit) sums.set(n.unit, (sums.get(n.unit) ?? 0) + (n.value ?? 0));
  run(['extract', seeds, '-f', 'csv', '-o', join(work, 'facts.csv'), '-q']);
  run(['extract', seeds, '--kind', 'numbers', '-o', join(work, 'numbers.csv'), '-q']);
});

describe('CSV tables', () => {
  test('the long table: numeric columns hold numbers or nothing, in every row', () => {
    const rows = parse(readFileSync(join(work, 'facts.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    for (const column of ['value', 'start', 'end', 'lat', 'lon', 'low', 'high', 'mentions']) {
      const bad = rows.filter((r) => r[column] !== '' && !Number.isFinite(Number(r[column])));
      expect(bad.map((r) => `${r.type}: ${r[column]}`), column).toEqual([]);
    }
    expect(new Set(rows.map((r) => r.type))).toEqual(new Set(['person', 'place', 'organization', 'date', 'number', 'quote', 'event']));
    expect(rows.filter((r) => r.type === 'date').every((r) => r.value === '' && /^\d{4}|^$/.test(r.date!))).toBe(true);
  });

  test.for(CSV_KINDS)('the %s table has only its own columns, and a row per fact', (kind) => {
    const text = run(['extract', seeds, '--kind', kind, '-f', 'csv', '-q']);
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(text.split('\r\n')[0]).toBe(KIND_COLUMNS[kind].join(','));
    expect(rows).toHaveLength(articles.reduce((n, a) => n + kindTableRows(a, kind).length, 0));
    expect(rows.length).toBeGreaterThan(0);
    // Every column holds something in some row: no column is there for another kind.
    for (const column of KIND_COLUMNS[kind]) if (!['subtype', 'low', 'high', 'relative', 'range_end', 'within', 'vague', 'qualifier', 'side', 'category', 'measure', 'targets', 'party', 'role'].includes(column)) expect(rows.some((r) => r[column] !== ''), column).toBe(true);
  });

  test('the long table holds the rows of every kind table', () => {
    for (const a of articles) expect(articleRows(a)).toHaveLength(CSV_KINDS.reduce((n, k) => n + kindTableRows(a, k).length, 0));
  });

  test('--kind is a CSV table: another format is a usage error', () => {
    const r = spawnSync(process.execPath, [bin, 'extract', seeds, '--kind', 'numbers', '-f', 'json'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--kind numbers is a CSV table/);
  });
});

describe('the README examples give the sums the JSON gives', () => {
  test.skipIf(!pandas)('pandas: numbers summed by unit', () => {
    const command = example('python3 -c "import pandas');
    const out = execFileSync('bash', ['-c', command.replace(/^python3/, PYTHON)], { cwd: work, encoding: 'utf8' });
    const got = new Map(out.trim().split('\n').slice(1).filter((l) => !l.startsWith('Name:')).map((l) => {
      const m = /^(.*\S)\s+(-?[\d.e+]+)$/.exec(l)!;
      return [m[1]!, Number(m[2])] as const;
    }));
    expect([...got.keys()].sort()).toEqual([...sums.keys()].sort());
    for (const [unit, sum] of sums) expect(got.get(unit), unit).toBeCloseTo(sum, 3);
  });

  test.skipIf(!csvkit)('csvkit: the numbers table summed by unit with csvsql', () => {
    const command = example('csvsql --query');
    const out = execFileSync('bash', ['-c', command], { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const rows = parse(out, { columns: true }) as { unit: string; total: string }[];
    const got = new Map(rows.filter((r) => r.unit !== '').map((r) => [r.unit, Number(r.total)]));
    for (const [unit, sum] of sums) expect(got.get(unit), unit).toBeCloseTo(sum, 3);
    expect(got.size).toBe(sums.size);
  });
});
