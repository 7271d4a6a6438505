/**
 * One Place per real place, resolved to a gazetteer entry: exonyms and spellings merged
 * (Kiev/Kyiv, Odessa/Odesa), ambiguous names decided by the article's context:
 *   - "Springfield, Illinois": the region or country named right after it;
 *   - the other places the article names: a candidate near them (same first-level region, within a few
 *     hundred kilometres) wins over a larger town far away;
 *   - the countries the article is about, then population ("Donetsk" in a Ukraine story is the Ukrainian
 *     city, not the Russian town).
 * Evidence: a mention marked weak by its extractor ("Street", "Justice" without a cue; "Kyoto" in "Kyoto
 * protocol") makes a place only with another mention of it that is not weak, or (for a word) a known place
 * named near it in the same country.
 * A place the gazetteer lacks ("the village of Rakivka") keeps its cue kind, and the country the text gives
 * it ("the Afghan province of", "Russia's Kursk region", "Khreshchatyk Street in Kyiv"), else that of the
 * nearest place in its sentence, else none: no country rather than a wrong one. Streets, squares,
 * buildings and natural features are never looked up as towns; they lie `within` the place the text puts
 * them in.
 */
import type { GazEntry, Gazetteer, Mention, Place, PlaceKind, Token } from '../model/types.js';
import { distanceKm } from '../geo/distance.js';
import { nameKey } from '../util/names.js';
import { possessiveFree, tokenAtOrAfter } from '../util/tokens.js';

/** Countries the article is about: country mentions and nationality words, counted. */
function focusCountries(places: readonly Mention<'place'>[], tokens: readonly Token[], gaz: Gazetteer): Map<string, number> {
  const counts = new Map<string, number>();
  const bump = (code: string | null | undefined): void => {
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  };
  for (const p of places) {
    if (p.value.feature) continue;
    const e = gaz.lookup(p.value.name)[0];
    if (e?.kind === 'country') bump(e.countryCode);
  }
  for (const t of tokens) if (t.tags.has('Demonym')) bump(gaz.demonym(possessiveFree(t.text)));
  return counts;
}

/** Within this distance a known place counts as a neighbour: support for a weak name, and for a candidate. */
const NEIGHBOUR_KM = 150;

interface Context {
  focus: Map<string, number>;
  /** Resolved places of the article, for nearness (not countries, not the name being decided). */
  anchors: readonly { key: string; entry: GazEntry }[];
}

/** The region or country named right after a mention, after a comma ("Quincy, Massachusetts"). */
function qualifierOf(m: Mention<'place'>, next: Mention<'place'> | undefined, text: string, gaz: Gazetteer): GazEntry | undefined {
  if (!next || !/^,\s*$/.test(text.slice(m.end, next.start))) return undefined;
  return gaz.lookup(next.value.name).find((e) => e.kind === 'region' || e.kind === 'country');
}

function score(e: GazEntry, ctx: Context, cueKind: PlaceKind | undefined, qualifier: GazEntry | undefined, self: string): number {
  let s = (e.kind === 'country' ? 100 : 0) + ((ctx.focus.get(e.countryCode ?? '') ?? 0) > 0 ? 2 : 0) + (e.featureCode === 'PPLC' ? 2 : 0) +
    (cueKind === 'region' ? (e.kind === 'region' ? 3 : /^PPLA$/.test(e.featureCode ?? '') ? 1 : 0) : 0) + Math.log10(Math.min(e.population, 1e10) + 10);
  if (qualifier) {
    if (qualifier.kind === 'country' && e.countryCode === qualifier.countryCode) s += 10;
    else if (qualifier.kind === 'region' && e.countryCode === qualifier.countryCode) {
      s += e.admin1 && qualifier.regionCode ? (e.admin1 === qualifier.regionCode ? 10 : 0) : distanceKm(e, qualifier) < 400 ? 6 : 1;
    }
  }
  if (e.kind !== 'country') {
    let nearest = Infinity;
    for (const a of ctx.anchors) if (a.key !== self) nearest = Math.min(nearest, distanceKm(e, a.entry));
    s += nearest < 50 ? 2 : nearest < NEIGHBOUR_KM ? 1.5 : nearest < 400 ? 0.5 : 0;
  }
  return s;
}

function choose(entries: readonly GazEntry[], ctx: Context, cueKind: PlaceKind | undefined, qualifier: GazEntry | undefined, self: string): GazEntry | undefined {
  if (entries.length <= 1) return entries[0];
  // Orders of magnitude of population, plus bonuses: a focus country wins a close call (Donetsk, UA over RU)
  // but not against a city a hundred times larger, nor against a national capital ("Washington" in a story
  // that mentions the UK is still the US capital); a neighbour of the article's other places and the region
  // named after it weigh more.
  let best = entries[0]!;
  let bestScore = -Infinity;
  for (const e of entries) {
    const s = score(e, ctx, cueKind, qualifier, self);
    if (s > bestScore) { best = e; bestScore = s; }
  }
  return best;
}

interface Group {
  entry: GazEntry | undefined;
  mentions: Mention<'place'>[];
  cueKind?: PlaceKind;
  within?: Group;
  country?: string;
  /** Mentions that call a city's name a region ("the Donetsk region") where the gazetteer knows only the city. */
  regionMentions: number;
}

/** Most mentions say region: the region, near its seat's point (the city's id is not its id). */
const regionOfCity = (g: Group): boolean => g.regionMentions * 2 > g.mentions.length;

/** The place a feature or district lies in, as the text puts it: "X Street in Kyiv", "Kyiv's Podil district". */
function containerOf(i: number, mentions: readonly Mention<'place'>[], text: string): number | undefined {
  const m = mentions[i]!;
  const next = mentions[i + 1];
  if (next && /^,?\s+in\s+(?:the\s+)?(?:\p{L}+\s+){0,2}?$/u.test(text.slice(m.end, next.start)) && !next.value.feature) return i + 1;
  const prev = mentions[i - 1];
  if (prev && /^['’]s\s+(?:\p{Ll}+\s+)?$/u.test(text.slice(prev.end, m.start)) && !prev.value.feature) return i - 1;
  return undefined;
}

export function assemblePlaces(mentions: readonly Mention<'place'>[], tokens: readonly Token[], gaz: Gazetteer, text = ''): Place[] {
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  const focus = focusCountries(ordered, tokens, gaz);
  const keyOf = (m: Mention<'place'>): string => (m.value.feature ? 'feature:' : '') + nameKey(m.value.name);
  const qualifiers = ordered.map((m, i) => (m.value.feature ? undefined : qualifierOf(m, ordered[i + 1], text, gaz)));
  // First pass: each name by focus and population; the result gives the anchors of the second, where each
  // ambiguous name is decided again among its neighbours.
  const first = new Map<string, GazEntry | undefined>();
  for (const m of ordered) {
    const k = keyOf(m);
    if (!first.has(k)) first.set(k, m.value.feature ? undefined : choose(gaz.lookup(m.value.name), { focus, anchors: [] }, m.value.cueKind, undefined, k));
  }
  // Anchors: resolved towns and regions with some evidence of their own (not a weak mention alone).
  const evidenced = new Set(ordered.filter((m) => !m.value.weak).map(keyOf));
  const anchors = [...first.entries()]
    .filter((x): x is [string, GazEntry] => !!x[1] && x[1].kind !== 'country' && x[1].lat !== null && evidenced.has(x[0]))
    .map(([key, entry]) => ({ key, entry }));
  const ctx: Context = { focus, anchors };

  const groups = new Map<string, Group>();
  const groupOf: Group[] = [];
  ordered.forEach((m, i) => {
    const k = keyOf(m);
    const entry = m.value.feature ? undefined : choose(gaz.lookup(m.value.name), ctx, m.value.cueKind, qualifiers[i], k);
    // A region named by its seat's name where the gazetteer knows only the seat ("the Donetsk region"): one
    // place with the city when the article names both, of the kind most of its mentions say.
    const namesCityRegion = m.value.cueKind === 'region' && entry?.kind === 'city';
    const key = entry ? `${entry.kind}:${entry.id ?? entry.countryCode}:${entry.name}` : `name:${k}`;
    const g = groups.get(key) ?? { entry, mentions: [], regionMentions: 0 };
    g.mentions.push(m);
    if (namesCityRegion) g.regionMentions++;
    else g.cueKind ??= m.value.cueKind;
    g.country ??= m.value.country;
    groups.set(key, g);
    groupOf[i] = g;
  });
  for (const g of groups.values()) if (regionOfCity(g)) g.cueKind = 'region';
  ordered.forEach((m, i) => {
    // Only a feature or a part of a town lies within another place here ("Kyiv's Podil district"); a region in
    // its country is plain.
    const c = containerOf(i, ordered, text);
    if (c === undefined || groupOf[c] === groupOf[i]) return;
    const container = groupOf[c]!;
    const partOfTown = m.value.cueKind === 'other' || (m.value.cueKind === 'region' && container.entry?.kind === 'city');
    if (m.value.feature || partOfTown) groupOf[i]!.within ??= container;
  });

  // Evidence: a weak mention needs another of its place that is not weak, or (a word) a neighbour.
  const strong = (g: Group): boolean => g.mentions.some((m) => !m.value.weak);
  const strongAnchors = [...groups.values()].filter((g) => strong(g) && g.entry && g.entry.kind !== 'country').map((g) => g.entry!);
  const supported = (g: Group): boolean =>
    strong(g) ||
    (g.mentions.every((m) => m.value.weak === 'word') && !!g.entry &&
      strongAnchors.some((a) => a !== g.entry && a.countryCode === g.entry!.countryCode && distanceKm(a, g.entry!) < NEIGHBOUR_KM));
  const kept = [...groups.values()].filter(supported);

  // The country of a place the gazetteer lacks: said by the text, else its container's, else the nearest
  // resolved place's in its sentence.
  const indexOf = new Map(ordered.map((m, i) => [m, i]));
  const sentenceOf = (offset: number): number => tokens[tokenAtOrAfter(tokens, offset)]?.sentence ?? -1;
  const nearestCountry = (g: Group): string | null => {
    const m = g.mentions[0]!;
    // "the village of Staromaiorske in Ukraine": the country it is put in.
    const i = indexOf.get(m)!;
    const next = ordered[i + 1];
    const put = next && /^,?\s+in\s+$/.test(text.slice(m.end, next.start)) ? groupOf[i + 1]?.entry : undefined;
    if (put?.countryCode) return put.countryCode;
    // Else the nearest town or region in its sentence (a country named there may be the side that speaks).
    const s = sentenceOf(m.start);
    let best: { d: number; code: string } | undefined;
    for (const o of kept) {
      if (o === g || !o.entry?.countryCode || o.entry.kind === 'country') continue;
      for (const om of o.mentions) {
        if (sentenceOf(om.start) !== s) continue;
        const d = Math.abs(om.start - m.start);
        if (!best || d < best.d) best = { d, code: o.entry.countryCode };
      }
    }
    return best?.code ?? null;
  };

  return kept
    .map((g) => {
      const { entry, mentions: ms, cueKind } = g;
      const sorted = [...ms].sort((a, b) => a.start - b.start);
      const counts = new Map<string, number>();
      for (const m of sorted) counts.set(m.value.name, (counts.get(m.value.name) ?? 0) + 1);
      const name = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
      const aliases = [...counts.keys(), ...(entry && entry.name !== name ? [entry.name] : [])].filter((n, i, all) => n !== name && all.indexOf(n) === i);
      const within = g.within && kept.includes(g.within) ? g.within : undefined;
      const inCity = within?.entry?.kind === 'city' || within?.cueKind === 'city';
      const feature = !!sorted[0]!.value.feature;
      // "Kyiv's Podil district": a part of a city, not a region.
      const kind: PlaceKind = entry?.kind === 'country' ? 'country' : feature ? 'other' : cueKind === 'region' && inCity && !entry ? 'other' : (cueKind ?? entry?.kind ?? 'other');
      // A street or a lake has the country of what the text puts it in, and no other.
      const countryCode = entry ? entry.countryCode : (g.country ?? within?.entry?.countryCode ?? within?.country ?? (cueKind && !feature ? nearestCountry(g) : null));
      const place: Place = {
        name,
        mentions: sorted.map(({ start, end, text: t }) => ({ start, end, text: t })),
        kind,
        countryCode: countryCode ?? null,
        lat: entry?.lat ?? null,
        lon: entry?.lon ?? null,
        geonameId: regionOfCity(g) ? null : (entry?.id ?? null),
        ...(entry?.regionCode && kind === 'region' ? { regionCode: entry.regionCode } : {}),
        ...(entry?.admin1 ? { admin1: entry.admin1 } : {}),
        ...(within ? { within: within.entry?.name ?? within.mentions[0]!.value.name } : {}),
        aliases,
        rule: sorted[0]!.rule,
      };
      return place;
    })
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}
