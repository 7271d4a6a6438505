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
  'Governor', 'Mayor', 'Senator', 'Sen', 'Rep', 'Representative', 'Congressman', 'Congresswoman', 'MP',
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
