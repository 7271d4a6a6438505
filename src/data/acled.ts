/**
 * ACLED's categories (ACLED Codebook, 2023: event types and sub-event types) and the words of an event's
 * trigger, weapons and sentence that choose among them. Data only: the writer (io/writers/acled.ts) reads
 * the trigger first, then the units of its weapons, then its first sentence, and takes the first class
 * whose words it finds. A prefix entry ("shell*") takes its inflections.
 */

export interface AcledClass {
  eventType: string;
  subEventType: string;
  words: readonly string[];
}

/** Remote violence and battles, most specific first: a suicide bomb before a bomb, an IED before a strike. */
export const ACLED_ATTACK_CLASSES: readonly AcledClass[] = Object.freeze([
  { eventType: 'Explosions/Remote violence', subEventType: 'Suicide bomb', words: ['suicide bomb*', 'suicide attack*', 'blew himself up', 'blew herself up', 'blew themselves up'] },
  { eventType: 'Explosions/Remote violence', subEventType: 'Remote explosive/landmine/IED', words: ['ied', 'ieds', 'roadside bomb*', 'car bomb*', 'landmine*', 'land mine*', 'explosive device*', 'booby trap*', 'sabotage*', 'explosives'] },
  { eventType: 'Explosions/Remote violence', subEventType: 'Air/drone strike', words: ['airstrike*', 'air strike*', 'air raid*', 'drone*', 'jets', 'warplane*', 'aircraft', 'bombers', 'helicopter*', 'shahed*', 'glide bomb*', 'kamikaze', 'bombed', 'bombing*', 'bombard*'] },
  { eventType: 'Explosions/Remote violence', subEventType: 'Shelling/artillery/missile attack', words: ['shell*', 'artillery', 'missile*', 'rocket*', 'mortar*', 'barrage*', 'howitzer*', 'himars', 'projectiles', 'munitions', 'warheads'] },
  { eventType: 'Explosions/Remote violence', subEventType: 'Grenade', words: ['grenade*'] },
  { eventType: 'Battles', subEventType: 'Armed clash', words: ['clash*', 'fighting', 'firefight', 'battle*', 'ambush*', 'assault*', 'offensive', 'counteroffensive', 'counter-offensive', 'stormed', 'gunfire', 'shootout', 'raid*', 'captured', 'seized', 'recaptured', 'retook', 'overran', 'took control'] },
]);

/** An attack on civilians with none of the words above ("gunmen opened fire on shoppers"): ACLED's violence against civilians. */
export const ACLED_CIVILIAN_ATTACK: Readonly<Omit<AcledClass, 'words'>> = Object.freeze({ eventType: 'Violence against civilians', subEventType: 'Attack' });
/** An attack with no word of its kind: a clash, the commonest. */
export const ACLED_DEFAULT_ATTACK: Readonly<Omit<AcledClass, 'words'>> = Object.freeze({ eventType: 'Battles', subEventType: 'Armed clash' });
/** Prisoner exchanges, ceasefires and peace agreements: ACLED's strategic developments. */
export const ACLED_AGREEMENT: Readonly<Omit<AcledClass, 'words'>> = Object.freeze({ eventType: 'Strategic developments', subEventType: 'Agreement' });

/** ACLED's disorder types. */
export const ACLED_DISORDER = Object.freeze({ violence: 'Political violence', strategic: 'Strategic developments' });
