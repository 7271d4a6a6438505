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

  test('the map shows the places, sized by mentions', async () => {
    expect(await page.locator('svg.map path.land').count()).toBe(1);
    const names = await page.locator('svg.map circle').evaluateAll((cs) => cs.map((c) => c.getAttribute('data-name')));
    expect(names).toEqual(expect.arrayContaining(['Ukraine', 'Mariupol', 'Istanbul']));
    expect(names.filter((n) => n === 'Kyiv' || n === 'Kiev')).toHaveLength(1); // one place, however spelled
    const radius = async (name: string) => Number(await page.locator(`svg.map circle[data-name="${name}"]`).getAttribute('r'));
    expect(await radius('Ukraine')).toBeGreaterThan(await radius('Mariupol'));
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
