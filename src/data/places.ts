/** Place cues, exonyms and words that look like places but are not (data only). */

import { table } from '../util/table.js';

/**
 * Other spellings and exonyms of places, mapped to the gazetteer's name. Transliteration variants
 * that GeoNames' English city names do not carry (Ukrainian vs. Russian forms, older spellings).
 */
export const EXONYMS: Readonly<Record<string, string>> = table({
  'Kiev': 'Kyiv', 'Odesa': 'Odessa', 'Kharkov': 'Kharkiv', 'Lvov': 'Lviv', 'Lwow': 'Lviv',
  'Nikolaev': 'Mykolaiv', 'Nikolayev': 'Mykolaiv', 'Zaporozhye': 'Zaporizhzhia', 'Zaporozhe': 'Zaporizhzhia',
  'Dnepropetrovsk': 'Dnipro', 'Dnipropetrovsk': 'Dnipro', 'Lugansk': 'Luhansk', 'Chernigov': 'Chernihiv',
  'Artemivsk': 'Bakhmut', 'Artyomovsk': 'Bakhmut',
  'Rovno': 'Rivne', 'Vinnitsa': 'Vinnytsia', 'Zhitomir': 'Zhytomyr', 'Cherkassy': 'Cherkasy',
  'Kirovograd': 'Kropyvnytskyi', 'Kirovohrad': 'Kropyvnytskyi', 'Ternopol': 'Ternopil',
  'Ivano-Frankovsk': 'Ivano-Frankivsk', 'Uzhgorod': 'Uzhhorod', 'Chernovtsy': 'Chernivtsi',
  'Lisichansk': 'Lysychansk', 'Avdeyevka': 'Avdiivka',
  'Peking': 'Beijing', 'Bombay': 'Mumbai', 'Calcutta': 'Kolkata',
  'Madras': 'Chennai', 'Rangoon': 'Yangon', 'Saigon': 'Ho Chi Minh City', 'Byelorussia': 'Belarus',
  'Belorussia': 'Belarus', 'Burma': 'Myanmar', 'Ivory Coast': "Côte d'Ivoire", 'Turkey': 'Türkiye', 'Holland': 'Netherlands', 'Czechia': 'Czech Republic', 'Moldavia': 'Moldova',
  'Kishinev': 'Chisinau', 'Tiflis': 'Tbilisi', 'Erevan': 'Yerevan', 'Gaza Strip': 'Gaza',
  'Antwerp': 'Antwerpen', 'Ghent': 'Gent', 'Bruges': 'Brugge', 'Cologne': 'Köln', 'Geneva': 'Genève', 'The Hague': 'Den Haag',
  'Florence': 'Firenze', 'Milan': 'Milano', 'Naples': 'Napoli', 'Turin': 'Torino', 'Venice': 'Venezia', 'Seville': 'Sevilla',
  'Nuremberg': 'Nürnberg', 'Gothenburg': 'Göteborg',
  'U.S.': 'United States', 'U.S.A.': 'United States', 'US': 'United States', 'USA': 'United States',
  'America': 'United States', 'U.K.': 'United Kingdom', 'UK': 'United Kingdom', 'Britain': 'United Kingdom',
  'Great Britain': 'United Kingdom', 'UAE': 'United Arab Emirates', 'DRC': 'DR Congo',
  'St. Petersburg': 'Saint Petersburg', 'St Petersburg': 'Saint Petersburg',
  // Short forms of names GeoNames gives in full
  'New York': 'New York City', 'Bosnia': 'Bosnia and Herzegovina', 'Herzegovina': 'Bosnia and Herzegovina',
  'Arbil': 'Erbil', 'Irbil': 'Erbil',
});

/**
 * Places that are not cities in GeoNames' city lists but are named in news as places: first-level
 * regions, peninsulas, seas and disputed territories (name → country and kind).
 */
export const EXTRA_PLACES: Readonly<Record<string, { countryCode: string | null; kind: 'region' | 'other'; lat: number; lon: number }>> = table({
  'Crimea': { countryCode: 'UA', kind: 'region', lat: 45.0, lon: 34.0 },
  'Normandy': { countryCode: 'FR', kind: 'region', lat: 49.1, lon: 0.1 },
  // The nations of the United Kingdom
  'England': { countryCode: 'GB', kind: 'region', lat: 52.5, lon: -1.5 },
  'Scotland': { countryCode: 'GB', kind: 'region', lat: 56.5, lon: -4.2 },
  'Wales': { countryCode: 'GB', kind: 'region', lat: 52.3, lon: -3.7 },
  'Northern Ireland': { countryCode: 'GB', kind: 'region', lat: 54.6, lon: -6.7 },
  // States that no longer exist, still named in history and archives (kind other: no country today)
  'Yugoslavia': { countryCode: null, kind: 'other', lat: 44.0, lon: 20.5 },
  'Soviet Union': { countryCode: null, kind: 'other', lat: 55.75, lon: 37.6 },
  'USSR': { countryCode: null, kind: 'other', lat: 55.75, lon: 37.6 },
  'Czechoslovakia': { countryCode: null, kind: 'other', lat: 49.8, lon: 15.5 },
  'Zaire': { countryCode: 'CD', kind: 'other', lat: -2.9, lon: 23.6 },
  'Donbas': { countryCode: 'UA', kind: 'region', lat: 48.0, lon: 38.5 },
  'Donbass': { countryCode: 'UA', kind: 'region', lat: 48.0, lon: 38.5 },
  'Black Sea': { countryCode: null, kind: 'other', lat: 43.4, lon: 34.3 },
  'Sea of Azov': { countryCode: null, kind: 'other', lat: 46.0, lon: 36.5 },
  'Gaza': { countryCode: 'PS', kind: 'region', lat: 31.45, lon: 34.4 },
  'West Bank': { countryCode: 'PS', kind: 'region', lat: 31.9, lon: 35.2 },
  'Golan Heights': { countryCode: 'SY', kind: 'region', lat: 33.0, lon: 35.8 },
  'Kashmir': { countryCode: null, kind: 'region', lat: 34.5, lon: 76.0 },
  'Darfur': { countryCode: 'SD', kind: 'region', lat: 13.5, lon: 24.0 },
  'Tigray': { countryCode: 'ET', kind: 'region', lat: 14.0, lon: 38.5 },
  'Nagorno-Karabakh': { countryCode: 'AZ', kind: 'region', lat: 39.8, lon: 46.75 },
  'Transnistria': { countryCode: 'MD', kind: 'region', lat: 47.2, lon: 29.4 },
  'Abkhazia': { countryCode: 'GE', kind: 'region', lat: 43.0, lon: 41.0 },
  'South Ossetia': { countryCode: 'GE', kind: 'region', lat: 42.3, lon: 44.0 },
  'Europe': { countryCode: null, kind: 'other', lat: 50.0, lon: 10.0 },
  'Middle East': { countryCode: null, kind: 'other', lat: 29.0, lon: 41.0 },
  'Africa': { countryCode: null, kind: 'other', lat: 2.0, lon: 21.0 },
  'Asia': { countryCode: null, kind: 'other', lat: 34.0, lon: 100.0 },
  'Balkans': { countryCode: null, kind: 'other', lat: 43.0, lon: 21.0 },
  'Caucasus': { countryCode: null, kind: 'other', lat: 42.0, lon: 45.0 },
  'Sahel': { countryCode: null, kind: 'other', lat: 15.0, lon: 5.0 },
  'North America': { countryCode: null, kind: 'other', lat: 45.0, lon: -100.0 },
  'South America': { countryCode: null, kind: 'other', lat: -15.0, lon: -60.0 },
  'Latin America': { countryCode: null, kind: 'other', lat: -10.0, lon: -70.0 },
  'Central America': { countryCode: null, kind: 'other', lat: 14.0, lon: -87.0 },
  'Caribbean': { countryCode: null, kind: 'other', lat: 15.0, lon: -75.0 },
  'Central Asia': { countryCode: null, kind: 'other', lat: 43.0, lon: 65.0 },
  'Southeast Asia': { countryCode: null, kind: 'other', lat: 10.0, lon: 110.0 },
  'South Asia': { countryCode: null, kind: 'other', lat: 22.0, lon: 78.0 },
  'East Asia': { countryCode: null, kind: 'other', lat: 35.0, lon: 115.0 },
  'North Africa': { countryCode: null, kind: 'other', lat: 28.0, lon: 10.0 },
  'West Africa': { countryCode: null, kind: 'other', lat: 12.0, lon: -3.0 },
  'East Africa': { countryCode: null, kind: 'other', lat: 2.0, lon: 38.0 },
  'Horn of Africa': { countryCode: null, kind: 'other', lat: 8.0, lon: 45.0 },
  'Scandinavia': { countryCode: null, kind: 'other', lat: 62.0, lon: 15.0 },
  'North Caucasus': { countryCode: 'RU', kind: 'region', lat: 43.5, lon: 44.5 },
  'Persian Gulf': { countryCode: null, kind: 'other', lat: 27.0, lon: 51.0 },
  'Mediterranean': { countryCode: null, kind: 'other', lat: 35.0, lon: 18.0 },
  'Baltic Sea': { countryCode: null, kind: 'other', lat: 58.0, lon: 20.0 },
  'Red Sea': { countryCode: null, kind: 'other', lat: 20.0, lon: 38.5 },
  'Caspian Sea': { countryCode: null, kind: 'other', lat: 42.0, lon: 50.5 },
  'South China Sea': { countryCode: null, kind: 'other', lat: 12.0, lon: 113.0 },
  'Arctic': { countryCode: null, kind: 'other', lat: 80.0, lon: 0.0 },
});

/** Words that name a kind of place after or before its name: "Kursk region", "the village of Rakivka". */
export const PLACE_CUE_KINDS: Readonly<Record<string, 'region' | 'city' | 'village' | 'other'>> = table({
  region: 'region', oblast: 'region', province: 'region', district: 'region', governorate: 'region',
  republic: 'region', territory: 'region', state: 'region', county: 'region', krai: 'region', raion: 'region',
  city: 'city', town: 'city', 'port city': 'city', capital: 'city', village: 'village', settlement: 'village',
  hamlet: 'village', 'urban-type settlement': 'village', suburb: 'other', neighbourhood: 'other',
  neighborhood: 'other', island: 'other', peninsula: 'other', river: 'other', sea: 'other', port: 'city',
});

/** Words of place that may stand right before a name, without "of": "the city Vuhledar", "the village Rakivka". */
export const PLACE_WORDS_BEFORE_NAME: readonly string[] = Object.freeze([
  'city', 'town', 'village', 'settlement', 'hamlet', 'region', 'province', 'district', 'port', 'capital', 'island',
]);

/** Directions and other modifiers stripped from a place phrase ("southeastern Ukraine" → "Ukraine"). */
export const PLACE_MODIFIERS: readonly string[] = Object.freeze([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'northeast', 'northwest',
  'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'central',
  'north-east', 'north-west', 'south-east', 'south-west', 'north-eastern', 'north-western', 'south-eastern',
  'south-western', 'occupied', 'rebel-held', 'war-torn', 'war-ravaged', 'neighboring', 'neighbouring',
  'annexed', 'besieged', 'frontline', 'front-line', 'greater', 'downtown', 'upper', 'lower',
]);

/** Capitalized words that read like places but are not, on their own: "the West", "the Kremlin". */
export const NOT_PLACES: readonly string[] = Object.freeze([
  'West', 'East', 'North', 'South', 'Western', 'Eastern', 'Northern', 'Southern', 'Central', 'Middle', 'Kremlin', 'White House',
  'Pentagon', 'Downing Street', 'Capitol', 'Capitol Hill', 'Earth', 'World', 'Internet', 'Mars', 'Moon',
  'Homeland', 'Motherland', 'Parliament', 'Congress',
  // capitalized common words that are also towns somewhere, and words for continents' peoples
  'City', 'Town', 'Soviet', 'Independence', 'Liberty', 'Victory', 'Freedom', 'Unity', 'Union', 'Representatives', 'Senate',
  'House', 'European', 'African', 'Asian', 'Arab', 'Latin', 'Nato',
]);

/**
 * Words that end the name of a facility or landmark, not a person ("Crystal Palace", "Grace Road", "Ellis
 * Park"). Words that are also common surnames (Hill, Hall, Field, Gate, Forest) are left out.
 */
export const FACILITY_WORDS: readonly string[] = Object.freeze([
  'park', 'road', 'street', 'avenue', 'boulevard', 'lane', 'bridge', 'square', 'house', 'palace', 'castle', 'tower', 'stadium',
  'arena', 'hotel', 'airport', 'station', 'church', 'cathedral', 'mosque', 'temple', 'synagogue', 'hospital', 'school',
  'college', 'club', 'golf', 'course', 'gardens', 'garden', 'hills', 'hole', 'beach', 'bay', 'lake',
  'mountain', 'mount', 'valley', 'river', 'island', 'islands', 'point', 'harbour', 'harbor', 'market', 'mall', 'centre', 'center',
  'building', 'plaza', 'theatre', 'theater', 'museum', 'wall', 'prison', 'base', 'camp', 'dam', 'canal', 'pass',
  'cafe', 'café', 'restaurant', 'bar', 'pub', 'shop', 'store', 'underground', 'metro', 'terminal', 'port',
]);

/**
 * Words that end the name of a street, square, building, base or natural feature ("Khreshchatyk Street",
 * "Tahrir Square", "Bagram Air Base", "Euphrates River"): such a name is one place of kind `other`, never a
 * town of its first word. (Not hospitals, schools or universities: organizations.)
 */
export const FEATURE_SUFFIXES: readonly string[] = Object.freeze([
  'Street', 'St.', 'Road', 'Rd.', 'Avenue', 'Ave.', 'Boulevard', 'Blvd.', 'Lane', 'Square', 'Bridge', 'Highway', 'Motorway',
  'Prospekt', 'Embankment', 'Palace', 'Castle', 'Building', 'Tower', 'Towers', 'Base', 'Air Base', 'Airbase', 'Airport',
  'Airfield', 'Stadium', 'Station', 'Plaza', 'Mall', 'Park', 'Cemetery', 'Checkpoint', 'Crossing', 'Dam',
  'River', 'Sea', 'Ocean', 'Lake', 'Mountains', 'Mountain', 'Hills', 'Desert', 'Valley', 'Peninsula', 'Canal', 'Gulf',
  'Bay', 'Strait', 'Straits', 'Island', 'Islands', 'Forest', 'Wall', 'Hotel', 'Beach',
]);

/** Words that open such a name before "of" or the name itself ("Gulf of Aden", "Lake Chad", "Camp Shorabak"). */
export const FEATURE_PREFIXES: readonly string[] = Object.freeze([
  'Gulf of', 'Bay of', 'Strait of', 'Straits of', 'Sea of', 'Isle of', 'Lake', 'Mount', 'Camp', 'Forward Operating Base',
]);