/**
 * End-to-end tests of the command line: the built bin spawned as a user would run it (formats,
 * stdin, folders, JSONL and CSV input, failures among good inputs, bad usage), and `main()` in
 * process for the cases that need no real process.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, test } from 'vitest';
import { inProcess } from './helpers.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'conflict-facts.js');
const seeds = join(root, 'seeds');

function cli(args: string[], opts: { input?: string; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { input: opts.input ?? '', cwd: opts.cwd ?? root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let work: string;
beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'cli', 'bin.js'))) throw new Error('run "npm run build" before the CLI tests');
  work = mkdtempSync(join(tmpdir(), 'cf-cli-'));
});

describe('conflict-facts extract (spawned)', () => {
  test('a folder, piped: a JSON array with one article per file, in sorted order', () => {
    const r = cli(['extract', seeds]);
    expect(r.code).toBe(0);
    // The seeds have no publication date: one note names those whose relative dates stay unresolved.
    expect(r.stderr).toMatch(/^conflict-facts: note: 3 articles without a publication date \(\S+001_45a84143c75074a1\.txt, .*\): \d+ relative dates left unresolved; give one with --ref-date YYYY-MM-DD/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(cli(['extract', seeds, '--ref-date', '2025-05-24']).stderr).toBe('');
    const articles = JSON.parse(r.stdout);
    expect(articles.map((a: { id: string }) => a.id.split('/').pop())).toEqual(['000_6dbe47e4b8a9750e.txt', '001_45a84143c75074a1.txt', '002_a829e91a4ef46149.txt', '003_271b95f2f64cea98.txt']);
    expect(articles[0].numbers[0]).toMatchObject({ text: '648 Ukrainian soldiers', value: 648, unit: 'soldiers' });
  });

  test('--format ndjson: one article per line', () => {
    const r = cli(['extract', seeds, '-f', 'ndjson']);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(JSON.parse(lines[3]!).people.map((p: { name: string }) => p.name)).toContain('Markiyan Lubkyvsky');
  });

  test('--format csv: a header and one row per fact, RFC 4180 quoted', () => {
    const r = cli(['extract', join(seeds, '003_271b95f2f64cea98.txt'), '-f', 'csv']);
    expect(r.code).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(r.stdout.split('\r\n')[0]).toMatch(/^article_id,type,text,value,unit,start,end,/);
    expect(rows.find((x) => x.type === 'number' && x.text === 'more than 4,700 deaths')).toMatchObject({ value: '4700', unit: 'deaths', qualifier: 'more than' });
    expect(rows.find((x) => x.type === 'person' && x.name === 'Markiyan Lubkyvsky')?.role).toBe('head of Ukraine’s SBU state security service');
  });

  test('--format geojson: one Feature per place across articles (the id entities gives it), flat properties', () => {
    const r = cli(['extract', seeds, '-f', 'geojson']);
    expect(r.code).toBe(0);
    const fc = JSON.parse(r.stdout);
    expect(fc.type).toBe('FeatureCollection');
    const kyiv = fc.features.find((f: { properties: { geonameId: number } }) => f.properties.geonameId === 703448);
    expect(kyiv.id).toBe('geonames:703448');
    expect(kyiv.geometry).toEqual({ type: 'Point', coordinates: [30.5238, 50.45466] });
    expect(kyiv.properties.n_articles).toBe(4); // "Kiev" in 2014, "Kyiv" in 2025: one place
    expect(kyiv.properties.articles.split('; ')).toHaveLength(4);
    expect(kyiv.properties.aliases.split('; ')).toEqual(expect.arrayContaining(['Kyiv']));
    // A country is one feature however each article writes it ("U.S.", "US", "United States").
    const ids = fc.features.map((f: { id: string }) => f.id);
    expect(ids.filter((id: string) => id === 'iso3166:US')).toHaveLength(1);
    expect(new Set(ids).size).toBe(ids.length);
    // Only scalars: a Shapefile takes no list, and a DBF field name has at most 10 characters.
    for (const f of fc.features) {
      for (const [k, v] of Object.entries(f.properties)) {
        expect(k.length).toBeLessThanOrEqual(10);
        expect(v === null || ['string', 'number'].includes(typeof v)).toBe(true);
      }
    }
    expect(fc.properties.unlocated).toBe(1); // Rakivka: a village the gazetteer lacks
    expect(fc.features.some((f: { geometry: unknown }) => f.geometry === null)).toBe(false);
    const all = JSON.parse(cli(['extract', seeds, '-f', 'geojson', '--include-unlocated']).stdout);
    expect(all.features.find((f: { properties: { name: string } }) => f.properties.name === 'Rakivka')).toMatchObject({ geometry: null, properties: { country: 'UA' } });
  });

  test('--format text: a readable summary without color when not on a terminal', () => {
    const r = cli(['extract', join(seeds, '000_6dbe47e4b8a9750e.txt'), '-f', 'text']);
    expect(r.stdout).toContain('Sergei Lavrov — Russian Foreign Minister');
    expect(r.stdout).toContain('648 Ukrainian soldiers = 648 (soldiers)');
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  test('stdin: plain text, with --ref-date resolving relative dates', () => {
    const r = cli(['extract', '-', '--ref-date', '2025-05-24'], { input: 'Russia and Ukraine yesterday each released 390 prisoners.' });
    expect(r.code).toBe(0);
    const [a] = JSON.parse(r.stdout);
    expect(a).toMatchObject({ id: '-', published: '2025-05-24', publishedSource: 'ref-date' });
    expect(a.dates[0]).toMatchObject({ text: 'yesterday', value: '2025-05-23' });
  });

  test('JSONL and CSV records, with a bad line reported by number and the good ones kept', () => {
    const jsonl = join(work, 'feed.jsonl');
    writeFileSync(jsonl, [
      JSON.stringify({ id: 'a1', title: 'Swap', published: '2025-05-24', text: 'Kyiv returned 390 people on Friday.' }),
      '{not json',
      JSON.stringify({ id: 'a3', content: 'About 1,700 people have been killed.' }),
      JSON.stringify({ id: 'a4', body: 42 }),
    ].join('\n'));
    const csv = join(work, 'records.csv');
    writeFileSync(csv, 'id,date,body\nc1,2014-09-10,"Five Ukrainian soldiers have been killed, Reuters reports."\nc2,broken\n');
    const r = cli(['extract', jsonl, csv, '-f', 'ndjson']);
    expect(r.code).toBe(1);
    const got = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(got.map((a) => a.id)).toEqual(['a1', 'a3', 'c1']);
    expect(got[0]).toMatchObject({ title: 'Swap', published: '2025-05-24', publishedSource: 'metadata' });
    expect(got[0].dates[0]).toMatchObject({ text: 'Friday', value: '2025-05-23' });
    expect(got[2]).toMatchObject({ published: '2014-09-10' });
    expect(r.stderr).toContain(`${jsonl}:2: invalid JSON`);
    expect(r.stderr).toContain(`${jsonl}:4: record has no text`);
    expect(r.stderr).toMatch(new RegExp(`${csv.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: bad CSV row`));
  });

  test('an unreadable file among good ones: exit 1, one line naming it, the others still written', () => {
    const dir = join(work, 'mixed');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.txt'), 'Five soldiers were killed in Bakhmut.');
    writeFileSync(join(dir, 'b.txt'), 'Two missiles hit Odesa.');
    writeFileSync(join(dir, 'c.pdf'), '%PDF-1.4');
    symlinkSync(join(dir, 'missing.txt'), join(dir, 'broken.txt'));
    const locked = join(dir, 'locked.txt');
    writeFileSync(locked, 'secret');
    chmodSync(locked, 0o000);
    const r = cli(['extract', dir, join(work, 'nope.txt')]);
    expect(r.code).toBe(1);
    const ids = JSON.parse(r.stdout).map((a: { id: string }) => a.id.split('/').pop());
    expect(ids).toEqual(expect.arrayContaining(['a.txt', 'b.txt']));
    expect(r.stderr).toContain('broken.txt: broken symbolic link');
    expect(r.stderr).toContain('nope.txt: no such file or folder');
    expect(r.stderr).toContain('c.pdf: skipped');
    if (process.getuid?.() !== 0) expect(r.stderr).toContain('locked.txt: permission denied');
    for (const line of r.stderr.trim().split('\n')) expect(line).toMatch(/^conflict-facts: /);
  });

  test('--out writes the file atomically and refuses to overwrite an input', () => {
    const out = join(work, 'facts.json');
    const r = cli(['extract', seeds, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveLength(4);
    const input = join(work, 'in.txt');
    writeFileSync(input, 'Two missiles hit Odesa.');
    const refused = cli(['extract', input, '-o', input]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/refusing to overwrite/);
    expect(readFileSync(input, 'utf8')).toBe('Two missiles hit Odesa.');
  });

  test('--types chooses what is printed; each kind is what the full run gives of it', () => {
    const file = join(seeds, '000_6dbe47e4b8a9750e.txt');
    const [all] = JSON.parse(cli(['extract', file]).stdout);
    const [a] = JSON.parse(cli(['extract', file, '--types', 'numbers']).stdout);
    expect(a.numbers).toEqual(all.numbers);
    expect([a.people, a.places, a.organizations, a.dates, a.quotes, a.events]).toEqual([[], [], [], [], [], []]);
    // Events get the dates and places they need, though neither is printed.
    const [e] = JSON.parse(cli(['extract', file, '--types', 'events']).stdout);
    expect(e.events).toEqual(all.events);
    expect(e.events.find((x: { type: string }) => x.type === 'talks')).toMatchObject({ date: { value: '2014-09-05' }, places: [] });
    expect(e.places).toEqual([]);
    expect(cli(['extract', file, '--types', 'weapons']).code).toBe(2);
  });

  test('--debug reaches the workers: the lines of each article on stderr, named by it, in input order', () => {
    const r = cli(['extract', seeds, '--debug', '--jobs', '2']);
    expect(r.code).toBe(0);
    const ids = r.stderr.trim().split('\n').filter((l) => !l.startsWith('conflict-facts: note:')).map((l) => /^debug: (\S+): /.exec(l)?.[1]);
    expect(ids.every(Boolean), r.stderr.slice(0, 300)).toBe(true);
    const order = ids.filter((id, i) => id !== ids[i - 1]).map((id) => id!.split('/').pop());
    expect(order).toEqual(['000_6dbe47e4b8a9750e.txt', '001_45a84143c75074a1.txt', '002_a829e91a4ef46149.txt', '003_271b95f2f64cea98.txt']);
    expect(r.stderr).toMatch(/^debug: \S+000_6dbe47e4b8a9750e\.txt: dropNumbersInDates: "5"$/m);
  });

  test('--jobs 2 writes the same bytes, in input order, as --jobs 1', () => {
    const jsonl = join(work, 'many.jsonl');
    const texts = readFileSync(join(seeds, '001_45a84143c75074a1.txt'), 'utf8').split('\n').filter((l) => l.trim().length > 40);
    writeFileSync(jsonl, texts.map((text, i) => (i === 3 ? '{broken' : JSON.stringify({ id: `p${i}`, text }))).join('\n'));
    const one = cli(['extract', jsonl, '-f', 'ndjson', '--jobs', '1']);
    const two = cli(['extract', jsonl, '-f', 'ndjson', '--jobs', '2']);
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(two.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(texts.map((_, i) => `p${i}`).filter((id) => id !== 'p3'));
  });

  test('a glob pattern', () => {
    const r = cli(['extract', 'tests/golden/00[12]_*.txt']);
    expect(JSON.parse(r.stdout).map((a: { id: string }) => a.id)).toEqual(['tests/golden/001_45a84143c75074a1.txt', 'tests/golden/002_a829e91a4ef46149.txt']);
  });

  test.for([
    [['extract', '--format', 'xml', 'x.txt'], /format/],
    [['extract', '--ref-date', '2025-13-01', 'x.txt'], /YYYY-MM-DD/],
    [['extract', '--types', 'weapons', 'x.txt'], /comma-separated list/],
    [['extract', '--bogus'], /unknown option/],
    [['frobnicate'], /unknown command/],
  ] as const)('bad usage %j: exit 2 with a message', ([args, message]) => {
    const r = cli([...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  test('a broken pipe ends the run quietly', () => {
    const r = spawnSync('bash', ['-c', `node ${bin} extract ${seeds} ${seeds} ${seeds} -f ndjson | head -c 10`], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('main() in process', () => {
  test('--version and --help go to stdout with exit 0', async () => {
    const v = await inProcess(['--version']);
    expect(v).toMatchObject({ code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/) });
    const h = await inProcess(['extract', '--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('Examples:');
    expect(h.stdout).toContain('--ref-date');
  });

  test('piped text in, JSON out', async () => {
    const r = await inProcess(['extract'], 'Ukrainian President Volodymyr Zelenskyy said 390 prisoners were freed.');
    expect(r.code).toBe(0);
    const [a] = JSON.parse(r.stdout);
    expect(a.people[0]).toMatchObject({ name: 'Volodymyr Zelenskyy', role: 'Ukrainian President' });
    expect(a.numbers[0]).toMatchObject({ value: 390, unit: 'prisoners' });
  });

  test('stdin JSON Lines are recognized', async () => {
    const r = await inProcess(['extract', '-', '-f', 'ndjson'], '{"id":"r1","text":"Two missiles hit Odesa."}\n{"id":"r2","text":"Five soldiers died."}\n');
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['r1', 'r2']);
  });
});

describe('the worker pool (built)', () => {
  test('starts from the built CLI: a pool of the jobs asked for, whose workers extract', async () => {
    // The built module, as the CLI runs it: a pool that cannot find its worker falls back to this thread, silently.
    const { inPool } = (await import(join(root, 'dist', 'cli', 'pool.js'))) as typeof import('../src/cli/pool.js');
    const pool = await inPool(2, { types: ['numbers'], debug: false });
    expect(pool).not.toBeNull();
    try {
      expect(pool!.window).toBe(64);
      const r = await pool!.extract({ id: 'w', text: 'Separatists freed 648 Ukrainian soldiers.' });
      expect(r).toMatchObject({ ok: true, facts: { numbers: [expect.objectContaining({ value: 648 })] } });
    } finally {
      await pool!.close();
    }
  });
});
