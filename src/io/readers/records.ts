/**
 * Reading one source into articles. Plain text is one article; JSON Lines and CSV hold one article
 * per record with `text` (or `content`, `body`), and optional `id`, `title`, `published` (or `date`).
 * A JSON Lines record without text that is an Article already extracted (the output of `extract -f ndjson`:
 * an `id` and the arrays of facts) is read as it is (`facts`), so that the corpus commands can merge the
 * output of a distributed extraction without extracting again; `--from-articles` requires every record to be one.
 * A bad line or row is reported with its line number and the good records are still read.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { ArticleFacts, ArticleInput } from '../../model/types.js';
import { decode, InputError } from './decode.js';
import type { InputFormat, Source } from './sources.js';

export type ReadItem =
  | { kind: 'article'; input: ArticleInput; warning?: string }
  | { kind: 'facts'; facts: ArticleFacts }
  | { kind: 'error'; path: string; line?: number; message: string };

export interface ReadOptions {
  /** Files larger than this are skipped with a reason. */
  maxBytes: number;
  stdin: NodeJS.ReadableStream;
  stdinFormat: InputFormat | 'auto';
  /** Every JSON Lines record must be an Article already extracted (`--from-articles`). */
  articles?: boolean;
}

const TEXT_FIELDS = ['text', 'content', 'body'] as const;
/** The arrays every Article has (../shared/CONTRACT.md); quotes and events may be missing in older output. */
const FACT_ARRAYS = ['people', 'places', 'organizations', 'dates', 'numbers'] as const;

/** An Article already extracted, with the arrays the contract gives it; null when the record is none. */
export function recordToFacts(record: Record<string, unknown>): ArticleFacts | null {
  if ((typeof record.id !== 'string' && typeof record.id !== 'number') || !FACT_ARRAYS.every((k) => Array.isArray(record[k]))) return null;
  if ((record.quotes !== undefined && !Array.isArray(record.quotes)) || (record.events !== undefined && !Array.isArray(record.events))) return null;
  const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  return { ...record, id: String(record.id), title: str(record.title), published: str(record.published), quotes: record.quotes ?? [], events: record.events ?? [] } as ArticleFacts;
}

/** A record object → an article, or the reason it is not one. */
export function recordToArticle(record: Record<string, unknown>, fallbackId: string): ArticleInput | string {
  const field = TEXT_FIELDS.find((f) => typeof record[f] === 'string');
  if (!field) return `record has no text (expected a "text", "content" or "body" field)`;
  const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : typeof v === 'number' ? String(v) : null);
  return {
    id: str(record.id) ?? fallbackId,
    text: record[field] as string,
    title: str(record.title),
    published: str(record.published) ?? str(record.date),
  };
}

async function readAll(stream: NodeJS.ReadableStream, maxBytes: number, label: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += b.length;
    if (size > maxBytes) throw new InputError(`${label} is larger than --max-bytes (${maxBytes} bytes), skipped`);
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

async function readFileLimited(path: string, maxBytes: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) throw new InputError(`file is larger than --max-bytes (${size} > ${maxBytes} bytes), skipped`);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

async function* jsonLines(lines: Iterable<string> | AsyncIterable<string>, path: string, articles = false): AsyncGenerator<ReadItem> {
  let n = 0;
  for await (const raw of lines) {
    n++;
    const line = n === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      yield { kind: 'error', path, line: n, message: 'invalid JSON, line skipped' };
      continue;
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      yield { kind: 'error', path, line: n, message: 'not a JSON object, line skipped' };
      continue;
    }
    const fields = record as Record<string, unknown>;
    if (articles || !TEXT_FIELDS.some((f) => typeof fields[f] === 'string')) {
      const facts = recordToFacts(fields);
      if (facts) { yield { kind: 'facts', facts }; continue; }
      if (articles) { yield { kind: 'error', path, line: n, message: 'not an Article (expected a line of "conflict-facts extract -f ndjson"), line skipped' }; continue; }
    }
    const article = recordToArticle(fields, `${path}#${n}`);
    if (typeof article === 'string') yield { kind: 'error', path, line: n, message: article };
    else yield { kind: 'article', input: article };
  }
}

async function* csvRecords(input: NodeJS.ReadableStream, path: string): AsyncGenerator<ReadItem> {
  const skipped: ReadItem[] = [];
  const parser = parse({ columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), bom: true, skip_records_with_error: true, info: true, relax_quotes: false });
  parser.on('skip', (err: Error & { lines?: number }) => skipped.push({ kind: 'error', path, line: err.lines, message: `bad CSV row (${err.message.replace(/^Invalid Record Length: /, '').split(':')[0]}), skipped` }));
  input.pipe(parser);
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      while (skipped.length) yield skipped.shift()!;
      const article = recordToArticle(record, `${path}#${info.lines}`);
      if (typeof article === 'string') yield { kind: 'error', path, line: info.lines, message: article };
      else yield { kind: 'article', input: article };
    }
  } catch (err) {
    yield { kind: 'error', path, message: `cannot parse CSV: ${(err as Error).message}` };
  }
  while (skipped.length) yield skipped.shift()!;
}

function lineReader(stream: NodeJS.ReadableStream): AsyncIterable<string> {
  return createInterface({ input: stream, crlfDelay: Infinity });
}

/** Guesses the format of standard input: JSON Lines when it starts with an object that has a text field. */
function sniff(text: string): InputFormat {
  const first = text.trimStart().split('\n', 1)[0] ?? '';
  if (first.startsWith('{')) {
    try {
      const r = JSON.parse(first) as Record<string, unknown>;
      if (TEXT_FIELDS.some((f) => typeof r[f] === 'string') || recordToFacts(r)) return 'jsonl';
    } catch { /* not JSON: plain text */ }
  }
  return 'text';
}

export async function* readSource(source: Source, opts: ReadOptions): AsyncGenerator<ReadItem> {
  const path = source.path;
  try {
    if (opts.articles && path !== '-' && source.format !== 'jsonl') {
      yield { kind: 'error', path, message: '--from-articles reads JSON Lines (the output of "conflict-facts extract -f ndjson"), skipped' };
      return;
    }
    if (path === '-') {
      const buf = await readAll(opts.stdin, opts.maxBytes, 'standard input');
      const { text, warning } = decode(buf);
      const format = opts.articles ? 'jsonl' : opts.stdinFormat === 'auto' ? sniff(text) : opts.stdinFormat;
      if (format === 'jsonl') yield* jsonLines(text.split(/\r?\n/), path, opts.articles);
      else if (format === 'csv') yield* csvRecords(Readable.from([text]), path);
      else yield { kind: 'article', input: { id: '-', text }, warning };
      return;
    }
    if (source.format === 'jsonl') { yield* jsonLines(lineReader(createReadStream(path, { encoding: 'utf8' })), path, opts.articles); return; }
    if (source.format === 'csv') { yield* csvRecords(createReadStream(path), path); return; }
    const { text, warning } = decode(await readFileLimited(path, opts.maxBytes));
    yield { kind: 'article', input: { id: path, text }, warning };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const message = err instanceof InputError ? e.message : e.code === 'EACCES' ? 'permission denied' : e.code === 'EISDIR' ? 'is a folder' : e.code === 'ENOENT' ? 'no such file' : `cannot read (${e.code ?? e.message})`;
    yield { kind: 'error', path, message };
  }
}
