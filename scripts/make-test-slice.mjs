#!/usr/bin/env node
// Writes tests/fixtures/slice.jsonl: 120 articles for the tests that compare two runs of the whole pipeline
// (plain compromise against the patched one). They are made from the sentences the test tables already
// hold (string literals of 30 characters or more that read as a sentence), shuffled with a fixed seed and
// cut into articles of 6 to 20 sentences in paragraphs, with the four sample articles first. No text of a
// corpus is copied. Run again after adding test tables: `node scripts/make-test-slice.mjs`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './shared.mjs';

const files = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [join(dir, e.name)] : []));
const sentences = new Set();
for (const f of files(join(ROOT, 'tests')).sort()) {
  for (const m of readFileSync(f, 'utf8').matchAll(/'((?:[^'\\\n]|\\.){30,400})'|"((?:[^"\\\n]|\\.){30,400})"/g)) {
    const s = (m[1] ?? m[2]).replace(/\\(['"\\])/g, '$1');
    if (/^[\p{Lu}"“‘]/u.test(s) && /[.!?"”’]$/.test(s) && /\s/.test(s) && !/\\[nu]|\$\{/.test(s)) sentences.add(s);
  }
}
// A fixed-seed shuffle (mulberry32), so that the file is the same on every run.
let seed = 20261204;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pool = [...sentences];
for (let i = pool.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [pool[i], pool[j]] = [pool[j], pool[i]];
}
const articles = readdirSync(join(ROOT, 'seeds')).sort().map((f) => ({ id: `seeds/${f}`, text: readFileSync(join(ROOT, 'seeds', f), 'utf8') }));
let at = 0;
while (articles.length < 120) {
  const n = 6 + Math.floor(random() * 15);
  const paragraphs = [];
  for (let k = 0; k < n; k += 3) {
    paragraphs.push(Array.from({ length: Math.min(3, n - k) }, () => pool[at++ % pool.length]).join(' '));
  }
  const published = random() < 0.7 ? `20${String(14 + Math.floor(random() * 12)).padStart(2, '0')}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}` : null;
  articles.push({ id: `slice-${String(articles.length).padStart(3, '0')}`, published, text: paragraphs.join('\n\n') + '\n' });
}
writeFileSync(join(ROOT, 'tests', 'fixtures', 'slice.jsonl'), articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
process.stderr.write(`${articles.length} articles from ${pool.length} sentences → tests/fixtures/slice.jsonl\n`);
