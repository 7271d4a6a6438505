// The compromise adapter (src/nlp/compromise.ts): tokens and the tags the extractors read, on sentences
// that go through the steps the adapter shortens (remembered words, contractions given only the
// sentences that can change, remembered 'machine' forms, setTag without the environment read).
import { describe, expect, it } from 'vitest';
import { analyze, chunkText } from '../src/nlp/compromise.js';

const CASES: [sentence: string, tokens: [text: string, tags: string[]][]][] = [
  ["They don't know.", [['They', ['Pronoun']], ["don't", ['Verb']], ['know', ['Verb']]]],
  ['We cannot wait: a 10-15 minute delay.', [['We', []], ['cannot', ['Verb']], ['wait', ['Verb']], ['a', []], ['10-15', ['Value', 'NumberRange']], ['minute', ['Noun']], ['delay', ['Noun']]]],
  ["A 4km convoy left Kyiv's outskirts.", [['A', []], ['4km', ['Value']], ['convoy', ['Noun']], ['left', ['Verb']], ["Kyiv's", ['Place', 'City', 'Possessive']], ['outskirts', ['Noun']]]],
  ['The re-enactment was in New York on Friday.', [['The', []], ['re-enactment', ['Noun']], ['was', ['Verb']], ['in', []], ['New', ['Place']], ['York', ['Place']], ['on', []], ['Friday', ['Date']]]],
  ['Mr. Volodymyr Zelensky met President Biden in March.', [['Mr', ['Honorific', 'Person']], ['Volodymyr', ['Person', 'FirstName']], ['Zelensky', ['ProperNoun']], ['met', ['Verb', 'PastTense']], ['President', ['ProperNoun']], ['Biden', ['ProperNoun']], ['in', []], ['March', ['Month', 'Date']]]],
  ['Some 1,200 people fled.', [['Some', []], ['1,200', ['Value', 'Cardinal']], ['people', ['Noun', 'Plural']], ['fled', ['Verb']]]],
];

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
