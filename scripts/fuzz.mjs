#!/usr/bin/env node
// Fuzzes the library entry point: N generated inputs (news-like word salad, arbitrary Unicode, binary-ish
// strings, hostile runs), checking that extraction never throws, every span is inside the text and equal
// to it, dates and numbers are in order without overlaps, and the output is valid against the schema.
//   node scripts/fuzz.mjs [N=100000] [seed]       (run `npm run build` first)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Ajv } from 'ajv';
import { ROOT } from './shared.mjs';

const N = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? 20261122);
const { extractSync, init } = await import(join(ROOT, 'dist', 'index.js'));
await init();
const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(join(ROOT, 'schema', 'article.schema.json'), 'utf8')));

const words = fc.constantFrom('Russia', 'Ukraine', 'Kyiv', 'Kiev', 'Sergei Lavrov', 'said', 'told', 'on Friday', 'last week', 'yesterday', 'more than', 'at least',
  '4,700', '1.000', '12.345', 'prisoners', 'soldiers', 'the', 'of', 'between', 'and', 'one-fifth', 'hundreds of', 'thousands of', '—', '–', '“', '”', '"', ',', '.', '\n', '\r\n',
  'President', 'Mr', 'Gen.', 'E.U.', 'AFP', 'region', 'village of', 'were killed', 'a man was shot dead', 'him', 'Photo:', '/', '(', ')', '%', '$', 'bn', 'May 23', 'and 25',
  '2014', 'March', 'ago', 'the day before', 'three days later', 'aged', '18-year-old', 'half a million', 'Zelenskyy', 'Zelensky', 'Odesa', 'region,', 'OSCE', '\u0000', '\ufeff', '\ud83d\ude00');
const newsy = fc.array(fc.oneof(words, fc.string({ maxLength: 6 }), fc.integer({ min: 0, max: 1e9 }).map(String)), { maxLength: 60 }).map((p) => p.join(' '));
const hostile = fc.tuple(fc.constantFrom('1', '1,', 'A', 'Ab ', 'Ab-', '.', '"', '-', '(', 'one ', 'Mr ', ' ', 'Ab region '), fc.integer({ min: 1, max: 3000 })).map(([u, n]) => u.repeat(n));
const input = fc.oneof({ weight: 6, arbitrary: newsy }, { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 400 }) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) }, { weight: 1, arbitrary: hostile });

const problems = new Map();
const note = (kind, text, detail) => { if (!problems.has(kind)) problems.set(kind, { count: 0, example: text.slice(0, 200), detail }); problems.get(kind).count++; };
let done = 0;
let slowest = { ms: 0, len: 0 };
const t0 = performance.now();
const samples = fc.sample(input, { numRuns: N, seed });
for (const text of samples) {
  const t = performance.now();
  let facts;
  try {
    facts = extractSync({ id: 'fuzz', text }, { referenceDate: '2025-05-24' });
  } catch (err) {
    note(`throws: ${err.message}`, text, err.stack?.split('\n')[1]);
    continue;
  }
  const ms = performance.now() - t;
  if (ms > slowest.ms) slowest = { ms, len: text.length };
  const spans = [...facts.dates, ...facts.numbers, ...facts.quotes, ...[...facts.people, ...facts.places, ...facts.organizations].flatMap((e) => e.mentions)];
  for (const s of spans) if (s.start < 0 || s.end > text.length || s.end <= s.start || text.slice(s.start, s.end) !== s.text) note('bad span', text, s);
  for (const list of [facts.dates, facts.numbers]) for (let i = 1; i < list.length; i++) if (list[i].start < list[i - 1].end) note('overlap or order', text, [list[i - 1].text, list[i].text]);
  if (!validate(facts)) note('schema', text, validate.errors?.[0]);
  if (++done % 10_000 === 0) process.stderr.write(`fuzz: ${done} inputs, ${problems.size} kinds of problem\n`);
}
const secs = (performance.now() - t0) / 1000;
console.log(`fuzz: ${samples.length} inputs (seed ${seed}) in ${secs.toFixed(0)} s; slowest ${slowest.ms.toFixed(0)} ms for ${slowest.len} characters`);
if (problems.size === 0) console.log('fuzz: no exception, no bad span, no overlap, every output valid against the schema');
for (const [kind, p] of problems) console.log(`fuzz: ${kind}: ${p.count} input(s); e.g. ${JSON.stringify(p.example)} ${JSON.stringify(p.detail)}`);
process.exitCode = problems.size ? 1 : 0;
