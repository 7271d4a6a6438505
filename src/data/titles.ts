/** Honorifics, titles and roles that stand before or after a person's name (data only). */

/** Courtesy titles: stripped from names, never a role on their own. */
export const HONORIFICS: readonly string[] = Object.freeze([
  'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'Professor', 'Sir', 'Dame', 'Lord', 'Lady', 'Rev',
  'Reverend', 'Father', 'Sister', 'Brother', 'Sheikh', 'Sheik', 'Mullah', 'Imam', 'Rabbi', 'Monsignor',
  'Madam', 'Madame', 'Monsieur', 'Herr', 'Frau', 'Señor', 'Senor', 'Hon', 'Honourable', 'Honorable',
]);

/**
 * Office and rank words that, written before a capitalized name, make it a person ("Foreign Minister
 * Sergei Lavrov", "Gen. Valery Gerasimov"). Multi-word offices are built from these by the title rule.
 */
export const TITLE_WORDS: readonly string[] = Object.freeze([
  'President', 'Vice President', 'Vice-President', 'Prime Minister', 'Premier', 'Chancellor', 'Minister',
  'Deputy', 'Secretary', 'Secretary-General', 'Secretary General', 'Undersecretary', 'Ambassador', 'Envoy',
  'Governor', 'Gov', 'Mayor', 'Senator', 'Sen', 'Rep', 'Representative', 'Congressman', 'Congresswoman', 'MP',
  'Speaker', 'Chairman', 'Chairwoman', 'Chair', 'King', 'Queen', 'Prince', 'Princess', 'Emperor', 'Pope',
  'Patriarch', 'Archbishop', 'Bishop', 'Cardinal', 'Ayatollah', 'Emir', 'Sultan', 'Crown Prince',
  'General', 'Gen', 'Lieutenant', 'Lt', 'Colonel', 'Col', 'Major', 'Maj', 'Captain', 'Capt', 'Sergeant',
  'Sgt', 'Admiral', 'Adm', 'Commander', 'Cmdr', 'Marshal', 'Field Marshal', 'Brigadier', 'Corporal',
  'Private', 'Judge', 'Justice', 'Prosecutor', 'Attorney General', 'Commissioner', 'Chief', 'Director',
  'Spokesman', 'Spokeswoman', 'Spokesperson', 'Leader', 'Head', 'Commander-in-Chief', 'Ombudsman',
  'Ombudswoman', 'Inspector', 'Superintendent', 'Officer', 'Detective', 'Agent', 'Coach', 'Dean',
]);

/** Lower-case role nouns used in apposition ("X, the head of Y", "a spokesman for the army, X"). */
export const ROLE_NOUNS: readonly string[] = Object.freeze([
  'president', 'vice president', 'prime minister', 'minister', 'foreign minister', 'defence minister',
  'defense minister', 'secretary', 'ambassador', 'envoy', 'governor', 'mayor', 'senator', 'spokesman',
  'spokeswoman', 'spokesperson', 'head', 'chief', 'leader', 'commander', 'director', 'chairman',
  'chairwoman', 'official', 'adviser', 'advisor', 'aide', 'analyst', 'expert', 'researcher', 'professor',
  'journalist', 'reporter', 'correspondent', 'photographer', 'editor', 'lawyer', 'prosecutor', 'judge',
  'general', 'colonel', 'captain', 'soldier', 'officer', 'deputy', 'representative', 'member', 'founder',
  'ceo', 'executive', 'negotiator', 'mediator', 'monitor', 'resident', 'witness', 'survivor', 'mother',
  'father', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'friend', 'activist', 'lawmaker',
  'politician', 'diplomat', 'economist', 'historian', 'commissioner', 'coordinator', 'ombudsman', 'speaker',
]);

/**
 * Lower-case role nouns written right before a name, as newswriters do ("chancellor Olaf Scholz", "Tory
 * spokesman Simon Burns", "dissident Wang Donghai", "team mate Les Ferdinand"). Offices, occupations and
 * sports positions; words of kinship and "member" or "general" are left out (too often a plain noun before
 * a capitalized word: "general Russia", "member States").
 */
export const PRENOMINAL_ROLES: readonly string[] = Object.freeze([
  'president', 'vice president', 'vice-president', 'prime minister', 'premier', 'chancellor', 'minister', 'secretary',
  'ambassador', 'envoy', 'governor', 'mayor', 'senator', 'congressman', 'congresswoman', 'lawmaker', 'legislator',
  'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'chief', 'commander', 'director', 'chairman', 'chairwoman', 'chair',
  'adviser', 'advisor', 'aide', 'analyst', 'expert', 'researcher', 'professor', 'scholar', 'journalist', 'reporter',
  'correspondent', 'photographer', 'editor', 'columnist', 'blogger', 'lawyer', 'attorney', 'prosecutor', 'judge',
  'negotiator', 'mediator', 'activist', 'dissident', 'campaigner', 'politician', 'diplomat', 'economist',
  'historian', 'commissioner', 'coordinator', 'ombudsman', 'fellow', 'counterpart', 'successor', 'predecessor', 'candidate',
  'nominee', 'challenger', 'incumbent', 'rival', 'deputy', 'colonel', 'sergeant', 'lieutenant', 'officer',
  'king', 'queen', 'prince', 'princess', 'emir', 'sultan', 'sheikh', 'cleric', 'preacher', 'priest', 'bishop',
  'businessman', 'businesswoman', 'tycoon', 'billionaire', 'entrepreneur', 'banker', 'executive', 'founder',
  'writer', 'author', 'novelist', 'poet', 'artist', 'singer', 'actor', 'actress', 'filmmaker',
  'coach', 'manager', 'captain', 'striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'forward',
  'scrum-half', 'fly-half', 'batsman', 'bowler', 'all-rounder', 'opener', 'pitcher', 'jockey', 'trainer',
  'driver', 'rider', 'champion', 'titleholder', 'teammate', 'team-mate', 'team mate', 'compatriot',
  'veteran', 'militant', 'warlord', 'suspect', 'defendant', 'killer', 'owner', 'bomber', 'gunman', 'attacker', 'assailant', 'shooter',
  'hijacker', 'sniper', 'fighter', 'victim', 'hostage', 'prisoner', 'detainee', 'survivor', 'witness', 'student',
  'teacher', 'doctor', 'surgeon', 'nurse', 'medic', 'paramedic', 'worker', 'farmer', 'pilot', 'soldier',
  'serviceman', 'policeman', 'policewoman', 'volunteer', 'resident', 'refugee', 'protester', 'demonstrator',
]);

/** Particles inside names, written in lower case or capitalized ("Van Rompuy", "bin Salman", "de Mistura"). */
export const NAME_PARTICLES: readonly string[] = Object.freeze([
  'van', 'von', 'de', 'der', 'den', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'bin',
  'ibn', 'bint', 'al', 'el', 'abu', 'abd', 'ben', 'ter', 'ten', 'af', 'zu', 'y', 'St',
]);

/** Verbs of saying that follow or precede a speaker's name ("Zelenskyy said", "told AFP"). */
export const SPEECH_VERBS: readonly string[] = Object.freeze([
  'said', 'says', 'told', 'tells', 'stated', 'states', 'added', 'adds', 'wrote', 'writes', 'announced',
  'announces', 'confirmed', 'confirms', 'claimed', 'claims', 'declared', 'declares', 'noted', 'notes',
  'insisted', 'insists', 'warned', 'warns', 'argued', 'argues', 'explained', 'explains', 'replied',
  'replies', 'asked', 'asks', 'tweeted', 'posted', 'reported', 'reports', 'denied', 'denies', 'accused',
  'accuses', 'urged', 'urges', 'called', 'calls', 'praised', 'condemned', 'congratulated', 'suggested',
  'suggests', 'admitted', 'estimated', 'believes', 'believed', 'thinks', 'stressed', 'emphasized',
  'recalled', 'described', 'commented', 'responded', 'promised', 'vowed', 'pledged', 'acknowledged',
]);
