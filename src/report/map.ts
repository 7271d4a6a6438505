/**
 * The report's map: country outlines from world-atlas (Natural Earth 1:110m, TopoJSON) as SVG paths in an
 * equirectangular projection whose x is shrunk by the cosine of the frame's middle latitude (so that
 * Ukraine is not drawn half again as wide as it is), y = −latitude, in degrees. Countries named in the
 * articles are shaded by their mentions (a circle at a country's centroid would put the United States in
 * Kansas); towns, regions and other located places are circles sized by mentions, the larger ones labelled.
 * The view box frames where most mentions are (`frameAround`); the page's script zooms and pans it. Read
 * once per process; no network, nothing fetched at view time.
 */
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

type Ring = [number, number][];

const round = (n: number): number => Math.round(n * 10) / 10;

function ringPath(ring: Ring): string {
  let d = '';
  let last = '';
  let prevLon: number | null = null;
  for (let i = 0; i < ring.length; i++) {
    const [lon, lat] = ring[i]!;
    const point = `${round(lon)} ${round(-lat)}`;
    if (point === last) continue;
    // A ring crossing the antimeridian (Russia, Fiji) jumps from 180 to -180: move, do not draw across the map.
    const jump = prevLon !== null && Math.abs(lon - prevLon) > 180;
    d += (i === 0 || jump ? 'M' : 'L') + point;
    last = point;
    prevLon = lon;
  }
  return d + 'Z';
}

/** Each country's outline as an SVG path `d` (degrees, y down), by ISO 3166-1 alpha-2 code ('' where it has none). */
let outlines: { code: string; name: string; d: string }[] | undefined;
export function countryOutlines(): readonly { code: string; name: string; d: string }[] {
  if (outlines) return outlines;
  const require = createRequire(import.meta.url);
  const topology = require('world-atlas/countries-110m.json') as Topology<{ countries: GeometryCollection }>;
  const alpha2 = new Map((require('world-countries') as { cca2: string; ccn3: string }[]).map((c) => [c.ccn3, c.cca2]));
  const countries = feature(topology, topology.objects.countries);
  outlines = [];
  for (const f of countries.features) {
    const g = f.geometry;
    if (!g) continue;
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    const d = polygons.flatMap((polygon) => polygon.map((ring) => ringPath(ring as Ring))).join('');
    outlines.push({ code: alpha2.get(String(f.id)) ?? '', name: String((f.properties as { name?: string } | null)?.name ?? ''), d });
  }
  return outlines;
}

/** Every country's outline as one SVG path `d`, in degrees (y down). */
export function worldPath(): string {
  return countryOutlines().map((c) => c.d).join('');
}

/** The value below which `share` of the total weight lies. */
function weightedQuantile(values: readonly { v: number; w: number }[], share: number): number {
  const sorted = [...values].sort((a, b) => a.v - b.v);
  const total = sorted.reduce((n, x) => n + x.w, 0);
  let acc = 0;
  for (const x of sorted) {
    acc += x.w;
    if (acc >= share * total) return x.v;
  }
  return sorted[sorted.length - 1]!.v;
}

export interface Frame {
  /** The view box `minX minY width height`, in projected units (x = lon·kx, y = −lat). */
  box: [number, number, number, number];
  /** The x scale of the projection: the cosine of the frame's middle latitude. */
  kx: number;
}

/**
 * The frame of a map of weighted points: the box between the 15th and 85th weighted percentiles of
 * longitude and latitude (a place named once on another continent does not widen it), padded, at least
 * 8° tall, its width between one and two heights. The world when there are no points.
 */
export function frameAround(points: readonly { lat: number; lon: number; weight: number }[]): Frame {
  if (!points.length) return { box: [-180, -85, 360, 145], kx: 1 };
  const q = (key: 'lat' | 'lon', share: number) => weightedQuantile(points.map((p) => ({ v: p[key], w: p.weight })), share);
  const [lon0, lon1, lat0, lat1] = [q('lon', 0.15), q('lon', 0.85), q('lat', 0.15), q('lat', 0.85)];
  const kx = Math.max(0.35, Math.cos((((lat0 + lat1) / 2) * Math.PI) / 180));
  let [x0, x1, y0, y1] = [lon0 * kx, lon1 * kx, -lat1, -lat0];
  const pad = Math.max(1.5, (x1 - x0) * 0.12, (y1 - y0) * 0.12);
  [x0, x1, y0, y1] = [x0 - pad, x1 + pad, y0 - pad, y1 + pad];
  let height = Math.max(8, y1 - y0);
  let width = Math.max(height, x1 - x0);
  if (width > 2 * height) height = width / 2;
  width = Math.max(width, height);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return { box: [round(cx - width / 2), round(cy - height / 2), round(width), round(height)], kx: Math.round(kx * 1000) / 1000 };
}
