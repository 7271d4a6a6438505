/**
 * Words that make a sentence tell an event (data only; events/frames.ts reads them). Entries are
 * lower-case words or phrases matched as whole words; an entry ending in "*" matches as a prefix.
 * Built on the lexicons of number categories (data/categories.ts) where they say the same thing.
 */
import { CATEGORY_WORDS, CIVILIAN_NOUNS, COMBATANT_NOUNS } from './categories.js';

/**
 * A prisoner exchange or release: the act, in words that say so by themselves. (Not CATEGORY_WORDS.released:
 * there "returned" or "liberated" count as releases of a figure next to them; here they would make any
 * sentence an exchange.)
 */
export const EXCHANGE_WORDS: readonly string[] = Object.freeze([
  'exchang*', 'swap*', 'releas*', 'freed', 'free', 'frees', 'freeing', 'handed over', 'hand over', 'hands over', 'handing over',
  'repatriat*', 'set free',
]);

/**
 * Words that tell a release only where captives are in view (the sentence names them, or the article
 * has just told an exchange): "Kiev will give the rebels 225 of their fighters", "157 servicemen returned home".
 */
export const WEAK_EXCHANGE_WORDS: readonly string[] = Object.freeze([
  'returned', 'return', 'returns', 'returning', 'received', 'receive', 'receives', 'brought home', 'bring home', 'came home', 'come home',
  'give', 'gives', 'giving', 'gave', 'transferred', 'transfer', 'transfers', 'sent back', 'send back',
]);

/** Words that put captives in view. */
export const CAPTIVITY_WORDS: readonly string[] = Object.freeze([
  'prisoner*', 'captive*', 'captivity', 'pow', 'pows', 'detainee*', 'hostage*', 'abductee*', 'prisoners of war',
]);

/** Whom an exchange is about: a figure of these in an exchange sentence is a count of released people. */
export const CAPTIVE_NOUNS: readonly string[] = Object.freeze([
  'prisoners', 'prisoner', 'captives', 'pows', 'pow', 'detainees', 'hostages', 'hostage', 'prisoners of war', 'abductees', 'bodies',
]);

/** Verbs whose subject takes in the released people rather than giving them ("Russia said it had received"). */
export const RECEIVE_WORDS: readonly string[] = Object.freeze(['received', 'receive', 'receives', 'got back', 'welcomed back', 'welcomed home']);

/** A figure under these words is part of an agreement, not (yet) a release: "the agreement to exchange 1,000". */
export const AGREEMENT_WORDS: readonly string[] = Object.freeze(['agreement', 'agreed', 'agree', 'agrees', 'deal', 'accord', 'arrangement', 'terms', 'plan', 'plans', 'planned']);

/** A figure under these words is expected, not done: "are expected to release another 500", "to be freed". */
export const EXPECTED_WORDS: readonly string[] = Object.freeze([
  'will', 'would', "'ll", 'shall', 'expected', 'expect', 'expects', 'to be', 'set to', 'due to', 'going to', 'pending', 'prepared', 'ready to',
]);

/** People kept captive, as a figure's clause says: "are believed to be holding about 600 prisoners". */
export const HELD_WORDS: readonly string[] = Object.freeze(['held', 'holding', 'hold', 'holds', 'captivity', 'in custody', 'detained', 'remain', 'remaining']);

/** Said of both sides of an exchange: "each released 390", "390 from each side", "1,000 prisoners each". */
export const EACH_SIDE = /\b(?:each|both\s+sides|either\s+side|on\s+both\s+sides|apiece)\b/i;

/** The acts of attack that make a count of weapons part of an attack ("launched 337 drones", not "plans to give 1,600 missiles"). */
export const ATTACK_VERBS: readonly string[] = Object.freeze([
  'attack*', 'strike', 'strikes', 'struck', 'striking', 'shell*', 'bomb*', 'launch*', 'fired', 'fires', 'firing', 'fire at', 'hit', 'hits', 'hitting',
  'targeted', 'targeting', 'shot down', 'shoots down', 'shooting down', 'downed', 'intercept*', 'destroyed', 'sent against', 'aimed at',
  'rained', 'pounded', 'pounding', 'used', 'deployed',
]);
/** Counted nouns that are acts of attack themselves ("51 attacks", "20 airstrikes"). */
export const ATTACK_ACT_NOUNS: readonly string[] = Object.freeze(['attacks', 'attack', 'strikes', 'strike', 'airstrikes', 'air strikes', 'raids', 'sorties', 'assaults', 'bombings', 'shellings']);
/** Counted nouns of weapons ("two missiles", "31 drones"). */
export const WEAPON_NOUNS: readonly string[] = Object.freeze([
  'missiles', 'missile', 'drones', 'drone', 'rockets', 'rocket', 'shells', 'shell', 'bombs', 'bomb', 'mortars', 'grenades', 'projectiles',
  'munitions', 'warheads', 'shaheds', 'rounds', 'bullets',
]);

/** An attack or strike: the act; the words of the attack category and more of its weapons and acts. */
export const ATTACK_WORDS: readonly string[] = Object.freeze([
  ...CATEGORY_WORDS.attack, 'fire at', 'opened fire', 'hit', 'hits', 'targeted', 'targeting', 'ambush*', 'explosion*', 'blast*',
  'detonat*', 'artillery', 'mortar*', 'grenade*', 'gunfire', 'gunmen', 'suicide bomb*', 'car bomb*',
]);

/**
 * Talks between parties and ceasefires: the nouns. Meetings, summits and conferences are left out
 * (an EU summit or a visit is not a negotiation between the sides), and so is a single "negotiation"
 * or "negotiated" ("a negotiated settlement" is a goal, not talks held).
 */
export const TALKS_WORDS: readonly string[] = Object.freeze([
  'talks', 'negotiations', 'peace deal', 'peace agreement', 'peace accord', 'peace plan', 'peace conference', 'peace summit',
  'contact group', 'ceasefire', 'cease-fire', 'truce', 'armistice',
]);
/** Of those, the ones that make talks about a ceasefire. */
export const CEASEFIRE_WORDS: readonly string[] = Object.freeze(['ceasefire', 'cease-fire', 'truce', 'armistice']);
/**
 * Talks become an event when something is done with them: held, agreed, signed, proposed, rejected.
 * Without one of these the sentence only mentions talks ("peace efforts", "one of the goals of the talks").
 */
export const TALKS_ACTIONS: readonly string[] = Object.freeze([
  'held', 'hold', 'holds', 'met', 'meet', 'meets', 'agreed', 'agree', 'agrees', 'signed', 'sign', 'signs', 'proposed', 'propose*', 'announc*',
  'declared', 'declare*', 'reached', 'reach', 'began', 'begin*', 'started', 'start*', 'opened', 'resum*', 'ended', 'collapsed',
  'broke down', 'rejected', 'reject*', 'accepted', 'accept*', 'brokered', 'mediated', 'struck', 'violated',
  'broken', 'took effect', 'takes effect', 'came into force', 'entered into force', 'failed', 'fail*', 'postponed', 'cancel*', 'suspend*',
]);

/** Talks only wished for, urged or imagined are not an event: "negotiations need to start", "encouraged negotiations". */
export const TALKS_WISHES = /\b(?:need|needs|must|should|could|would|might|if|urg(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+for|conditions\s+(?:to|for)|hope[sd]?|want(?:s|ed)?|ready\s+to|willing\s+to|prepared\s+to|offer(?:s|ed)?\s+to|fail(?:s|ed)?\s+to|refus(?:e|es|ed|ing|al))\b/i;

/**
 * Armed groups named by a common noun, parties to events though not states ("the rebels will hand
 * over 125 Ukrainian soldiers"). The party takes the word as written, in the singular-insensitive form listed.
 */
export const ARMED_GROUP_NOUNS: readonly string[] = Object.freeze([
  'rebels', 'rebel', 'separatists', 'separatist', 'insurgents', 'insurgent', 'militants', 'militant', 'militia', 'militias',
  'jihadists', 'jihadist', 'guerrillas', 'guerrilla', 'paramilitaries', 'paramilitary', 'mercenaries', 'gunmen', 'extremists',
]);

/**
 * Figures that count people: the unit of a figure in an exchange sentence must be one of these, a captive
 * noun, or a plural of nationality ("Palestinians"). Civilians and combatants as data/categories.ts has them.
 */
export const PEOPLE_UNITS: readonly string[] = Object.freeze([
  'people', 'persons', 'men', 'children', 'citizens', 'nationals', 'sailors', 'defenders', 'individuals', 'members', 'others',
  'servicemembers', 'service members', ...CIVILIAN_NOUNS, ...COMBATANT_NOUNS,
]);

/** Sources of news, not parties or speakers of an event's facts: "according to Reuters". */
export const ATTRIBUTION_CUES = /\b(?:according\s+to|citing|cited\s+by|quoted\s+by|reported\s+by|as\s+reported\s+by)\s+(?:the\s+)?(?<who>(?:[A-Z][\w.'’&-]*)(?:\s+(?:of\s+(?:the\s+)?|for\s+|and\s+)?[A-Z][\w.'’&-]*){0,6})/g;

/**
 * What makes a clause tell an attack by itself, with or without a number (ACLED's battles, explosions and
 * remote violence): verbs and nouns of striking, shelling, bombing, firing, assaulting, capturing ground,
 * explosions and sabotage. A prefix entry ("shell*") takes its inflections.
 */
export const ATTACK_TRIGGERS: readonly string[] = Object.freeze([
  'attack', 'attacks', 'attacked', 'attacking', 'strike', 'strikes', 'struck', 'striking', 'airstrike*', 'air strike', 'air strikes',
  'shelled', 'shelling', 'shellings', 'bombed', 'bombing', 'bombings', 'bombard*', 'fired at', 'fired on', 'fired upon', 'opened fire',
  'fire on', 'fire at', 'gunfire', 'targeted', 'targeting', 'pounded', 'pounding', 'ambush', 'ambushed', 'ambushes', 'raid', 'raids', 'raided',
  'stormed', 'assault', 'assaults', 'assaulted', 'barrage', 'barrages', 'offensive', 'counteroffensive', 'counter-offensive',
  'explosion', 'explosions', 'blast', 'blasts', 'exploded', 'detonated', 'sabotage', 'sabotaged', 'shot down', 'downed',
  'suicide bomb*', 'car bomb*', 'roadside bomb*', 'ied', 'ieds', 'clash', 'clashes', 'clashed', 'fighting', 'firefight', 'shootout',
  'shooting', 'gunmen opened', 'captured the village', 'captured the town', 'captured the city', 'seized the village', 'seized the town',
  'hit', 'hits', 'launched', 'rained', 'explosive device*', 'mortar fire', 'artillery fire', 'rocket fire', 'sniper fire', 'landmine*',
  'detonating', 'blew up', 'blown up', 'massacre*', 'fired', 'repelled', 'repulsed',
]);

/**
 * Verbs of attack too common in other senses to tell one alone ("hit a record", "launched a campaign"):
 * they trigger only with a weapon, a strike or a target of war in their clause (WEAPON_NOUNS, ATTACK_TRIGGERS).
 */
export const WEAK_ATTACK_TRIGGERS: readonly string[] = Object.freeze(['hit', 'hits', 'launched', 'rained', 'targeted', 'targeting', 'fighting', 'shooting', 'fired', 'repelled', 'repulsed', 'striking']);

/**
 * Words before a trigger in its clause that make it no event: modals and futures, conditions, denials,
 * threats, plans, warnings, calls, fears and purposes ("to retake"), questions of possibility. Whole words;
 * "*" a prefix.
 */
export const IRREALIS_CUES: readonly string[] = Object.freeze([
  'will', 'would', 'could', 'may', 'might', 'can', 'should', 'must', 'shall', "'ll", 'if', 'unless', 'whether', 'lest',
  'cannot', "can't", "won't", "wouldn't", "couldn't", "shouldn't", 'unable',
  'threat*', 'threaten*', 'plan', 'plans', 'planned', 'planning', 'warn*', 'vow*', 'pledg*', 'promis*', 'deny', 'denies', 'denied', 'denying',
  'prepar*', 'ready to', 'intend*', 'aim to', 'aims to', 'aimed to', 'seek to', 'seeks to', 'sought to', 'try to', 'tries to', 'tried to',
  'attempt to', 'want*', 'call for', 'calls for', 'called for', 'urg*', 'fear*', 'risk', 'risks', 'possible', 'possibly', 'potential',
  'avoid*', 'prevent*', 'deter*', 'stop', 'ahead of', 'in case', 'imagine', 'hypothetical*',
  'expected to', 'likely to', 'set to', 'going to', 'about to', 'to launch', 'to attack', 'to strike', 'to retake', 'to capture',
  'future', 'upcoming', 'concern*', 'protect*', 'anniversary', 'commemorat*', 'memorial', 'refrain*', 'halt', 'statements about', 'claims about',
  'allegation*', 'alleged that', 'accusations of', 'allegations of', 'such as', 'capable of', 'designed to', 'used to',
]);

/** Negations and quantifiers that deny or generalize the trigger right after them ("did not attack", "any attack", "no strikes"). */
export const NEGATION_CUES: readonly string[] = Object.freeze(['not', "n't", 'never', 'no', 'any', 'without', 'nor', 'neither']);

/** Words of a count that runs over a period rather than one attack: such tolls are casualties events ("since April", "so far"). */
export const CUMULATIVE_CUES: readonly string[] = Object.freeze([
  'since', 'so far', 'in total', 'overall', 'to date', 'altogether', 'in all', 'throughout', 'over the past', 'in the past', 'during the war',
  'since the start', 'since the beginning', 'a year', 'per day', 'every day', 'each day', 'a day', 'a month', 'a week',
]);

/** Words after a state or demonym that make it the armed side itself ("Russian forces", "Ukraine's army"). */
export const FORCE_NOUNS: readonly string[] = Object.freeze([
  'forces', 'force', 'troops', 'army', 'military', 'soldiers', 'servicemen', 'navy', 'air force', 'artillery', 'units', 'unit', 'fighters',
  'jets', 'warplanes', 'aircraft', 'drones', 'drone', 'missiles', 'missile', 'rockets', 'rocket', 'strike', 'strikes', 'airstrike', 'airstrikes',
  'attack', 'attacks', 'shelling', 'shells', 'bombers', 'warships', 'submarine', 'push', 'offensive', 'counteroffensive', 'counter-offensive',
  'assault', 'raid', 'raids', 'barrage', 'militants', 'gunmen', 'fighter jet', 'special forces', 'paratroopers', 'marines', 'tanks', 'helicopters',
  'brigade', 'battalion', 'regiment', 'militia', 'guerrillas', 'operatives', 'cell',
]);

/** People named by what they did in an attack: its perpetrator where no side is named ("a suicide bomber blew himself up"). */
export const PERPETRATOR_NOUNS: readonly string[] = Object.freeze([
  'bomber', 'bombers', 'suicide bomber', 'gunman', 'gunmen', 'attacker', 'attackers', 'assailant', 'assailants', 'shooter', 'shooters',
  'terrorist', 'terrorists', 'militant', 'militants', 'insurgents', 'insurgent', 'jihadists', 'extremists', 'rebels', 'separatists',
  'sniper', 'snipers', 'kidnappers', 'abductors', 'perpetrators', 'perpetrator',
]);

/**
 * Armed groups named by their name (UCDP and ACLED actor names that news uses by themselves); a party as
 * written. Organizations found by the head-word rule ("Wagner Group", "Azov Brigade") are parties too.
 */
export const ARMED_GROUP_NAMES: readonly string[] = Object.freeze([
  'Taliban', 'Hamas', 'Hezbollah', 'Houthis', 'Houthi', 'Wagner', 'Wagner Group', 'Islamic State', 'ISIS', 'ISIL', 'Daesh', 'al-Qaeda', 'al-Qaida',
  'Al Qaeda', 'al-Shabaab', 'al-Shabab', 'Boko Haram', 'PKK', 'YPG', 'SDF', 'ELN', 'FARC', 'Islamic Jihad', 'Hayat Tahrir al-Sham', 'HTS',
  'Azov', 'Lashkar-e-Taiba', 'Jaish-e-Mohammed', 'Tehrik-i-Taliban', 'TTP', 'M23', 'RSF', 'Rapid Support Forces', 'Janjaweed', 'ISWAP',
  'Ansar al-Sharia', 'Ansar Allah', 'Fatah', 'Kataib Hezbollah', 'Hurras al-Din', 'JNIM',
  'IRA', 'Provisional IRA', 'Real IRA', 'UVF', 'UDA', 'ETA', 'IS', 'ISIS-K', 'Islamic State Khorasan', 'Nusra Front', 'al-Nusra Front',
  'Jabhat al-Nusra', 'Ahrar al-Sham', 'Lord’s Resistance Army', "Lord's Resistance Army", 'LRA', 'Shining Path', 'Tamil Tigers', 'LTTE',
  'Abu Sayyaf', 'New People’s Army', "New People's Army", 'NPA', 'Allied Democratic Forces', 'ADF', 'Ansaru', 'Polisario Front',
  'Kachin Independence Army', 'Arakan Army', 'Qassam Brigades', 'al-Qassam Brigades', 'Palestinian Islamic Jihad', 'PFLP', 'Caucasus Emirate',
  'Jaish al-Adl', 'Baloch Liberation Army', 'BLA', 'Jamaat-ul-Ahrar', 'Sinaloa Cartel', 'Jalisco New Generation Cartel', 'FDLR', 'CODECO',
]);

/**
 * Armed groups' names that are as often something else, so not an organization by the name alone: a composer
 * or a surname ("Wagner"), a sea ("Azov"), an adjective ("Houthi rebels"), a country code ("IS"), "estimated
 * time" ("ETA").
 */
export const AMBIGUOUS_GROUP_NAMES: readonly string[] = Object.freeze(['Wagner', 'Azov', 'Houthi', 'IS', 'ETA']);

/** Nouns of people who are not fighting: the target of an attack on them is "civilians". */
export const CIVILIAN_TARGET_WORDS: readonly string[] = Object.freeze([
  'civilians', 'civilian', 'residents', 'children', 'women', 'passengers', 'shoppers', 'worshippers', 'pedestrians', 'villagers', 'apartment*',
  'residential', 'homes', 'houses', 'hospital*', 'school*', 'kindergarten*', 'nursery', 'market*', 'shopping', 'mall', 'church*', 'mosque*',
  'cafe', 'restaurant', 'hotel', 'bus', 'train station', 'humanitarian', 'aid workers', 'journalists', 'protesters', 'crowd*',
  'cultural centre', 'cultural center', 'theatre', 'theater', 'museum', 'library', 'playground', 'shelter', 'supermarket', 'pharmacy',
]);

/** Places that stand for a state as actor or target only where war words follow ("Kyiv's forces"), and "Moscow", "Kremlin". */
export const STATE_METONYMS: Readonly<Record<string, string>> = Object.freeze({ Kremlin: 'RU', Pentagon: 'US' });

/**
 * Words that place a sentence in a war long past (the guideline's history more than two years before
 * publication, when the text gives no year): the Second World War and its sieges, the Soviet era.
 */
export const HISTORY_CUES: readonly string[] = Object.freeze([
  'World War II', 'World War Two', 'Second World War', 'WWII', 'WW2', 'First World War', 'World War I', 'Great Patriotic War', 'Nazi*',
  'Hitler', 'Wehrmacht', 'Third Reich', 'Holocaust', 'siege of Leningrad', 'Leningrad', 'Stalingrad', 'Red Army', 'German invaders', 'fascist invaders',
  'Soviet troops', 'Soviet army', 'Soviet forces', 'Soviet Union', 'USSR', 'Cold War', 'Napoleon*', 'Crimean War',
  'Pearl Harbor', 'Hiroshima', 'Nagasaki', '9/11', 'September 11 attacks', 'Holodomor', 'bombing of Dresden', 'Dresden bombing', 'Battle of Britain',
  'D-Day', 'Normandy landings',
]);

/** Nouns of attack (not verbs): an event told only by one needs a date, a place or a figure to be a happening, not a reference to the war. */
export const ATTACK_NOUNS: readonly string[] = Object.freeze([
  'attack', 'attacks', 'strike', 'strikes', 'airstrike', 'airstrikes', 'air strike', 'air strikes', 'offensive', 'counteroffensive', 'counter-offensive',
  'assault', 'assaults', 'raid', 'raids', 'barrage', 'barrages', 'explosion', 'explosions', 'blast', 'blasts', 'bombing', 'bombings', 'shelling',
  'shellings', 'clash', 'clashes', 'fighting', 'sabotage', 'ambush', 'ambushes', 'gunfire', 'firefight', 'shootout', 'shooting',
  // verbs as often said of words as of weapons ("He attacked Western policy"): they too need a date, place or figure
  'attacked', 'attacking', 'targeted', 'targeting', 'hit', 'hits',
  'landmine', 'landmines', 'massacre', 'massacres', 'explosive device', 'explosive devices',
]);
