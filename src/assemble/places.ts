/**
 * One Place per real place, resolved to a gazetteer entry: exonyms and spellings merged
 * (Kiev/Kyiv, Odessa/Odesa), ambiguous names decided by the countries the article is about, then
 * by population ("Donetsk" in a Ukraine story is the Ukrainian city, not the Russian town).
 * A place the gazetteer lacks ("the village of Rakivka") keeps its cue kind and the article's
 * main country, with no coordinates.
 */
import type { GazEntry, Gazetteer, Mention, Place, PlaceKind, Token } from '../model/types.js';
import { nameKey } from '../util/names.js';
import { possessiveFree } from '../util/tokens.js';

/** Countries the article is about: country mentions and nationality words, counted. */
function focusCountries(places: readonly Mention<'place'>[], tokens: readonly Token[], gaz: Gazetteer): Map<string, number> {
  const counts = new Map<string, number>();
  const bump = (code: string | null | undefined): void => {
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  };
  for (const p of places) {
    const e = gaz.lookup(p.value.name)[0];
    if (e?.kind === 'country') bump(e.countryCode);
  }
  for (const t of tokens) if (t.tags.has('Demonym')) bump(gaz.demonym(possessiveFree(t.text)));
  return counts;
}

function choose(entries: readonly GazEntry[], focus: Map<string, number>, cueKind: PlaceKind | undefined): GazEntry | undefined {
  if (entries.length <= 1) return entries[0];
  // Orders of magnitude of population, plus a bonus for the countries the article is about: a focus
  // country wins a close call (Donetsk, UA over RU) but not against a city a hundred times larger, nor
  // against a national capital ("Washington" in a story that mentions the UK is still the US capital).
  const score = (e: GazEntry): number =>
    (e.kind === 'country' ? 100 : 0) + ((focus.get(e.countryCode ?? '') ?? 0) > 0 ? 2 : 0) + (e.featureCode === 'PPLC' ? 2 : 0) +
    (cueKind === 'region' ? (e.kind === 'region' ? 3 : /^PPLA$/.test(e.featureCode ?? '') ? 1 : 0) : 0) + Math.log10(Math.min(e.population, 1e10) + 10);
  return [...entries].sort((a, b) => score(b) - score(a))[0];
}

export function assemblePlaces(mentions: readonly Mention<'place'>[], tokens: readonly Token[], gaz: Gazetteer): Place[] {
  const focus = focusCountries(mentions, tokens, gaz);
  const mainCountry = [...focus.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const groups = new Map<string, { entry: GazEntry | undefined; mentions: Mention<'place'>[]; cueKind?: PlaceKind }>();
  for (const m of mentions) {
    const entry = choose(gaz.lookup(m.value.name), focus, m.value.cueKind);
    const key = entry ? `${entry.kind}:${entry.id ?? entry.countryCode}:${entry.name}` : `name:${nameKey(m.value.name)}`;
    const g = groups.get(key) ?? { entry, mentions: [] };
    g.mentions.push(m);
    g.cueKind ??= m.value.cueKind;
    groups.set(key, g);
  }
  return [...groups.values()]
    .map(({ entry, mentions: ms, cueKind }) => {
      const sorted = [...ms].sort((a, b) => a.start - b.start);
      const counts = new Map<string, number>();
      for (const m of sorted) counts.set(m.value.name, (counts.get(m.value.name) ?? 0) + 1);
      const name = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
      const aliases = [...counts.keys(), ...(entry && entry.name !== name ? [entry.name] : [])].filter((n, i, all) => n !== name && all.indexOf(n) === i);
      const kind: PlaceKind = entry?.kind === 'country' ? 'country' : (cueKind ?? entry?.kind ?? 'other');
      const place: Place = {
        name,
        mentions: sorted.map(({ start, end, text }) => ({ start, end, text })),
        kind,
        // A place the gazetteer lacks gets the article's country only when a cue says what it is ("the village of").
        countryCode: entry ? entry.countryCode : cueKind ? mainCountry : null,
        lat: entry?.lat ?? null,
        lon: entry?.lon ?? null,
        geonameId: entry?.id ?? null,
        ...(entry?.regionCode ? { regionCode: entry.regionCode } : {}),
        aliases,
        rule: sorted[0]!.rule,
      };
      return place;
    })
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}
