import { beforeAll, describe, expect, test } from 'vitest';
import { extractSync } from '../../src/index.js';
import { init } from '../helpers.js';

beforeAll(init);

const factsOf = (text: string) => extractSync({ id: 't', text });
const names = <T extends { name: string }>(xs: T[]): string[] => xs.map((x) => x.name);

describe('people', () => {
  test.for([
    // sentence, name, role (undefined: not asserted)
    ['Russian Foreign Minister Sergei Lavrov told Reuters on Tuesday.', 'Sergei Lavrov', 'Russian Foreign Minister'],
    ['Ukrainian President Volodymyr Zelenskyy confirmed the figure.', 'Volodymyr Zelenskyy', 'Ukrainian President'],
    ['"We have prepared 225 people," Markiyan Lubkyvsky, the head of Ukraine’s SBU state security service, told Reuters.', 'Markiyan Lubkyvsky', 'head of Ukraine’s SBU state security service'],
    ['The governor of the Ukrainian Odesa region, Oleh Kiper, stated that Russia launched two missiles.', 'Oleh Kiper', 'governor of the Ukrainian Odesa region'],
    ['The decision will depend on the truce, Herman Van Rompuy, president of the European Council, told the Journal.', 'Herman Van Rompuy', 'president of the European Council'],
    ['“There will be no meeting today,” Dmitry Mironchik of the Belarussian Foreign Ministry told AFP.', 'Dmitry Mironchik', undefined],
    ['Crown Prince Mohammed bin Salman met the envoy.', 'Mohammed bin Salman', 'Crown Prince'],
    ['UN envoy Staffan de Mistura said talks would resume.', 'Staffan de Mistura', undefined],
    ['The strike was confirmed by Gen. Valery Gerasimov on Monday.', 'Valery Gerasimov', 'Gen.'],
    ['Prime Minister Benjamin Netanyahu said the operation would continue.', 'Benjamin Netanyahu', 'Prime Minister'],
    ['Chancellor Olaf Scholz and President Emmanuel Macron spoke by phone.', 'Olaf Scholz', 'Chancellor'],
    ['Governor Vitaliy Kim wrote on Telegram that two people were hurt.', 'Vitaliy Kim', 'Governor'],
    ['Ahmed al-Sharaa said the new government would be inclusive.', 'Ahmed al-Sharaa', undefined],
    ['"The situation is difficult," said Oleksandr Syrskyi.', 'Oleksandr Syrskyi', undefined],
    ['Tensions flared, according to Maria Zakharova.', 'Maria Zakharova', undefined],
    ['European Commission President Ursula von der Leyen visited Kyiv.', 'Ursula von der Leyen', 'European Commission President'],
  ] as const)('%s → %s', ([sentence, name, role]) => {
    const person = factsOf(sentence).people.find((p) => p.name === name);
    expect(person, JSON.stringify(factsOf(sentence).people)).toBeDefined();
    if (role !== undefined) expect(person!.role).toBe(role);
  });

  test('short forms and spelling variants are one person with the fullest name', () => {
    const text = 'Ukrainian President Volodymyr Zelenskyy spoke. Later Zelenskyy said more would come.\nPhoto: Volodymir Zelenskyy/Facebook';
    const people = factsOf(text).people;
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ name: 'Volodymyr Zelenskyy', aliases: expect.arrayContaining(['Zelenskyy', 'Volodymir Zelenskyy']) });
    expect(people[0]!.mentions.map((m) => m.text)).toEqual(['Volodymyr Zelenskyy', 'Zelenskyy', 'Volodymir Zelenskyy']);
  });

  test('a photo credit names a person and the agency', () => {
    const facts = factsOf('Soldiers rest near the front.\nSergei Grits—AP\n\nThe truce held.');
    expect(facts.people).toEqual([expect.objectContaining({ name: 'Sergei Grits', credit: true })]);
    expect(names(facts.organizations)).toContain('AP');
  });

  test.for([
    'Moscow says it is ready to negotiate.',
    'Reuters reports that five soldiers were killed.',
    'Ukraine says it is ready to accept a ceasefire.',
    'He said the talks had failed.',
    'Officials said the convoy was hit.',
    'Ukrainian officials have said the prisoners were freed.',
    'There is no respect even for the Geneva Convention - says the report.',
    'The Victoria Agreement was signed in 1998.',
  ])('no person in %j', (sentence) => {
    expect(factsOf(sentence).people).toEqual([]);
  });
});

describe('places', () => {
  test.for([
    ['returned from the battlefield in the port city of Mariupol, southeastern Ukraine', ['Mariupol', 'Ukraine']],
    ['civilians captured in Russia’s Kursk region', ['Russia', 'Kursk']],
    ['Russia claimed it had captured the village of Rakivka in the Ukrainian region of Kharkiv.', ['Russia', 'Rakivka', 'Kharkiv']],
    ['Moscow annexed the Ukrainian territory of Crimea in March.', ['Moscow', 'Crimea']],
    ['talks in Istanbul and then in Minsk', ['Istanbul', 'Minsk']],
    ['a ceasefire proposed by the United States (U.S.)', ['United States']],
    ['shelling near rebel-held Donetsk', ['Donetsk']],
    ['fighting around Bakhmut and Avdiivka', ['Bakhmut', 'Avdiivka']],
    ['airstrikes on Idlib province and Rafah', ['Idlib', 'Rafah']],
    ['Ukrainian grain is shipped through Antwerp and Ghent, the US said.', ['Antwerp', 'Ghent', 'US']],
    ['He flew from St. Petersburg to New York.', ['St. Petersburg', 'New York']],
    ['Refugees from Bosnia reached Arbil.', ['Bosnia', 'Arbil']],
    ['The Soviet Union collapsed and Yugoslavia broke apart.', ['Soviet Union', 'Yugoslavia']],
    ['Nato allies met in the City of London.', ['City of London']],
    ['The Odesa region is sometimes called the south.', ['Odesa']],
    ['The region became a tool. On Monday, officials met in The Hague.', ['The Hague']],
  ] as const)('%s', ([sentence, expected]) => {
    expect(names(factsOf(sentence).places)).toEqual(expected);
  });

  test('exonyms and spellings are one place, resolved with coordinates', () => {
    const places = factsOf('Kiev rejected the demands. Kyiv says that would be capitulation. Odessa and Odesa are one port.').places;
    expect(places).toHaveLength(2);
    expect(places[0]).toMatchObject({ kind: 'city', countryCode: 'UA', geonameId: 703448 });
    expect(places[0]!.mentions).toHaveLength(2);
    expect(places[1]).toMatchObject({ countryCode: 'UA', geonameId: 698740 });
  });

  test('ambiguous names prefer the country the article is about', () => {
    const donetsk = factsOf('Ukrainian forces fought near Donetsk in eastern Ukraine.').places.find((p) => p.name === 'Donetsk');
    expect(donetsk).toMatchObject({ countryCode: 'UA' });
    expect(donetsk!.lat).toBeCloseTo(48.02, 1);
  });

  test.for([
    ['Blinken said in Washington that the UK agreed.', 'Washington', 'US'],
    ['Veterans of the D-Day landings returned to Normandy.', 'Normandy', 'FR'],
    ['The match was played in England.', 'England', 'GB'],
  ] as const)('%s: %s is in %s', ([sentence, name, country]) => {
    expect(factsOf(sentence).places.find((p) => p.name === name)).toMatchObject({ countryCode: country });
  });

  test.for([
    // sentence, name, kind, country, lat, lon (to 0 decimals)
    ['Floods hit towns across Texas on Sunday.', 'Texas', 'region', 'US', 31, -99],
    ['Drones struck civilians in Russia’s Kursk region.', 'Kursk', 'region', 'RU', 52, 36],
    ['The strike hit the city of Kursk.', 'Kursk', 'city', 'RU', 52, 36],
    ['Two men were detained in Bavaria.', 'Bavaria', 'region', 'DE', 49, 11],
    ['Militants attacked a village in Punjab province.', 'Punjab', 'region', null, null, null],
  ] as const)('first-level regions: %s', ([sentence, name, kind, country, lat, lon]) => {
    const place = factsOf(sentence).places.find((p) => p.name === name);
    expect(place).toMatchObject({ kind });
    if (country) expect(place).toMatchObject({ countryCode: country });
    if (lat !== null) expect([Math.round(place!.lat!), Math.round(place!.lon!)]).toEqual([lat, lon]);
  });

  test('a first-level region carries its ISO 3166-2 code', () => {
    const places = factsOf('Drones hit Russia’s Kursk region and towns in Texas.').places;
    expect(places.find((p) => p.name === 'Kursk')).toMatchObject({ kind: 'region', regionCode: 'RU-KRS', geonameId: null });
    expect(places.find((p) => p.name === 'Texas')).toMatchObject({ regionCode: 'US-TX' });
    expect(places.find((p) => p.name === 'Russia')?.regionCode).toBeUndefined();
  });

  test.for(['Jewish settlers moved in.', 'Chechen fighters left.', 'The official newspaper Granma reported it.', 'Gas flows through Nord Stream again.'])('no region from a word or a name: %j', (sentence) => {
    expect(factsOf(sentence).places.filter((p) => p.kind === 'region')).toEqual([]);
  });

  test('a village the gazetteer lacks keeps its cue kind and the article country', () => {
    const rakivka = factsOf('Russia claimed it had captured the village of Rakivka in Ukraine’s Kharkiv region.').places.find((p) => p.name === 'Rakivka');
    expect(rakivka).toMatchObject({ kind: 'village', lat: null, lon: null });
  });

  test.for([
    'Ukrainian and Western observers accused the rebels.',
    'excluded from military alliances with the West',
    'the Organization for Security and Cooperation in Europe met',
    'according to Agence France-Presse',
    'US President Donald Trump congratulated both sides',
    'Veterans of the Persian Gulf War marched.',
  ])('no place in %j', (sentence) => {
    expect(factsOf(sentence).places).toEqual([]);
  });
});

describe('organizations', () => {
  test.for([
    ['The Russian Ministry of Defense stated that each side released 270 soldiers.', ['Russian Ministry of Defense']],
    ['a spokesman for the Ukrainian Defense Ministry blamed the rebels', ['Ukrainian Defense Ministry']],
    ['the Wall Street Journal says', ['Wall Street Journal']],
    ['told the BBC and Reuters', ['BBC', 'Reuters']],
    ['Ukraine’s SBU state security service', ['SBU']],
    ['supported by European Union countries', ['European Union']],
    ['the International Committee of the Red Cross visited the camp', ['International Committee of the Red Cross']],
  ] as const)('%s', ([sentence, expected]) => {
    expect(names(factsOf(sentence).organizations)).toEqual(expected);
  });

  test('acronyms are linked to their expansions', () => {
    const orgs = factsOf('Peace talks were held, according to Agence France-Presse. A Belarusian official told AFP. The Organization for Security and Cooperation in Europe (OSCE) attended. The E.U. and the European Union.').organizations;
    expect(orgs.find((o) => o.name === 'Agence France-Presse')?.aliases).toContain('AFP');
    expect(orgs.find((o) => o.name === 'Organization for Security and Cooperation in Europe')?.aliases).toContain('OSCE');
    expect(orgs.find((o) => o.name === 'European Union')?.aliases).toContain('E.U.');
  });

  test.for(['Ukrainian army soldiers congratulate their comrade.', 'since World War II', 'at 12:26 AM EDT', 'thousands of POWs are held'])('no organization in %j', (sentence) => {
    expect(factsOf(sentence).organizations).toEqual([]);
  });
});

describe('sports teams named after their town', () => {
  // A sports report (two words of sport); a town named as a team once is the team in the whole report.
  const report = (body: string) => `Premiership football: the league standings after the weekend.\n${body}`;
  test.for([
    // body, teams, places
    ['Leeds beat Norwich 3-1 at home on Saturday.', ['Leeds', 'Norwich'], []],
    ['Bristol 4 Swindon 2\nOxford 0 Reading 1', ['Bristol', 'Swindon', 'Oxford', 'Reading'], []],
    ['Tulsa 12 5 3 4 21 19 18', ['Tulsa'], []],
    ['The Glasgow striker was sent off. Glasgow had led at the break.', ['Glasgow'], []],
    ['Fans of Dynamo Kyiv and Sporting Lisbon filled the stadium.', ['Dynamo Kyiv', 'Sporting Lisbon'], []],
    ['Leeds drew with Derby and Exeter City lost to Bath.', ['Leeds', 'Derby', 'Exeter City', 'Bath'], []],
    ['At Leeds: Leicester beat Derby by five wickets.', ['Leicester', 'Derby'], ['Leeds']],
    ['PORTSMOUTH, England 2024-03-02\nPortsmouth beat Wigan 2-0.', ['Portsmouth', 'Wigan'], ['England', 'PORTSMOUTH']],
    ['Ukraine beat Wales 2-1 in the qualifier.', [], ['Ukraine', 'Wales']],
    ['Kansas City 5 Denver 3', ['Kansas City', 'Denver'], []],
  ] as const)('%j', ([body, teams, places]) => {
    const facts = factsOf(report(body));
    expect(names(facts.organizations.filter((o) => o.rule === 'organization/team')).sort()).toEqual([...teams].sort());
    expect(names(facts.places).filter((p) => !['Premiership'].includes(p)).sort()).toEqual([...places].sort());
  });

  test.for([
    'Russian forces pressed their offensive against Kharkiv on Monday.',
    'Leeds 2 wards reported damage; Bristol 3 more.',
    'The Mariupol mayor said 20 people were killed.',
  ])('no team outside sports reports: %j', (sentence) => {
    expect(factsOf(sentence).organizations.filter((o) => o.rule === 'organization/team')).toEqual([]);
  });
});

describe('quotes: who said what', () => {
  const quotesOf = (text: string) => extractSync({ id: 't', text }).quotes.map((q) => [q.kind, q.speaker, q.text]);
  test.for([
    ['“There will be no contact group meeting today,” Dmitry Mironchik of the Belarussian Foreign Ministry told AFP.', ['direct', 'Dmitry Mironchik', 'There will be no contact group meeting today,']],
    ['"We\'ve prepared 225 people," Markiyan Lubkyvsky, the head of Ukraine’s SBU, told Reuters.', ['direct', 'Markiyan Lubkyvsky', "We've prepared 225 people,"]],
    ['US President Donald Trump wrote on Truth Social: “Congratulations to both sides on this victory.”', ['direct', 'Donald Trump', 'Congratulations to both sides on this victory.']],
    ['“It is very important to bring everyone home,” said Volodymyr Zelenskyy.', ['direct', 'Volodymyr Zelenskyy', 'It is very important to bring everyone home,']],
    ['The Russian Ministry of Defense stated that each side released 270 soldiers.', ['reported', 'Russian Ministry of Defense', 'each side released 270 soldiers']],
    ['Russian Foreign Minister Sergei Lavrov told Reuters on Tuesday that forces were massing near Donetsk.', ['reported', 'Sergei Lavrov', 'forces were massing near Donetsk']],
    ['Five Ukrainian soldiers have been killed in the past four days, Reuters reports.', ['reported', 'Reuters', 'Five Ukrainian soldiers have been killed in the past four days']],
    ['The decision will depend on the truce, Herman Van Rompuy, president of the European Council, told the Journal.', ['reported', 'Herman Van Rompuy', 'The decision will depend on the truce']],
    // The speaker more than 90 characters into the window before the quotation, and a verb of saying before it.
    ['The mayor of the small frontline city said on Monday that the bridge was closed, and later the regional governor Oleh Syniehubov told reporters: “The shelling has not stopped for a single hour.”', ['direct', 'Oleh Syniehubov', 'The shelling has not stopped for a single hour.']],
    ['After another long night of shelling across the eastern front line that left villages without power and water, Volodymyr Zelenskyy, the country’s president since 2019, said, adding, “We will rebuild every house.”', ['direct', 'Volodymyr Zelenskyy', 'We will rebuild every house.']],
  ] as const)('%s', ([text, expected]) => {
    expect(quotesOf(text)).toContainEqual(expected);
  });
  test('"he" is the person named last', () => {
    const q = extractSync({ id: 't', text: 'Sergei Lavrov met the envoy. “We are ready to talk,” he said.' }).quotes;
    expect(q[0]).toMatchObject({ speaker: 'Sergei Lavrov', speakerType: 'person', speakerMention: { text: 'he' } });
  });
  test('scare quotes and titles are not quotations', () => {
    expect(quotesOf('Moscow calls it the “roots of the war,” a phrase Kyiv rejects.')).toEqual([]);
  });
});
