#!/usr/bin/env node
// On demand (`npm run bench:report`): builds the HTML report for the Ukraine war news corpus from
// ../shared/corpus (447 articles) and for the first 2,000 articles of the bench corpus, opens each in
// headless Chromium (Debian's chromium, driven by playwright-core) and prints the time from navigation
// to the timeline drawn and to the load event, median of 5. Needs ../shared and a Chromium.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, requireShared } from './shared.mjs';

const shared = requireShared('npm run bench:report');
const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
if (!chromiumPath) {
  console.error('npm run bench:report needs Chromium (Debian: apt-get install chromium, or set CHROMIUM_PATH); nothing was measured.');
  process.exit(2);
}
const out = join(ROOT, '.bench');
mkdirSync(out, { recursive: true });
const ukraine = JSON.parse(readFileSync(join(shared, 'corpus', 'ukraine-war-news', 'key_annotated_articles.json'), 'utf8'))
  .map((a) => ({ id: a.filename, published: /^(\d{4})(\d{2})(\d{2})T/.exec(a.filename)?.slice(1).join('-') ?? null, text: a.content }));
const sets = [['ukraine', ukraine]];
const big = join(out, 'corpus-20mb.jsonl');
if (existsSync(big)) sets.push(['bench-2000', readFileSync(big, 'utf8').split('\n').filter(Boolean).slice(0, 2000).map((l) => JSON.parse(l))]);
else console.log('(run `npm run bench` first for the 2,000-article report)');

const { chromium } = await import('playwright-core');
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
for (const [name, articles] of sets) {
  const input = join(out, `report-${name}.jsonl`);
  writeFileSync(input, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
  const html = join(out, `report-${name}.html`);
  execFileSync(process.execPath, [join(ROOT, 'bin', 'conflict-facts.js'), 'report', input, '-o', html, '-q'], { stdio: 'inherit' });
  const drawn = [];
  const loaded = [];
  for (let i = 0; i < 5; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const t0 = performance.now();
    await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
    loaded.push(performance.now() - t0);
    await page.waitForSelector('#timeline article.event, #timeline .pager');
    drawn.push(performance.now() - t0);
    await page.close();
  }
  console.log(`${name}: ${articles.length} articles, report ${(statSync(html).size / 1e6).toFixed(2)} MB; load ${median(loaded).toFixed(0)} ms, timeline drawn ${median(drawn).toFixed(0)} ms (median of 5)`);
}
await browser.close();
