/**
 * `--format geojson`: one FeatureCollection of the places found in all the articles, one Feature per
 * real place (merged by GeoNames id, else by country and name), with the ids of the articles that name it
 * and the number of mentions, so that the output opens in QGIS, kepler.gl or geojson.io. Places without
 * coordinates (a village the gazetteer lacks) are left out of the map and counted in `unlocated`.
 */
import type { ArticleFacts } from '../../model/types.js';
import { writeChunk, type Writer } from './stream.js';

interface Feature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { name: string; kind: string | null; countryCode: string | null; geonameId: number | null; aliases: string[]; mentions: number; articles: string[] };
}

export function geojsonWriter(out: NodeJS.WritableStream): Writer {
  const features = new Map<string, Feature>();
  let unlocated = 0;
  return {
    begin: async () => {},
    write: async (a: ArticleFacts) => {
      for (const p of a.places) {
        if (p.lat === null || p.lon === null) { unlocated++; continue; }
        const key = p.geonameId !== null ? `gn:${p.geonameId}` : `${p.countryCode ?? ''}:${p.kind ?? ''}:${p.aliases.concat(p.name).sort().join('|')}`;
        let f = features.get(key);
        if (!f) {
          f = { type: 'Feature', geometry: { type: 'Point', coordinates: [p.lon, p.lat] }, properties: { name: p.name, kind: p.kind, countryCode: p.countryCode, geonameId: p.geonameId, aliases: [], mentions: 0, articles: [] } };
          features.set(key, f);
        }
        f.properties.mentions += p.mentions.length;
        if (!f.properties.articles.includes(a.id)) f.properties.articles.push(a.id);
        for (const n of [p.name, ...p.aliases]) if (n !== f.properties.name && !f.properties.aliases.includes(n)) f.properties.aliases.push(n);
      }
    },
    end: () => writeChunk(out, JSON.stringify({ type: 'FeatureCollection', features: [...features.values()], properties: { unlocated } }, null, 2) + '\n'),
  };
}
