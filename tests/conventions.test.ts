/**
 * What a user of the command line expects of any tool (issue 26): the format named by -o's extension,
 * NO_COLOR and FORCE_COLOR, plural forms, readable help, a missing output folder, an output that cannot be
 * written (a full or read-only file system, a full device) and interrupted runs, a progress bar that never
 * mixes with the output, and notes on what is missing. Spawns the built CLI where a real process is the point.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chooseFormat, undatedNote } from '../src/cli/commands/extract.js';
import { reason } from '../src/cli/exit.js';
import { useColor } from '../src/cli/io.js';
import { countArticles, startProgress } from '../src/cli/progress.js';
import { count } from '../src/util/plural.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'conflict-facts.js');
const seeds = join(root, 'seeds');
const ESC = '\x1b[';

function cli(args: string[], env: Record<string, string | undefined> = { FORCE_COLOR: '0' }) {
  const r = spawnSync(process.execPath, [bin, ...args], { input: '', cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'cf-conv-'));
});

describe('output format from the name of the output file', () => {
  test.for([
    ['extract', undefined, 'facts.csv', false, 'csv'],
    ['extract', undefined, 'facts.jsonl', false, 'ndjson'],
    ['extract', undefined, 'places.geojson', false, 'geojson'],
    ['extract', undefined, 'facts.txt', false, 'text'],
    ['extract', 'json', 'facts.csv', false, 'json'],
    ['extract', undefined, 'facts.out', false, 'json'],
    ['extract', undefined, undefined, true, 'text'],
    ['extract', undefined, '-', false, 'json'],
    ['events', undefined, 'events.csv', false, 'csv'],
    ['report', undefined, 'r.html', false, 'html'],
  ] as const)('%s -f %s -o %s (stdout a terminal: %s): %s', ([command, asked, out, tty, want]) => {
    expect(chooseFormat(command, asked, out, tty)).toBe(want);
  });

  test('an extension naming a format the command does not write is a usage error', () => {
    expect(() => chooseFormat('events', undefined, 'e.geojson', false)).toThrow(/events does not write geojson/);
  });

  test('spawned: -o facts.csv writes CSV', () => {
    const out = join(work, 'facts.csv');
    expect(cli(['extract', seeds, '-o', out, '-q']).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^article_id,type,/);
  });
});

describe('colors', () => {
  const tty = { isTTY: true };
  test.for([
    ['a terminal', tty, true, {}, true],
    ['a pipe', {}, true, {}, false],
    ['--no-color', tty, false, {}, false],
    ['NO_COLOR=1', tty, true, { NO_COLOR: '1' }, false],
    ['NO_COLOR empty', tty, true, { NO_COLOR: '' }, true],
    ['FORCE_COLOR=1 on a pipe', {}, true, { FORCE_COLOR: '1' }, true],
    ['FORCE_COLOR=0 on a terminal', tty, true, { FORCE_COLOR: '0' }, false],
    ['FORCE_COLOR=1 and --no-color', tty, false, { FORCE_COLOR: '1' }, false],
  ] as const)('%s', ([, stream, flag, env, want]) => {
    expect(useColor(stream, flag, env)).toBe(want);
  });

  test('spawned: FORCE_COLOR colors the text summary on a pipe, NO_COLOR does not', () => {
    expect(cli(['extract', join(seeds, '000_6dbe47e4b8a9750e.txt'), '-f', 'text'], { FORCE_COLOR: '1' }).stdout).toContain(ESC);
    expect(cli(['extract', join(seeds, '000_6dbe47e4b8a9750e.txt'), '-f', 'text'], { NO_COLOR: '1' }).stdout).not.toContain(ESC);
  });
});

describe('words', () => {
  test.for([
    [0, 'article', '0 articles'], [1, 'article', '1 article'], [2, 'article', '2 articles'], [1200, 'event', '1,200 events'],
  ] as const)('count(%s, %s) = %s', ([n, noun, want]) => expect(count(n, noun)).toBe(want));

  test('the note on undated articles names them, three at most', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, dates: 2 }));
    expect(undatedNote(ids)).toBe('5 articles without a publication date (a, b, c and 2 more): 10 relative dates left unresolved; give one with --ref-date YYYY-MM-DD (or a "published" field in JSONL/CSV records)');
    expect(undatedNote([{ id: 'a', dates: 1 }])).toMatch(/^1 article without a publication date \(a\): 1 relative date left/);
  });

  test('system errors in words', () => {
    expect(reason(Object.assign(new Error('x'), { code: 'ENOSPC' }))).toBe('no space left on the device (ENOSPC)');
    expect(reason(Object.assign(new Error('x'), { code: 'EROFS' }))).toBe('read-only file system (EROFS)');
    expect(reason(new Error('something else'))).toBe('something else');
  });

  test('help shows readable defaults', () => {
    const help = cli(['extract', '--help']).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('(default: 50MB)');
    expect(help).toMatch(/\(default: the number of cores, \d+ here\)/);
    expect(help).toContain('(default: 30 seconds)');
    expect(help).not.toMatch(/\(default: \d{5,}\)|\) \(default:/);
  });
});

describe('what is missing is said', () => {
  test('the text summary lists the events, and the dates left unresolved with the reason', () => {
    const r = cli(['extract', join(seeds, '001_45a84143c75074a1.txt'), '-f', 'text']);
    expect(r.stdout).toMatch(/\nEvents\n {2}• exchange "yesterday" \(unresolved\) {2}Russia, Ukraine: released 390/);
    expect(r.stdout).toMatch(/\d+ unresolved \("yesterday", .*\): no publication date, give one with --ref-date/);
    expect(cli(['extract', join(seeds, '001_45a84143c75074a1.txt'), '-f', 'text', '--ref-date', '2025-05-24']).stdout).toContain('exchange 2025-05-23');
  });

  test('timeline says how many events it left out, and why', () => {
    const r = cli(['timeline', seeds, '-f', 'json']);
    expect(r.code).toBe(0);
    const shown = JSON.parse(r.stdout).length;
    const all = JSON.parse(cli(['events', seeds, '-f', 'json', '-q']).stdout).length;
    expect(shown).toBeLessThan(all);
    expect(r.stderr).toContain(`timeline: ${all - shown} of ${all} events left out, with no date in the text and no publication date; give one with --ref-date`);
    expect(cli(['timeline', seeds, '-f', 'json', '--ref-date', '2025-05-24']).stderr).not.toContain('left out');
  });
});

describe('outputs that cannot be written', () => {
  test('a missing output folder: one line naming it, exit 2', () => {
    const r = cli(['extract', seeds, '-o', join(work, 'no', 'such', 'facts.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`conflict-facts: error: cannot write --out ${join(work, 'no', 'such', 'facts.json')}: the folder ${join(work, 'no', 'such')} does not exist`);
  });

  test.skipIf(!existsSync('/dev/full'))('a full device on standard output: one line, exit 4', () => {
    const r = spawnSync(`${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} extract ${JSON.stringify(seeds)} -q > /dev/full`, { shell: true, encoding: 'utf8' });
    expect(r.status).toBe(4);
    expect(r.stderr.trim()).toBe('conflict-facts: error: cannot write standard output: no space left on the device (ENOSPC)');
  });

  // A tiny tmpfs needs root and a system that lets it mount one (CI's container does; elsewhere it skips).
  const mounted: string[] = [];
  function tmpfs(options: string): string | null {
    const dir = mkdtempSync(join(tmpdir(), 'cf-fs-'));
    const r = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { encoding: 'utf8' });
    if (r.status !== 0) {
      console.warn(`conventions: a tmpfs could not be mounted (${(r.stderr || r.error?.message || '').trim()}): the full-disk test skips`);
      return null;
    }
    mounted.push(dir);
    return dir;
  }
  afterAll(() => {
    for (const dir of mounted) spawnSync('umount', [dir]);
  });

  test('a full disk: one line naming the output and the reason, exit 4, nothing left behind', (ctx) => {
    const dir = process.getuid?.() === 0 ? tmpfs('size=64k') : null;
    if (!dir) return ctx.skip();
    const big = join(work, 'big.jsonl');
    const text = readFileSync(join(seeds, '002_a829e91a4ef46149.txt'), 'utf8');
    writeFileSync(big, Array.from({ length: 12 }, (_, i) => JSON.stringify({ id: `a${i}`, text })).join('\n'));
    const r = cli(['extract', big, '-o', join(dir, 'out.json'), '-j', '1']);
    expect(r.code).toBe(4);
    expect(r.stderr.trim()).toBe(`conflict-facts: error: cannot write ${join(dir, 'out.json')}: no space left on the device (ENOSPC)`);
    expect(readdirSync(dir)).toEqual([]);
  });

  test('a read-only file system: one line, exit 4', (ctx) => {
    const dir = process.getuid?.() === 0 ? tmpfs('ro,size=16k') : null;
    if (!dir) return ctx.skip();
    const r = cli(['extract', seeds, '-o', join(dir, 'out.json')]);
    expect(r.code).toBe(4);
    expect(r.stderr.trim()).toBe(`conflict-facts: error: cannot write ${join(dir, 'out.json')}: read-only file system (EROFS)`);
  });
});

describe('interrupted runs', () => {
  // Waits for the temporary output to appear (the run is under way), then sends the signal. The waits guard
  // against a hang; they bound no speed.
  test.for([['SIGTERM', 143], ['SIGINT', 130]] as const)('%s: the temporary output removed, exit %s', { timeout: 600_000 }, async ([signal, code]) => {
    const dir = mkdtempSync(join(work, `sig-`));
    const input = join(dir, 'in.jsonl');
    const text = readFileSync(join(seeds, '002_a829e91a4ef46149.txt'), 'utf8');
    writeFileSync(input, Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: `a${i}`, text })).join('\n'));
    const out = join(dir, 'out.json');
    const child = spawn(process.execPath, [bin, 'extract', input, '-o', out, '-j', '1', '-q'], { stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    while (!readdirSync(dir).some((f) => f.endsWith('.tmp'))) await new Promise((r) => setTimeout(r, 50));
    child.kill(signal);
    expect(await exited).toBe(code);
    expect(readdirSync(dir)).toEqual(['in.jsonl']);
  });
});

describe('progress bar', () => {
  const stream = (isTTY: boolean) => Object.assign(new PassThrough(), { isTTY });
  const jsonl = () => {
    const path = join(work, 'count.jsonl');
    writeFileSync(path, '{"id":"a","text":"x"}\n\n{"id":"b","text":"y"}\r\n{"id":"c","text":"z"}');
    return path;
  };

  test('JSONL and CSV records are counted for a total, unless too large; stdin is not', async () => {
    const csv = join(work, 'count.csv');
    writeFileSync(csv, 'id,text\na,"two\nlines"\nb,y\n');
    expect(await countArticles([{ path: jsonl(), format: 'jsonl' }, { path: csv, format: 'csv' }, { path: 'x.txt', format: 'text' }])).toBe(6);
    expect(await countArticles([{ path: jsonl(), format: 'jsonl' }], 10)).toBeNull();
    expect(await countArticles([{ path: '-', format: 'auto' }])).toBeNull();
  });

  test('drawn on a terminal stderr only, never when stdout is the terminal too; cleared before the output', async () => {
    const quietRun = async (stdoutTTY: boolean, stderrTTY: boolean) => {
      const io = { stdin: new PassThrough(), stdout: stream(stdoutTTY), stderr: stream(stderrTTY) };
      let drawn = '';
      io.stderr.on('data', (d) => (drawn += d));
      const p = await startProgress(io, false, [{ path: jsonl(), format: 'jsonl' }]);
      p.tick();
      p.clear();
      p.stop();
      return drawn;
    };
    expect(await quietRun(true, true)).toBe('');
    // A terminal on stdout with the output going to a file (-o) still gets the bar.
    const io = { stdin: new PassThrough(), stdout: stream(true), stderr: stream(true) };
    let toFile = '';
    io.stderr.on('data', (d) => (toFile += d));
    const p = await startProgress(io, false, [{ path: jsonl(), format: 'jsonl' }], true);
    p.tick();
    p.stop();
    expect(toFile).toContain('1/3 articles');
    expect(await quietRun(false, false)).toBe('');
    const drawn = await quietRun(false, true);
    expect(drawn).toContain('1/3 articles');
    expect(drawn).toContain('\r\x1b[2K');
  });
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});
