#!/usr/bin/env node
// The benchmark's reference pass (see bench.mjs), in a process of its own so that nothing of
// conflict-facts is loaded: our NLP adapter tunes compromise's tokenizer for the whole process, and the
// reference must be plain compromise. Reads the JSONL corpus given, runs nlp(text) with .people()
// .places() .organizations() .numbers() on each text, and prints {"seconds": ...} as JSON.
//   node scripts/bench-reference.mjs .bench/corpus-20mb.jsonl
import { readFileSync } from 'node:fs';
import nlp from 'compromise';

const texts = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line).text);
nlp('warm up');
const t0 = performance.now();
for (const text of texts) {
  const doc = nlp(text);
  doc.people().json(); doc.places().json(); doc.organizations().json(); doc.numbers().json();
}
console.log(JSON.stringify({ seconds: (performance.now() - t0) / 1000 }));
