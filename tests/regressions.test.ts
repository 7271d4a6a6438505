/** Inputs the fuzz run (scripts/fuzz.mjs) found a problem with, kept so that it stays fixed. */
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { extractSync } from '../src/index.js';
import { init } from './helpers.js';

beforeAll(init);
const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'schema', 'article.schema.json'), 'utf8')));

test.for([
  'May 23 9 between 685289096 were killed 686072731 c March', // chrono read "9 be" as Buddhist Era year 9 (-534)
  '1'.repeat(400), // a number too large for a double became Infinity
])('%j gives a valid article', (text) => {
  const facts = extractSync({ id: 'r', text }, { referenceDate: '2025-05-24' });
  expect(validate(facts), JSON.stringify(validate.errors)).toBe(true);
});
