/**
 * People, places and organizations linked across the articles of a corpus, each with a stable id:
 *   places         the gazetteer's id (`geonames:703448`), a region's ISO 3166-2 code (`iso3166-2:RU-KRS`),
 *                  a country's ISO code (`iso3166:UA`), else the name (`place:rakivka`);
 *   people         the normalized fullest name (`person:volodymyr-zelenskyy`), spelling variants of one
 *                  name merged ("Zelensky", "Zelenskiy"), and a surname alone merged into the one
 *                  person of the corpus with that surname;
 *   organizations  the normalized name (`org:reuters`), with the short forms an article gave for it.
 * Pure: article facts in, entities out, in order of first appearance.
 */
import type { ArticleFacts, PlaceKind, TextSpan } from '../model/types.js';
import { nameKey, sameWordVariant } from '../util/names.js';

export interface CorpusEntity {
  id: string;
  type: 'person' | 'place' | 'organization';
  name: string;
  /** Other names the articles give it (short forms, spelling variants). */
  aliases: string[];
  mentionCount: number;
  articles: { id: string; mentions: number; first: TextSpan }[];
  kind?: PlaceKind | null;
  countryCode?: string | null;
  lat?: number | null;
  lon?: number | null;
  role?: string | null;
}

type Facts = Pick<ArticleFacts, 'id' | 'people' | 'places' | 'organizations'>;

const slug = (s: string): string => nameKey(s).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');

class Registry {
  readonly entities: CorpusEntity[] = [];
  private readonly byId = new Map<string, CorpusEntity>();

  add(id: string, init: Omit<CorpusEntity, 'id' | 'aliases' | 'mentionCount' | 'articles'>, article: string, mentions: readonly TextSpan[], aliases: readonly string[]): CorpusEntity {
    let e = this.byId.get(id);
    if (!e) {
      e = { id, ...init, aliases: [], mentionCount: 0, articles: [] };
      this.byId.set(id, e);
      this.entities.push(e);
    }
    for (const a of [init.name, ...aliases]) if (a !== e.name && !e.aliases.includes(a)) e.aliases.push(a);
    const row = e.articles.find((x) => x.id === article);
    if (row) row.mentions += mentions.length;
    else if (mentions[0]) e.articles.push({ id: article, mentions: mentions.length, first: mentions[0] });
    e.mentionCount += mentions.length;
    return e;
  }

  rename(e: CorpusEntity, name: string): void {
    if (e.name === name) return;
    if (!e.aliases.includes(e.name)) e.aliases.push(e.name);
    e.aliases = e.aliases.filter((a) => a !== name);
    e.name = name;
  }
}

/** The id of a place across a corpus (the one `entities` and the GeoJSON map give it). */
export function placeId(p: ArticleFacts['places'][number]): string {
  if (p.geonameId !== null) return `geonames:${p.geonameId}`;
  if (p.regionCode) return `iso3166-2:${p.regionCode}`;
  if (p.kind === 'country' && p.countryCode) return `iso3166:${p.countryCode}`;
  return `place:${slug(p.name)}`;
}

/** Two names of one person: the same number of words, each a spelling variant of the other's. */
function sameName(a: string, b: string): boolean {
  const x = a.split(/\s+/);
  const y = b.split(/\s+/);
  return x.length === y.length && x.every((w, i) => sameWordVariant(w, y[i]!));
}

const lastWord = (name: string): string => name.split(/\s+/).pop()!;

/** The places of a corpus, one per id, in order of first appearance. */
export function linkPlaces(articles: readonly Pick<ArticleFacts, 'id' | 'places'>[]): CorpusEntity[] {
  const places = new Registry();
  for (const a of articles) {
    for (const p of a.places) {
      places.add(placeId(p), { type: 'place', name: p.name, kind: p.kind, countryCode: p.countryCode, lat: p.lat, lon: p.lon }, a.id, p.mentions, p.aliases);
    }
  }
  return places.entities;
}

export function linkEntities(articles: readonly Facts[]): CorpusEntity[] {

  // People: full names first, so that a surname alone can join the one full name that ends with it.
  const people = new Registry();
  const all = articles.flatMap((a) => a.people.filter((p) => !p.credit).map((p) => ({ article: a.id, p })));
  const words = (n: string): number => n.split(/\s+/).length;
  const initials = (n: string): string => n.split(/\s+/).map((w) => nameKey(w)[0] ?? '').join('');
  // Candidates are looked up by initials (a spelling variant keeps its first letter), so that a corpus
  // of thousands of names is not compared pair by pair.
  const byInitials = new Map<string, { name: string; id: string }[]>();
  const bySurname = new Map<string, { name: string; id: string }[]>();
  const fullWithSurname = (surname: string) => (bySurname.get(initials(surname)) ?? []).filter((c) => sameWordVariant(lastWord(c.name), surname));
  const distinct = [...new Set(all.map(({ p }) => p.name))].sort((x, y) => words(y) - words(x));
  const ids = new Map<string, string>();
  for (const name of distinct) {
    const same = (byInitials.get(initials(name)) ?? []).find((c) => sameName(c.name, name));
    if (same) { ids.set(name, same.id); continue; }
    if (words(name) === 1) {
      const full = fullWithSurname(name);
      if (full.length === 1) { ids.set(name, full[0]!.id); continue; }
    }
    const entry = { name, id: `person:${slug(name)}` };
    ids.set(name, entry.id);
    byInitials.set(initials(name), [...(byInitials.get(initials(name)) ?? []), entry]);
    if (words(name) > 1) bySurname.set(initials(lastWord(name)), [...(bySurname.get(initials(lastWord(name))) ?? []), entry]);
  }
  const idOf = (name: string): string => ids.get(name)!;
  for (const { article, p } of all) {
    const e = people.add(idOf(p.name), { type: 'person', name: p.name, role: p.role }, article, p.mentions, p.aliases);
    if (!e.role && p.role) e.role = p.role;
    if (words(p.name) > words(e.name)) people.rename(e, p.name);
  }
  // The most frequent spelling names the person (the first seen on ties).
  const counts = new Map<string, number>();
  for (const { p } of all) counts.set(p.name, (counts.get(p.name) ?? 0) + p.mentions.length);
  for (const e of people.entities) {
    const best = [e.name, ...e.aliases].filter((n) => words(n) === words(e.name)).sort((x, y) => (counts.get(y) ?? 0) - (counts.get(x) ?? 0))[0];
    if (best) people.rename(e, best);
  }

  // Organizations: one id per normalized name; an article's short forms (acronyms) link to it.
  const orgs = new Registry();
  const orgIdByName = new Map<string, string>();
  for (const a of articles) {
    for (const o of a.organizations) {
      const id = [o.name, ...o.aliases].map((n) => orgIdByName.get(nameKey(n))).find(Boolean) ?? `org:${slug(o.name)}`;
      for (const n of [o.name, ...o.aliases]) if (!orgIdByName.has(nameKey(n))) orgIdByName.set(nameKey(n), id);
      const e = orgs.add(id, { type: 'organization', name: o.name }, a.id, o.mentions, o.aliases);
      if (o.name.length > e.name.length && !/^[\p{Lu}.&]+$/u.test(o.name)) orgs.rename(e, o.name);
    }
  }
  return [...people.entities, ...linkPlaces(articles), ...orgs.entities];
}
