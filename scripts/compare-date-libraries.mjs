#!/usr/bin/env node
// Measures candidate date libraries on the seed gold with the shared scorer's `dates` rows (issue 4):
//   chrono-node alone, compromise-dates alone, and conflict-facts (chrono-node for finding dates,
//   our refiners for durations, ranges, anchors and the news tense rule).
// Each candidate gets the same publication date (metadata, else the article's dateline); with none,
// the raw libraries keep only values whose year the text states (their own reference would invent one).
//   node scripts/compare-date-libraries.mjs          (needs ../shared and `npm run build`)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';
import { ROOT, requireShared } from './shared.mjs';

const shared = requireShared('compare-date-libraries');
const { extract } = await import(join(ROOT, 'dist', 'index.js'));
nlp.plugin(datesPlugin);

const seedsDir = join(shared, 'seeds');
const files = readdirSync(seedsDir).sort();
const pad = (n) => String(n).padStart(2, '0');
const trimSpan = (text, start, end) => {
  while (start < end && /[\s.,;:]/.test(text[start])) start++;
  while (end > start && /[\s.,;:]/.test(text[end - 1])) end--;
  return { start, end, text: text.slice(start, end) };
};

function chronoRaw(text, published) {
  const instant = published ? new Date(`${published}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  return chrono.casual.parse(text, { instant, timezone: 0 }).map((r) => {
    const s = r.start;
    const y = s.get('year'), m = s.get('month'), d = s.get('day');
    const yearStated = s.isCertain('year') && /\b\d{4}\b/.test(r.text);
    let value = null;
    if (published || yearStated) {
      if (s.isCertain('day') || s.isCertain('weekday') || !s.isCertain('month')) value = s.isCertain('month') || s.isCertain('day') || s.isCertain('weekday') ? `${y}-${pad(m)}-${pad(d)}` : String(y);
      else value = `${y}-${pad(m)}`;
    }
    return { ...trimSpan(text, r.index, r.index + r.text.length), value };
  });
}

function compromiseRaw(text, published) {
  const doc = nlp(text);
  return doc.dates(published ? { today: published } : {}).json({ offset: true }).map((d) => {
    const span = trimSpan(text, d.offset.start, d.offset.start + d.offset.length);
    const start = d.dates?.start;
    const unit = d.dates?.unit;
    let value = null;
    if (start && (published || /\b\d{4}\b/.test(d.text))) {
      value = unit === 'year' ? start.slice(0, 4) : unit === 'month' ? start.slice(0, 7) : start.slice(0, 10);
    }
    return { ...span, value };
  });
}

const candidates = { 'chrono-node': [], 'compromise-dates': [], 'conflict-facts': [] };
for (const f of files) {
  const text = readFileSync(join(seedsDir, f), 'utf8');
  const ours = await extract({ id: f, text });
  const published = ours.published;
  candidates['chrono-node'].push({ id: f, dates: chronoRaw(text, published), numbers: [], people: [], places: [] });
  candidates['compromise-dates'].push({ id: f, dates: compromiseRaw(text, published), numbers: [], people: [], places: [] });
  candidates['conflict-facts'].push(ours);
}
const dir = mkdtempSync(join(tmpdir(), 'cf-dates-'));
console.log('candidate            row            tp   fp   fn   P      R      F1');
for (const [name, articles] of Object.entries(candidates)) {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(articles));
  const r = spawnSync(process.execPath, [join(shared, 'eval', 'score.mjs'), '--gold', join(shared, 'eval', 'gold', 'seeds.jsonl'), file, '--json'], { encoding: 'utf8' });
  const rows = JSON.parse(r.stdout).rows;
  for (const row of ['dates.detect', 'dates.value']) {
    const t = rows[row];
    console.log(`${name.padEnd(21)}${row.padEnd(15)}${String(t.tp).padEnd(5)}${String(t.fp).padEnd(5)}${String(t.fn).padEnd(5)}${t.precision.toFixed(3)}  ${t.recall.toFixed(3)}  ${t.f1.toFixed(3)}`);
  }
}
