/**
 * What happened to counted people or things, by the words around a figure (data only). Entries are
 * word stems matched at the start of a token's normal form ("kill" → killed, killing, kills).
 */
import { table } from '../util/table.js';

export type Category = 'killed' | 'wounded' | 'captured' | 'released' | 'missing' | 'displaced' | 'attack' | 'casualties';

/**
 * Words of an event, by category, checked in this order (the first that matches wins). An entry
 * ending in "*" matches as a prefix ("kill*": killed, killing); others match whole words; entries
 * with a space match consecutive words ("shot dead").
 */
export const CATEGORY_WORDS: Readonly<Record<Category, readonly string[]>> = table({
  killed: ['kill*', 'slain', 'slay*', 'murder*', 'execute', 'executed', 'executes', 'executing', 'execution', 'executions', 'behead*', 'massacr*', 'lynch*', 'assassinat*', 'die', 'died', 'dies', 'dying',
    'dead', 'death', 'deaths', 'fatalit*', 'fatal', 'bodies', 'corpses', 'perish*', 'drowned', 'toll', 'martyr*', 'decapitat*', 'shot dead',
    'gunned down', 'stabbed to death', 'beaten to death', 'burned to death', 'burnt to death', 'hacked to death', 'lost their lives',
    'lost his life', 'lost her life', 'life', 'lives', 'burned alive', 'burnt alive', 'shot and killed', 'stabbed and killed',
    'slaughter*', 'stoned to death', 'tortured to death', 'strangl*', 'succumb*', 'neutraliz*', 'neutralis*', 'eliminat*', 'liquidat*', 'mowed down'],
  wounded: ['wound*', 'injur*', 'hurt', 'maim*', 'hospitali*', 'shot and wounded', 'shot and injured'],
  missing: ['missing', 'disappear*', 'unaccounted'],
  released: ['releas*', 'freed', 'frees', 'freeing', 'exchang*', 'swap*', 'return*', 'repatriat*', 'handed over', 'hand over', 'hands over',
    'handing over', 'liberat*', 'pardon*'],
  captured: ['captur*', 'recaptur*', 'detain*', 'detention', 'arrest*', 'abduct*', 'kidnap*', 'hostage*', 'hold', 'holds', 'holding', 'imprison*',
    'jailed', 'taken prisoner', 'captive*', 'captivity', 'prisoner*', 'pow', 'pows', 'seiz*'],
  displaced: ['displac*', 'fled', 'flee*', 'refugee*', 'evacuat*', 'homeless', 'uproot*', 'deport*'],
  attack: ['attack*', 'strike', 'strikes', 'struck', 'airstrike*', 'air strike*', 'missile*', 'drone*', 'rocket*', 'shell*', 'bomb*',
    'launch*', 'fired', 'shot down', 'downed', 'intercept*', 'raid*', 'assault*', 'barrage*'],
  casualties: ['casualt*', 'killed or wounded', 'wounded or killed', 'killed or injured', 'injured or killed', 'dead or wounded', 'dead and wounded', 'killed and wounded', 'killed and injured'],
});

/**
 * Counted nouns that say the category by themselves ("4,700 deaths", "14 wounded", "800 drones"), which
 * win over a verb elsewhere in the clause.
 */
export const CATEGORY_UNITS: Readonly<Record<string, Category>> = table({
  deaths: 'killed', death: 'killed', dead: 'killed', lives: 'killed', fatalities: 'killed', bodies: 'killed', killed: 'killed', victims: 'killed',
  wounded: 'wounded', injured: 'wounded', injuries: 'wounded', casualties: 'casualties',
  hostages: 'captured', captives: 'captured', prisoners: 'captured', detainees: 'captured', pows: 'captured', abductees: 'captured',
  refugees: 'displaced', evacuees: 'displaced',
  missiles: 'attack', drones: 'attack', rockets: 'attack', shells: 'attack', strikes: 'attack', airstrikes: 'attack', attacks: 'attack',
  bombs: 'attack', raids: 'attack', sorties: 'attack',
});

/** People-nouns that make a figure a count of civilians ("people" and "men" say nothing either way). */
export const CIVILIAN_NOUNS: readonly string[] = Object.freeze(['civilians', 'civilian', 'residents', 'villagers', 'children', 'women', 'passengers', 'workers', 'students', 'journalists', 'refugees', 'worshippers', 'pilgrims', 'farmers']);
/** People-nouns that make a figure a count of fighters. */
export const COMBATANT_NOUNS: readonly string[] = Object.freeze(['soldiers', 'soldier', 'troops', 'servicemen', 'fighters', 'militants', 'rebels', 'insurgents', 'separatists', 'combatants', 'policemen', 'officers', 'guards', 'marines', 'paratroopers', 'mercenaries', 'jihadists', 'gunmen', 'pows', 'conscripts', 'personnel']);

/**
 * Singular nouns for one victim, for tolls a text gives without a figure ("a man was shot dead",
 * "the village chief was killed"): one person.
 */
export const PERSON_NOUNS: readonly string[] = Object.freeze([
  'man', 'woman', 'boy', 'girl', 'child', 'baby', 'infant', 'teenager', 'person', 'civilian', 'soldier', 'policeman', 'policewoman',
  'officer', 'journalist', 'reporter', 'teacher', 'farmer', 'student', 'worker', 'villager', 'resident', 'driver', 'doctor', 'nurse',
  'priest', 'imam', 'pastor', 'chief', 'leader', 'elder', 'official', 'lawyer', 'activist', 'businessman', 'trader', 'shopkeeper',
  'herder', 'fisherman', 'guard', 'militant', 'fighter', 'rebel', 'commander', 'politician', 'mayor', 'governor', 'judge',
  'prisoner', 'detainee', 'suspect', 'victim', 'pilgrim', 'refugee', 'migrant', 'pedestrian', 'passenger', 'volunteer', 'medic',
  'paramedic', 'employee', 'manager', 'engineer', 'musician', 'singer', 'artist', 'blogger', 'cleric', 'monk', 'nun', 'councillor',
  'councilor', 'candidate', 'member', 'husband', 'wife', 'son', 'daughter', 'father', 'mother', 'brother', 'sister', 'relative',
  'militiaman', 'serviceman', 'servicewoman', 'serviceperson', 'protester', 'protestor', 'demonstrator', 'miner', 'hostage', 'gunman',
  'insurgent', 'separatist', 'jihadist', 'contractor', 'tourist', 'cameraman', 'photographer', 'correspondent', 'pilot',
  'sniper', 'marine', 'paratrooper', 'conscript', 'mercenary', 'pensioner', 'grandmother', 'grandfather', 'toddler', 'schoolboy',
  'schoolgirl', 'neighbour', 'neighbor', 'peasant', 'herdsman', 'vendor', 'bodyguard',
  // office holders and public roles
  'head', 'headman', 'chieftain', 'sheikh', 'chairman', 'chairwoman', 'chairperson', 'secretary', 'spokesman', 'spokeswoman',
  'lawmaker', 'legislator', 'senator', 'deputy', 'mp', 'magistrate', 'prosecutor', 'administrator', 'informant', 'defender',
  'witness', 'critic', 'opponent', 'supporter', 'campaigner', 'organizer', 'organiser', 'unionist', 'gendarme', 'constable',
  'sergeant', 'lieutenant', 'captain', 'colonel', 'ranger', 'warden', 'watchman', 'bishop', 'catechist', 'preacher',
  'evangelist', 'missionary', 'seminarian', 'christian', 'muslim', 'hindu', 'sikh', 'ahmadi', 'shiite', 'sunni', 'copt', 'yazidi',
  'buddhist', 'jew', 'healer',
  // family and age
  'nephew', 'niece', 'cousin', 'uncle', 'aunt', 'grandson', 'granddaughter', 'widow', 'minor', 'youth', 'teen', 'pupil',
  'schoolchild', 'newborn', 'housewife',
  // work and status
  'labourer', 'laborer', 'merchant', 'businesswoman', 'motorcyclist', 'cyclist', 'shepherd', 'hunter', 'mechanic', 'tailor',
  'porter', 'cook', 'maid', 'housemaid', 'servant', 'citizen', 'national', 'foreigner', 'expatriate', 'immigrant', 'inmate',
  'convict', 'albino', 'lecturer', 'professor', 'scholar', 'translator', 'interpreter', 'surgeon', 'pharmacist', 'midwife',
]);

/**
 * Participles that say what befell people, in headline grammar: right after a bare figure it counts
 * people ("two killed", "14 wounded"), right after a bare noun it is a toll ("Soldier killed in ...").
 */
export const HARMED_PARTICIPLES: readonly string[] = Object.freeze(['killed', 'dead', 'died', 'dies', 'wounded', 'injured', 'hurt', 'missing',
  'slain', 'shot', 'executed', 'beheaded', 'murdered', 'kidnapped', 'abducted', 'detained', 'arrested', 'freed', 'released', 'evacuated',
  'displaced']);

/** Auxiliaries and adverbs between a singular victim and the participle: "was reportedly shot dead", "had been fatally wounded". */
export const PASSIVE_AUXILIARIES: readonly string[] = Object.freeze(['was', 'is', 'has', 'had', 'been', 'being', 'got', 'reportedly', 'allegedly',
  'later', 'also', 'fatally', 'seriously', 'critically', 'badly']);

/** Words that join the parts of one toll ("two soldiers and a civilian", "five troops, 19 civilians"). */
export const TOLL_JOINERS: RegExp = /^\s*(?:,|and|,\s*and|as well as|plus|&)\s*$/i;

/** Nouns for a known number of people, taken as victims like a person noun ("a couple was killed": 2). */
export const GROUP_SIZES: Readonly<Record<string, number>> = table({ couple: 2 });
