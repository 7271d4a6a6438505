/**
 * Command-line paths → the list of inputs to read, in a stable order: files as given, folders
 * walked recursively in sorted order, glob patterns expanded (sorted), "-" for standard input.
 * Files in folders with an unknown extension are skipped with a note.
 */
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

export type InputFormat = 'text' | 'jsonl' | 'csv';

export interface Source {
  /** The path as the user wrote it (or as found under a folder they named); "-" for stdin. */
  path: string;
  format: InputFormat | 'auto';
}

export interface SourceProblem {
  path: string;
  message: string;
  /** A note (skipped by design) rather than a failure. */
  note?: boolean;
}

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.txt': 'text', '.text': 'text', '.md': 'text', '.markdown': 'text',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.csv': 'csv',
};

export const formatOf = (path: string): InputFormat | undefined => BY_EXTENSION[extname(path).toLowerCase()];

async function walk(dir: string, seen: Set<string>, out: Source[], problems: SourceProblem[]): Promise<void> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (err) {
    problems.push({ path: dir, message: `cannot read folder (${(err as NodeJS.ErrnoException).code ?? 'error'})` });
    return;
  }
  if (seen.has(real)) return; // a symlink loop, or a folder reached twice
  seen.add(real);
  let entries: string[];
  try {
    entries = (await readdir(dir)).sort();
  } catch (err) {
    problems.push({ path: dir, message: `cannot read folder (${(err as NodeJS.ErrnoException).code ?? 'error'})` });
    return;
  }
  for (const name of entries) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const broken = code === 'ENOENT' && (await lstat(path).then((l) => l.isSymbolicLink(), () => false));
      problems.push({ path, message: broken ? 'broken symbolic link' : code === 'ELOOP' ? 'symbolic link loop' : `cannot read (${code ?? 'error'})` });
      continue;
    }
    if (info.isDirectory()) await walk(path, seen, out, problems);
    else if (info.isFile()) {
      const format = formatOf(path);
      if (format) out.push({ path, format });
      else problems.push({ path, message: `skipped: not a .txt, .md, .jsonl, .ndjson or .csv file`, note: true });
    }
  }
}

export async function collectSources(args: readonly string[]): Promise<{ sources: Source[]; problems: SourceProblem[] }> {
  const sources: Source[] = [];
  const problems: SourceProblem[] = [];
  for (const arg of args) {
    if (arg === '-') { sources.push({ path: '-', format: 'auto' }); continue; }
    let info;
    try {
      info = await stat(arg);
    } catch (err) {
      if (isDynamicPattern(arg)) {
        const matches = (await glob(arg, { onlyFiles: true, expandDirectories: false })).sort();
        if (matches.length === 0) problems.push({ path: arg, message: 'no file matches this pattern' });
        for (const m of matches) sources.push({ path: m, format: formatOf(m) ?? 'text' });
        continue;
      }
      const code = (err as NodeJS.ErrnoException).code;
      const broken = code === 'ENOENT' && (await lstat(arg).then((l) => l.isSymbolicLink(), () => false));
      problems.push({ path: arg, message: broken ? 'broken symbolic link' : code === 'ENOENT' ? 'no such file or folder' : `cannot read (${code ?? 'error'})` });
      continue;
    }
    if (info.isDirectory()) await walk(arg, new Set(), sources, problems);
    else sources.push({ path: arg, format: formatOf(arg) ?? 'text' });
  }
  return { sources, problems };
}
