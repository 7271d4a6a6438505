/**
 * Quantity phrases as conflict news writes them: value, low, high, unit and category asserted for each
 * (a field the row leaves `undefined` must be absent from the fact). Written from the patterns of
 * issue 3, not from any gold file.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { extractSync } from '../../src/index.js';
import type { NumberFact } from '../../src/model/types.js';
import { init } from '../helpers.js';

beforeAll(init);

type Row = [sentence: string, text: string, value: number | null, low: number | undefined, high: number | undefined, unit: string | null, category: NumberFact['category']];
const U = undefined;

const ROWS: Row[] = [
  // digits and separators
  ['Separatists have freed 648 Ukrainian soldiers.', '648 Ukrainian soldiers', 648, U, U, 'soldiers', 'released'],
  ['The shelling killed 2,500 people.', '2,500 people', 2500, U, U, 'people', 'killed'],
  ['They agreed to exchange 1.000 prisoners each.', '1.000 prisoners', 1000, U, U, 'prisoners', 'released'],
  ['Officials said 12.345 people were displaced.', '12.345 people', 12345, U, U, 'people', 'displaced'],
  ['Some 10\u202F000 residents fled the city.', 'Some 10\u202F000 residents', 10000, U, U, 'residents', 'displaced'],
  ['The strikes damaged 1,204 buildings.', '1,204 buildings', 1204, U, U, 'buildings', 'attack'],
  ['Police detained 37 protesters.', '37 protesters', 37, U, U, 'protesters', 'captured'],
  ['The army said 45 militants were captured.', '45 militants', 45, U, U, 'militants', 'captured'],
  ['A total of 3 journalists went missing.', '3 journalists', 3, U, U, 'journalists', 'missing'],
  ['Rescuers pulled 17 bodies from the rubble.', '17 bodies', 17, U, U, 'bodies', 'killed'],
  // scales
  ['The war has displaced 3 million people.', '3 million people', 3e6, U, U, 'people', 'displaced'],
  ['The country pledged $1.5 billion in aid.', '$1.5 billion', 1.5e9, U, U, 'dollars', U],
  ['Damage is estimated at $95bn.', '$95bn', 95e9, U, U, 'dollars', U],
  ['The fund received €2.4m from donors.', '€2.4m', 2.4e6, U, U, 'euros', U],
  ['Kyiv will receive 1.2bn euros.', '1.2bn euros', 1.2e9, U, U, 'euros', U],
  ['Russia lost 500 thousand soldiers, Kyiv claims.', '500 thousand soldiers', 5e5, U, U, 'soldiers', U],
  ['Some 6.5 million refugees have left the country.', 'Some 6.5 million refugees', 6.5e6, U, U, 'refugees', 'displaced'],
  ['The budget has 4 trillion rubles for defence.', '4 trillion rubles', 4e12, U, U, 'rubles', U],
  // number words
  ['Five Ukrainian soldiers have been killed.', 'Five Ukrainian soldiers', 5, U, U, 'soldiers', 'killed'],
  ['Forty-eight people were wounded in the blast.', 'Forty-eight people', 48, U, U, 'people', 'wounded'],
  ['Two hundred and fifty families fled the shelling.', 'Two hundred and fifty families', 250, U, U, 'families', 'displaced'],
  ['A dozen soldiers were captured near the river.', 'A dozen soldiers', 12, U, U, 'soldiers', 'captured'],
  ['Half a million people were displaced by the fighting.', 'Half a million people', 5e5, U, U, 'people', 'displaced'],
  ['Twenty-one civilians were killed overnight.', 'Twenty-one civilians', 21, U, U, 'civilians', 'killed'],
  ['Three thousand troops were sent to the border.', 'Three thousand troops', 3000, U, U, 'troops', U],
  ['Eleven hostages were freed on Sunday.', 'Eleven hostages', 11, U, U, 'hostages', 'released'],
  ['Nineteen migrants drowned off the coast.', 'Nineteen migrants', 19, U, U, 'migrants', 'killed'],
  ['seven rockets struck the city', 'seven rockets', 7, U, U, 'rockets', 'attack'],
  ['Two dozen drones were shot down overnight.', 'Two dozen drones', 24, U, U, 'drones', 'attack'],
  ['One hundred prisoners were returned to Ukraine.', 'One hundred prisoners', 100, U, U, 'prisoners', 'released'],
  ['the attack left nine people dead', 'nine people', 9, U, U, 'people', 'killed'],
  ['Six soldiers are still missing after the raid.', 'Six soldiers', 6, U, U, 'soldiers', 'missing'],
  // fractions and percentages
  ['Russia controls about one-fifth of Ukrainian territory.', 'about one-fifth of Ukrainian territory', 0.2, U, U, 'territory', U],
  ['Two-thirds of the town was destroyed.', 'Two-thirds of the town', 2 / 3, U, U, 'town', U],
  ['A quarter of the population has fled.', 'A quarter of the population', 0.25, U, U, 'population', U],
  ['Turnout was 61.5% in the region.', '61.5%', 61.5, U, U, 'percent', U],
  ['Prices rose by about 20 percent.', 'about 20 percent', 20, U, U, 'percent', U],
  ['Nearly 40 per cent of homes were damaged.', 'Nearly 40 per cent', 40, U, 40, 'percent', U],
  ['half of the city was without power', 'half of the city', 0.5, U, U, 'city', U],
  // qualifiers and bounds
  ['At least 13 people were killed and 14 others wounded.', 'At least 13 people', 13, 13, U, 'people', 'killed'],
  ['At least 13 people were killed and 14 others wounded.', '14 others', 14, U, U, 'others', 'wounded'],
  ['More than 4,700 deaths have been recorded.', 'More than 4,700 deaths', 4700, 4700, U, 'deaths', 'killed'],
  ['Over 300 civilians were evacuated.', 'Over 300 civilians', 300, 300, U, 'civilians', 'displaced'],
  ['Nearly 200 soldiers were taken prisoner.', 'Nearly 200 soldiers', 200, U, 200, 'soldiers', 'captured'],
  ['Almost 800 captives are to be freed.', 'Almost 800 captives', 800, U, 800, 'captives', 'released'],
  ['Up to 50 drones were launched at the capital.', 'Up to 50 drones', 50, U, 50, 'drones', 'attack'],
  ['Fewer than 30 people remain in the village.', 'Fewer than 30 people', 30, U, 30, 'people', U],
  ['As many as 1,000 fighters are trapped in the plant.', 'As many as 1,000 fighters', 1000, U, 1000, 'fighters', U],
  ['About 1,700 people have been killed since the ceasefire.', 'About 1,700 people', 1700, U, U, 'people', 'killed'],
  ['Around 60 missiles were fired overnight.', 'Around 60 missiles', 60, U, U, 'missiles', 'attack'],
  ['Approximately 120 detainees were released.', 'Approximately 120 detainees', 120, U, U, 'detainees', 'released'],
  ['Roughly 70 homes were destroyed.', 'Roughly 70 homes', 70, U, U, 'homes', U],
  ['An estimated 8,000 civilians have died.', 'An estimated 8,000 civilians', 8000, U, U, 'civilians', 'killed'],
  ['No fewer than 15 officers were arrested.', 'No fewer than 15 officers', 15, 15, U, 'officers', 'captured'],
  ['Just over 2,000 troops have crossed the border.', 'Just over 2,000 troops', 2000, 2000, U, 'troops', U],
  ['Lavrov said the drone attacks – some 800 sent against Russian targets – were a provocation.', 'some 800', 800, U, U, 'attacks', 'attack'],
  ['Another 500 soldiers are expected to be released.', 'Another 500 soldiers', 500, U, U, 'soldiers', 'released'],
  ['Only 12 ambulances are working.', 'Only 12 ambulances', 12, U, U, 'ambulances', U],
  ['In excess of 600 shells hit the town.', 'In excess of 600 shells', 600, 600, U, 'shells', 'attack'],
  ['Close to 90 people were injured.', 'Close to 90 people', 90, U, 90, 'people', 'wounded'],
  ['Upwards of 40 people have been abducted.', 'Upwards of 40 people', 40, 40, U, 'people', 'captured'],
  ['No more than 20 fighters are left.', 'No more than 20 fighters', 20, U, 20, 'fighters', U],
  // ranges
  ['The number is estimated to be between 8,000 and 10,000 captives.', 'between 8,000 and 10,000 captives', 8000, 8000, 10000, 'captives', 'captured'],
  ['Officials said 10-15 civilians died.', '10-15 civilians', 10, 10, 15, 'civilians', 'killed'],
  ['From 200 to 300 soldiers were captured.', 'From 200 to 300 soldiers', 200, 200, 300, 'soldiers', 'captured'],
  ['Five to ten missiles hit the port.', 'Five to ten missiles', 5, 5, 10, 'missiles', 'attack'],
  ['Two or three drones were downed.', 'Two or three drones', 2, 2, 3, 'drones', 'attack'],
  ['Between 20 and 30 people were wounded.', 'Between 20 and 30 people', 20, 20, 30, 'people', 'wounded'],
  ['About 1,000–1,500 troops are in the area.', 'About 1,000–1,500 troops', 1000, 1000, 1500, 'troops', U],
  // vague magnitudes
  ['Hundreds of soldiers have been taken prisoner.', 'Hundreds of soldiers', null, 200, 999, 'soldiers', 'captured'],
  ['Thousands of POWs are held in both countries.', 'Thousands of POWs', null, 2000, 9999, 'POWs', 'captured'],
  ['Tens of thousands of civilians have been killed.', 'Tens of thousands of civilians', null, 20000, 99999, 'civilians', 'killed'],
  ['Hundreds of thousands of people fled.', 'Hundreds of thousands of people', null, 200000, 999999, 'people', 'displaced'],
  ['Dozens of homes were damaged by drones.', 'Dozens of homes', null, 24, 99, 'homes', U],
  ['Millions of people have been displaced.', 'Millions of people', null, 2e6, 9999999, 'people', 'displaced'],
  ['Scores of protesters were arrested.', 'Scores of protesters', null, 40, 99, 'protesters', 'captured'],
  // what is counted: adjectives, nationalities, "of"
  ['Russia received 270 Russian troops and 120 civilians.', '270 Russian troops', 270, U, U, 'troops', U],
  ['Kiev will give the rebels 225 of their fighters.', '225 of their fighters', 225, U, U, 'fighters', U],
  ['the release of 1,000 of our people from captivity', '1,000 of our people', 1000, U, U, 'people', 'released'],
  ['Ukraine shot down 23 Iranian-made drones.', '23 Iranian-made drones', 23, U, U, 'drones', 'attack'],
  ['The rebels freed 12 wounded Ukrainian servicemen.', '12 wounded Ukrainian servicemen', 12, U, U, 'servicemen', 'released'],
  ['The region was hit by 800 drone attacks.', '800 drone attacks', 800, U, U, 'attacks', 'attack'],
  ['Kyiv said 39 missiles were intercepted.', '39 missiles', 39, U, U, 'missiles', 'attack'],
  ['Israel said 3 of its soldiers were killed.', '3 of its soldiers', 3, U, U, 'soldiers', 'killed'],
  ['The two sides exchanged 95 prisoners of war.', '95 prisoners', 95, U, U, 'prisoners', 'released'],
  ['About 600 prisoners are held by the rebels.', 'About 600 prisoners', 600, U, U, 'prisoners', 'captured'],
  ['Gunmen abducted 276 schoolgirls.', '276 schoolgirls', 276, U, U, 'schoolgirls', 'captured'],
  ['The bombing killed 31 worshippers.', '31 worshippers', 31, U, U, 'worshippers', 'killed'],
  ['Officials said 4 children were among the dead.', '4 children', 4, U, U, 'children', 'killed'],
  ['Troops recaptured 11 villages in the region.', '11 villages', 11, U, U, 'villages', 'captured'],
  ['The convoy carried 45 tonnes of aid.', '45 tonnes', 45, U, U, 'tonnes', U],
  ['The front line stretches 1,000 kilometres.', '1,000 kilometres', 1000, U, U, 'kilometres', U],
  ['Russia has lost 3,000 tanks, Kyiv says.', '3,000 tanks', 3000, U, U, 'tanks', U],
  // killed / wounded / captured / released phrasing
  ['Russia launched two missiles, killing one person and injuring eight others.', 'one person', 1, U, U, 'person', 'killed'],
  ['Russia launched two missiles, killing one person and injuring eight others.', 'eight others', 8, U, U, 'others', 'wounded'],
  ['Russia launched two missiles, killing one person and injuring eight others.', 'two missiles', 2, U, U, 'missiles', 'attack'],
  ['The blast wounded 27 people.', '27 people', 27, U, U, 'people', 'wounded'],
  ['The death toll rose to 54.', '54', 54, U, U, null, 'killed'],
  ['Militants executed 21 hostages.', '21 hostages', 21, U, U, 'hostages', 'killed'],
  ['The army arrested 14 suspects.', '14 suspects', 14, U, U, 'suspects', 'captured'],
  ['The kidnappers released 8 hostages.', '8 hostages', 8, U, U, 'hostages', 'released'],
  ['Russia returned 20 children to Ukraine.', '20 children', 20, U, U, 'children', 'released'],
  ['15 people lost their lives in the attack.', '15 people', 15, U, U, 'people', 'killed'],
  ['35 people were hospitalised after the strike.', '35 people', 35, U, U, 'people', 'wounded'],
  ['The attack claimed 17 lives.', '17 lives', 17, U, U, 'lives', 'killed'],
  ['11 killed in a market bombing', '11', 11, U, U, 'people', 'killed'],
  ['The explosion left 3 dead and 12 injured.', '3', 3, U, U, 'people', 'killed'],
  ['The explosion left 3 dead and 12 injured.', '12', 12, U, U, 'people', 'wounded'],
  ['Ukraine said 400 civilians were deported to Russia.', '400 civilians', 400, U, U, 'civilians', 'displaced'],
  ['Authorities evacuated 2,300 residents.', '2,300 residents', 2300, U, U, 'residents', 'displaced'],
  ['Fifty-two people remain unaccounted for.', 'Fifty-two people', 52, U, U, 'people', 'missing'],
  ['The navy intercepted 13 drones over the sea.', '13 drones', 13, U, U, 'drones', 'attack'],
  ['Russian forces carried out 27 airstrikes.', '27 airstrikes', 27, U, U, 'airstrikes', 'attack'],
  ['Some 4,000 casualties were reported.', 'Some 4,000 casualties', 4000, U, U, 'casualties', 'casualties'],
  ['Hundreds of soldiers have been wounded or killed.', 'Hundreds of soldiers', null, 200, 999, 'soldiers', 'casualties'],
  // durations, ages and measures
  ['Ukraine is ready to accept a 30-day ceasefire.', '30-day', 30, U, U, 'days', U],
  ['Talks ended after five hours.', 'five hours', 5, U, U, 'hours', U],
  ['After 39 months of fighting the front is frozen.', '39 months', 39, U, U, 'months', U],
  ['It was the first direct talks in over three years.', 'over three years', 3, 3, U, 'years', U],
  ['Some five months of fighting have killed thousands.', 'Some five months', 5, U, U, 'months', U],
  ['Five soldiers died in the past four days.', 'four days', 4, U, U, 'days', U],
  ['A five-hour meeting produced nothing.', 'five-hour', 5, U, U, 'hours', U],
  ['Two hours of negotiations followed.', 'Two hours', 2, U, U, 'hours', U],
  ['An 18-year-old conscript was among the dead.', '18-year-old', 18, U, U, 'years', U],
  ['The 27 year old leader was found dead.', '27 year old', 27, U, U, 'years', U],
  ['Ivanov, 48, said the bridge was hit.', '48', 48, U, U, 'years', U],
  ['A man aged 45 was shot dead.', '45', 45, U, U, 'years', U],
  ['A 10-kilometre convoy stalled north of the city.', '10-kilometre', 10, U, U, 'kilometres', U],
  ['a 40-member delegation arrived', '40-member', 40, U, U, 'members', U],
  ['The siege lasted 86 days.', '86 days', 86, U, U, 'days', U],
  // implicit single victims
  ['A man was shot dead in the market.', 'A man', 1, U, U, 'man', 'killed'],
  ['Gunmen shot dead the village chief.', 'the village chief', 1, U, U, 'chief', 'killed'],
  ['A police officer was seriously injured when a bomb exploded.', 'A police officer', 1, U, U, 'officer', 'wounded'],
  ['The body of a woman was found in the river.', 'a woman', 1, U, U, 'woman', 'killed'],
  ['A three-year-old girl was killed by shrapnel.', 'girl', 1, U, U, 'girl', 'killed'],
  ['Journalist Maria Lopez, 32, was shot dead.', 'Maria Lopez', 1, U, U, 'person', 'killed'],
  ['A soldier died of his wounds on Friday.', 'A soldier', 1, U, U, 'soldier', 'killed'],
  ['His son was killed in the strike.', 'His son', 1, U, U, 'son', 'killed'],
  ['A civilian was wounded by shelling.', 'A civilian', 1, U, U, 'civilian', 'wounded'],
  ['Attackers killed a teacher in the north.', 'a teacher', 1, U, U, 'teacher', 'killed'],
  // more forms
  ['Ukraine said it had downed 18 of 22 drones.', '18', 18, U, U, null, 'attack'],
  ['Officials counted 1,400 craters.', '1,400 craters', 1400, U, U, 'craters', U],
  ['The UN says 7,000 civilians have died.', '7,000 civilians', 7000, U, U, 'civilians', 'killed'],
  ['There were 2 explosions and 3 fires.', '2 explosions', 2, U, U, 'explosions', U],
  ['the remains of 65 soldiers were repatriated', '65 soldiers', 65, U, U, 'soldiers', 'released'],
  ['Forty Palestinians were detained overnight.', 'Forty Palestinians', 40, U, U, 'Palestinians', 'captured'],
  ['The ministry reported 9 fatalities.', '9 fatalities', 9, U, U, 'fatalities', 'killed'],
  ['The militia holds 56 hostages.', '56 hostages', 56, U, U, 'hostages', 'captured'],
  ['More than a dozen drones were destroyed.', 'More than a dozen drones', 12, 12, U, 'drones', 'attack'],
  ['a ceasefire of 72 hours', '72 hours', 72, U, U, 'hours', U],
  ['Rebels seized 4 towns last month.', '4 towns', 4, U, U, 'towns', 'captured'],
  ['Russia has fired 9,000 missiles since 2022.', '9,000 missiles', 9000, U, U, 'missiles', 'attack'],
  ['Gunmen stormed his house and killed him.', 'him', 1, U, U, 'person', 'killed'],
  ['She was shot dead outside her home.', 'She', 1, U, U, 'person', 'killed'],
  ['His body was found near the river.', 'His body', 1, U, U, 'body', 'killed'],
  ['The army said it neutralized 6 militants.', '6 militants', 6, U, U, 'militants', 'killed'],
  ['For a year and a half, the drafts were blocked.', 'a year and a half', 1.5, U, U, 'years', U],
  ['The train was two and a half hours late.', 'two and a half hours', 2.5, U, U, 'hours', U],
  ['Austin put 8,500 U.S. troops on heightened alert.', '8,500 U.S. troops', 8500, U, U, 'troops', U],
  ['There are about 400 British troops in Poland.', 'about 400 British troops', 400, U, U, 'troops', U],
  ['The bombs were three times more powerful.', 'three times', 3, U, U, null, U],
  ['Between 90-100% of the wheat comes from Russia.', 'Between 90-100%', 90, 90, 100, 'percent', U],
  ['Terrorists killed 144 people in the attack on the hall.', '144 people', 144, U, U, 'people', 'killed'],
  // tolls in parts share their outcome
  ['Two civilians and one militiaman killed in shelling', 'Two civilians', 2, U, U, 'civilians', 'killed'],
  ['Five troops, 19 civilians, killed in the east', '19 civilians', 19, U, U, 'civilians', 'killed'],
  ['Five troops, 19 civilians, killed in the east', 'Five troops', 5, U, U, 'troops', 'killed'],
  ['Gunmen killed two police officers and a civilian.', 'a civilian', 1, U, U, 'civilian', 'killed'],
  ['20 gunmen killed 3 villagers.', '20 gunmen', 20, U, U, 'gunmen', U],
  ['19 civilians and troops killed in 24 hours', '19 civilians', 19, U, U, 'civilians', 'killed'],
  ['Two farmers and a child were wounded by a mine.', 'Two farmers', 2, U, U, 'farmers', 'wounded'],
  ['Two farmers and a child were wounded by a mine.', 'a child', 1, U, U, 'child', 'wounded'],
  ['Militants killed a man and his son.', 'his son', 1, U, U, 'son', 'killed'],
  ['Militants killed a soldier and two civilians.', 'two civilians', 2, U, U, 'civilians', 'killed'],
  ['A couple was killed when a shell hit their house.', 'A couple', 2, U, U, 'couple', 'killed'],
  ['A man and his wife were killed.', 'A man', 1, U, U, 'man', 'killed'],
  ['A man and his wife were killed.', 'his wife', 1, U, U, 'wife', 'killed'],
  ['Fighters killed eight people, including three children, in the attack.', 'three children', 3, U, U, 'children', 'killed'],
  // headline grammar
  ['Ukrainian tank shells militia truck, two killed', 'two', 2, U, U, 'people', 'killed'],
  ['Soldier killed in east despite truce', 'Soldier', 1, U, U, 'soldier', 'killed'],
  ['Army says serviceman killed during shelling', 'serviceman', 1, U, U, 'serviceman', 'killed'],
  ['Shelling kills militiaman near the airport', 'militiaman', 1, U, U, 'militiaman', 'killed'],
  ['Rebels say commander is killed in a car bombing', 'commander', 1, U, U, 'commander', 'killed'],
  ['Death toll in the city rises to 3, injured to 11', '3', 3, U, U, null, 'killed'],
  ['Death toll in the city rises to 3, injured to 11', '11', 11, U, U, null, 'wounded'],
  ['Number of residents killed in the shelling rises to seven', 'seven', 7, U, U, null, 'killed'],
  ['A woman injured in the shelling of the market dies', 'A woman', 1, U, U, 'woman', 'killed'],
  ['Rescuers found a dead man in the rubble.', 'a dead man', 1, U, U, 'man', 'killed'],
  ['46-year-old Ihor Kovalenko was killed during shelling.', 'Ihor Kovalenko', 1, U, U, 'person', 'killed'],
];

describe('no toll where there is none', () => {
  test.for([
    ['Ukrainian soldier killed two rebels.', ['two rebels']],
    ['Four killed, including three civilians.', ['Four', 'three civilians']],
    ['Two killed and 10 wounded in the city.', ['Two', '10']],
    ['The attack killed 12 people: 8 soldiers and 4 civilians.', ['12 people', '8 soldiers', '4 civilians']],
    ['The governor said the drone attack killed nobody.', []],
  ] as const)('%s', ([sentence, texts]) => {
    const numbers = extractSync({ id: 't', text: sentence }, { types: ['numbers'] }).numbers;
    expect(numbers.map((n) => n.text)).toEqual(texts);
  });
});

describe('quantity table', () => {
  test('has at least 150 rows', () => expect(ROWS.length).toBeGreaterThanOrEqual(150));
  test.for(ROWS)('%s → %s', ([sentence, text, value, low, high, unit, category]) => {
    const numbers = extractSync({ id: 't', text: sentence }, { types: ['numbers'] }).numbers;
    const found = numbers.find((n) => n.text === text);
    expect(found, JSON.stringify(numbers)).toBeDefined();
    expect({ start: found!.start, value: found!.value, low: found!.low, high: found!.high, unit: found!.unit, category: found!.category })
      .toEqual({ start: sentence.indexOf(text), value, low, high, unit, category });
  });
});
