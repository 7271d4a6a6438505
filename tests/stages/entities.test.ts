/**
 * One table per stage of the people, places and organizations: each stage runs alone, on a sentence
 * written by hand in the style of wire news (never taken from a gold or test set).
 *   extractors  run(extractor, sentence): every mention it returns, with text, start, value and rule;
 *   refiners    refine(refiner, doc, mentions built by hand as the extractors give them): the whole list
 *               it returns, so that what it keeps, drops, changes or adds is asserted at once;
 *   assemblers  stage.run(doc, { mentions }, ctx): the facts, with their mentions' spans.
 * Rows that show a bug or a gap are kept with `skip: 'reason'` (test.skip), so that they stay visible.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { credit } from '../../src/extract/credit.js';
import { acronymOrg } from '../../src/extract/organization/acronymOrg.js';
import { compromiseOrgs } from '../../src/extract/organization/compromiseOrgs.js';
import { headWordOrg } from '../../src/extract/organization/headWordOrg.js';
import { knownOrg } from '../../src/extract/organization/knownOrg.js';
import { agedName } from '../../src/extract/person/agedName.js';
import { appositiveName } from '../../src/extract/person/appositiveName.js';
import { compromisePeople } from '../../src/extract/person/compromisePeople.js';
import { givenName } from '../../src/extract/person/givenName.js';
import { roledName } from '../../src/extract/person/roledName.js';
import { speakerName } from '../../src/extract/person/speakerName.js';
import { titledName } from '../../src/extract/person/titledName.js';
import { compromisePlaces } from '../../src/extract/place/compromisePlaces.js';
import { cuedPlace } from '../../src/extract/place/cuedPlace.js';
import { featurePlace } from '../../src/extract/place/featurePlace.js';
import { gazetteerPlace } from '../../src/extract/place/gazetteerPlace.js';
import type { AnyMention, Extractor, Kind, Organization, Person, Place, Refiner, Stage } from '../../src/model/types.js';
import { STAGES } from '../../src/pipeline.js';
import { extendNames } from '../../src/refine/extendNames.js';
import { dropRoleModifierPlaces, linkAcronyms, linkShortOrgNames, linkSurnames } from '../../src/refine/linkShortForms.js';
import { resolveEntities } from '../../src/refine/resolveEntities.js';
import { sportsTeams } from '../../src/refine/sportsTeams.js';
import { byStartThenLongest } from '../../src/util/spans.js';
import { bufferedCtx, docOf, init, mention, refine, run } from '../helpers.js';

beforeAll(init);

// ---------------------------------------------------------------------------------------------
// Table helpers

/** A mention as a row writes it: the text (its nth occurrence in the sentence, 0 first), its value and rule. */
type M = readonly [text: string, value: Record<string, unknown>, rule: string, nth?: number];

/** Start of the nth occurrence of `text` in `sentence`. */
function at(sentence: string, text: string, nth = 0): number {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = sentence.indexOf(text, start + 1);
  if (start < 0) throw new Error(`"${text}" is not ${nth ? `${nth + 1} times ` : ''}in "${sentence}"`);
  return start;
}

/** The kind a rule id names: `person/title` → person. */
const kindOf = (rule: string): Kind => rule.split('/')[0] as Kind;

/** The exact mention a row expects. */
function expected(sentence: string, [text, value, rule, nth]: M): AnyMention {
  const start = at(sentence, text, nth);
  return { kind: kindOf(rule), start, end: start + text.length, text, value, rule } as unknown as AnyMention;
}

/** A mention built by hand, as an extractor would give it, for a refiner's input. */
const built = (sentence: string, [text, value, rule, nth]: M): AnyMention =>
  mention(docOf(sentence), kindOf(rule), text, value as never, rule, nth) as AnyMention;

const sorted = (ms: readonly AnyMention[]): AnyMention[] => [...ms].sort(byStartThenLongest);

/** A known gap or bug: the row is kept, skipped, with the reason in its name. */
type Skip = { skip: string };

type ExtractorRow = readonly [sentence: string, found: readonly M[], skip?: Skip];

/** A mention's own fields, without whatever else an object may carry. */
const fields = ({ kind, start, end, text, value, rule }: AnyMention): AnyMention => ({ kind, start, end, text, value, rule }) as AnyMention;

/**
 * The positive table of an extractor: each sentence gives exactly these mentions, in text order.
 * `onlyFields` compares the Mention fields alone (for an extractor whose mentions carry more: see acronymOrg).
 */
function extractorPositives(extract: Extractor, table: readonly ExtractorRow[], { onlyFields = false } = {}): void {
  const check = (sentence: string, found: readonly M[]): void => {
    const got = sorted(run(extract, sentence));
    expect(onlyFields ? got.map(fields) : got).toEqual(found.map((m) => expected(sentence, m)));
  };
  test.for(table.filter((r) => !r[2]))('%s', ([sentence, found]) => check(sentence, found));
  for (const [sentence, found, skip] of table) if (skip) test.skip(`${sentence} [skipped: ${skip.skip}]`, () => check(sentence, found));
}

/** The negative table of an extractor: near misses that give nothing. */
function extractorNegatives(extract: Extractor, table: readonly (string | readonly [string, Skip])[]): void {
  test.for(table.filter((r): r is string => typeof r === 'string'))('nothing in %j', (sentence) => {
    expect(run(extract, sentence)).toEqual([]);
  });
  for (const r of table) {
    if (typeof r !== 'string') test.skip(`nothing in ${JSON.stringify(r[0])} [skipped: ${r[1].skip}]`, () => expect(run(extract, r[0])).toEqual([]));
  }
}

type RefinerRow = readonly [sentence: string, input: readonly M[], output: readonly M[], skip?: Skip];

/** A refiner's table: mentions built by hand in, the whole list it returns out. */
function refinerTable(refiner: Refiner, table: readonly RefinerRow[]): void {
  const check = (sentence: string, input: readonly M[], output: readonly M[]): void => {
    const mentions = input.map((m) => built(sentence, m));
    const before = structuredClone(mentions);
    const got = refine(refiner, docOf(sentence), mentions);
    expect(got).toEqual(output.map((m) => expected(sentence, m)));
    expect(mentions, 'the refiner mutated its input').toEqual(before);
  };
  test.for(table.filter((r) => !r[3]))('%s', ([sentence, input, output]) => check(sentence, input, output));
  for (const [sentence, input, output, skip] of table) if (skip) test.skip(`${sentence} [skipped: ${skip.skip}]`, () => check(sentence, input, output));
}

const stage = (name: string): Stage => {
  const s = STAGES.find((x) => x.name === name);
  if (!s) throw new Error(`no stage ${name}`);
  return s;
};

test('every stage this file covers is in STAGES', () => {
  const covered = ['credit', 'titledName', 'roledName', 'appositiveName', 'agedName', 'givenName', 'speakerName', 'compromisePeople', 'headWordOrg', 'knownOrg',
    'acronymOrg', 'compromiseOrgs', 'cuedPlace', 'gazetteerPlace', 'compromisePlaces', 'resolveEntities', 'sportsTeams', 'dropRoleModifierPlaces',
    'extendNames', 'linkSurnames', 'linkAcronyms', 'linkShortOrgNames', 'assemblePeople', 'assemblePlaces', 'assembleOrganizations'];
  expect(covered.filter((name) => !STAGES.some((s) => s.name === name))).toEqual([]);
});

// ---------------------------------------------------------------------------------------------
// People

describe('credit', () => {
  extractorPositives(credit, [
    ['Troops patrol the border near Sumy.\nAnna Petrova—AFP\n\nFighting resumed at dawn.', [
      ['Anna Petrova', { name: 'Anna Petrova', credit: true }, 'person/credit-dash'],
      ['AFP', { name: 'AFP', credit: true }, 'organization/credit-dash'],
    ]],
    ['Photo: Mark Stevens/Reuters', [
      ['Mark Stevens', { name: 'Mark Stevens', credit: true }, 'person/credit-label'],
      ['Reuters', { name: 'Reuters', credit: true }, 'organization/credit-label'],
    ]],
    ['Photograph: Pablo Ortiz—EFE', [
      ['Pablo Ortiz', { name: 'Pablo Ortiz', credit: true }, 'person/credit-label'],
      ['EFE', { name: 'EFE', credit: true }, 'organization/credit-label'],
    ]],
    ['Credit: Tomas Novak | AP', [
      ['Tomas Novak', { name: 'Tomas Novak', credit: true }, 'person/credit-label'],
      ['AP', { name: 'AP', credit: true }, 'organization/credit-label'],
    ]],
    ['Photo credit: Getty Images', [['Getty Images', { name: 'Getty Images', credit: true }, 'organization/credit-label']]],
    ['Image: Defence Ministry', [['Defence Ministry', { name: 'Defence Ministry', credit: true }, 'organization/credit-label']]],
    ['By Laura Chen, Associated Press', [
      ['Laura Chen', { name: 'Laura Chen', credit: true }, 'person/credit-byline'],
      ['Associated Press', { name: 'Associated Press', credit: true }, 'organization/credit-byline'],
    ]],
    ['By Oleksandr Kozhukhar', [['Oleksandr Kozhukhar', { name: 'Oleksandr Kozhukhar', credit: true }, 'person/credit-byline']]],
  ]);
  extractorNegatives(credit, [
    'Kyiv — a city under fire',
    'By the river, soldiers waited.',
    'By Friday, troops had withdrawn.',
    'Photos: the aftermath of the strike',
    'Soldiers rest near the front, Anna Petrova—AFP reported.',
    ['Peace Talks—What Comes Next', { skip: 'bug: a headline with a dash is read as a credit: person "Peace Talks", organization "What Comes Next" (the doc comment says the part before the dash must look like a personal name)' }],
  ]);
});

describe('titledName', () => {
  extractorPositives(titledName, [
    ['Defense Minister Rustem Umerov visited the front on Monday.', [['Rustem Umerov', { name: 'Rustem Umerov', role: 'Defense Minister' }, 'person/title']]],
    ['Israeli Prime Minister Naftali Bennett met the envoy.', [['Naftali Bennett', { name: 'Naftali Bennett', role: 'Israeli Prime Minister' }, 'person/title']]],
    ['UN Secretary-General Antonio Guterres called for a truce.', [['Antonio Guterres', { name: 'Antonio Guterres', role: 'UN Secretary-General' }, 'person/title']]],
    ['Mayor Vitali Klitschko urged residents to stay in shelters.', [['Vitali Klitschko', { name: 'Vitali Klitschko', role: 'Mayor' }, 'person/title']]],
    ['Gen. Mark Milley told lawmakers the war could last years.', [['Mark Milley', { name: 'Mark Milley', role: 'Gen.' }, 'person/title']]],
    ['Senator Bob Menendez\'s office declined to comment.', [['Bob Menendez', { name: 'Bob Menendez', role: 'Senator' }, 'person/title']]],
    ['Mr Hammond declined to comment.', [['Hammond', { name: 'Hammond' }, 'person/honorific']]],
    ['Ms. Kallas spoke in Tallinn.', [['Kallas', { name: 'Kallas' }, 'person/honorific']]],
    // The role of a name with an honorific: the title or role before it, or a professor's own.
    ['Former chief executive Mr Wanless wrote the report.', [['Wanless', { name: 'Wanless', role: 'Former chief executive' }, 'person/honorific']]],
    ['Professor Joni Lovenduski said so.', [['Joni Lovenduski', { name: 'Joni Lovenduski', role: 'Professor' }, 'person/honorific']]],
    ['Work and Pensions Secretary Alan Johnson spoke.', [['Alan Johnson', { name: 'Alan Johnson', role: 'Work and Pensions Secretary' }, 'person/title']]],
    // An office with "of" inside: the name starts at the first given name.
    ['US Secretary of State Antony Blinken met the envoy.', [['Antony Blinken', { name: 'Antony Blinken', role: 'US Secretary of State' }, 'person/title']]],
    ['President of Romania Klaus Iohannis spoke.', [['Klaus Iohannis', { name: 'Klaus Iohannis', role: 'President of Romania' }, 'person/title']]],
    ['Lt. Col. Anton Myronenko led the unit.', [['Anton Myronenko', { name: 'Anton Myronenko', role: 'Lt. Col.' }, 'person/title']],
      { skip: 'bug: two abbreviated titles in a row: gives person "Col" with role "Lt." (the period after "Lt." stops the title chain)' }],
  ]);
  extractorNegatives(titledName, [
    'The Prime Minister\'s Office said nothing.',
    'He met the President of the European Council.',
    'The decision rests with the President.',
    'Governors, mayors and generals attended.',
  ]);
});

describe('roledName', () => {
  extractorPositives(roledName, [
    ['German chancellor Olaf Scholz arrived in Kyiv.', [['Olaf Scholz', { name: 'Olaf Scholz', role: 'German chancellor' }, 'person/role']]],
    ['Tory spokesman Simon Burns called it a disgrace.', [['Simon Burns', { name: 'Simon Burns', role: 'Tory spokesman' }, 'person/role']]],
    ['US State Department spokesperson Matthew Miller said talks would go on.',
      [['Matthew Miller', { name: 'Matthew Miller', role: 'US State Department spokesperson' }, 'person/role']]],
    ["Russia's deputy foreign minister Sergei Ryabkov spoke.", [['Sergei Ryabkov', { name: 'Sergei Ryabkov', role: "Russia's deputy foreign minister" }, 'person/role']]],
    ['Police detained dissident Wang Donghai , a rights group said.', [['Wang Donghai', { name: 'Wang Donghai', role: 'dissident' }, 'person/role']]],
    ['He was replaced by his team mate Les Ferdinand.', [['Les Ferdinand', { name: 'Les Ferdinand', role: 'team mate' }, 'person/role']]],
    ['The suspected bomber Dzhokhar Tsarnaev fled.', [['Dzhokhar Tsarnaev', { name: 'Dzhokhar Tsarnaev', role: 'suspected bomber' }, 'person/role']]],
    ["The chancellor Merkel's office declined.", [['Merkel', { name: 'Merkel', role: 'chancellor' }, 'person/role']]],
  ]);
  extractorNegatives(roledName, [
    'The official Twitter account of the army posted it.',
    'The minister Monday said nothing.',
    'Army chief Gen. Valery Gerasimov visited.',
    'The rebel leader Taliban fighters follow was killed.',
    'Spokesman Simon Burns spoke.',
  ]);
});

describe('appositiveName', () => {
  extractorPositives(appositiveName, [
    ['Olena Kovalenko, a spokeswoman for the regional administration, said two people died.',
      [['Olena Kovalenko', { name: 'Olena Kovalenko', role: 'spokeswoman for the regional administration' }, 'person/appositive']]],
    ['Pierre Dubois, the French ambassador, left the capital.', [['Pierre Dubois', { name: 'Pierre Dubois', role: 'French ambassador' }, 'person/appositive']]],
    ['Ahmed Rashid, an analyst at the institute, said the talks would fail.', [['Ahmed Rashid', { name: 'Ahmed Rashid', role: 'analyst at the institute' }, 'person/appositive']]],
    ['The mayor of the city, Igor Terekhov, said power was restored.', [['Igor Terekhov', { name: 'Igor Terekhov', role: 'mayor of the city' }, 'person/appositive']]],
    ['The head of the regional military administration, Serhiy Lysak, said drones were downed.',
      [['Serhiy Lysak', { name: 'Serhiy Lysak', role: 'head of the regional military administration' }, 'person/appositive']]],
    ['A spokesman for the army, Yigal Amir, said nothing.', [['Yigal Amir', { name: 'Yigal Amir', role: 'spokesman for the army' }, 'person/appositive']]],
    // A possessor before the role, a role inside the sentence, a relative clause or "is a" after the name.
    ['Moldova’s prime minister, Natalia Gavrilita, said it was hard.',
      [['Natalia Gavrilita', { name: 'Natalia Gavrilita', role: 'Moldova’s prime minister' }, 'person/appositive']]],
    ['Talks were led by the French president, Emmanuel Macron, in Paris.', [['Emmanuel Macron', { name: 'Emmanuel Macron', role: 'French president' }, 'person/appositive']]],
    ['Olena Petrenko, who heads the regional council, said so.', [['Olena Petrenko', { name: 'Olena Petrenko', role: 'head of the regional council' }, 'person/appositive']]],
    ['Anna Kovalenko, who serves as a district chair for the party, left.',
      [['Anna Kovalenko', { name: 'Anna Kovalenko', role: 'district chair for the party' }, 'person/appositive']]],
    ['Mark Hannah is a senior fellow at the institute.', [['Mark Hannah', { name: 'Mark Hannah', role: 'senior fellow at the institute' }, 'person/appositive']]],
  ]);
  extractorNegatives(appositiveName, [
    'Residents fled Ukraine, Russia, the separatist areas.',
    'Kovalenko, a spokeswoman, declined to comment.',
    'Ivan Petrenko, 45, was arrested.',
    'Ivan Petrenko, who fled the city, was arrested.',
    // A clause before the name is no role.
    'A major general was killed in Syria by a device, Ivan Petrenko reported.',
  ]);
});

describe('agedName', () => {
  extractorPositives(agedName, [
    ['32-year-old Taras Bondar was killed by shrapnel.', [['Taras Bondar', { name: 'Taras Bondar' }, 'person/aged']]],
    ['The 19-year-old Maria Lysenko survived.', [['Maria Lysenko', { name: 'Maria Lysenko' }, 'person/aged']]],
    ['A 24 y.o. Oleh Marchuk was wounded.', [['Oleh Marchuk', { name: 'Oleh Marchuk' }, 'person/aged']]],
    ['Petrenko, 45, was arrested on Tuesday.', [['Petrenko', { name: 'Petrenko' }, 'person/aged']]],
    ['Dmytro Hrytsenko, 51, a farmer, was detained.', [['Dmytro Hrytsenko', { name: 'Dmytro Hrytsenko' }, 'person/aged']]],
  ]);
  extractorNegatives(agedName, [
    'A 27-year-old Ukrainian soldier was wounded.',
    'The 40-year-old man was detained.',
    'Kharkiv, 12, was hit.',
    'In March, 2014, troops arrived.',
    'Lviv, 30, was empty.',
  ]);
});

describe('givenName', () => {
  extractorPositives(givenName, [
    ['Jesper Lindqvist scored twice.', [['Jesper Lindqvist', { name: 'Jesper Lindqvist' }, 'person/given-name']]],
    ['Cosmin Popescu was detained in Bucharest.', [['Cosmin Popescu', { name: 'Cosmin Popescu' }, 'person/given-name']]],
    ['Youssef Haddad said the crossing was closed.', [['Youssef Haddad', { name: 'Youssef Haddad' }, 'person/given-name']]],
    ['Jean-Michel Dupont chaired the session.', [['Jean-Michel Dupont', { name: 'Jean-Michel Dupont' }, 'person/given-name']]],
    ['Tomasz Wierzba arrived late.', [['Tomasz Wierzba', { name: 'Tomasz Wierzba' }, 'person/given-name']]],
    ['J. Hartley signed the report.', [['J. Hartley', { name: 'J. Hartley' }, 'person/given-name']]],
  ]);
  extractorNegatives(givenName, [
    'The boat reached the Jordan Valley.',
    'They marched on May Day.',
    'Officers met at Victoria Station.',
    'Mercedes-Benz trucks were seized.',
    'The convoy reached Grace Road at noon.',
  ]);
});

describe('speakerName', () => {
  extractorPositives(speakerName, [
    ['On Monday, Kuleba said the shipments would continue.', [['Kuleba', { name: 'Kuleba' }, 'person/speaker']]],
    ['Jens Stoltenberg told reporters the alliance was united.', [['Jens Stoltenberg', { name: 'Jens Stoltenberg' }, 'person/speaker']]],
    ['"We will not retreat," said Andriy Yermak.', [['Andriy Yermak', { name: 'Andriy Yermak' }, 'person/speaker']]],
    ['Shelling continued overnight, said Pavlo Kyrylenko.', [['Pavlo Kyrylenko', { name: 'Pavlo Kyrylenko' }, 'person/speaker']]],
    ['The convoy was hit, according to Natalia Humeniuk.', [['Natalia Humeniuk', { name: 'Natalia Humeniuk' }, 'person/according-to']]],
    ['Zelenskyy wrote on Telegram that the strike killed two.', [['Zelenskyy', { name: 'Zelenskyy' }, 'person/speaker']],
      { skip: 'bug: a one-word surname opening the sentence gives nothing: compromise tags it a plain Noun, not ProperNoun, so nameLike() rejects it (the doc comment\'s own example is "Zelenskyy said")' }],
  ]);
  extractorNegatives(speakerName, [
    'He said the talks had stalled.',
    'Officials said the bridge was destroyed.',
    'They said the road was closed.',
    'Witnesses told Reuters the market burned for hours.',
  ]);
});

describe('compromisePeople', () => {
  extractorPositives(compromisePeople, [
    ['Barack Obama met Vladimir Putin in Geneva.', [
      ['Barack Obama', { name: 'Barack Obama' }, 'person/compromise'],
      ['Vladimir Putin', { name: 'Vladimir Putin' }, 'person/compromise'],
    ]],
    ['Officials said Hillary Clinton would attend.', [['Hillary Clinton', { name: 'Hillary Clinton' }, 'person/compromise']]],
    ['Prime Minister Boris Johnson resigned.', [['Boris Johnson', { name: 'Boris Johnson' }, 'person/compromise']]],
    ['Mr Obama\'s speech was short.', [['Obama', { name: 'Obama' }, 'person/compromise']]],
    ['Mahmoud Abbas rejected the plan.', [['Mahmoud Abbas', { name: 'Mahmoud Abbas' }, 'person/compromise']]],
    ['Angela Merkel met Donald Trump.', [
      ['Angela Merkel', { name: 'Angela Merkel' }, 'person/compromise'],
      ['Donald Trump', { name: 'Donald Trump' }, 'person/compromise'],
    ], { skip: 'gap (compromise): its people topic stops at a given name whose surname it does not know: "Angela", "Donald" (givenName finds the full names in the pipeline)' }],
  ]);
  extractorNegatives(compromisePeople, [
    'The ministry said nothing.',
    'Officials said the bridge was destroyed.',
    'Residents fled the shelling.',
  ]);
});

// ---------------------------------------------------------------------------------------------
// Organizations

describe('headWordOrg', () => {
  extractorPositives(headWordOrg, [
    ['The Russian Ministry of Defence said the strike hit a depot.', [['Russian Ministry of Defence', { name: 'Russian Ministry of Defence' }, 'organization/head-word']]],
    ['The Ukrainian Defense Ministry released a video.', [['Ukrainian Defense Ministry', { name: 'Ukrainian Defense Ministry' }, 'organization/head-word']]],
    ['The World Health Organization warned of cholera.', [['World Health Organization', { name: 'World Health Organization' }, 'organization/head-word']]],
    ['The European Commission President spoke.', [['European Commission', { name: 'European Commission' }, 'organization/head-word']]],
    ['The Wall Street Journal reported the deal.', [['Wall Street Journal', { name: 'Wall Street Journal' }, 'organization/head-word']]],
    ['Officials at the Azov Brigade confirmed it.', [['Azov Brigade', { name: 'Azov Brigade' }, 'organization/head-word']]],
    ['Monitors from the Organization for Security and Co-operation in Europe arrived.',
      [['Organization for Security and Co-operation in Europe', { name: 'Organization for Security and Co-operation in Europe' }, 'organization/head-word']],
      { skip: 'bug: a hyphenated word cuts the name: gives "Organization for Security and Co" (knownOrg has the full name, which wins in resolveEntities)' }],
    ['The International Committee of the Red Cross visited the camp.',
      [['International Committee of the Red Cross', { name: 'International Committee of the Red Cross' }, 'organization/head-word']]],
    // "of the" leads on only to a run with a head or a title of its own.
    ['The White House Office of the Press Secretary said so.', [['White House Office of the Press Secretary', { name: 'White House Office of the Press Secretary' }, 'organization/head-word']]],
    ['The Dow Chemical Co of the United States will invest.', [['Dow Chemical Co', { name: 'Dow Chemical Co' }, 'organization/head-word']]],
    // Two bodies joined by "and", each with its head.
    ['The Ministry of Defence and Foreign Office agreed.',
      [['Ministry of Defence', { name: 'Ministry of Defence' }, 'organization/head-word'], ['Foreign Office', { name: 'Foreign Office' }, 'organization/head-word']]],
    // A sentence adverb is not part of the name; "St." is; a date after a connector is not; nor a person after the head.
    ['But US State Department officials disagreed.', [['US State Department', { name: 'US State Department' }, 'organization/head-word']]],
    ['Leaders met at the St. Petersburg International Economic Forum.',
      [['St. Petersburg International Economic Forum', { name: 'St. Petersburg International Economic Forum' }, 'organization/head-word']]],
    ['The U.S. Treasury Department in February sanctioned him.', [['U.S. Treasury Department', { name: 'U.S. Treasury Department' }, 'organization/head-word']]],
    ['He met European Council Charles Michel.', [['European Council', { name: 'European Council' }, 'organization/head-word']]],
    ['Coalition spokesman US Army Col. Myles Caggins said so.', [['US Army', { name: 'US Army' }, 'organization/head-word']]],
  ]);
  extractorNegatives(headWordOrg, [
    'Read more:\nCLICK HERE TO GET THE FOX NEWS APP',
    'The army said the town was retaken.',
    'Ministry spokeswoman Maria Zakharova said it.',
    'The ministry of defence said nothing.',
    'Minister Sergei Shoigu arrived.',
  ]);
});

describe('knownOrg', () => {
  extractorPositives(knownOrg, [
    ['Two soldiers died, Reuters reported.', [['Reuters', { name: 'Reuters' }, 'organization/known']]],
    ['The BBC could not verify the footage.', [['BBC', { name: 'BBC' }, 'organization/known']]],
    ['According to Agence France-Presse, talks failed.', [['Agence France-Presse', { name: 'Agence France-Presse' }, 'organization/known']]],
    ['The WHO said vaccines arrived.', [['WHO', { name: 'WHO' }, 'organization/known']]],
    ['NATO leaders met in Vilnius.', [['NATO', { name: 'NATO' }, 'organization/known']]],
    ['The UN and the OSCE called for calm.', [['UN', { name: 'UN' }, 'organization/known'], ['OSCE', { name: 'OSCE' }, 'organization/known']]],
    ['The International Committee of the Red Cross visited the camp.',
      [['International Committee of the Red Cross', { name: 'International Committee of the Red Cross' }, 'organization/known']]],
  ]);
  extractorNegatives(knownOrg, [
    'Who fired first is unclear.',
    'He tapped the map.',
    'A Reuters-led review found errors.',
    'who said nothing',
  ]);
});

describe('acronymOrg', () => {
  extractorPositives(acronymOrg, [
    ['The SBU detained two suspects.', [['SBU', { name: 'SBU' }, 'organization/acronym']]],
    ['Monitors from the OSCE reported shelling.', [['OSCE', { name: 'OSCE' }, 'organization/acronym']]],
    ['The E.U.\'s sanctions took effect.', [['E.U.', { name: 'E.U.' }, 'organization/acronym']]],
    ['The IAEA inspected the plant at Zaporizhzhia.', [['IAEA', { name: 'IAEA' }, 'organization/acronym']]],
    ['Kyiv asked the UNHCR and the ICRC for help.', [['UNHCR', { name: 'UNHCR' }, 'organization/acronym'], ['ICRC', { name: 'ICRC' }, 'organization/acronym']]],
    ['The ICC issued a warrant for his arrest.', [['ICC', { name: 'ICC' }, 'organization/acronym']],
      { skip: 'bug: an acronym written only with the letters of Roman numerals ("ICC", "CDC", "MI") is rejected as a numeral by ROMAN (knownOrg finds "ICC" in the pipeline)' }],
  ], { onlyFields: true });
  test('a mention carries the Mention fields only (it was spread from the Token without a possessive)', () => {
    expect(Object.keys(run(acronymOrg, 'The SBU detained two suspects.')[0]!).sort()).toEqual(['end', 'kind', 'rule', 'start', 'text', 'value']);
  });
  extractorNegatives(acronymOrg, [
    'US officials said the plan failed.',
    'The UK sent more aid.',
    'The attack began at 10 a.m. EDT.',
    'Soldiers from World War II were honored.',
    'The POWs returned home.',
    'BREAKING NEWS FROM THE FRONT',
  ]);
});

describe('compromiseOrgs', () => {
  extractorPositives(compromiseOrgs, [
    ['The Belarusian Foreign Ministry denied the claim.', [['Belarusian Foreign Ministry', { name: 'Belarusian Foreign Ministry' }, 'organization/compromise']]],
    ['Microsoft said its servers were attacked.', [['Microsoft', { name: 'Microsoft' }, 'organization/compromise']]],
    ['Boeing delivered the aircraft.', [['Boeing', { name: 'Boeing' }, 'organization/compromise']]],
    ['Shares of Goldman Sachs fell.', [['Goldman Sachs', { name: 'Goldman Sachs' }, 'organization/compromise']]],
    ['Pfizer shipped vaccines.', [['Pfizer', { name: 'Pfizer' }, 'organization/compromise']]],
  ]);
  extractorNegatives(compromiseOrgs, [
    'The Ukrainian army said it repelled attacks.',
    'The photo was posted by Zelenskyy/Facebook on Monday.',
    'The ministry said nothing.',
  ]);
});

// ---------------------------------------------------------------------------------------------
// Places

describe('cuedPlace', () => {
  extractorPositives(cuedPlace, [
    ['Troops entered the village of Staromaiorske on Sunday.', [['Staromaiorske', { name: 'Staromaiorske', cueKind: 'village' }, 'place/cue-of']]],
    ['Shelling hit the town of Vuhledar.', [['Vuhledar', { name: 'Vuhledar', cueKind: 'city' }, 'place/cue-of']]],
    ['Fighting raged in the Ukrainian region of Zaporizhzhia.', [['Zaporizhzhia', { name: 'Zaporizhzhia', cueKind: 'region', country: 'UA' }, 'place/cue-of']]],
    ['The island of Zmiinyi was retaken.', [['Zmiinyi', { name: 'Zmiinyi', cueKind: 'other' }, 'place/cue-of']]],
    ['Drones struck the Belgorod region overnight.', [['Belgorod', { name: 'Belgorod', cueKind: 'region' }, 'place/name-cue']]],
    ['Aid reached Idlib province.', [['Idlib', { name: 'Idlib', cueKind: 'region' }, 'place/name-cue']]],
    ['Russia\'s Kursk region was hit.', [['Kursk', { name: 'Kursk', cueKind: 'region', country: 'RU' }, 'place/name-cue']]],
    ['The Ivano-Frankivsk region was quiet.', [['Ivano-Frankivsk', { name: 'Ivano-Frankivsk', cueKind: 'region' }, 'place/name-cue']]],
    // The country the text gives: a nationality word before the cue.
    ['The Afghan province of Nimruz saw fighting.', [['Nimruz', { name: 'Nimruz', cueKind: 'region', country: 'AF' }, 'place/cue-of']]],
    // Lists after a plural cue, and before one: each a region, not the city of its name.
    ['Russian forces hit the regions of Chernihiv, Zhytomyr and Lviv.', [['Chernihiv', { name: 'Chernihiv', cueKind: 'region' }, 'place/cue-list'],
      ['Zhytomyr', { name: 'Zhytomyr', cueKind: 'region' }, 'place/cue-list'], ['Lviv', { name: 'Lviv', cueKind: 'region' }, 'place/cue-list']]],
    ['Fighting raged in the Donetsk and Luhansk regions.', [['Donetsk', { name: 'Donetsk', cueKind: 'region' }, 'place/cue-list'], ['Luhansk', { name: 'Luhansk', cueKind: 'region' }, 'place/cue-list']]],
    ['The cities of Kherson and Mykolaiv were shelled.', [['Kherson', { name: 'Kherson', cueKind: 'city' }, 'place/cue-list'], ['Mykolaiv', { name: 'Mykolaiv', cueKind: 'city' }, 'place/cue-list']]],
  ]);
  extractorNegatives(cuedPlace, [
    'The Council of Europe met.',
    'He visited the city of Ukrainian refugees.',
    'Residents of the Eastern Siberian region complained.',
    'The region of the country was hit.',
  ]);
});

describe('featurePlace', () => {
  extractorPositives(featurePlace, [
    ['Police closed Oxford Street in London.', [['Oxford Street', { name: 'Oxford Street', cueKind: 'other', feature: true }, 'place/feature']]],
    ['Khreshchatyk Street in Kyiv was empty.', [['Khreshchatyk Street', { name: 'Khreshchatyk Street', cueKind: 'other', feature: true }, 'place/feature']]],
    ['A bomb hit Bagram Air Base.', [['Bagram Air Base', { name: 'Bagram Air Base', cueKind: 'other', feature: true }, 'place/feature']]],
    ['They crossed the Euphrates River near the Gulf of Aden and Lake Chad.', [['Euphrates River', { name: 'Euphrates River', cueKind: 'other', feature: true }, 'place/feature'],
      ['Gulf of Aden', { name: 'Gulf of Aden', cueKind: 'other', feature: true }, 'place/feature'], ['Lake Chad', { name: 'Lake Chad', cueKind: 'other', feature: true }, 'place/feature']]],
  ]);
  extractorNegatives(featurePlace, [
    'Protesters gathered in Downing Street.', // a seat of government
    'Veterans of the Persian Gulf War marched.', // an event
    'Ships of the Black Sea Fleet sailed.', // the gazetteer knows the Black Sea whole
    'On Monday Street vendors left.',
  ]);
});

describe('gazetteerPlace', () => {
  extractorPositives(gazetteerPlace, [
    ['Missiles hit Kharkiv on Tuesday.', [['Kharkiv', { name: 'Kharkiv' }, 'place/gazetteer-city']]],
    ['Shelling hit Kherson and Mykolaiv.', [['Kherson', { name: 'Kherson' }, 'place/gazetteer-city'], ['Mykolaiv', { name: 'Mykolaiv' }, 'place/gazetteer-city']]],
    ['The delegation flew from St. Petersburg to Minsk.', [['St. Petersburg', { name: 'St. Petersburg' }, 'place/gazetteer-city'], ['Minsk', { name: 'Minsk' }, 'place/gazetteer-city']]],
    ['Kiev was shelled overnight.', [['Kiev', { name: 'Kiev' }, 'place/gazetteer-city']]],
    ['Ukraine\'s allies pledged more aid.', [['Ukraine', { name: 'Ukraine' }, 'place/gazetteer']]],
    ['The United States pledged aid.', [['United States', { name: 'United States' }, 'place/gazetteer']]],
    ['Poland closed its border.', [['Poland', { name: 'Poland' }, 'place/gazetteer']]],
  ]);
  // No evidence of a place by itself: a word or given name with no cue; a part of a longer name.
  extractorPositives(gazetteerPlace, [
    ['The EU Court of Justice ruled.', [['Justice', { name: 'Justice', weak: 'part' }, 'place/gazetteer-city']]],
    ['The Kyoto protocol expired.', [['Kyoto', { name: 'Kyoto', weak: 'part' }, 'place/gazetteer-city']]],
    ['Police closed Oxford Street.', [['Oxford', { name: 'Oxford', weak: 'part' }, 'place/gazetteer-city']]],
    ['A bomb hit the Murrah Federal Building.', [['Federal', { name: 'Federal', weak: 'part' }, 'place/gazetteer-city']]],
    // With a cue: a place ("in", a region after a comma); lower-case particles inside a name.
    ['Residents of Quincy, Massachusetts, left.', [['Quincy', { name: 'Quincy' }, 'place/gazetteer-city'], ['Massachusetts', { name: 'Massachusetts' }, 'place/gazetteer']]],
    ['Fighters took Deir ez-Zor on Monday.', [['Deir ez-Zor', { name: 'Deir ez-Zor' }, 'place/gazetteer-city']]],
    ['The Mayor of London spoke.', [['London', { name: 'London' }, 'place/gazetteer-city']]],
    // A club, a titled person, a village named like a word after "at".
    ['Manchester United won.', [['Manchester', { name: 'Manchester', weak: 'part' }, 'place/gazetteer-city']]],
    // A small town's name opening a longer name; a title after a town is no such name.
    ['Real Madrid won.', [['Madrid', { name: 'Madrid' }, 'place/gazetteer-city']]],
    ['Bucha Mayor Anatoliy Fedoruk said.', [['Bucha', { name: 'Bucha' }, 'place/gazetteer-city']]],
    ['Lord Ashcroft said.', [['Ashcroft', { name: 'Ashcroft', weak: 'part' }, 'place/gazetteer-city']]],
    ['The World at One aired.', [['One', { name: 'One', weak: 'word' }, 'place/gazetteer-city']]],
  ]);
  extractorPositives(gazetteerPlace, [
    // A town of several words, even opening a sentence; a region with its governor.
    ['Deir ez-Zor and nearly all of Syria were lost.', [['Deir ez-Zor', { name: 'Deir ez-Zor' }, 'place/gazetteer-city'], ['Syria', { name: 'Syria' }, 'place/gazetteer']]],
    ["Aragua's governor refuted the claim.", [['Aragua', { name: 'Aragua' }, 'place/gazetteer']]],
    // An abbreviated country in a compound is one token: its first part.
    ['The U.S.-led coalition struck.', [['U.S.', { name: 'U.S.' }, 'place/gazetteer']]],
  ]);
  extractorNegatives(gazetteerPlace, [
    'Ukrainian troops advanced.',
    'Veterans of the Persian Gulf War marched.',
    'Protesters gathered in Downing Street.',
    'Reading the statement, he paused.',
    'Police arrested two men.',
    'The Wall Street Journal reported it.',
    'Grace Road was closed.',
  ]);
});

describe('compromisePlaces', () => {
  extractorPositives(compromisePlaces, [
    ['Fighting continued in eastern Ukraine.', [['Ukraine', { name: 'Ukraine' }, 'place/compromise']]],
    ['Drones hit Russia\'s Kursk region.', [['Russia', { name: 'Russia' }, 'place/compromise'], ['Kursk', { name: 'Kursk' }, 'place/compromise']]],
    ['Moscow annexed the Ukrainian peninsula of Crimea.', [['Moscow', { name: 'Moscow' }, 'place/compromise'], ['Crimea', { name: 'Crimea' }, 'place/compromise']]],
    ['Refugees crossed into Poland and Moldova.', [['Poland', { name: 'Poland' }, 'place/compromise'], ['Moldova', { name: 'Moldova' }, 'place/compromise']]],
    ['Aid arrived in southern Lebanon.', [['Lebanon', { name: 'Lebanon' }, 'place/compromise']]],
    // One word the gazetteer lacks, with nothing around it that says place: no evidence by itself.
    ['While it is unclear, Basque separatists struck.', [['Basque', { name: 'Basque', weak: 'word' }, 'place/compromise']]],
    ['The attack was claimed by the Islamic State.', [['Islamic', { name: 'Islamic', weak: 'word' }, 'place/compromise']]],
    // With a word of place before or after it, or "of" after a common noun: a place.
    ['Marines stormed the coal mining city Vuhledar near Donetsk.', [['Vuhledar', { name: 'Vuhledar' }, 'place/compromise']]],
    ['The route passes through the disaster site of Chernobyl.', [['Chernobyl', { name: 'Chernobyl' }, 'place/compromise']]],
    ['He was a supervisor in Loudoun County, Virginia.', [['Loudoun', { name: 'Loudoun' }, 'place/compromise']]],
  ]);
  extractorNegatives(compromisePlaces, [
    'Veterans of the Persian Gulf War gathered.',
    'Ukrainian territory was shelled.',
    'The ministry said nothing.',
    ['Diplomats revived the Minsk Agreement on Friday.', { skip: 'bug: gives place "Minsk": compromise\'s place topic is "Minsk" alone, so the test for an event or document head ("Agreement") never sees the head (the source comment names "the Minsk Agreement" as not a place; "the Geneva Convention" gives "Geneva" the same way)' }],
  ]);
});

// ---------------------------------------------------------------------------------------------
// Refiners: mentions built by hand, as the extractors give them; the whole list they return.

describe('resolveEntities', () => {
  refinerTable(resolveEntities, [
    // An honorific makes a person even of a town's name; the honorific is not part of the name.
    ['Mr Austin said the aid would continue.',
      [['Austin', { name: 'Austin' }, 'person/honorific'], ['Austin', { name: 'Austin' }, 'place/gazetteer-city']],
      [['Austin', { name: 'Austin' }, 'person/honorific']]],
    ['Mr Washington, a lawyer, spoke.',
      [['Mr Washington', { name: 'Mr Washington', role: 'lawyer' }, 'person/appositive']],
      [['Washington', { name: 'Washington', role: 'lawyer' }, 'person/appositive']]],
    // A full name opening with a given name outranks the place inside it; a nationality alone is no organization.
    ['Anthony Washington won the final.',
      [['Anthony Washington', { name: 'Anthony Washington' }, 'person/given-name'], ['Washington', { name: 'Washington' }, 'place/gazetteer']],
      [['Anthony Washington', { name: 'Anthony Washington' }, 'person/given-name']]],
    ['Chinese police detained him.', [['Chinese', { name: 'Chinese' }, 'organization/compromise']], []],
    // A title that is a given name too ("General") is no evidence of a name.
    ['Attorney General Tarek Saab spoke.',
      [['General Tarek Saab', { name: 'General Tarek Saab' }, 'person/given-name'], ['Tarek Saab', { name: 'Tarek Saab', role: 'Attorney General' }, 'person/title']],
      [['Tarek Saab', { name: 'Tarek Saab', role: 'Attorney General' }, 'person/title']]],
    // "The Secretary of State said": the end of an office, not a name.
    ['The Secretary of State said little.', [['State', { name: 'State' }, 'person/speaker']], []],
    // A place that speaks is not a person.
    ['Moscow says the drills are routine.',
      [['Moscow', { name: 'Moscow' }, 'person/speaker'], ['Moscow', { name: 'Moscow' }, 'place/gazetteer-city']],
      [['Moscow', { name: 'Moscow' }, 'place/gazetteer-city']]],
    // A known organization that speaks is not a person.
    ['Two soldiers died, Reuters reports.',
      [['Reuters', { name: 'Reuters' }, 'person/speaker'], ['Reuters', { name: 'Reuters' }, 'organization/known']],
      [['Reuters', { name: 'Reuters' }, 'organization/known']]],
    // A title before an organization word is not a person's ("General Staff").
    ['A statement from the General Staff followed.',
      [['Staff', { name: 'Staff', role: 'General' }, 'person/title'], ['General Staff', { name: 'General Staff' }, 'organization/head-word']],
      [['General Staff', { name: 'General Staff' }, 'organization/head-word']]],
    // A place inside an organization's name is not a place.
    ['Reporters from Agence France-Presse were at the scene.',
      [['Agence France-Presse', { name: 'Agence France-Presse' }, 'organization/known'], ['France', { name: 'France' }, 'place/gazetteer']],
      [['Agence France-Presse', { name: 'Agence France-Presse' }, 'organization/known']]],
    ['The Kyiv City Council voted on Tuesday.',
      [['Kyiv City Council', { name: 'Kyiv City Council' }, 'organization/head-word'], ['Kyiv', { name: 'Kyiv' }, 'place/gazetteer-city']],
      [['Kyiv City Council', { name: 'Kyiv City Council' }, 'organization/head-word']]],
    // A country the gazetteer knows whole is not a head-word organization; the date passes through.
    ['The Soviet Union collapsed in 1991.',
      [['Soviet Union', { name: 'Soviet Union' }, 'organization/head-word'], ['Soviet Union', { name: 'Soviet Union' }, 'place/gazetteer'], ['1991', { parts: { year: 1991 } }, 'date/bare-year']],
      [['Soviet Union', { name: 'Soviet Union' }, 'place/gazetteer'], ['1991', { parts: { year: 1991 } }, 'date/bare-year']]],
    // The stronger rule wins the phrase.
    ['Olena Kovalenko, a spokeswoman for the army, said two people died.',
      [['Olena Kovalenko', { name: 'Olena Kovalenko' }, 'person/given-name'], ['Olena Kovalenko', { name: 'Olena Kovalenko', role: 'spokeswoman for the army' }, 'person/appositive']],
      [['Olena Kovalenko', { name: 'Olena Kovalenko', role: 'spokeswoman for the army' }, 'person/appositive']]],
    // Two rules agree on a span: the stronger one is kept, with the role the weaker one found.
    ['On Friday, Prime Minister Boris Johnson said he would resign.',
      [['Boris Johnson', { name: 'Boris Johnson' }, 'person/speaker'], ['Boris Johnson', { name: 'Boris Johnson', role: 'Prime Minister' }, 'person/compromise']],
      [['Boris Johnson', { name: 'Boris Johnson', role: 'Prime Minister' }, 'person/speaker']]],
    // A nationality before a name is cut off.
    ['On Friday, Australian Anthony Hill said he was innocent.',
      [['Australian Anthony Hill', { name: 'Australian Anthony Hill' }, 'person/speaker']],
      [['Anthony Hill', { name: 'Anthony Hill' }, 'person/speaker']]],
    ['Jordan Henderson said the match was tough.',
      [['Jordan Henderson', { name: 'Jordan Henderson' }, 'person/given-name'], ['Jordan', { name: 'Jordan' }, 'place/gazetteer']],
      [['Jordan Henderson', { name: 'Jordan Henderson' }, 'person/given-name']],
      { skip: 'bug: a given name that is also a country loses the whole name: place/gazetteer (strength 4) beats person/given-name (3), so only place "Jordan" is kept' }],
  ]);
  describe('near misses: kept as they are', () => {
    refinerTable(resolveEntities, [
      // A small town's name that speaks is a surname.
      ['Clinton said the vote was close.', [['Clinton', { name: 'Clinton' }, 'person/speaker']], [['Clinton', { name: 'Clinton' }, 'person/speaker']]],
      ['Ivan Petrenko met officials in Lviv.',
        [['Ivan Petrenko', { name: 'Ivan Petrenko' }, 'person/given-name'], ['Lviv', { name: 'Lviv' }, 'place/gazetteer-city']],
        [['Ivan Petrenko', { name: 'Ivan Petrenko' }, 'person/given-name'], ['Lviv', { name: 'Lviv' }, 'place/gazetteer-city']]],
      // A place next to an organization, not inside it.
      ['Kyiv asked the UNHCR for help.',
        [['Kyiv', { name: 'Kyiv' }, 'place/gazetteer-city'], ['UNHCR', { name: 'UNHCR' }, 'organization/acronym']],
        [['Kyiv', { name: 'Kyiv' }, 'place/gazetteer-city'], ['UNHCR', { name: 'UNHCR' }, 'organization/acronym']]],
      // A person and a place side by side, neither inside the other.
      ['Mayor Vitali Klitschko spoke in Kyiv.',
        [['Vitali Klitschko', { name: 'Vitali Klitschko', role: 'Mayor' }, 'person/title'], ['Kyiv', { name: 'Kyiv' }, 'place/gazetteer-city']],
        [['Vitali Klitschko', { name: 'Vitali Klitschko', role: 'Mayor' }, 'person/title'], ['Kyiv', { name: 'Kyiv' }, 'place/gazetteer-city']]],
    ]);
  });
});

describe('sportsTeams', () => {
  refinerTable(sportsTeams, [
    // A result verb after the town.
    ['Leeds beat Everton 2-1 in the league match, and the striker was praised.',
      [['Leeds', { name: 'Leeds' }, 'place/gazetteer-city']],
      [['Leeds', { name: 'Leeds' }, 'organization/team']]],
    // A result verb before it; once a team, a team everywhere in the article.
    ['Leeds beat Hull in the league. Leeds fans filled the stadium.',
      [['Leeds', { name: 'Leeds' }, 'place/gazetteer-city'], ['Hull', { name: 'Hull' }, 'place/gazetteer-city'], ['Leeds', { name: 'Leeds' }, 'place/gazetteer-city', 1]],
      [['Leeds', { name: 'Leeds' }, 'organization/team'], ['Hull', { name: 'Hull' }, 'organization/team'], ['Leeds', { name: 'Leeds' }, 'organization/team', 1]]],
    // A role noun after the town.
    ['Bristol captain Tom Hale led the rugby side in the championship.',
      [['Bristol', { name: 'Bristol' }, 'place/gazetteer-city']],
      [['Bristol', { name: 'Bristol' }, 'organization/team']]],
    // A club's prefix or suffix: the club's whole name.
    ['Dynamo Moscow lost the football league match.',
      [['Moscow', { name: 'Moscow' }, 'place/gazetteer-city']],
      [['Dynamo Moscow', { name: 'Dynamo Moscow' }, 'organization/team']]],
    ['Manchester United fans cheered as the striker scored in the league.',
      [['Manchester', { name: 'Manchester' }, 'place/gazetteer-city']],
      [['Manchester United', { name: 'Manchester United' }, 'organization/team']]],
    // The venue stays a place; the team it hosts does not.
    ['At Leicester, Yorkshire beat Kent by six wickets in the cricket championship.',
      [['Leicester', { name: 'Leicester' }, 'place/gazetteer-city'], ['Kent', { name: 'Kent' }, 'place/gazetteer']],
      [['Leicester', { name: 'Leicester' }, 'place/gazetteer-city'], ['Kent', { name: 'Kent' }, 'organization/team']]],
  ]);
  describe('near misses: kept as they are', () => {
    refinerTable(sportsTeams, [
      // Not a sports report.
      ['Leeds beat the deadline for the grant.', [['Leeds', { name: 'Leeds' }, 'place/gazetteer-city']], [['Leeds', { name: 'Leeds' }, 'place/gazetteer-city']]],
      // Countries and home nations keep their names.
      ['England beat France in the rugby championship.',
        [['England', { name: 'England' }, 'place/gazetteer'], ['France', { name: 'France' }, 'place/gazetteer']],
        [['England', { name: 'England' }, 'place/gazetteer'], ['France', { name: 'France' }, 'place/gazetteer']]],
      // A sports report, but nothing says the town is a team.
      ['The tournament moved to Leicester after the league vote.',
        [['Leicester', { name: 'Leicester' }, 'place/gazetteer-city']], [['Leicester', { name: 'Leicester' }, 'place/gazetteer-city']]],
      // A dateline.
      ['LONDON, May 3 (Reuters) - The football league suspended the referee.',
        [['LONDON', { name: 'LONDON' }, 'place/gazetteer-city']], [['LONDON', { name: 'LONDON' }, 'place/gazetteer-city']]],
    ]);
  });
});

describe('dropRoleModifierPlaces', () => {
  refinerTable(dropRoleModifierPlaces, [
    ['US President Joe Biden signed the bill.',
      [['US', { name: 'US' }, 'place/gazetteer'], ['Joe Biden', { name: 'Joe Biden', role: 'US President' }, 'person/title']],
      [['Joe Biden', { name: 'Joe Biden', role: 'US President' }, 'person/title']]],
    ['UK Defence Secretary Ben Wallace visited the troops.',
      [['UK', { name: 'UK' }, 'place/gazetteer'], ['Ben Wallace', { name: 'Ben Wallace', role: 'UK Defence Secretary' }, 'person/title']],
      [['Ben Wallace', { name: 'Ben Wallace', role: 'UK Defence Secretary' }, 'person/title']]],
    ['Kharkiv Mayor Ihor Terekhov said power was restored in Kharkiv.',
      [['Kharkiv', { name: 'Kharkiv' }, 'place/gazetteer-city'], ['Ihor Terekhov', { name: 'Ihor Terekhov', role: 'Kharkiv Mayor' }, 'person/title'], ['Kharkiv', { name: 'Kharkiv' }, 'place/gazetteer-city', 1]],
      [['Ihor Terekhov', { name: 'Ihor Terekhov', role: 'Kharkiv Mayor' }, 'person/title'], ['Kharkiv', { name: 'Kharkiv' }, 'place/gazetteer-city', 1]]],
    ['US President Joe Biden met UK Prime Minister Rishi Sunak.',
      [['US', { name: 'US' }, 'place/gazetteer'], ['Joe Biden', { name: 'Joe Biden', role: 'US President' }, 'person/title'],
        ['UK', { name: 'UK' }, 'place/gazetteer'], ['Rishi Sunak', { name: 'Rishi Sunak', role: 'UK Prime Minister' }, 'person/title']],
      [['Joe Biden', { name: 'Joe Biden', role: 'US President' }, 'person/title'], ['Rishi Sunak', { name: 'Rishi Sunak', role: 'UK Prime Minister' }, 'person/title']]],
  ]);
  describe('near misses: kept as they are', () => {
    refinerTable(dropRoleModifierPlaces, [
      // With an article the country is named as such.
      ['He met the US President Joe Biden in Rome.',
        [['US', { name: 'US' }, 'place/gazetteer'], ['Joe Biden', { name: 'Joe Biden', role: 'US President' }, 'person/title'], ['Rome', { name: 'Rome' }, 'place/gazetteer-city']],
        [['US', { name: 'US' }, 'place/gazetteer'], ['Joe Biden', { name: 'Joe Biden', role: 'US President' }, 'person/title'], ['Rome', { name: 'Rome' }, 'place/gazetteer-city']]],
      // The role does not name the place.
      ['In Kyiv, President Volodymyr Zelenskyy spoke.',
        [['Kyiv', { name: 'Kyiv' }, 'place/gazetteer-city'], ['Volodymyr Zelenskyy', { name: 'Volodymyr Zelenskyy', role: 'President' }, 'person/title']],
        [['Kyiv', { name: 'Kyiv' }, 'place/gazetteer-city'], ['Volodymyr Zelenskyy', { name: 'Volodymyr Zelenskyy', role: 'President' }, 'person/title']]],
      // The place comes after the person.
      ['President Joe Biden flew to Kyiv.',
        [['Joe Biden', { name: 'Joe Biden', role: 'President' }, 'person/title'], ['Kyiv', { name: 'Kyiv' }, 'place/gazetteer-city']],
        [['Joe Biden', { name: 'Joe Biden', role: 'President' }, 'person/title'], ['Kyiv', { name: 'Kyiv' }, 'place/gazetteer-city']]],
      // A person without a role.
      ['Kharkiv resident Ihor Bondar was wounded.',
        [['Kharkiv', { name: 'Kharkiv' }, 'place/gazetteer-city'], ['Ihor Bondar', { name: 'Ihor Bondar' }, 'person/given-name']],
        [['Kharkiv', { name: 'Kharkiv' }, 'place/gazetteer-city'], ['Ihor Bondar', { name: 'Ihor Bondar' }, 'person/given-name']]],
    ]);
  });
});

describe('extendNames', () => {
  refinerTable(extendNames, [
    ['Officials said Kasym Tokayev arrived.', [['Tokayev', { name: 'Tokayev' }, 'person/compromise']], [['Kasym Tokayev', { name: 'Kasym Tokayev' }, 'person/compromise']]],
    ['On Sunday, Wahab Riaz took three wickets.', [['Riaz', { name: 'Riaz' }, 'person/compromise']], [['Wahab Riaz', { name: 'Wahab Riaz' }, 'person/compromise']]],
    // The value's other fields stay.
    ['The envoy met Nurlan Seitkali in Astana.',
      [['Seitkali', { name: 'Seitkali', role: 'envoy' }, 'person/compromise']],
      [['Nurlan Seitkali', { name: 'Nurlan Seitkali', role: 'envoy' }, 'person/compromise']]],
    // Only the person is extended; the others pass through.
    ['In Kyiv, Kasym Tokayev met Reuters.',
      [['Kyiv', { name: 'Kyiv' }, 'place/gazetteer-city'], ['Tokayev', { name: 'Tokayev' }, 'person/compromise'], ['Reuters', { name: 'Reuters' }, 'organization/known']],
      [['Kyiv', { name: 'Kyiv' }, 'place/gazetteer-city'], ['Kasym Tokayev', { name: 'Kasym Tokayev' }, 'person/compromise'], ['Reuters', { name: 'Reuters' }, 'organization/known']]],
  ]);
  describe('near misses: kept as they are', () => {
    refinerTable(extendNames, [
      ['Minister Sohail spoke.', [['Sohail', { name: 'Sohail' }, 'person/honorific']], [['Sohail', { name: 'Sohail' }, 'person/honorific']]],
      ['Then Akram bowled.', [['Akram', { name: 'Akram' }, 'person/compromise']], [['Akram', { name: 'Akram' }, 'person/compromise']]],
      ['The bowling was poor, said Akram.', [['Akram', { name: 'Akram' }, 'person/speaker']], [['Akram', { name: 'Akram' }, 'person/speaker']]],
      ['On Monday Pakistan\'s Akram bowled.', [['Akram', { name: 'Akram' }, 'person/compromise']], [['Akram', { name: 'Akram' }, 'person/compromise']]],
      // A word another mention claims.
      ['In Lahore Riaz bowled.',
        [['Lahore', { name: 'Lahore' }, 'place/gazetteer-city'], ['Riaz', { name: 'Riaz' }, 'person/compromise']],
        [['Lahore', { name: 'Lahore' }, 'place/gazetteer-city'], ['Riaz', { name: 'Riaz' }, 'person/compromise']]],
      // Already two words.
      ['Officials said Kasym Tokayev arrived.', [['Kasym Tokayev', { name: 'Kasym Tokayev' }, 'person/given-name']], [['Kasym Tokayev', { name: 'Kasym Tokayev' }, 'person/given-name']]],
    ]);
  });
});

describe('linkSurnames', () => {
  refinerTable(linkSurnames, [
    ['Foreign Minister Sergei Lavrov arrived. Lavrov said the talks were useful.',
      [['Sergei Lavrov', { name: 'Sergei Lavrov', role: 'Foreign Minister' }, 'person/title']],
      [['Sergei Lavrov', { name: 'Sergei Lavrov', role: 'Foreign Minister' }, 'person/title'], ['Lavrov', { name: 'Lavrov' }, 'person/surname', 1]]],
    // Possessives are left out.
    ['Ivan Petrenko was detained. Petrenko\'s lawyer appealed.',
      [['Ivan Petrenko', { name: 'Ivan Petrenko' }, 'person/given-name']],
      [['Ivan Petrenko', { name: 'Ivan Petrenko' }, 'person/given-name'], ['Petrenko', { name: 'Petrenko' }, 'person/surname', 1]]],
    // A surname with a particle.
    ['Ahmed Bin Salem met the envoys. Bin Salem said nothing.',
      [['Ahmed Bin Salem', { name: 'Ahmed Bin Salem' }, 'person/given-name']],
      [['Ahmed Bin Salem', { name: 'Ahmed Bin Salem' }, 'person/given-name'], ['Bin Salem', { name: 'Bin Salem' }, 'person/surname', 1]]],
    // A place of the same name as a surname is the person.
    ['Coach Mark Houston praised the defence. Houston said the team held.',
      [['Mark Houston', { name: 'Mark Houston', role: 'Coach' }, 'person/title'], ['Houston', { name: 'Houston' }, 'place/gazetteer-city', 1]],
      [['Mark Houston', { name: 'Mark Houston', role: 'Coach' }, 'person/title'], ['Houston', { name: 'Houston' }, 'person/surname', 1]]],
    // A lone name a title vouches for is repeated alone.
    ['President Clinton spoke. Clinton said the talks were useful.',
      [['Clinton', { name: 'Clinton', role: 'President' }, 'person/title']],
      [['Clinton', { name: 'Clinton', role: 'President' }, 'person/title'], ['Clinton', { name: 'Clinton' }, 'person/surname', 1]]],
    // Two halves of one name, found by two rules, are joined.
    ['Aung San Suu Kyi spoke. Members of Suu Kyi party waited.',
      [['Aung San Suu Kyi', { name: 'Aung San Suu Kyi' }, 'person/compromise'], ['Suu', { name: 'Suu' }, 'person/compromise', 1]],
      [['Aung San Suu Kyi', { name: 'Aung San Suu Kyi' }, 'person/compromise'], ['Suu Kyi', { name: 'Suu Kyi' }, 'person/compromise', 1]]],
    // Where the family name comes first, the first word stands for the person too.
    ['Wang Yi met envoys. Wang said the talks were useful.',
      [['Wang Yi', { name: 'Wang Yi' }, 'person/compromise']],
      [['Wang Yi', { name: 'Wang Yi' }, 'person/compromise'], ['Wang', { name: 'Wang' }, 'person/surname', 1]]],
  ]);
  describe('near misses: nothing added', () => {
    refinerTable(linkSurnames, [
      ['Lavrov said the talks were useful.', [['Lavrov', { name: 'Lavrov' }, 'person/speaker']], [['Lavrov', { name: 'Lavrov' }, 'person/speaker']]],
      // A cue made it a place.
      ['Mayor Ann Clinton visited the town of Clinton.',
        [['Ann Clinton', { name: 'Ann Clinton', role: 'Mayor' }, 'person/title'], ['Clinton', { name: 'Clinton', cueKind: 'city' }, 'place/cue-of', 1]],
        [['Ann Clinton', { name: 'Ann Clinton', role: 'Mayor' }, 'person/title'], ['Clinton', { name: 'Clinton', cueKind: 'city' }, 'place/cue-of', 1]]],
      // The surname inside an organization's name.
      ['Sergei Lavrov spoke. The Lavrov Foundation disagreed.',
        [['Sergei Lavrov', { name: 'Sergei Lavrov' }, 'person/given-name'], ['Lavrov Foundation', { name: 'Lavrov Foundation' }, 'organization/head-word']],
        [['Sergei Lavrov', { name: 'Sergei Lavrov' }, 'person/given-name'], ['Lavrov Foundation', { name: 'Lavrov Foundation' }, 'organization/head-word']]],
      // A first word the article also writes in lower case does not stand for the person.
      ['Grace Okafor spoke as the grace period ended. Grace left early.',
        [['Grace Okafor', { name: 'Grace Okafor' }, 'person/given-name']],
        [['Grace Okafor', { name: 'Grace Okafor' }, 'person/given-name']]],
    ]);
  });
});

describe('linkAcronyms', () => {
  refinerTable(linkAcronyms, [
    ['The Islamic State group claimed it; IS fighters fled.',
      [['Islamic State', { name: 'Islamic State' }, 'organization/known']],
      [['Islamic State', { name: 'Islamic State' }, 'organization/known'], ['IS', { name: 'IS' }, 'organization/acronym-of']]],
    // The acronym in brackets after the name, and a place of the same letters replaced.
    ['The Defense Intelligence Agency (DIA) said so; the DIA added more.',
      [['Defense Intelligence Agency', { name: 'Defense Intelligence Agency' }, 'organization/head-word'], ['DIA', { name: 'DIA' }, 'organization/acronym'],
        ['DIA', { name: 'DIA' }, 'place/gazetteer', 1]],
      [['Defense Intelligence Agency', { name: 'Defense Intelligence Agency' }, 'organization/head-word'], ['DIA', { name: 'DIA' }, 'organization/acronym'],
        ['DIA', { name: 'DIA' }, 'organization/acronym-of', 1]]],
  ]);
  describe('near misses: nothing added', () => {
    refinerTable(linkAcronyms, [
      // No name of the article stands behind the letters.
      ['IS fighters fled to Iceland.', [['Iceland', { name: 'Iceland' }, 'place/gazetteer']], [['Iceland', { name: 'Iceland' }, 'place/gazetteer']]],
      // A line in capitals is shouted, not an acronym.
      ['The Islamic State claimed it.\nWHY IS IT SO', [['Islamic State', { name: 'Islamic State' }, 'organization/known']], [['Islamic State', { name: 'Islamic State' }, 'organization/known']]],
    ]);
  });
});

describe('linkShortOrgNames', () => {
  refinerTable(linkShortOrgNames, [
    ['The Wall Street Journal reported the deal, the Journal said.',
      [['Wall Street Journal', { name: 'Wall Street Journal' }, 'organization/head-word']],
      [['Wall Street Journal', { name: 'Wall Street Journal' }, 'organization/head-word'], ['Journal', { name: 'Journal' }, 'organization/short-form', 1]]],
    ['The Ukrainian Defense Ministry denied it. Later the Ministry confirmed the strike.',
      [['Ukrainian Defense Ministry', { name: 'Ukrainian Defense Ministry' }, 'organization/head-word']],
      [['Ukrainian Defense Ministry', { name: 'Ukrainian Defense Ministry' }, 'organization/head-word'], ['Ministry', { name: 'Ministry' }, 'organization/short-form', 1]]],
    ['The Security Council met. The Council\'s statement followed.',
      [['Security Council', { name: 'Security Council' }, 'organization/head-word']],
      [['Security Council', { name: 'Security Council' }, 'organization/head-word'], ['Council', { name: 'Council' }, 'organization/short-form', 1]]],
    ['The Kyiv Post and the Azov Brigade were named; the Brigade denied it and the Post confirmed it.',
      [['Kyiv Post', { name: 'Kyiv Post' }, 'organization/head-word'], ['Azov Brigade', { name: 'Azov Brigade' }, 'organization/head-word']],
      [['Kyiv Post', { name: 'Kyiv Post' }, 'organization/head-word'], ['Azov Brigade', { name: 'Azov Brigade' }, 'organization/head-word'],
        ['Brigade', { name: 'Brigade' }, 'organization/short-form', 1], ['Post', { name: 'Post' }, 'organization/short-form', 1]]],
  ]);
  describe('near misses: nothing added', () => {
    refinerTable(linkShortOrgNames, [
      ['The Wall Street Journal reported it, a Journal editor said.',
        [['Wall Street Journal', { name: 'Wall Street Journal' }, 'organization/head-word']], [['Wall Street Journal', { name: 'Wall Street Journal' }, 'organization/head-word']]],
      // The last word is not an organization word.
      ['Reuters reported it, the Reuters desk said.', [['Reuters', { name: 'Reuters' }, 'organization/known']], [['Reuters', { name: 'Reuters' }, 'organization/known']]],
      // The short form is already part of another organization's mention.
      ['The Kyiv City Council met, and the Council of Europe objected.',
        [['Kyiv City Council', { name: 'Kyiv City Council' }, 'organization/head-word'], ['Council of Europe', { name: 'Council of Europe' }, 'organization/head-word']],
        [['Kyiv City Council', { name: 'Kyiv City Council' }, 'organization/head-word'], ['Council of Europe', { name: 'Council of Europe' }, 'organization/head-word']]],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Assemblers: the final mentions of a kind in, the contract's facts out.

/** Where a fact's mention is: its text, the nth occurrence in the sentence. */
type At = string | readonly [text: string, nth: number];
const span = (sentence: string, w: At): { start: number; end: number; text: string } => {
  const [text, nth] = typeof w === 'string' ? [w, 0] : w;
  const start = at(sentence, text, nth);
  return { start, end: start + text.length, text };
};

/** Runs an assembler stage alone on mentions built by hand. */
function assemble<K extends 'people' | 'places' | 'organizations'>(name: string, key: K, sentence: string, input: readonly M[]) {
  const doc = docOf(sentence);
  return stage(name).run(doc, { mentions: sorted(input.map((m) => built(sentence, m))) }, bufferedCtx())[key];
}

type PersonWant = Omit<Person, 'mentions'> & { mentions: readonly At[] };
const person = (sentence: string, p: PersonWant): Person => ({ ...p, mentions: p.mentions.map((w) => span(sentence, w)) });

describe('assemblePeople', () => {
  const table = (rows: readonly (readonly [sentence: string, input: readonly M[], people: readonly PersonWant[]])[]): void => {
    test.for(rows)('%s', ([sentence, input, people]) => {
      expect(assemble('assemblePeople', 'people', sentence, input)).toEqual(people.map((p) => person(sentence, p)));
    });
  };
  table([
    // After an honorific a name is a family name: "Mr Howard" is Michael Howard, not Howard Flight.
    ['Howard Flight quit. Michael Howard spoke. Mr Howard insisted.',
      [['Howard Flight', { name: 'Howard Flight' }, 'person/given-name'], ['Michael Howard', { name: 'Michael Howard' }, 'person/given-name'],
        ['Howard', { name: 'Howard' }, 'person/honorific', 2]],
      [{ name: 'Howard Flight', mentions: ['Howard Flight'], role: null, aliases: [], rule: 'person/given-name' },
        { name: 'Michael Howard', mentions: ['Michael Howard', ['Howard', 2]], role: null, aliases: ['Howard'], rule: 'person/given-name' }]],
    // A surname after the full name: one person, the fullest name, the role its mention gave.
    ['Foreign Minister Sergei Lavrov arrived. Lavrov said the talks were useful.',
      [['Sergei Lavrov', { name: 'Sergei Lavrov', role: 'Foreign Minister' }, 'person/title'], ['Lavrov', { name: 'Lavrov' }, 'person/surname', 1]],
      [{ name: 'Sergei Lavrov', mentions: ['Sergei Lavrov', ['Lavrov', 1]], role: 'Foreign Minister', aliases: ['Lavrov'], rule: 'person/title' }]],
    // Spellings of one transliterated name.
    ['Oleksandr Syrskyi visited the front. Oleksandr Syrsky later met the troops.',
      [['Oleksandr Syrskyi', { name: 'Oleksandr Syrskyi' }, 'person/given-name'], ['Oleksandr Syrsky', { name: 'Oleksandr Syrsky' }, 'person/given-name']],
      [{ name: 'Oleksandr Syrskyi', mentions: ['Oleksandr Syrskyi', 'Oleksandr Syrsky'], role: null, aliases: ['Oleksandr Syrsky'], rule: 'person/given-name' }]],
    // The role comes from whichever mention gives one; the rule from the first mention.
    ['Olena Kovalenko arrived. Olena Kovalenko, a spokeswoman for the army, said two people died.',
      [['Olena Kovalenko', { name: 'Olena Kovalenko' }, 'person/given-name'], ['Olena Kovalenko', { name: 'Olena Kovalenko', role: 'spokeswoman for the army' }, 'person/appositive', 1]],
      [{ name: 'Olena Kovalenko', mentions: ['Olena Kovalenko', ['Olena Kovalenko', 1]], role: 'spokeswoman for the army', aliases: [], rule: 'person/given-name' }]],
    // Named only in a credit: marked as such.
    ['Troops patrol the border.\nAnna Petrova—AFP',
      [['Anna Petrova', { name: 'Anna Petrova', credit: true }, 'person/credit-dash']],
      [{ name: 'Anna Petrova', mentions: ['Anna Petrova'], role: null, aliases: [], credit: true, rule: 'person/credit-dash' }]],
    // Named in the text as well: not a credit.
    ['Anna Petrova said the troops had left.\nAnna Petrova—AFP',
      [['Anna Petrova', { name: 'Anna Petrova' }, 'person/speaker'], ['Anna Petrova', { name: 'Anna Petrova', credit: true }, 'person/credit-dash', 1]],
      [{ name: 'Anna Petrova', mentions: ['Anna Petrova', ['Anna Petrova', 1]], role: null, aliases: [], rule: 'person/speaker' }]],
    // Family name first: the first word alone is the same person.
    ['Wang Yi met envoys. Wang said the talks were useful.',
      [['Wang Yi', { name: 'Wang Yi' }, 'person/compromise'], ['Wang', { name: 'Wang' }, 'person/surname', 1]],
      [{ name: 'Wang Yi', mentions: ['Wang Yi', ['Wang', 1]], role: null, aliases: ['Wang'], rule: 'person/compromise' }]],
    // Two people, each with a short form, in the order they are first named.
    ['Antony Blinken met Wang Yi. Blinken said the meeting was frank, and Wang agreed.',
      [['Antony Blinken', { name: 'Antony Blinken' }, 'person/given-name'], ['Wang Yi', { name: 'Wang Yi' }, 'person/compromise'],
        ['Blinken', { name: 'Blinken' }, 'person/surname', 1], ['Wang', { name: 'Wang' }, 'person/surname', 1]],
      [{ name: 'Antony Blinken', mentions: ['Antony Blinken', ['Blinken', 1]], role: null, aliases: ['Blinken'], rule: 'person/given-name' },
        { name: 'Wang Yi', mentions: ['Wang Yi', ['Wang', 1]], role: null, aliases: ['Wang'], rule: 'person/compromise' }]],
  ]);
  describe('near misses: kept apart', () => {
    table([
      ['Ivan Petrenko and Oksana Petrenko were detained.',
        [['Ivan Petrenko', { name: 'Ivan Petrenko' }, 'person/given-name'], ['Oksana Petrenko', { name: 'Oksana Petrenko' }, 'person/given-name']],
        [{ name: 'Ivan Petrenko', mentions: ['Ivan Petrenko'], role: null, aliases: [], rule: 'person/given-name' },
          { name: 'Oksana Petrenko', mentions: ['Oksana Petrenko'], role: null, aliases: [], rule: 'person/given-name' }]],
      // Close spellings of different surnames.
      ['Dmytro Kuleba met Dmytro Kulyk.',
        [['Dmytro Kuleba', { name: 'Dmytro Kuleba' }, 'person/given-name'], ['Dmytro Kulyk', { name: 'Dmytro Kulyk' }, 'person/given-name']],
        [{ name: 'Dmytro Kuleba', mentions: ['Dmytro Kuleba'], role: null, aliases: [], rule: 'person/given-name' },
          { name: 'Dmytro Kulyk', mentions: ['Dmytro Kulyk'], role: null, aliases: [], rule: 'person/given-name' }]],
      // One given name, two people.
      ['Taras Bondar and Taras Shevchenko were wounded.',
        [['Taras Bondar', { name: 'Taras Bondar' }, 'person/given-name'], ['Taras Shevchenko', { name: 'Taras Shevchenko' }, 'person/given-name']],
        [{ name: 'Taras Bondar', mentions: ['Taras Bondar'], role: null, aliases: [], rule: 'person/given-name' },
          { name: 'Taras Shevchenko', mentions: ['Taras Shevchenko'], role: null, aliases: [], rule: 'person/given-name' }]],
      ['Nobody was named.', [], []],
    ]);
  });
});

type PlaceWant = Omit<Place, 'mentions' | 'lat' | 'lon'> & { mentions: readonly At[]; lat: number | null; lon: number | null };
/** A Place as expected: coordinates to two decimals (the gazetteer's own precision varies). */
const place = (sentence: string, p: PlaceWant): Place => ({
  ...p, mentions: p.mentions.map((w) => span(sentence, w)),
  lat: p.lat === null ? null : expect.closeTo(p.lat, 2), lon: p.lon === null ? null : expect.closeTo(p.lon, 2),
}) as Place;

describe('assemblePlaces', () => {
  type Row = readonly [sentence: string, input: readonly M[], places: readonly PlaceWant[], skip?: Skip];
  const table = (rows: readonly Row[]): void => {
    const check = (sentence: string, input: readonly M[], places: readonly PlaceWant[]): void => {
      expect(assemble('assemblePlaces', 'places', sentence, input)).toEqual(places.map((p) => place(sentence, p)));
    };
    test.for(rows.filter((r) => !r[3]))('%s', ([sentence, input, places]) => check(sentence, input, places));
    for (const [sentence, input, places, skip] of rows) if (skip) test.skip(`${sentence} [skipped: ${skip.skip}]`, () => check(sentence, input, places));
  };
  const UKRAINE: Omit<PlaceWant, 'mentions'> = { name: 'Ukraine', kind: 'country', countryCode: 'UA', lat: 49, lon: 32, geonameId: null, aliases: [], rule: 'place/gazetteer' };
  table([
    // An exonym and the name: one place, resolved to the gazetteer's entry.
    ['Kyiv was shelled. Drones flew over Kiev.',
      [['Kyiv', { name: 'Kyiv' }, 'place/gazetteer-city'], ['Kiev', { name: 'Kiev' }, 'place/gazetteer-city']],
      [{ name: 'Kyiv', mentions: ['Kyiv', 'Kiev'], kind: 'city', countryCode: 'UA', lat: 50.45, lon: 30.52, geonameId: 703448, aliases: ['Kiev'], rule: 'place/gazetteer-city' }]],
    ['Ships left Odesa. Odessa was quiet.',
      [['Odesa', { name: 'Odesa' }, 'place/gazetteer-city'], ['Odessa', { name: 'Odessa' }, 'place/gazetteer-city']],
      [{ name: 'Odesa', mentions: ['Odesa', 'Odessa'], kind: 'city', countryCode: 'UA', lat: 46.48, lon: 30.73, geonameId: 698740, aliases: ['Odessa'], rule: 'place/gazetteer-city' }]],
    // An ambiguous name in a Ukraine story is the Ukrainian city.
    ['Shelling hit Donetsk in eastern Ukraine.',
      [['Donetsk', { name: 'Donetsk' }, 'place/gazetteer-city'], ['Ukraine', { name: 'Ukraine' }, 'place/gazetteer']],
      [{ name: 'Donetsk', mentions: ['Donetsk'], kind: 'city', countryCode: 'UA', lat: 48.02, lon: 37.8, geonameId: 709717, aliases: [], rule: 'place/gazetteer-city' },
        { ...UKRAINE, mentions: ['Ukraine'] }]],
    // A village the gazetteer lacks: its cue kind, and the article's country.
    ['Troops entered the village of Staromaiorske in Ukraine.',
      [['Staromaiorske', { name: 'Staromaiorske', cueKind: 'village' }, 'place/cue-of'], ['Ukraine', { name: 'Ukraine' }, 'place/gazetteer']],
      [{ name: 'Staromaiorske', mentions: ['Staromaiorske'], kind: 'village', countryCode: 'UA', lat: null, lon: null, geonameId: null, aliases: [], rule: 'place/cue-of' },
        { ...UKRAINE, mentions: ['Ukraine'] }]],
    // A region cue chooses the region (its ISO code), the bare name the city.
    ['Drones struck the Kursk region; Kursk itself was calm.',
      [['Kursk', { name: 'Kursk', cueKind: 'region' }, 'place/name-cue'], ['Kursk', { name: 'Kursk' }, 'place/gazetteer-city', 1]],
      [{ name: 'Kursk', mentions: ['Kursk'], kind: 'region', countryCode: 'RU', lat: 51.73, lon: 36.19, geonameId: null, regionCode: 'RU-KRS', aliases: [], rule: 'place/name-cue' },
        { name: 'Kursk', mentions: [['Kursk', 1]], kind: 'city', countryCode: 'RU', lat: 51.74, lon: 36.19, geonameId: 538560, aliases: [], rule: 'place/gazetteer-city' }]],
    // A national capital; the gazetteer's own name becomes an alias.
    ['Officials in Washington and London agreed.',
      [['Washington', { name: 'Washington' }, 'place/gazetteer-city'], ['London', { name: 'London' }, 'place/gazetteer-city']],
      [{ name: 'Washington', mentions: ['Washington'], kind: 'city', countryCode: 'US', lat: 38.9, lon: -77.04, geonameId: 4140963, aliases: ['Washington, D.C.'], rule: 'place/gazetteer-city' },
        { name: 'London', mentions: ['London'], kind: 'city', countryCode: 'GB', lat: 51.51, lon: -0.13, geonameId: 2643743, admin1: 'GB-ENG', aliases: [], rule: 'place/gazetteer-city' }]],
    // Unknown, without a cue: no kind or country is made up.
    ['Clashes were reported near Zelenopillia.',
      [['Zelenopillia', { name: 'Zelenopillia' }, 'place/compromise']],
      [{ name: 'Zelenopillia', mentions: ['Zelenopillia'], kind: 'other', countryCode: null, lat: null, lon: null, geonameId: null, aliases: [], rule: 'place/compromise' }]],
    ['Russian troops shelled Donetsk.',
      [['Donetsk', { name: 'Donetsk' }, 'place/gazetteer-city']],
      [{ name: 'Donetsk', mentions: ['Donetsk'], kind: 'city', countryCode: 'UA', lat: 48.02, lon: 37.8, geonameId: 709717, aliases: [], rule: 'place/gazetteer-city' }],
      { skip: 'gap (as designed): the demonym of the side that shells makes Russia the focus country, so Donetsk resolves to the small Russian town (geonameId 565348, RU) rather than the Ukrainian city twenty times larger; it follows choose()\'s documented scoring, but the reading is wrong' }],
    // Evidence: a part of a longer name alone is no place; with a plain mention of it, one place.
    ['The Kyoto protocol expired.', [['Kyoto', { name: 'Kyoto', weak: 'part' }, 'place/gazetteer-city']], []],
    ['The Minsk agreement was signed in Minsk.',
      [['Minsk', { name: 'Minsk', weak: 'part' }, 'place/gazetteer-city'], ['Minsk', { name: 'Minsk' }, 'place/gazetteer-city', 1]],
      [{ name: 'Minsk', mentions: ['Minsk', ['Minsk', 1]], kind: 'city', countryCode: 'BY', lat: 53.9, lon: 27.57, geonameId: 625144, aliases: [], rule: 'place/gazetteer-city' }]],
    // A word that is also a town: kept near a known place of its country (Reading, 60 km from London), not
    // 185 km away (Street, Somerset).
    ['Police in London, Reading and Street said.',
      [['London', { name: 'London' }, 'place/gazetteer-city'], ['Reading', { name: 'Reading', weak: 'word' }, 'place/gazetteer-city'], ['Street', { name: 'Street', weak: 'word' }, 'place/gazetteer-city']],
      [{ name: 'London', mentions: ['London'], kind: 'city', countryCode: 'GB', lat: 51.51, lon: -0.13, geonameId: 2643743, admin1: 'GB-ENG', aliases: [], rule: 'place/gazetteer-city' },
        { name: 'Reading', mentions: ['Reading'], kind: 'city', countryCode: 'GB', lat: 51.46, lon: -0.97, geonameId: 2639577, admin1: 'GB-ENG', aliases: [], rule: 'place/gazetteer-city' }]],
    // The region named after a town decides among its namesakes (Springfield, Missouri is larger).
    ['Residents of Springfield, Illinois, left.',
      [['Springfield', { name: 'Springfield' }, 'place/gazetteer-city'], ['Illinois', { name: 'Illinois' }, 'place/gazetteer']],
      [{ name: 'Springfield', mentions: ['Springfield'], kind: 'city', countryCode: 'US', lat: 39.8, lon: -89.64, geonameId: 4250542, admin1: 'US-IL', aliases: [], rule: 'place/gazetteer-city' },
        { name: 'Illinois', mentions: ['Illinois'], kind: 'region', countryCode: 'US', lat: 40.08, lon: -89.43, geonameId: null, regionCode: 'US-IL', aliases: [], rule: 'place/gazetteer' }]],
    // A street lies within the town the text puts it in, with its country and no point of its own.
    ['Khreshchatyk Street in Kyiv was empty.',
      [['Khreshchatyk Street', { name: 'Khreshchatyk Street', cueKind: 'other', feature: true }, 'place/feature'], ['Kyiv', { name: 'Kyiv' }, 'place/gazetteer-city']],
      [{ name: 'Khreshchatyk Street', mentions: ['Khreshchatyk Street'], kind: 'other', countryCode: 'UA', lat: null, lon: null, geonameId: null, within: 'Kyiv', aliases: [], rule: 'place/feature' },
        { name: 'Kyiv', mentions: ['Kyiv'], kind: 'city', countryCode: 'UA', lat: 50.45, lon: 30.52, geonameId: 703448, aliases: [], rule: 'place/gazetteer-city' }]],
    // A part of a city, by the city's possessive.
    ["Kyiv's Podil district was hit.",
      [['Kyiv', { name: 'Kyiv' }, 'place/gazetteer-city'], ['Podil', { name: 'Podil', cueKind: 'region' }, 'place/name-cue']],
      [{ name: 'Kyiv', mentions: ['Kyiv'], kind: 'city', countryCode: 'UA', lat: 50.45, lon: 30.52, geonameId: 703448, aliases: [], rule: 'place/gazetteer-city' },
        { name: 'Podil', mentions: ['Podil'], kind: 'other', countryCode: 'UA', lat: null, lon: null, geonameId: null, within: 'Kyiv', aliases: [], rule: 'place/name-cue' }]],
    // Unknown to the gazetteer: the country the text gives it; without one, none rather than the article's
    // main country.
    ['Fighting spread to the Afghan province of Khakrez.',
      [['Khakrez', { name: 'Khakrez', cueKind: 'region', country: 'AF' }, 'place/cue-of']],
      [{ name: 'Khakrez', mentions: ['Khakrez'], kind: 'region', countryCode: 'AF', lat: null, lon: null, geonameId: null, aliases: [], rule: 'place/cue-of' }]],
    ['Russia said its troops entered the village of Staromaiorske.',
      [['Russia', { name: 'Russia' }, 'place/gazetteer'], ['Staromaiorske', { name: 'Staromaiorske', cueKind: 'village' }, 'place/cue-of']],
      [{ name: 'Russia', mentions: ['Russia'], kind: 'country', countryCode: 'RU', lat: 60, lon: 100, geonameId: null, aliases: [], rule: 'place/gazetteer' },
        { name: 'Staromaiorske', mentions: ['Staromaiorske'], kind: 'village', countryCode: null, lat: null, lon: null, geonameId: null, aliases: [], rule: 'place/cue-of' }]],
    ['Troops entered the village of Klishchiivka near Bakhmut.',
      [['Klishchiivka', { name: 'Klishchiivka', cueKind: 'village' }, 'place/cue-of'], ['Bakhmut', { name: 'Bakhmut' }, 'place/gazetteer-city']],
      [{ name: 'Klishchiivka', mentions: ['Klishchiivka'], kind: 'village', countryCode: 'UA', lat: null, lon: null, geonameId: null, aliases: [], rule: 'place/cue-of' },
        { name: 'Bakhmut', mentions: ['Bakhmut'], kind: 'city', countryCode: 'UA', lat: 48.59, lon: 38.0, geonameId: 713174, aliases: [], rule: 'place/gazetteer-city' }]],
  ]);
  describe('near misses: kept apart', () => {
    table([
      ['Refugees crossed from Moldova into Romania.',
        [['Moldova', { name: 'Moldova' }, 'place/gazetteer'], ['Romania', { name: 'Romania' }, 'place/gazetteer']],
        [{ name: 'Moldova', mentions: ['Moldova'], kind: 'country', countryCode: 'MD', lat: 47, lon: 29, geonameId: null, aliases: [], rule: 'place/gazetteer' },
          { name: 'Romania', mentions: ['Romania'], kind: 'country', countryCode: 'RO', lat: 46, lon: 25, geonameId: null, aliases: [], rule: 'place/gazetteer' }]],
      ['Shelling hit Kherson and Kharkiv.',
        [['Kherson', { name: 'Kherson' }, 'place/gazetteer-city'], ['Kharkiv', { name: 'Kharkiv' }, 'place/gazetteer-city']],
        [{ name: 'Kherson', mentions: ['Kherson'], kind: 'city', countryCode: 'UA', lat: 46.66, lon: 32.62, geonameId: 706448, aliases: [], rule: 'place/gazetteer-city' },
          { name: 'Kharkiv', mentions: ['Kharkiv'], kind: 'city', countryCode: 'UA', lat: 49.98, lon: 36.25, geonameId: 706483, aliases: [], rule: 'place/gazetteer-city' }]],
      ['Nothing happened.', [], []],
    ]);
  });
});

type OrgWant = Omit<Organization, 'mentions'> & { mentions: readonly At[] };

describe('assembleOrganizations', () => {
  const table = (rows: readonly (readonly [sentence: string, input: readonly M[], orgs: readonly OrgWant[]])[]): void => {
    test.for(rows)('%s', ([sentence, input, orgs]) => {
      expect(assemble('assembleOrganizations', 'organizations', sentence, input)).toEqual(orgs.map((o) => ({ ...o, mentions: o.mentions.map((w) => span(sentence, w)) })));
    });
  };
  table([
    // An acronym and its listed expansion.
    ['Agence France-Presse reported the strike, and AFP later corrected the toll.',
      [['Agence France-Presse', { name: 'Agence France-Presse' }, 'organization/known'], ['AFP', { name: 'AFP' }, 'organization/known']],
      [{ name: 'Agence France-Presse', mentions: ['Agence France-Presse', 'AFP'], aliases: ['AFP'], rule: 'organization/known' }]],
    ['The SBU detained him, the Security Service of Ukraine said.',
      [['SBU', { name: 'SBU' }, 'organization/acronym'], ['Security Service of Ukraine', { name: 'Security Service of Ukraine' }, 'organization/head-word']],
      [{ name: 'Security Service of Ukraine', mentions: ['SBU', 'Security Service of Ukraine'], aliases: ['SBU'], rule: 'organization/acronym' }]],
    // An acronym with dots, from the initials of the name.
    ['The European Union imposed sanctions; the E.U. will review them in March.',
      [['European Union', { name: 'European Union' }, 'organization/head-word'], ['E.U.', { name: 'E.U.' }, 'organization/acronym']],
      [{ name: 'European Union', mentions: ['European Union', 'E.U.'], aliases: ['E.U.'], rule: 'organization/head-word' }]],
    // A short form and the tail of the name.
    ['The Wall Street Journal reported the deal, the Journal said.',
      [['Wall Street Journal', { name: 'Wall Street Journal' }, 'organization/head-word'], ['Journal', { name: 'Journal' }, 'organization/short-form', 1]],
      [{ name: 'Wall Street Journal', mentions: ['Wall Street Journal', ['Journal', 1]], aliases: ['Journal'], rule: 'organization/head-word' }]],
    ['The Russian Ministry of Defense said the Ministry of Defense had no comment.',
      [['Russian Ministry of Defense', { name: 'Russian Ministry of Defense' }, 'organization/head-word'], ['Ministry of Defense', { name: 'Ministry of Defense' }, 'organization/head-word', 1]],
      [{ name: 'Russian Ministry of Defense', mentions: ['Russian Ministry of Defense', ['Ministry of Defense', 1]], aliases: ['Ministry of Defense'], rule: 'organization/head-word' }]],
    // A credit's source and the agency named in the text.
    ['The Associated Press confirmed the figure.\nTomas Novak—AP',
      [['Associated Press', { name: 'Associated Press' }, 'organization/known'], ['AP', { name: 'AP', credit: true }, 'organization/credit-dash']],
      [{ name: 'Associated Press', mentions: ['Associated Press', 'AP'], aliases: ['AP'], rule: 'organization/known' }]],
  ]);
  describe('near misses: kept apart', () => {
    table([
      ['The UN and the OSCE called for calm.',
        [['UN', { name: 'UN' }, 'organization/known'], ['OSCE', { name: 'OSCE' }, 'organization/known']],
        [{ name: 'UN', mentions: ['UN'], aliases: [], rule: 'organization/known' }, { name: 'OSCE', mentions: ['OSCE'], aliases: [], rule: 'organization/known' }]],
      // The same head and the same length: two ministries.
      ['The Ukrainian Defense Ministry and the Russian Defense Ministry traded claims.',
        [['Ukrainian Defense Ministry', { name: 'Ukrainian Defense Ministry' }, 'organization/head-word'], ['Russian Defense Ministry', { name: 'Russian Defense Ministry' }, 'organization/head-word']],
        [{ name: 'Ukrainian Defense Ministry', mentions: ['Ukrainian Defense Ministry'], aliases: [], rule: 'organization/head-word' },
          { name: 'Russian Defense Ministry', mentions: ['Russian Defense Ministry'], aliases: [], rule: 'organization/head-word' }]],
      // An acronym that is not the initials.
      ['The BBC and the British Council cancelled the event.',
        [['BBC', { name: 'BBC' }, 'organization/known'], ['British Council', { name: 'British Council' }, 'organization/head-word']],
        [{ name: 'BBC', mentions: ['BBC'], aliases: [], rule: 'organization/known' }, { name: 'British Council', mentions: ['British Council'], aliases: [], rule: 'organization/head-word' }]],
    ]);
  });
});
