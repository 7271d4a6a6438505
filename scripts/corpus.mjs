#!/usr/bin/env node
// Turns corpora in ../shared/corpus into JSON Lines that `conflict-facts extract` reads.
//   node scripts/corpus.mjs ukraine > ukraine.jsonl   (447 articles; `published` from the GDELT date in the file name)
//   node scripts/corpus.mjs bbc > bbc.jsonl           (2,225 BBC articles; first line is the title)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireShared } from './shared.mjs';

const which = process.argv[2];
const shared = requireShared('scripts/corpus.mjs');
const out = (r) => process.stdout.write(JSON.stringify(r) + '\n');

if (which === 'ukraine') {
  const articles = JSON.parse(readFileSync(join(shared, 'corpus', 'ukraine-war-news', 'key_annotated_articles.json'), 'utf8'));
  for (const a of articles) {
    const m = /^(\d{4})(\d{2})(\d{2})T/.exec(a.filename);
    out({ id: a.filename, published: m ? `${m[1]}-${m[2]}-${m[3]}` : null, text: a.content });
  }
} else if (which === 'bbc') {
  const root = join(shared, 'corpus', 'bbc');
  for (const topic of readdirSync(root).sort()) {
    for (const f of readdirSync(join(root, topic)).sort()) {
      const text = readFileSync(join(root, topic, f), 'latin1');
      out({ id: `bbc/${topic}/${f}`, title: text.split('\n')[0].trim(), text });
    }
  }
} else {
  console.error('usage: node scripts/corpus.mjs ukraine|bbc > out.jsonl');
  process.exit(2);
}
