import type { Span } from '../model/types.js';

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
export const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;
export const spanLength = (s: Span): number => s.end - s.start;

/** Sort order of the pipeline: by start, then longest first. */
export function byStartThenLongest(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}


/** Narrows [start, end) past leading and trailing characters that match `strip` (one char class). */
export function trimSpan(text: string, span: Span, strip: RegExp = /[\s\p{P}\p{S}]/u): Span {
  let { start, end } = span;
  while (start < end && strip.test(text[start]!)) start++;
  while (end > start && strip.test(text[end - 1]!)) end--;
  return { start, end };
}


export function overlapsAny(span: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => overlaps(s, span));
}
