/** `--format json`: one JSON array of Article objects, streamed as "[", each article, "]". */
import type { ArticleFacts } from '../../model/types.js';
import { writeChunk, type Writer } from './stream.js';

/** A JSON array streamed item by item: "[", each item (pretty JSON) indented by two spaces, "]". */
export function jsonArray(out: NodeJS.WritableStream): { begin(): Promise<void>; item(json: string): Promise<void>; end(): Promise<void> } {
  let count = 0;
  return {
    begin: () => writeChunk(out, '['),
    item: (json) => writeChunk(out, (count++ === 0 ? '\n' : ',\n') + json.replace(/^/gm, '  ')),
    end: () => writeChunk(out, count === 0 ? ']\n' : '\n]\n'),
  };
}

export function jsonWriter(out: NodeJS.WritableStream): Writer {
  const array = jsonArray(out);
  return {
    begin: array.begin,
    write: (a: ArticleFacts) => array.item(JSON.stringify(a, null, 2)),
    end: array.end,
    serialized: { form: 'pretty', write: array.item },
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
