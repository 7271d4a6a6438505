// The compromise adapter (src/nlp/compromise.ts): tokens and the tags the extractors read, on sentences
// that go through the steps the adapter shortens (remembered words, contractions given only the
// sentences that can change, remembered 'machine' forms, setTag without the environment read, the second
// tagging pass remembered per word, the sentence splitter's cheap tests, the lexicon asked once per word).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze, chunkText, mendSeams, patches } from '../src/nlp/compromise.js';
import { nlp } from '../src/nlp/instance.js';
import { compromiseRoot } from '../src/nlp/patches/internals.js';
import { quickFillTags, type FillTagsFiles } from '../src/nlp/patches/quickFillTags.js';

/** The default export of a file of compromise's own source (under its src/), to check a shortcut against. */
const compromiseSource = async <T>(file: string): Promise<T> =>
  ((await import(pathToFileURL(path.join(compromiseRoot(), 'src', file)).href)) as { default: T }).default;

const CASES: [sentence: string, tokens: [text: string, tags: string[]][]][] = [
  ["They don't know.", [['They', ['Pronoun']], ["don't", ['Verb']], ['know', ['Verb']]]],
  ['We cannot wait: a 10-15 minute delay.', [['We', []], ['cannot', ['Verb']], ['wait', ['Verb']], ['a', []], ['10-15', ['Value', 'NumberRange']], ['minute', ['Noun']], ['delay', ['Noun']]]],
  ["A 4km convoy left Kyiv's outskirts.", [['A', []], ['4km', ['Value']], ['convoy', ['Noun']], ['left', ['Verb']], ["Kyiv's", ['Place', 'City', 'Possessive']], ['outskirts', ['Noun']]]],
  ['The re-enactment was in New York on Friday.', [['The', []], ['re-enactment', ['Noun']], ['was', ['Verb']], ['in', []], ['New', ['Place']], ['York', ['Place']], ['on', []], ['Friday', ['Date']]]],
  ['Mr. Volodymyr Zelensky met President Biden in March.', [['Mr', ['Honorific', 'Person']], ['Volodymyr', ['Person', 'FirstName']], ['Zelensky', ['ProperNoun']], ['met', ['Verb', 'PastTense']], ['President', ['ProperNoun']], ['Biden', ['ProperNoun']], ['in', []], ['March', ['Month', 'Date']]]],
  ['Some 1,200 people fled.', [['Some', []], ['1,200', ['Value', 'Cardinal']], ['people', ['Noun', 'Plural']], ['fled', ['Verb']]]],
];

describe('sentence seams without a space', () => {
  it('are analyzed as two sentences, with offsets into the text as written', () => {
    const text = 'He spoke to the European Parliament.He said it was wrong.';
    const { tokens } = analyze(text);
    const parliament = tokens.find((t) => t.text === 'Parliament')!;
    const he = tokens.filter((t) => t.text === 'He')[1]!;
    expect(text.slice(parliament.start, parliament.end)).toBe('Parliament');
    expect(text.slice(he.start, he.end)).toBe('He');
    expect(he.sentence).toBe(parliament.sentence + 1);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
  it('leave abbreviations and initials alone', () => {
    for (const s of ['The U.S. Army left.', 'Mr.Smith came.', 'e.g.The end', 'Washington D.C. on Monday']) expect(mendSeams(s).original).toBeNull();
    expect(mendSeams('wrong?He said').mended).toBe('wrong? He said');
  });
});

describe('analyze', () => {
  it.each(CASES)('%s', (sentence, expected) => {
    const { tokens } = analyze(sentence);
    expect(tokens.map((t) => t.text)).toEqual(expected.map(([text]) => text));
    tokens.forEach((t, i) => {
      for (const tag of expected[i]![1]) expect([...t.tags], `${t.text} #${tag}`).toContain(tag);
      expect(sentence.slice(t.start, t.end)).toBe(t.text);
    });
  });

  it('gives the same tokens and tags for a text whatever was analyzed before it', () => {
    const text = "Russia's army said 40 soldiers can't have been killed near Bakhmut on Tuesday.";
    const first = JSON.stringify(analyze(text).tokens.map((t) => [t.text, [...t.tags].sort()]));
    for (const other of CASES) analyze(other[0]);
    expect(JSON.stringify(analyze(text).tokens.map((t) => [t.text, [...t.tags].sort()]))).toBe(first);
  });

  it('starts a sentence at a line break and in each chunk of a long text', () => {
    const { tokens } = analyze('Kyiv under fire\nSirens sounded.');
    expect(tokens.find((t) => t.text === 'Sirens')!.sentence).toBe(1);
    const long = 'word '.repeat(500);
    expect(chunkText(long).length).toBeGreaterThan(1);
    expect(analyze(long).tokens).toHaveLength(500);
  });
});

/**
 * Tags as compromise 14.17's own preTagger gives them (recorded without the adapter's remembered second
 * pass), on words whose second pass depends on more than the word: an all-capitals clause, the first word
 * of a sentence, a quotation mark before, an apostrophe after, a year among its neighbours, a Roman numeral,
 * tags the lexicon gave before ("New" in "New York", "New Delhi" and alone).
 */
const SECOND_PASS: [sentence: string, tokens: [text: string, tags: string][]][] = [
  ["BREAKING NEWS: RUSSIAN TROOPS ENTER KHERSON CITY", [["BREAKING", "Verb PresentTense Gerund"], ["NEWS", "Noun Uncountable"], ["RUSSIAN", "Noun ProperNoun Demonym"], ["TROOPS", "Noun Uncountable"], ["ENTER", "Verb PresentTense Infinitive"], ["KHERSON", "Noun Singular"], ["CITY", "Noun Singular"]]],
  ["Russian troops entered Kherson city in 1999, officials said.", [["Russian", "Noun ProperNoun Demonym"], ["troops", "Noun Uncountable"], ["entered", "Verb PastTense"], ["Kherson", "ProperNoun Noun Singular Place"], ["city", "Noun Singular Place"], ["in", "Preposition"], ["1999", "Value Cardinal NumericValue Year Date"], ["officials", "Noun Plural"], ["said", "Verb PastTense"]]],
  ["The 'Peace' plan was rejected by the soldiers' families.", [["The", "Determiner"], ["Peace", "Noun Uncountable"], ["plan", "Noun Singular"], ["was", "Verb Copula PastTense"], ["rejected", "Verb PastTense"], ["by", "Preposition"], ["the", "Determiner"], ["soldiers", "Noun Plural Actor Possessive"], ["families", "Noun Plural"]]],
  ["Pope Leo XIV spoke; Strikes hit Odesa.", [["Pope", "Noun Singular"], ["Leo", "Noun Singular ProperNoun"], ["XIV", "RomanNumeral Value Cardinal"], ["spoke", "Verb PastTense"], ["Strikes", "Noun Plural ProperNoun"], ["hit", "Verb PresentTense Infinitive"], ["Odesa", "ProperNoun Noun"]]],
  ["Strikes hit Odesa in May 2023 and 1999 was worse.", [["Strikes", "Noun Plural"], ["hit", "Verb PresentTense Infinitive"], ["Odesa", "ProperNoun Noun"], ["in", "Preposition"], ["May", "ProperNoun Noun Month Date"], ["2023", "Value Cardinal NumericValue Year Date"], ["and", "Conjunction"], ["1999", "Value Cardinal NumericValue Year Date"], ["was", "Verb Copula PastTense"], ["worse", "Adjective Comparative"]]],
  ["He said: 'Don't shoot.' The rest of 1945 was quiet.", [["He", "Noun Pronoun"], ["said", "Verb PastTense"], ["Don't", "Verb PresentTense Infinitive"], ["shoot", "Verb PresentTense Infinitive"], ["The", "Determiner"], ["rest", "Noun Singular"], ["of", "Preposition"], ["1945", "Value Cardinal NumericValue Year Date"], ["was", "Verb Copula PastTense"], ["quiet", "Adjective"]]],
  ["Troops reached New York and a New town.", [["Troops", "Noun Uncountable"], ["reached", "Verb PastTense"], ["New", "Noun Singular Place ProperNoun Region"], ["York", "Noun Singular Place ProperNoun Region"], ["and", "Conjunction"], ["a", "Determiner"], ["New", "ProperNoun Noun Singular Place"], ["town", "Noun Singular Place"]]],
  ["The New Delhi talks: New rules.", [["The", "Determiner"], ["New", "Noun Singular Place ProperNoun City"], ["Delhi", "Noun Singular Place ProperNoun City"], ["talks", "Verb PresentTense"], ["New", "ProperNoun Noun"], ["rules", "Verb PresentTense"]]],
];

describe('the remembered second tagging pass', () => {
  it('is installed', () => expect(patches.rememberSecondPass).toBe(true));

  it('gives the tags compromise gives, whatever was analyzed before and in any order', () => {
    const tagsOf = (sentence: string): [string, string][] => analyze(sentence).tokens.map((t) => [t.text, [...t.tags].join(' ')]);
    for (const round of [SECOND_PASS, [...SECOND_PASS].reverse(), SECOND_PASS]) {
      for (const [sentence, expected] of round) expect(tagsOf(sentence), sentence).toEqual(expected);
    }
  });
});

/**
 * Every kind of contraction compromise 14.17 splits, and two it leaves whole (a phone number, an
 * ordinal), as its own splitter gives them (recorded with compromise/two alone): the words, the implicit
 * words split off, and their tags.
 */
const CONTRACTIONS: [sentence: string, terms: [text: string, implicit: string, tags: string][]][] = [
  ["They cannot win, they're tired and we've left.", [["They", "", "Noun Pronoun"], ["cannot", "can", "Verb Modal"], ["", "not", "Negative"], ["win", "", "Verb PresentTense Infinitive"], ["they're", "they", "Noun Pronoun"], ["", "are", "Verb Copula PresentTense"], ["tired", "", "Adjective"], ["and", "", "Conjunction"], ["we've", "we", "Noun Pronoun"], ["", "have", "Verb PresentTense Infinitive"], ["left", "", "Verb PastTense"]]],
  ["He didn't go; they'd gone home and we'd go back.", [["He", "", "Noun Pronoun"], ["didn't", "did", "Verb PastTense"], ["", "not", "Negative"], ["go", "", "Verb PresentTense Infinitive"], ["they'd", "they", "Noun Pronoun"], ["", "had", "Verb PastTense"], ["gone", "", "Verb PastTense Participle"], ["home", "", "Noun Singular"], ["and", "", "Conjunction"], ["we'd", "we", "Noun Pronoun"], ["", "would", "Verb Modal"], ["go", "", "Verb PhrasalVerb PresentTense Infinitive"], ["back", "", "Verb PhrasalVerb Particle"]]],
  ["There's been fighting and there's a truce at l'hotel.", [["There's", "there", "Noun Uncountable"], ["", "has", "Verb PresentTense"], ["been", "", "Verb PastTense Participle"], ["fighting", "", "Verb PresentTense Gerund"], ["and", "", "Conjunction"], ["there's", "there", "Noun Uncountable"], ["", "is", "Verb Copula PresentTense"], ["a", "", "Determiner"], ["truce", "", "Noun Singular"], ["at", "", "Preposition"], ["l'hotel", "le", "Determiner"], ["", "hotel", "Noun Singular"]]],
  ["Between 10-15 soldiers died from 5-9pm near a 4km road.", [["Between", "", "Preposition"], ["10-15", "10", "Value Cardinal NumericValue NumberRange"], ["", "to", "Conjunction NumberRange"], ["", "15", "Value Cardinal NumericValue NumberRange"], ["soldiers", "", "Noun Plural Actor"], ["died", "", "Verb PastTense"], ["from", "", "Preposition"], ["5-9pm", "5", "Value Cardinal NumericValue NumberRange Date Time"], ["", "to", "Conjunction NumberRange"], ["", "9pm", "Date Time NumberRange"], ["near", "", "Adjective"], ["a", "", "Determiner"], ["4km", "4", "Value Cardinal NumericValue"], ["", "km", "Noun Singular Unit"], ["road", "", "Noun Singular"]]],
  ["Call 555-1234 about the 3rd convoy and 20kg of aid.", [["Call", "", "Noun Singular"], ["555-1234", "", "PhoneNumber"], ["about", "", "Preposition"], ["the", "", "Determiner"], ["3rd", "", "Value Ordinal NumericValue"], ["convoy", "", "Noun Singular"], ["and", "", "Conjunction"], ["20kg", "20", "Value Cardinal NumericValue"], ["", "kg", "Noun Singular Unit"], ["of", "", "Preposition"], ["aid", "", "Noun Singular"]]],
];

describe('the contraction splitter that visits only the words it can split', () => {
  it('is installed', () => expect(patches.visitContractionsOnly).toBe(true));

  it('splits as compromise splits', () => {
    for (const [sentence, expected] of CONTRACTIONS) {
      const terms = (nlp.tokenize(sentence).compute(['index', 'lexicon', 'preTagger', 'contractionTwo']).docs as { text: string; implicit?: string; tags: Set<string> }[][]).flat();
      expect(terms.map((t) => [t.text, t.implicit ?? '', [...t.tags].join(' ')]), sentence).toEqual(expected);
    }
  });
});

describe("setTag without compromise's environment read", () => {
  // compromise's own setTag (src/1-one/tag/methods/setTag.js), loaded from its source file: the adapter's copy
  // checks a term's few tags against a tag's excluded ones instead of deleting each excluded one in turn.
  type SetTag = (terms: object[], tag: string, world: unknown, isSafe?: boolean) => void;
  const original = compromiseSource<SetTag>('1-one/tag/methods/setTag.js');
  const world = nlp.world() as unknown as { model: { one: { tagSet: Record<string, unknown> } }; methods: { one: { setTag: SetTag } } };

  it('leaves the tags, in the order, that compromise leaves', async () => {
    const theirs = await original;
    const ours = world.methods.one.setTag;
    expect(ours).not.toBe(theirs);
    const tags = Object.keys(world.model.one.tagSet);
    const starts = [[], ['Noun', 'Singular'], ['ProperNoun', 'Noun', 'Place', 'City'], ['Verb', 'PastTense'], ['Adjective', 'Comparable'], ['Value', 'Cardinal', 'Date'], ['Pronoun']];
    let changed = 0;
    let kept = 0;
    for (const tag of tags) {
      for (const start of starts) {
        for (const [isSafe, frozen] of [[false, false], [true, false], [false, true]] as const) {
          const term = () => ({ text: 'x', tags: new Set(start), frozen, dirty: false, chunk: undefined as string | undefined });
          const a = term();
          const b = term();
          theirs([a], tag, world, isSafe);
          ours([b], tag, world, isSafe);
          expect([[...b.tags], b.dirty, b.chunk], `${start.join(' ')} + ${tag} (safe ${isSafe}, frozen ${frozen})`).toEqual([[...a.tags], a.dirty, a.chunk]);
          if (a.dirty && start.some((t) => !a.tags.has(t))) changed++;
          if (!a.dirty) kept++;
        }
      }
    }
    // The table has both kinds of case: tags dropped for a conflicting one, and a safe term left alone.
    expect(changed).toBeGreaterThan(100);
    expect(kept).toBeGreaterThan(100);
  });
});

describe("the sentence splitter with compromise's tests made cheap", () => {
  it('is installed', () => expect(patches.splitWordsFaster).toBe(true));

  it('splits a sentence into the words compromise splits it into', async () => {
    type Split = (str: unknown, model: unknown) => string[];
    const theirs = await compromiseSource<Split>('1-one/tokenize/methods/02-terms/index.js');
    const world = nlp.world() as unknown as { model: unknown; methods: { one: { tokenize: { splitTerms: Split } } } };
    const ours = world.methods.one.tokenize.splitTerms;
    expect(ours).not.toBe(theirs);
    const sentences = [
      '', ' ', '  Kyiv  ', 'A re-do of the x-ray, a flower-like Aug-20 and 20-aug.', 'He said -- twice -- no… and … more...',
      '«Stop» • she / he said: “Go!” (ok) [sic] *note* `code` \'quoted\'', '10 - 15 and 2-5pm, 9:30 – 11am, 3 —4 and 1990-1995',
      'Self-propelled howitzers hit Donetsk-Luhansk lines — officials said.', '- - . ? ! : ; -- ... ( ) [ ] " \' ` « » * •',
      'The 1,200-strong unit re-entered the Kherson–Mykolaiv road.', 'trailing space ', 'tab\tand\nnewline', 'and/or, he/she, 50 / 50',
    ];
    for (const s of sentences) expect(ours(s, world.model), JSON.stringify(s)).toEqual(theirs(s, world.model));
    expect(ours(['pre', 'split'], world.model)).toEqual(theirs(['pre', 'split'], world.model));
  });
});

describe("the lexicon step that asks compromise's lexicon once per word", () => {
  it('is installed', () => expect(patches.rememberLexicon).toBe(true));

  // compromise's own lexicon step (src/1-one/lexicon/compute/index.js), loaded from its source file, against
  // the adapter's, on documents tokenized alike: phrases of its multi-word lexicon (the longest, one cut
  // short at the end of a sentence, a phrasal verb), prefixes it strips, aliases, unknown words, numbers.
  type Step = (view: unknown) => void;
  const original = compromiseSource<{ lexicon: Step }>('1-one/lexicon/compute/index.js');
  const world = nlp.world() as unknown as { compute: { lexicon: Step } };
  const SENTENCES = [
    'The prime minister of the United States of America met the Red Cross in order to talk.',
    'They shut down the plant and set up a camp; it was not a sure thing at all.',
    'He was re-elected, the unarmed men were overcharged and mistreated, a semi-final in the pre-war years.',
    'Rock & roll and/or he/she, the U.S. and the UK, a post-war deal, an uncommon dis-order.',
    'Zorblax and Quintrell said 1,200 people fled on 24 February, 10-15 of them at 9pm.',
    'In spite of the war, at least as well as, of course, prime', 'new york', 'the', '',
  ];
  const tagsOf = (doc: { docs: { text: string; tags: Set<string> }[][] }) => doc.docs.flat().map((t) => `${t.text}: ${[...t.tags].join(' ')}`);
  const tagged = (sentence: string, step: Step) => {
    const doc = nlp.tokenize(sentence).compute('index') as unknown as { docs: { text: string; tags: Set<string> }[][] };
    step(doc);
    return tagsOf(doc);
  };

  it('tags each word as compromise tags it, the second time too', async () => {
    const theirs = (await original).lexicon;
    const ours = world.compute.lexicon;
    expect(ours).not.toBe(theirs);
    let phrases = 0;
    for (let round = 0; round < 2; round++) {
      for (const s of SENTENCES) {
        const expected = tagged(s, theirs);
        expect(tagged(s, ours), s).toEqual(expected);
        phrases += expected.filter((t) => /\b(?:Country|Organization|PhrasalVerb)\b/.test(t)).length;
      }
    }
    expect(phrases).toBeGreaterThan(10);
  });

  it('finds the words and phrases added to the lexicon after a word was seen', async () => {
    const theirs = (await original).lexicon;
    const ours = world.compute.lexicon;
    const s = 'The Zorblax Quintrell fleet left Zorblax.';
    expect(tagged(s, ours)).toEqual(tagged(s, theirs));
    nlp.addWords({ 'zorblax quintrell': 'Organization', zorblax: 'Country' });
    const after = tagged(s, theirs);
    expect(after.filter((t) => /Organization|Country/.test(t)).length).toBe(3);
    expect(tagged(s, ours)).toEqual(after);
  });
});

describe("fillTags without compromise's debug log", () => {
  // compromise's own fillTags (src/2-two/preTagger/compute/tagger/3rd-pass/_fillTags.js) and its helpers,
  // loaded from their source files, against the adapter's: every tag of the tag set, alone and with others,
  // on nouns and verbs whose number and tense it guesses, frozen or not.
  type Step = (terms: object[], i: number, model: unknown, world?: unknown) => void;
  const load = (file: string) => compromiseSource<unknown>(`2-two/preTagger/${file}`);
  const world = nlp.world() as unknown as { model: { one: { tagSet: Record<string, unknown> } } };

  it('is installed', () => expect(patches.quickFillTags).toBe(true));

  it('leaves the tags, in the order, that compromise leaves', async () => {
    const theirs = await load('compute/tagger/3rd-pass/_fillTags.js') as Step;
    const ours = quickFillTags({ looksPlural: await load('methods/looksPlural.js'), getTense: await load('methods/transform/verbs/getTense/index.js') } as FillTagsFiles) as Step;
    const tags = Object.keys(world.model.one.tagSet);
    const withs = [[], ['Noun'], ['Verb'], ['Noun', 'ProperNoun'], ['Plural']];
    let guessed = 0;
    for (const tag of tags) {
      for (const other of withs) {
        for (const normal of ['soldiers', 'soldier', 'geese', 'walked', 'run', 'xyz']) {
          for (const frozen of [false, true]) {
            const term = () => ({ text: normal, normal, tags: new Set([tag, ...other]), frozen });
            const a = term();
            const b = term();
            theirs([a], 0, world.model, world);
            ours([b], 0, world.model, world);
            expect([...b.tags], `${tag} ${other.join(' ')} ${normal} frozen ${frozen}`).toEqual([...a.tags]);
            if (/Plural|Singular|Tense|Gerund|Participle|Infinitive/.test([...a.tags].slice(1 + other.length).join(' '))) guessed++;
          }
        }
      }
    }
    expect(guessed).toBeGreaterThan(100);
  });
});

describe('plain compromise and the patched one', () => {
  const root = path.join(import.meta.dirname, '..');
  // The slice of tests/fixtures, and with ../shared beside the checkout the Ukraine news as well.
  const ukraine = path.join(root, '..', 'shared', 'corpus', 'ukraine-war-news', 'key_annotated_articles.json');
  const inputs = [path.join(root, 'tests', 'fixtures', 'slice.jsonl')];
  if (existsSync(ukraine)) {
    const jsonl = path.join(mkdtempSync(path.join(tmpdir(), 'cf-nlp-')), 'ukraine.jsonl');
    const articles = JSON.parse(readFileSync(ukraine, 'utf8')) as { filename: string; content: string }[];
    writeFileSync(jsonl, articles.map((a) => JSON.stringify({ id: a.filename, text: a.content })).join('\n'));
    inputs.push(jsonl);
  } else console.warn('nlp: ../shared is not beside the checkout; plain and patched compromise are compared on tests/fixtures only');
  const dump = (plain: boolean): string[] => {
    const env = { ...process.env, CONFLICT_FACTS_PLAIN_NLP: plain ? '1' : '' };
    const r = spawnSync(process.execPath, [path.join(root, 'tests', 'fixtures', 'dump-analysis.mjs'), ...inputs], { env, encoding: 'utf8', maxBuffer: 1 << 30, timeout: 600_000 });
    expect(r.status, r.stderr).toBe(0);
    return r.stdout.trim().split('\n');
  };

  it('give the same tokens, tags and facts on 100+ articles, each in a process of its own', () => {
    const [patchedFlags, ...patched] = dump(false);
    const [plainFlags, ...plain] = dump(true);
    expect(Object.values(JSON.parse(patchedFlags!) as Record<string, boolean>).every(Boolean), patchedFlags).toBe(true);
    expect(Object.values(JSON.parse(plainFlags!) as Record<string, boolean>).some(Boolean), plainFlags).toBe(false);
    expect(patched.length).toBeGreaterThanOrEqual(120);
    expect(plain.length).toBe(patched.length);
    for (let i = 0; i < patched.length; i++) if (patched[i] !== plain[i]) expect(patched[i], `article ${i + 1}`).toBe(plain[i]);
  });

  it('are apart from the host application\'s compromise: importing the library changes nothing of it', async () => {
    const host = (await import('compromise/two')).default;
    const hostWorld = host.world() as unknown as { compute: Record<string, unknown>; methods: { one: { setTag: unknown; tokenize: Record<string, unknown> } } };
    expect(host).not.toBe(nlp);
    // The host's steps are compromise's own: its source files' functions, not the patches'.
    const own = await compromiseSource<unknown>('1-one/tag/methods/setTag.js');
    expect(hostWorld.methods.one.setTag).toBe(own);
    expect(hostWorld.methods.one.tokenize.splitTerms).toBe(await compromiseSource<unknown>('1-one/tokenize/methods/02-terms/index.js'));
    expect((nlp.world() as unknown as typeof hostWorld).methods.one.setTag).not.toBe(own);
  });
});
