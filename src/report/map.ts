/**
 * The report's map: country outlines from world-atlas (Natural Earth 1:110m, TopoJSON) turned into one
 * SVG path in an equirectangular projection (x = longitude, y = −latitude, in degrees), and a view box
 * that frames the places to show. Read once per process; no network, nothing drawn at view time but SVG.
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

let outlines: string | undefined;

/** Every country's outline as one SVG path `d`, in degrees (y down). */
export function worldPath(): string {
  if (outlines !== undefined) return outlines;
  const require = createRequire(import.meta.url);
  const topology = require('world-atlas/countries-110m.json') as Topology<{ countries: GeometryCollection }>;
  const countries = feature(topology, topology.objects.countries);
  const parts: string[] = [];
  for (const f of countries.features) {
    const g = f.geometry;
    if (!g) continue;
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    for (const polygon of polygons) for (const ring of polygon) parts.push(ringPath(ring as Ring));
  }
  return (outlines = parts.join(''));
}

/** A view box `minX minY width height` (degrees) around the points, padded, at least 20° wide; the world when there are none. */
export function viewBoxAround(points: readonly { lat: number; lon: number }[]): [number, number, number, number] {
  if (!points.length) return [-180, -85, 360, 145];
  const lons = points.map((p) => p.lon);
  const lats = points.map((p) => -p.lat);
  let [x0, x1, y0, y1] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const pad = Math.max(4, (x1 - x0) * 0.1, (y1 - y0) * 0.1);
  [x0, x1, y0, y1] = [x0 - pad, x1 + pad, y0 - pad, y1 + pad];
  const width = Math.max(20, x1 - x0);
  const height = Math.max(12, y1 - y0, width / 2.2);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return [round(Math.max(-180, cx - width / 2)), round(Math.max(-90, cy - height / 2)), round(Math.min(360, width)), round(Math.min(180, height))];
}
