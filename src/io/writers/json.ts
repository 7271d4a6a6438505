/** `--format json`: one JSON array of Article objects, streamed as "[", each article, "]". */
import type { ArticleFacts } from '../../model/types.js';
import { writeChunk, type Writer } from './stream.js';

export function jsonWriter(out: NodeJS.WritableStream): Writer {
  let count = 0;
  const writeJson = (json: string): Promise<void> => writeChunk(out, (count++ === 0 ? '\n' : ',\n') + json.replace(/^/gm, '  '));
  return {
    begin: () => writeChunk(out, '['),
    write: (a: ArticleFacts) => writeJson(JSON.stringify(a, null, 2)),
    end: () => writeChunk(out, count === 0 ? ']\n' : '\n]\n'),
    serialized: { form: 'pretty', write: writeJson },
  };
}

/** `--format ndjson`: one Article object per line, written as each article is done. */
export function ndjsonWriter(out: NodeJS.WritableStream): Writer {
  const writeJson = (json: string): Promise<void> => writeChunk(out, json + '\n');
  return {
    begin: async () => {},
    write: (a: ArticleFacts) => writeJson(JSON.stringify(a)),
    end: async () => {},
    serialized: { form: 'compact', write: writeJson },
  };
}
