/**
 * End to end: the GeoJSON map of 120 articles (tests/fixtures/slice.jsonl: the seeds, Ukraine news, BBC and
 * WikiEvents) converted by GDAL's `ogr2ogr` to a Shapefile and a GeoPackage, as a GIS user would. Skips,
 * saying so, where GDAL is not installed (Debian's gdal-bin); `.ci/run` installs it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const HANG_GUARD_MS = 600_000;
const has = (cmd: string): boolean => spawnSync(cmd, ['--version'], { encoding: 'utf8' }).status === 0;
const GDAL = has('ogr2ogr') && has('ogrinfo');
if (!GDAL) console.warn('geojson gdal: skipped, no ogr2ogr found (install Debian\'s gdal-bin)');

describe.skipIf(!GDAL)('the GeoJSON map in GDAL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cf-gdal-'));
  const geojson = join(dir, 'places.geojson');
  let features: { id: string; geometry: unknown; properties: Record<string, unknown> }[] = [];

  beforeAll(() => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'conflict-facts.js'), 'extract', join(ROOT, 'tests', 'fixtures', 'slice.jsonl'), '-f', 'geojson', '-o', geojson, '-j', '1', '-q'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    features = JSON.parse(readFileSync(geojson, 'utf8')).features;
  }, HANG_GUARD_MS);

  test('one feature per country however the articles write it', () => {
    const countries = features.filter((f) => f.properties.kind === 'country');
    expect(countries.length).toBeGreaterThan(5);
    expect(new Set(countries.map((f) => f.properties.country)).size).toBe(countries.length);
  });

  const featureCount = (path: string): number => {
    const r = spawnSync('ogrinfo', ['-so', '-al', path], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    return Number(/Feature Count: (\d+)/.exec(r.stdout)?.[1]);
  };

  test.each([
    ['ESRI Shapefile', 'places.shp', ['-lco', 'ENCODING=UTF-8']],
    ['GPKG', 'places.gpkg', []],
  ])('ogr2ogr -f %s takes every feature', (driver, file, extra) => {
    const out = join(dir, file);
    const r = spawnSync('ogr2ogr', ['-f', driver, ...extra, out, geojson], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/StringList|ERROR/);
    expect(featureCount(out)).toBe(features.length);
  }, HANG_GUARD_MS);
});
