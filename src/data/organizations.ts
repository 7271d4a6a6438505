/** Words and names that make a capitalized phrase an organization (data only). */

import { table } from '../util/table.js';

/**
 * Head words of organization names ("Russian Ministry of Defense", "European Council",
 * "Wall Street Journal"). A capitalized phrase containing one of these is an organization.
 */
export const ORG_HEADS: readonly string[] = Object.freeze([
  'Ministry', 'Ministries', 'Department', 'Council', 'Union', 'Organization', 'Organisation', 'Agency',
  'Committee', 'Commission', 'Service', 'Services', 'Office', 'Bureau', 'Parliament', 'Assembly', 'Senate',
  'Congress', 'Duma', 'Rada', 'Knesset', 'Cabinet', 'Government', 'Administration', 'Authority',
  'Court', 'Tribunal', 'Army', 'Navy', 'Forces', 'Force', 'Guard', 'Guards', 'Corps', 'Brigade', 'Battalion',
  'Regiment', 'Division', 'Fleet', 'Militia', 'Front', 'Movement', 'Party', 'Alliance', 'Coalition',
  'Federation', 'Association', 'Society', 'Institute', 'Institution', 'Foundation', 'Fund', 'Bank',
  'University', 'College', 'Academy', 'School', 'Hospital', 'Center', 'Centre', 'Group', 'Network',
  'Company', 'Corporation', 'Corp', 'Inc', 'Ltd', 'LLC', 'Co', 'Holdings', 'Airlines', 'Airways',
  'Journal', 'Times', 'Post', 'News', 'Herald', 'Gazette', 'Tribune', 'Telegraph', 'Guardian', 'Press',
  'Media', 'Television', 'Radio', 'Broadcasting', 'Channel', 'Daily', 'Review', 'Monitor', 'Observer',
  'Red Cross', 'Red Crescent', 'Watch', 'International', 'Mission', 'Secretariat', 'Police', 'Command',
  'Staff', 'Directorate', 'Inspectorate', 'Prosecutor', 'Nations', 'Board', 'Club', 'Team', 'League',
  'Church', 'Patriarchate', 'Brotherhood', 'Chambers', 'Observatory', 'Forum', 'Embassy', 'Consulate',
]);

/** Connectors that may sit inside an organization's name ("Organization for Security and Cooperation in Europe"). */
export const ORG_CONNECTORS: readonly string[] = Object.freeze(['of', 'for', 'and', 'on', 'in', 'de', 'the', '&']);

/**
 * Organizations named by a single word or an acronym that the head-word rule cannot find: news
 * agencies and outlets cited as sources, international bodies, armed groups, platforms. Each maps to
 * its expansion where it has one, so that an article's "AFP" and "Agence France-Presse" are one.
 */
export const KNOWN_ORGANIZATIONS: Readonly<Record<string, string | null>> = table({
  'AP': 'Associated Press', 'Reuters': null, 'AFP': 'Agence France-Presse', 'BBC': 'British Broadcasting Corporation',
  'CNN': 'Cable News Network', 'TASS': null, 'Interfax': null, 'RIA Novosti': null, 'Ukrinform': null,
  'UNIAN': null, 'Al Jazeera': null, 'Xinhua': null, 'DPA': 'Deutsche Presse-Agentur', 'ANSA': null,
  'EFE': null, 'Bloomberg': null, 'NPR': 'National Public Radio', 'PBS': null, 'NBC': null, 'CBS': null,
  'ABC': null, 'Fox News': null, 'Sky News': null, 'Euronews': null, 'Kyodo': null, 'Yonhap': null,
  'Anadolu': null, 'IRNA': null, 'WAFA': null, 'Sputnik': null, 'RT': null, 'TIME': null, 'Newsweek': null,
  'Politico': null, 'Axios': null, 'Kyiv Independent': null, 'Meduza': null, 'Novaya Gazeta': null,
  'Kommersant': null, 'Izvestia': null, 'Pravda': null, 'Ukrainska Pravda': null, 'Financial Times': null,
  'The Economist': null, 'Der Spiegel': null, 'Le Monde': null, 'Haaretz': null, 'UN': 'United Nations',
  'NATO': 'North Atlantic Treaty Organization', 'EU': 'European Union', 'OSCE': 'Organization for Security and Co-operation in Europe',
  'ICRC': 'International Committee of the Red Cross', 'UNHCR': null, 'UNICEF': null, 'WHO': 'World Health Organization',
  'IAEA': 'International Atomic Energy Agency', 'IMF': 'International Monetary Fund', 'ICC': 'International Criminal Court',
  'SBU': 'Security Service of Ukraine', 'FSB': 'Federal Security Service', 'GUR': null, 'HUR': null,
  'Pentagon': null, 'Kremlin': null, 'Taliban': null, 'Hamas': null, 'Hezbollah': null, 'Houthis': null,
  'Rosatom': null, 'Gazprom': null, 'Naftogaz': null, 'Ukrenergo': null, 'Amnesty International': null,
  'Human Rights Watch': null, 'Interpol': null, 'Europol': null, 'Frontex': null, 'Greenpeace': null, 'Facebook': null, 'Telegram': null, 'Twitter': null,
  'YouTube': null, 'Instagram': null, 'TikTok': null, 'Truth Social': null, 'Tass': null,
  // Seats of government and parliaments named by their building or street, and groups of states.
  'White House': null, 'House of Representatives': null, 'House of Commons': null, 'House of Lords': null,
  'Downing Street': null, 'Whitehall': null, 'Capitol Hill': null, 'Élysée': null, 'Elysee': null, 'Stormont': null,
  'G7': 'Group of Seven', 'G8': null, 'G20': 'Group of Twenty',
  // Intelligence and police services written as short names.
  'MI5': null, 'MI6': null, 'GCHQ': 'Government Communications Headquarters', 'Scotland Yard': null,
  'CIA': 'Central Intelligence Agency', 'FBI': 'Federal Bureau of Investigation', 'NSA': 'National Security Agency',
  // United Kingdom and Ireland's parties by the names news gives them alone.
  'Labour': null, 'Conservatives': null, 'Tories': null, 'Liberal Democrats': null, 'Lib Dems': null, 'SNP': 'Scottish National Party',
  'UKIP': 'UK Independence Party', 'Plaid Cymru': null, 'DUP': 'Democratic Unionist Party', 'Sinn Fein': null, 'Sinn Féin': null,
  'SDLP': 'Social Democratic and Labour Party', 'Fianna Fáil': null, 'Fianna Fail': null, 'Fine Gael': null,
});

/**
 * All-capital tokens that are not organizations: time zones, units, common abbreviations and
 * words written in capitals for emphasis.
 */
export const NOT_ORG_ACRONYMS: readonly string[] = Object.freeze([
  'I', 'A', 'AM', 'PM', 'OK', 'TV', 'ID', 'IDs', 'GMT', 'UTC', 'EDT', 'EST', 'CET', 'CEST', 'BST', 'PST',
  'PDT', 'CDT', 'CST', 'MSK', 'EET', 'EEST', 'USD', 'EUR', 'GBP', 'UAH', 'RUB', 'POW', 'POWS', 'UAV', 'UAVS',
  'IED', 'IEDS', 'GDP', 'CEO', 'CFO', 'COVID', 'HIV', 'AIDS', 'DNA', 'PDF', 'FAQ', 'URL', 'PS', 'NB', 'BC',
  'AD', 'CCTV', 'SUV', 'VIP', 'MP', 'MPS', 'PR', 'QR', 'RPG', 'HIMARS', 'ATACMS', 'II', 'III', 'IV', 'VI',
  'VII', 'VIII', 'IX', 'XI', 'XII', 'XX', 'XXI', 'KM', 'KG', 'MM', 'CM', 'MW', 'KW', 'US', 'UK', 'USA',
  'UAE', 'DRC', 'CAR', 'NEW', 'BREAKING', 'UPDATE', 'LIVE', 'WATCH', 'READ', 'MORE', 'NOTE', 'EDITOR',
  'THE', 'AND', 'OF', 'IN', 'TO', 'FOR', 'ON', 'AT', 'BY', 'WITH', 'NOT', 'NO', 'YES', 'ALL', 'NOW',
  'FILE', 'PHOTO', 'PHOTOS', 'VIDEO', 'WARNING', 'SIM', 'GPS', 'SMS', 'LED', 'USB', 'WIFI', 'QC', 'KC', 'MEP', 'MEPS', 'OBE', 'MBE', 'CBE',
]);

/**
 * Last words of names of events, agreements and documents, which are neither people nor places even
 * when they start with a given name or a place: "Geneva Convention", "Paris Agreement", "Gulf War".
 */
export const EVENT_AND_DOCUMENT_HEADS: readonly string[] = Object.freeze([
  'Convention', 'Conventions', 'Treaty', 'Agreement', 'Agreements', 'Accord', 'Accords', 'Declaration', 'Protocol', 'Protocols',
  'Charter', 'Memorandum', 'Pact', 'Resolution', 'Act', 'Format', 'Conference', 'Summit', 'Talks', 'Process', 'War', 'Wars', 'Crisis', 'Uprising',
  'Revolution', 'Offensive', 'Operation', 'Massacre', 'Doctrine', 'Plan', 'Initiative', 'Deal', 'Games', 'Olympics', 'Cup',
]);
