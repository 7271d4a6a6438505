/**
 * End to end: `conflict-facts report` on the seeds (copies in tests/golden), opened in headless
 * Chromium (Debian's chromium package, driven by playwright-core). Skips, saying so, where no Chromium
 * is installed; `.ci/run` installs it. The screenshot goes to .test-output/report.png.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';

const ROOT = join(import.meta.dirname, '..');
/** Waits of the browser and of expect.poll guard against a hang; they bound no speed (a slow machine is slow). */
const HANG_GUARD_MS = 600_000;
/** Every element outside the map that reaches past its column of the layout (none should), and whether the page scrolls sideways. */
async function overflowing(page: Page): Promise<{ sideways: boolean; out: string[] }> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const column of document.querySelectorAll('.layout > *')) {
      const edge = column.getBoundingClientRect().right + 1;
      for (const e of column.querySelectorAll('*:not(svg *)')) {
        const r = e.getBoundingClientRect();
        if (r.width > 0 && r.right > edge) out.push(`${e.tagName.toLowerCase()}.${e.getAttribute('class') ?? ''} ${Math.round(r.right)} > ${Math.round(edge)}`);
      }
    }
    return { sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth, out: out.slice(0, 10) };
  });
}

const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p): p is string => !!p && existsSync(p));
if (!CHROMIUM) console.warn('report e2e: skipped, no Chromium found (install Debian\'s chromium package, or set CHROMIUM_PATH)');

describe.skipIf(!CHROMIUM)('the HTML report in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let html: string;

  beforeAll(async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cf-report-')), 'report.html');
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'conflict-facts.js'), 'report', join(ROOT, 'tests', 'golden'), '-o', out, '-j', '1', '-q'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    html = readFileSync(out, 'utf8');
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
    page.setDefaultTimeout(HANG_GUARD_MS);
    // Offline: any request for something outside the file fails the test.
    const requests: string[] = [];
    page.on('request', (req) => { if (!req.url().startsWith('file:')) requests.push(req.url()); });
    await page.goto(pathToFileURL(out).href);
    await page.waitForSelector('#timeline article.event');
    expect(requests).toEqual([]);
  }, HANG_GUARD_MS);

  afterAll(async () => {
    await browser?.close();
  });

  test('is one self-contained file', () => {
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  test('the timeline has the seeds\' events, the 2025 exchange told by two articles', async () => {
    const events = page.locator('#timeline article.event');
    expect(await events.count()).toBeGreaterThanOrEqual(10);
    const exchanges = page.locator('#timeline article.event[data-type=exchange]');
    const texts = await exchanges.allTextContents();
    expect(texts.some((t) => t.includes('648') && t.includes('500'))).toBe(true);
    expect(texts.some((t) => /2 reports/.test(t) && t.includes('390') && t.includes('1,000'))).toBe(true);
  });

  test('the map shows the places as circles sized by mentions, the countries shaded, the larger labelled', async () => {
    expect(await page.locator('svg.map path.land').count()).toBe(1);
    const names = await page.locator('svg.map circle').evaluateAll((cs) => cs.map((c) => c.getAttribute('data-name')));
    expect(names).toEqual(expect.arrayContaining(['Mariupol', 'Istanbul']));
    expect(names).not.toContain('Ukraine'); // a country is a shape, not a circle at its centroid
    expect(names.filter((n) => n === 'Kyiv' || n === 'Kiev')).toHaveLength(1); // one place, however spelled
    const shades = new Map(await page.locator('svg.map path.country').evaluateAll((ps) => ps.map((p) => [p.getAttribute('data-name'), Number(p.getAttribute('fill-opacity'))] as [string, number])));
    expect(shades.get('Ukraine')).toBe(Math.max(...shades.values())); // the most named country, the darkest
    expect(shades.size).toBeGreaterThan(1);
    const labels = await page.locator('svg.map text').allTextContents();
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.length).toBeLessThanOrEqual(12);
  });

  test('the map zooms and pans without a library: buttons change the view, reset brings it back', async () => {
    const view = () => page.locator('svg.map').getAttribute('viewBox').then((v) => v!.split(' ').map(Number));
    const home = await view();
    await page.locator('.map-tools button[data-zoom=in]').click();
    const zoomed = await view();
    expect(zoomed[2]).toBeLessThan(home[2]!);
    await page.locator('.map-tools button[data-zoom=home]').click();
    expect((await view()).map((n) => Math.round(n * 10) / 10)).toEqual(home);
  });

  test('articles are named by their titles or short ids, not by their paths', async () => {
    await page.locator('#timeline button.fig', { hasText: '648' }).first().click();
    const meta = await page.locator('#timeline article.event p.muted').allTextContents();
    expect(meta.join(' ')).toContain('000_6dbe47e4b8a9750e');
    expect(meta.join(' ')).not.toMatch(/tests\/golden|\.txt/);
  });

  test('the tables of figures are there, with their values by report', async () => {
    await expect.poll(() => page.locator('#table-prisoners tbody tr').count(), { timeout: HANG_GUARD_MS }).toBeGreaterThanOrEqual(5);
    expect(await page.locator('#table-prisoners').textContent()).toContain('648');
    expect(await page.locator('#table-casualties').textContent()).toContain('4,700');
    expect(await page.locator('#table-attacks').textContent()).toContain('800');
  });

  test('a figure clicked shows its evidence sentence, highlighted; the keyboard works too', async () => {
    await page.locator('#timeline button.fig', { hasText: '648' }).first().click();
    await expect.poll(() => page.locator('#evidence-body mark').first().textContent(), { timeout: HANG_GUARD_MS }).toBe('648 Ukrainian soldiers');
    expect(await page.locator('#evidence-body blockquote').first().textContent()).toContain('Separatist insurgents in eastern Ukraine have freed 648 Ukrainian soldiers');
    const button = page.locator('#table-casualties button.fig', { hasText: '4,700' }).first();
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#evidence-body mark').first().textContent(), { timeout: HANG_GUARD_MS }).toBe('more than 4,700 deaths');
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    mkdirSync(join(ROOT, '.test-output'), { recursive: true });
    await page.screenshot({ path: join(ROOT, '.test-output', 'report.png'), fullPage: true });
    expect(existsSync(join(ROOT, '.test-output', 'report.png'))).toBe(true);
  });
});

/**
 * The report of a sample of the Ukraine corpus (tests/fixtures/ukraine-sample.jsonl: every sixth article of
 * ../shared/corpus/ukraine-war-news, 75 GDELT-collected articles) at a desktop's and a phone's width: nothing
 * reaches past its column, the map is framed on Ukraine. Screenshots go to .test-output/.
 */
describe.skipIf(!CHROMIUM)('the report at 1280 and 390 px', () => {
  let browser: Browser;
  let file: string;
  beforeAll(async () => {
    file = join(mkdtempSync(join(tmpdir(), 'cf-report-')), 'ukraine.html');
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'conflict-facts.js'), 'report', join(ROOT, 'tests', 'fixtures', 'ukraine-sample.jsonl'), '-o', file, '-q'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  }, HANG_GUARD_MS);
  afterAll(async () => {
    await browser?.close();
  });

  test.for([1280, 390])('%i px: no element overflows its column; screenshots taken', { timeout: HANG_GUARD_MS }, async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    page.setDefaultTimeout(HANG_GUARD_MS);
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('#table-casualties tbody tr');
    expect(await overflowing(page)).toEqual({ sideways: false, out: [] });
    mkdirSync(join(ROOT, '.test-output'), { recursive: true });
    await page.screenshot({ path: join(ROOT, '.test-output', `report-ukraine-${width}.png`), fullPage: true });
    await page.locator('svg.map').screenshot({ path: join(ROOT, '.test-output', `report-ukraine-map-${width}.png`) });
    await page.close();
  });

  test('the map is framed on Ukraine: it holds Ukraine, and the circles within it fill at least half of it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(pathToFileURL(file).href);
    const { box, kx, circles } = await page.evaluate(() => {
      const svg = document.querySelector('svg.map')!;
      const scale = /scale\(([\d.]+)/.exec(svg.querySelector('g')!.getAttribute('transform')!)![1]!;
      return {
        box: svg.getAttribute('viewBox')!.split(' ').map(Number),
        kx: Number(scale),
        circles: [...svg.querySelectorAll('circle')].map((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]),
      };
    });
    const [x0, y0, w, h] = box as [number, number, number, number];
    // Ukraine: longitude 22.1 to 40.2, latitude 44.4 to 52.4.
    expect(x0).toBeLessThanOrEqual(22.1 * kx);
    expect(x0 + w).toBeGreaterThanOrEqual(40.2 * kx);
    expect(y0).toBeLessThanOrEqual(-52.4);
    expect(y0 + h).toBeGreaterThanOrEqual(-44.4);
    const inside = circles.filter(([cx, cy]) => cx! >= x0 && cx! <= x0 + w && cy! >= y0 && cy! <= y0 + h);
    const xs = inside.map((c) => c[0]!);
    const ys = inside.map((c) => c[1]!);
    const filled = ((Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys))) / (w * h);
    expect(filled).toBeGreaterThanOrEqual(0.5);
    await page.close();
  }, HANG_GUARD_MS);
});
