/**
 * The library as a program uses it: extract, then the corpus functions and the writers, from the package's
 * root, giving what the CLI gives; extract says what it expects when given something else.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, test } from 'vitest';
import * as lib from '../src/index.js';
import type { ArticleFacts } from '../src/index.js';

const root = join(import.meta.dirname, '..');
const seeds = join(root, 'seeds');
const cli = (args: string[]): string => execFileSync(process.execPath, [join(root, 'bin', 'conflict-facts.js'), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });

let articles: ArticleFacts[];
beforeAll(async () => {
  articles = [];
  for (const name of readdirSync(seeds).sort()) {
    articles.push(await lib.extract({ id: `seeds/${name}`, text: readFileSync(join(seeds, name), 'utf8') }, { referenceDate: '2025-05-24' }));
  }
}, 600_000);

async function written(write: (out: PassThrough) => Promise<void>): Promise<string> {
  const out = new PassThrough();
  let text = '';
  out.on('data', (d) => (text += d));
  await write(out);
  return text;
}

describe('the library', () => {
  test('extract, then events, timeline and entities: what the CLI gives', () => {
    const args = (command: string) => [command, 'seeds', '-f', 'json', '-q', '--ref-date', '2025-05-24', '-j', '1'];
    expect(JSON.parse(JSON.stringify(lib.events(articles)))).toEqual(JSON.parse(cli(args('events'))));
    expect(JSON.parse(JSON.stringify(lib.timeline(articles)))).toEqual(JSON.parse(cli(args('timeline'))));
    expect(JSON.parse(JSON.stringify(lib.entities(articles).sort((x, y) => y.mentionCount - x.mentionCount || x.id.localeCompare(y.id))))).toEqual(JSON.parse(cli(args('entities'))));
  });

  test('report: one HTML page with the articles\' titles and events', () => {
    const html = lib.report(articles, { title: 'Seeds', generated: '2025-05-24' });
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<title>Seeds</title>');
    expect(html).toContain('generated 2025-05-24');
  });

  test('the writers, with writeArticles: the CLI\'s bytes', async () => {
    const csv = await written((out) => lib.writeArticles(lib.csvWriter(out, 'numbers'), articles));
    expect(csv).toBe(cli(['extract', 'seeds', '--kind', 'numbers', '-f', 'csv', '-q', '--ref-date', '2025-05-24']));
    const ndjson = await written((out) => lib.writeArticles(lib.ndjsonWriter(out), articles));
    expect(ndjson).toBe(cli(['extract', 'seeds', '-f', 'ndjson', '-q', '--ref-date', '2025-05-24']));
    const events = await written((out) => lib.writeArticles(lib.eventsWriter(out, 'csv', false), articles));
    expect(events).toBe(cli(['events', 'seeds', '-f', 'csv', '-q', '--ref-date', '2025-05-24']));
  });

  test.for([
    ['a string', 'Two missiles hit Odesa.', /not a string: extract\(\{ id: 'a1', text \}\)/],
    ['null', null, /got null/],
    ['no text', { id: 'a' }, /text is missing/],
    ['a number as id', { id: 1, text: 'x' }, /id is a number/],
    ['a date object as published', { id: 'a', text: 'x', published: new Date() }, /published is an object/],
  ] as const)('extract of %s: a TypeError saying what it expects', async ([, input, message]) => {
    await expect(lib.extract(input as never)).rejects.toThrow(TypeError);
    await expect(lib.extract(input as never)).rejects.toThrow(message);
    expect(() => lib.extractSync(input as never)).toThrow(/extract expects an article \{ id: string, text: string/);
  });
});
