/**
 * `--format geojson`: one FeatureCollection (RFC 7946) of the places found in all the articles, one Feature
 * per real place, with the id `entities` gives it (`geonames:703448`, `iso3166:US`, `place:rakivka`), the
 * number of articles and of mentions, so that the output opens in QGIS, kepler.gl or geojson.io and converts
 * with `ogr2ogr` to a Shapefile or a GeoPackage. Properties are flat and scalar (a Shapefile takes no lists):
 * `aliases` and `articles` are joined with "; ", and every name has at most 10 characters (a DBF field name's
 * limit). Places without coordinates (a village the gazetteer lacks, a street) are counted in `unlocated`,
 * or written with a `null` geometry with `includeUnlocated`, as RFC 7946 allows.
 */
import { linkPlaces } from '../../events/entities.js';
import type { ArticleFacts } from '../../model/types.js';
import { writeChunk, type Writer } from './stream.js';

export interface GeojsonOptions {
  /** Places without coordinates as features with a null geometry. */
  includeUnlocated?: boolean;
}

/** The properties of a place's Feature: scalars only. */
export interface PlaceProperties {
  id: string;
  name: string;
  kind: string | null;
  country: string | null;
  geonameId: number | null;
  /** Other names, joined with "; ". */
  aliases: string;
  mentions: number;
  n_articles: number;
  /** Ids of the articles that name it, joined with "; ". */
  articles: string;
}

interface Feature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: PlaceProperties;
}

export const LIST_SEPARATOR = '; ';

export function geojsonWriter(out: NodeJS.WritableStream, opts: GeojsonOptions = {}): Writer {
  const seen: Pick<ArticleFacts, 'id' | 'places'>[] = [];
  return {
    begin: async () => {},
    write: async (a: ArticleFacts) => {
      seen.push({ id: a.id, places: a.places });
    },
    end: () => {
      const features: Feature[] = [];
      let unlocated = 0;
      for (const e of linkPlaces(seen)) {
        const located = typeof e.lat === 'number' && typeof e.lon === 'number';
        if (!located) unlocated++;
        if (!located && !opts.includeUnlocated) continue;
        const geonameId = /^geonames:(\d+)$/.exec(e.id)?.[1];
        features.push({
          type: 'Feature',
          id: e.id,
          geometry: located ? { type: 'Point', coordinates: [e.lon!, e.lat!] } : null,
          properties: {
            id: e.id, name: e.name, kind: e.kind ?? null, country: e.countryCode ?? null, geonameId: geonameId ? Number(geonameId) : null,
            aliases: e.aliases.join(LIST_SEPARATOR), mentions: e.mentionCount, n_articles: e.articles.length,
            articles: e.articles.map((x) => x.id).join(LIST_SEPARATOR),
          },
        });
      }
      return writeChunk(out, JSON.stringify({ type: 'FeatureCollection', features, properties: { unlocated } }, null, 2) + '\n');
    },
  };
}
