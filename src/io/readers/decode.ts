/**
 * Bytes → article text, as the contract defines it: UTF-8 with a leading byte-order mark removed
 * and nothing else changed. UTF-16 with a BOM is decoded too. Binary data is refused; invalid
 * UTF-8 is decoded with replacement characters and a warning, so offsets stay consistent with
 * the text the output describes.
 */
export interface Decoded {
  text: string;
  warning?: string;
}

export class InputError extends Error {}

const SNIFF = 8192;

export function decode(buf: Uint8Array): Decoded {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)) };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)) };
  const head = buf.subarray(0, SNIFF);
  if (head.includes(0)) throw new InputError('binary file (contains NUL bytes), skipped');
  const body = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body) };
  } catch {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
    const controls = (text.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g) ?? []).length;
    if (controls > Math.max(16, text.length * 0.1)) throw new InputError('binary file (not text), skipped');
    return { text, warning: 'invalid UTF-8, decoded with replacement characters' };
  }
}
