/**
 * The shape of src/: every import goes to a module of the same layer or a lower one, and no module reaches
 * itself through its imports. The layers, lowest first, are in ARCHITECTURE.md; a module's layer is its
 * folder's (or its own name's, at the top of src/).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const SRC = join(import.meta.dirname, '..', 'src');
const LAYERS: readonly (readonly string[])[] = [
  ['model'],
  ['util', 'data'],
  ['geo', 'nlp', 'runner.ts', 'stage.ts'],
  ['doc'],
  ['extract'],
  ['refine'],
  ['assemble'],
  ['events'],
  ['pipeline.ts', 'resources.ts'],
  ['library.ts'],
  ['io', 'report'],
  ['corpus.ts', 'index.ts'],
  ['cli'],
];
const layerOf = (file: string): number => {
  const top = relative(SRC, file).split('/')[0]!;
  const layer = LAYERS.findIndex((names) => names.includes(top));
  if (layer < 0) throw new Error(`${relative(SRC, file)}: in no layer of tests/architecture.test.ts`);
  return layer;
};

const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
/** Each module's imports of other modules of src/ (static, dynamic and type-only ones: a type import is a dependency too). */
const imports = new Map(files(SRC).map((f) => {
  const text = readFileSync(f, 'utf8');
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)'(\.[^']+)'/g)].map((m) => resolve(dirname(f), m[1]!).replace(/\.js$/, '.ts'));
  return [f, [...new Set(specs)]] as const;
}));

describe('the layers of src/', () => {
  test('no module imports from a layer above its own', () => {
    const upward: string[] = [];
    for (const [from, tos] of imports) {
      for (const to of tos) if (layerOf(to) > layerOf(from)) upward.push(`${relative(SRC, from)} → ${relative(SRC, to)}`);
    }
    expect(upward).toEqual([]);
  });

  test('no import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (f: string, path: string[]): void => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...path.slice(path.indexOf(f)), f].map((x) => relative(SRC, x)).join(' → '));
        return;
      }
      state.set(f, 'open');
      for (const to of imports.get(f) ?? []) visit(to, [...path, f]);
      state.set(f, 'done');
    };
    for (const f of imports.keys()) visit(f, []);
    expect(cycles).toEqual([]);
  });

  test('the layers cover every module, and the check reads imports', () => {
    for (const f of imports.keys()) expect(() => layerOf(f)).not.toThrow();
    expect(imports.get(join(SRC, 'pipeline.ts'))).toContain(join(SRC, 'runner.ts'));
  });
});

describe('ARCHITECTURE.md', () => {
  test('lists every stage of the pipeline, in order, with what it requires and produces', async () => {
    const { STAGES } = await import('../src/pipeline.js');
    const text = readFileSync(join(SRC, '..', 'ARCHITECTURE.md'), 'utf8');
    const rows = STAGES.map((s) => `| ${s.name} | ${s.requires.join(', ') || '—'} | ${s.produces.join(', ')} |`);
    const at = rows.map((row) => text.indexOf(`${row}\n`));
    expect(rows.filter((_, i) => at[i]! < 0)).toEqual([]);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });
});

describe('tests/stages', () => {
  test('every stage of the pipeline has a table of its own (a describe named as the stage)', async () => {
    const { STAGES } = await import('../src/pipeline.js');
    const dir = join(SRC, '..', 'tests', 'stages');
    const text = readdirSync(dir).filter((f) => f.endsWith('.test.ts')).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    expect(STAGES.map((s) => s.name).filter((name) => !text.includes(`describe('${name}'`))).toEqual([]);
  });
});
