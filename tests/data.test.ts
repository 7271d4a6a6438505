/** Lints the data modules: trimmed entries, no duplicates, every alias resolves, unique rule ids. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import * as categories from '../src/data/categories.js';
import * as numbers from '../src/data/numbers.js';
import * as organizations from '../src/data/organizations.js';
import * as places from '../src/data/places.js';
import * as titles from '../src/data/titles.js';
import { init, resources } from './helpers.js';

const gazetteer = () => resources().gazetteer;

beforeAll(init);

const lists: Record<string, readonly string[]> = {
  HONORIFICS: titles.HONORIFICS, TITLE_WORDS: titles.TITLE_WORDS, ROLE_NOUNS: titles.ROLE_NOUNS, NAME_PARTICLES: titles.NAME_PARTICLES,
  SPEECH_VERBS: titles.SPEECH_VERBS, ORG_HEADS: organizations.ORG_HEADS, ORG_CONNECTORS: organizations.ORG_CONNECTORS,
  NOT_ORG_ACRONYMS: organizations.NOT_ORG_ACRONYMS, PLACE_MODIFIERS: places.PLACE_MODIFIERS, NOT_PLACES: places.NOT_PLACES,
  CURRENCY_WORDS: numbers.CURRENCY_WORDS, TIME_UNITS: numbers.TIME_UNITS, UNIT_SKIP_WORDS: numbers.UNIT_SKIP_WORDS,
  KNOWN_ORGANIZATIONS: Object.keys(organizations.KNOWN_ORGANIZATIONS), EXONYMS: Object.keys(places.EXONYMS),
};

describe('word lists', () => {
  test.for(Object.entries(lists))('%s: trimmed, non-empty, no duplicates', ([, list]) => {
    for (const w of list) expect(w, w).toBe(w.trim());
    expect(list.every((w) => w.length > 0)).toBe(true);
    expect(new Set(list).size).toBe(list.length);
  });
  test('lower-case lists are lower case', () => {
    for (const name of ['ROLE_NOUNS', 'SPEECH_VERBS', 'PLACE_MODIFIERS', 'CURRENCY_WORDS', 'TIME_UNITS', 'UNIT_SKIP_WORDS']) {
      for (const w of lists[name]!) expect(w, `${name}: ${w}`).toBe(w.toLowerCase());
    }
  });
});

describe('lookup tables', () => {
  // Every table of words in the data modules, looked up with words of the text: a plain object would
  // answer "constructor" with Object.prototype's function ("The constructor was shot dead" then had a
  // count whose value was that function).
  const tables = Object.entries({ ...categories, ...numbers, ...organizations, ...places, ...titles })
    .filter(([, v]) => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof RegExp) && !(v instanceof Set) && !(v instanceof Map));
  test('there are tables to check', () => {
    expect(tables.map(([name]) => name)).toEqual(expect.arrayContaining(['GROUP_SIZES', 'CATEGORY_UNITS', 'UNITS', 'KNOWN_ORGANIZATIONS']));
  });
  test.for(tables)('%s has nothing for the names of what every object has', ([, t]) => {
    for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) expect((t as Record<string, unknown>)[word], word).toBeUndefined();
  });
});

describe('gazetteer data', () => {
  test('every exonym resolves to a gazetteer entry, and is not its own target', () => {
    for (const [alias, canonical] of Object.entries(places.EXONYMS)) {
      expect(alias).not.toBe(canonical);
      expect(gazetteer().lookup(alias).length, `${alias} → ${canonical}`).toBeGreaterThan(0);
    }
  });
  test('demonyms map to countries', () => {
    expect(gazetteer().demonym('Ukrainian')).toBe('UA');
    expect(gazetteer().demonym('Russian')).toBe('RU');
    expect(gazetteer().demonym('Kyiv')).toBeUndefined();
  });
  test('names of what every object has are no places, demonyms or country codes', () => {
    for (const word of ['Constructor', 'constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(gazetteer().lookup(word), word).toEqual([]);
      expect(gazetteer().demonym(word), word).toBeUndefined();
      expect(gazetteer().country(word), word).toBeUndefined();
    }
  });
  test('a name with many places gives them all, most populous first, with their fields', () => {
    const springfields = gazetteer().lookup('Springfield');
    expect(springfields.length).toBeGreaterThan(10);
    expect(springfields.map((e) => e.population)).toEqual([...springfields.map((e) => e.population)].sort((a, b) => b - a));
    expect(springfields[0]).toMatchObject({ name: 'Springfield', kind: 'city', countryCode: 'US' });
    expect(typeof springfields[0]!.lat).toBe('number');
    const ukraine = gazetteer().country('UA')!;
    expect(ukraine).toMatchObject({ name: 'Ukraine', kind: 'country', countryCode: 'UA', id: null, population: Infinity });
    expect(gazetteer().lookup('Texas').find((e) => e.kind === 'region')).toMatchObject({ countryCode: 'US', featureCode: 'ADM1', regionCode: 'US-TX' });
  });
  test('not-places are not demonyms or organizations too', () => {
    const orgs = new Set(Object.keys(organizations.KNOWN_ORGANIZATIONS));
    for (const p of places.NOT_PLACES) expect(gazetteer().demonym(p)).toBeUndefined();
    for (const p of Object.keys(places.EXTRA_PLACES)) expect(orgs.has(p), p).toBe(false);
  });
});

describe('rule ids', () => {
  test('every rule id is <kind>/<kebab-name>, and extractors use distinct ids', () => {
    const src = join(import.meta.dirname, '..', 'src');
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
    // Each id and the file that writes it: an id written in two files is a failure, not a merge.
    const fileOf = new Map<string, string>();
    const twice: string[] = [];
    for (const f of files(join(src, 'extract'))) {
      for (const id of new Set([...readFileSync(f, 'utf8').matchAll(/rule: [`']([^`']+)[`']/g)].map((m) => m[1]!))) {
        if (fileOf.has(id)) twice.push(`${id} in ${fileOf.get(id)} and ${f}`);
        fileOf.set(id, f);
      }
    }
    expect(twice).toEqual([]);
    expect(fileOf.size).toBeGreaterThan(10);
    for (const id of fileOf.keys()) expect(id).toMatch(/^(person|place|organization|date|number)\/[a-z]+(?:-[a-z]+)*(?:-\$\{rule\})?$/);
  });
});
