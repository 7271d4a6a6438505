import { beforeAll, describe, expect, test } from 'vitest';
import { extractSync } from '../../src/index.js';
import type { ArticleEvent, EventFigure } from '../../src/model/types.js';
import { init } from '../helpers.js';

beforeAll(init);

const eventsOf = (text: string, published = '2025-05-24'): ArticleEvent[] => extractSync({ id: 't', text, published }).events;

/** A figure in a line: "released 390 each", "killed 5 combatants UA", "weapons 2 by RU". */
const figure = (f: EventFigure): string =>
  [f.role, f.value ?? '?', f.eachSide ? 'each' : '', f.party ?? '', f.side ?? '', f.by ? `by ${f.by.code ?? f.by.name}` : ''].filter((x) => x !== '').join(' ');
/** An event in a line: "exchange: released 390 each; expected 500". */
export const summary = (e: ArticleEvent): string => `${e.type}${e.subtype ? `/${e.subtype}` : ''}: ${e.figures.map(figure).join('; ')}`;

describe('event frames, sentence by sentence', () => {
  test.for([
    // --- prisoner exchanges and releases ---
    ['Russia and Ukraine yesterday each released 390 prisoners.', 'exchange: released 390 each'],
    ['Separatist insurgents in eastern Ukraine have freed 648 Ukrainian soldiers, officials said.', 'exchange: released 648 combatants UA by separatist insurgents'],
    ['The rebels are expected to release another 500 soldiers.', 'exchange: expected 500 combatants by rebels'],
    ['The agreement to exchange 1,000 prisoners each was the only concrete step.', 'exchange: agreed 1000 each'],
    ['Each side on Friday released 270 soldiers and 120 civilians.', 'exchange: released 270 each combatants; released 120 each civilians'],
    ['Kyiv returned 390 prisoners to Russia on Friday.', 'exchange: released 390 by UA'],
    ['Kiev will give the rebels 225 of their fighters, while the rebels will hand over 125 Ukrainian soldiers.', 'exchange: expected 225 combatants by UA; expected 125 combatants UA by rebels'],
    ['Ukraine and Russia have begun the largest prisoner swap, with almost 800 captives to be freed over the coming days.', 'exchange: expected 800'],
    ['Israel released 90 Palestinian prisoners on Sunday night.', 'exchange: released 90 PS by IL'],
    ['Hamas freed three Israeli hostages on Saturday.', 'exchange: released 3 IL by Hamas'],
    ['Russia and Ukraine swapped 95 prisoners of war each in a deal brokered by the UAE.', 'exchange: released 95 each'],
    ['The two sides exchanged the bodies of 909 soldiers.', 'exchange: released 909 combatants'],
    ['Azerbaijan handed over 32 Armenian detainees to Yerevan.', 'exchange: released 32 AM by AZ'],
    ['A prisoner exchange took place on the Belarus border.', 'exchange: '],
    ['Ukrainian officials said 157 servicemen had returned home from Russian captivity.', 'exchange: released 157 combatants'],
    ['Colombia’s ELN rebels released 17 hostages, the army said.', 'exchange: released 17 by ELN'],
    ['The Taliban freed two American prisoners in a swap for an Afghan convicted in the US.', 'exchange: released 2 US by Taliban'],
    ['Under the deal, 33 hostages will be freed in the first phase.', 'exchange: agreed 33'],
    ['They agreed to swap 300 detainees.', 'exchange: agreed 300'],
    ['Ukraine said Russia released more than 300 prisoners on Friday.', 'exchange: released 300 by RU'],
    ['Moscow said it had received 84 Russian servicemen in the exchange.', 'exchange: released 84 combatants RU'],
    // --- casualty reports ---
    ['Five Ukrainian soldiers have been killed in the past four days, Reuters reports.', 'casualties: killed 5 combatants UA'],
    ['The conflict has so far led to more than 4,700 deaths, according to Reuters.', 'casualties: killed 4700'],
    ['About 1,700 people have been killed since the ceasefire.', 'casualties: killed 1700'],
    ['At least 12 civilians were killed and 30 wounded in the fighting.', 'casualties: killed 12 civilians; wounded 30'],
    ['Three people are missing after the flood of the front line.', 'casualties: missing 3'],
    ['The army said 14 soldiers were wounded in clashes overnight.', 'attack: wounded 14 combatants'],
    ['Hospital officials said 23 bodies had been brought in.', 'casualties: killed 23'],
    ['Between 8 and 10 fighters died in the clashes.', 'attack: killed 8 combatants'],
    ['The toll rose to 57 dead and 120 injured on Tuesday.', 'casualties: killed 57; wounded 120'],
    ['A man was shot dead at a checkpoint.', 'casualties: killed 1'],
    ['The war has caused an estimated 500,000 casualties.', 'casualties: casualties 500000'],
    // --- attacks and strikes ---
    ['Russia launched two missiles at the region’s port in the afternoon, killing one person and injuring eight others.', 'attack: weapons 2 by RU; killed 1; wounded 8'],
    ['Ukraine launched 337 drones at Russian regions overnight.', 'attack: weapons 337 by UA'],
    ['Air defences shot down 40 drones overnight.', 'attack: intercepted 40'],
    ['An airstrike on a market in Idlib killed 15 people.', 'attack: killed 15'],
    ['A suicide bomber killed at least 20 worshippers at a mosque in Peshawar.', 'attack: killed 20 civilians'],
    ['Israeli strikes killed 44 Palestinians across Gaza on Monday, health officials said.', 'attack: killed 44'],
    ['Gunmen attacked a village in Zamfara, killing 32 residents.', 'attack: killed 32 civilians'],
    ['Russian forces fired 60 artillery shells at Kherson.', 'attack: weapons 60 by RU'],
    ['A car bomb exploded in Mogadishu, killing at least nine people and wounding 12.', 'attack: killed 9; wounded 12'],
    ['Shelling wounded six civilians in Donetsk.', 'attack: wounded 6 civilians'],
    ['The Houthis fired three ballistic missiles at Israel.', 'attack: weapons 3 by Houthis'],
    ['A Russian strike trapped seven people under a collapsed building in Kharkiv.', 'attack: '],
    ['Roadside IED kills Russian major general in Syria.', 'attack: '],
    ['Russia struck Kyiv with 18 missiles and 31 drones overnight.', 'attack: weapons 18 by RU; weapons 31 by RU'],
    // --- talks and ceasefires ---
    ['Peace talks were last held on Wednesday, according to Agence France-Presse.', 'talks: '],
    ['A cease-fire agreement was struck in September, but has been repeatedly broken.', 'talks/ceasefire: '],
    ['The two sides met in Istanbul for direct talks on Friday.', 'talks: '],
    ['Israel and Hamas agreed to a truce brokered by Qatar and Egypt.', 'talks/ceasefire: '],
    ['Talks between Russia and the United States in Alaska ended without an agreement.', 'talks: '],
    ['Rebels rejected the government’s proposal for negotiations.', 'talks: '],
    ['The contact group meeting in Minsk was postponed.', 'talks: '],
  ] as const)('%s', ([text, expected]) => {
    const events = eventsOf(text);
    expect(events.map(summary), JSON.stringify(events, null, 1)).toContain(expected);
  });

  test.for([
    // no event: durations, dates, ages, money, percentages and unrelated counts are not figures
    'The war has lasted 39 months.',
    'The meeting ended after five hours.',
    'Russia now controls about one-fifth of Ukrainian territory.',
    'The EU approved a €50 billion aid package.',
    'Turnout was 63 percent.',
    'The 45-year-old soldier was promoted.',
    'One member of the delegation called the conditions unacceptable.',
    'The company employs 3,000 people in Kyiv.',
    'On May 5, 2025, the president visited Odesa.',
    'He wrote 12 books about the war.',
    'Peace efforts continue.',
    'The city has 400,000 residents.',
    'The EU summit in Brussels discussed new sanctions.',
    'He met the Czech president on the sidelines of the Munich Security Conference.',
    'They urged Kyiv to accept a negotiated settlement.',
    'The UK plans to give Kyiv more than 1,600 missiles.',
    // a talk only offered, a toll of the war in general (no date, no place)
    'Ukraine says it is ready to immediately accept a 30-day ceasefire.',
    'Tens of thousands of Ukrainian civilians have also been killed.',
    // references to the war, not happenings: an attack named by a noun with no date, place or figure; WWII
    'An attack on one is an attack on all.',
    'He called it a direct attack on European security.',
    'Biden assessed that the attack could take place in the next few days.',
    'The Red Army captured the city of Kharkiv after fierce fighting.',
    'Targets inside Russia cannot be attacked with these missiles.',
    'The minister attacked the government’s energy policy on Tuesday.',
    'Prosecutors have launched criminal investigations against the commanders.',
    'Officials said an assault on the capital may come within days.',
    'Allies urged Kyiv to refrain from attacking refineries.',
    'More than 300,000 people have died in 10 years of civil war.',
    'The clash between the two visions of world order is deepening.',
    'The anniversary of the 2001 attacks was marked in New York.',
    'The West answered with a barrage of sanctions on Moscow.',
    'Russian banks were targeted by sweeping sanctions from the US.',
    'A Russian billionaire blasts the war on social media.',
    'Negotiations need to start as soon as possible.',
    'The administration encouraged negotiations to get Hamas to release Israeli hostages.',
    'If Putin dies, my country will not send condolences.',
    'Ireland Prime Minister: If Putin dies, my country will not submit condolence',
    'Beijing released a 12-point position on the war.',
    'A report released on Wednesday said over 110 million people were displaced.',
  ])('no event in %j', (text) => {
    expect(eventsOf(text)).toEqual([]);
  });
});

describe('event parts', () => {
  test('date, places, parties, source and evidence of a frame', () => {
    const text = 'The Russian Ministry of Defense stated that each side on Friday released 270 soldiers and 120 civilians in Belarus.';
    const [e] = eventsOf(text, '2025-05-24');
    expect(e).toMatchObject({ type: 'exchange', date: { value: '2025-05-23', evidence: { text: 'Friday' } } });
    expect(e!.places.map((p) => p.name)).toEqual(['Belarus']);
    expect(e!.sources).toEqual([expect.objectContaining({ name: 'Russian Ministry of Defense', type: 'organization' })]);
    expect(e!.parties.map((p) => p.code)).toContain('RU');
    expect(e!.evidence).toEqual([{ start: 0, end: text.length, text }]);
    for (const f of e!.figures) expect(text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
  });

  test('an article tells one exchange from several angles: one event', () => {
    const text = [
      'Russia and Ukraine yesterday each released 390 prisoners.',
      'The agreement to exchange 1,000 prisoners each was the only concrete step toward peace.',
      'The Russian Ministry of Defense stated that each side released 270 soldiers and 120 civilians.',
    ].join('\n');
    const exchanges = eventsOf(text).filter((e) => e.type === 'exchange');
    expect(exchanges).toHaveLength(1);
    expect(exchanges[0]!.figures.map(figure)).toEqual(['released 390 each', 'agreed 1000 each', 'released 270 each combatants', 'released 120 each civilians']);
    expect(exchanges[0]!.evidence).toHaveLength(3);
  });

  test('tolls of different incidents stay apart', () => {
    const text = 'Five soldiers were killed in Donetsk on Monday.\nSeparately, 12 civilians were killed in Kherson on Tuesday.';
    const tolls = eventsOf(text).filter((e) => e.type === 'casualties');
    expect(tolls.map(summary)).toEqual(['casualties: killed 5 combatants', 'casualties: killed 12 civilians']);
  });

  test('capitals stand for their states; armed groups are parties by name', () => {
    const [e] = eventsOf('Moscow and the separatists agreed to free 40 prisoners.');
    expect(e!.parties).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Russia', code: 'RU' }), expect.objectContaining({ name: 'separatists', code: null })]));
  });

  test('one attack told in the headline, the lead and the body: one event, its toll once', () => {
    const text = [
      'Five killed as Russia hits rail hubs',
      'At least five people were killed and 18 injured in Russian rocket strikes on railway stations in Vinnytsia on Monday.',
      'Fighting was heavy around Lysychansk.',
      'Monday’s rocket strikes came hours after the talks ended.',
    ].join('\n');
    const attacks = eventsOf(text, '2022-04-26').filter((e) => e.type === 'attack');
    const vinnytsia = attacks.find((e) => e.places.some((p) => p.name === 'Vinnytsia'))!;
    expect(vinnytsia.figures.map(figure)).toEqual(['killed 5', 'wounded 18']);
    expect(vinnytsia.date?.value).toBe('2022-04-25');
    // "Monday's rocket strikes" names the Vinnytsia strikes again, not the fighting told just before it.
    expect(vinnytsia.evidence.map((x) => x.text)).toContain('Monday’s rocket strikes came hours after the talks ended.');
    expect(attacks.find((e) => e.places.some((p) => p.name === 'Lysychansk'))!.evidence).toHaveLength(1);
  });

  test('two attacks by different sides in one article stay two', () => {
    const text = 'Russian missiles struck Kharkiv on Monday.\nUkrainian drones hit an oil depot in Bryansk on Monday.';
    const attacks = eventsOf(text).filter((e) => e.type === 'attack');
    expect(attacks.map((e) => [e.actors.map((a) => a.code), e.places.map((p) => p.name)])).toEqual([[['RU'], ['Kharkiv']], [['UA'], ['Bryansk']]]);
  });
});
