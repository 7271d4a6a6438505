/**
 * Golden output for whole articles: tests/golden/<id>.txt → <id>.expected.json. Regenerate with
 * `npx vitest run -u tests/golden.test.ts` and review the diff like code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, test } from 'vitest';
import { extractSync } from '../src/index.js';
import { init } from './helpers.js';

const dir = join(import.meta.dirname, 'golden');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'schema', 'article.schema.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true });
const validate = ajv.compile(schema);

beforeAll(init);

describe.each(files)('%s', (file) => {
  const text = readFileSync(join(dir, file), 'utf8');
  const facts = () => extractSync({ id: file, text });

  test('matches the reviewed golden output', async () => {
    await expect(JSON.stringify(facts(), null, 2) + '\n').toMatchFileSnapshot(join(dir, file.replace(/\.txt$/, '.expected.json')));
  });

  test('validates against schema/article.schema.json', () => {
    const ok = validate(facts());
    expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
    expect(ok).toBe(true);
  });

  test('every span is the text it claims', () => {
    const f = facts();
    const spans = [...f.dates, ...f.numbers, ...[...f.people, ...f.places, ...f.organizations].flatMap((e) => e.mentions),
      ...f.events.flatMap((e) => [...e.evidence, ...e.figures.map((x) => x.evidence), ...e.places.map((x) => x.evidence), ...e.parties.map((x) => x.evidence), ...e.actors.map((x) => x.evidence), ...e.targets.map((x) => x.evidence), ...(e.trigger ? [e.trigger] : []),
        ...e.sources.map((x) => x.mention), ...(e.date ? [e.date.evidence] : [])])];
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
