/** `--format json`: one JSON array of Article objects, streamed as "[", each article, "]". */
import type { ArticleFacts } from '../../model/types.js';
import { writeChunk, type Writer } from './stream.js';

export function jsonWriter(out: NodeJS.WritableStream): Writer {
  let count = 0;
  return {
    begin: () => writeChunk(out, '['),
    write: (a: ArticleFacts) => writeChunk(out, (count++ === 0 ? '\n' : ',\n') + JSON.stringify(a, null, 2).replace(/^/gm, '  ')),
    end: () => writeChunk(out, count === 0 ? ']\n' : '\n]\n'),
  };
}

/** `--format ndjson`: one Article object per line, written as each article is done. */
export function ndjsonWriter(out: NodeJS.WritableStream): Writer {
  return {
    begin: async () => {},
    write: (a: ArticleFacts) => writeChunk(out, JSON.stringify(a) + '\n'),
    end: async () => {},
  };
}
