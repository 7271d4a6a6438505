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


/** Index of the first of `spans` (sorted by start) that starts at or after `offset`, or spans.length (binary search). */
export function firstStartingAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The spans of a list sorted by start that lie inside `span` (binary search: for long articles). */
export function spansInside<S extends Span>(sorted: readonly S[], span: Span): S[] {
  const out: S[] = [];
  for (let i = firstStartingAt(sorted, span.start); i < sorted.length && sorted[i]!.start < span.end; i++) if (sorted[i]!.end <= span.end) out.push(sorted[i]!);
  return out;
}

export function overlapsAny(span: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => overlaps(s, span));
}

/**
 * Spans prepared for overlap queries in logarithmic time: sorted by start, so that a query looks only
 * at the spans that start within the longest span's length before its end. For long articles, where
 * a scan of every mention per token grows with the square of the length.
 */
export function spanIndex<S extends Span>(spans: readonly S[]): {
  overlaps(q: Span, test?: (s: S) => boolean): boolean;
  containsAny(q: Span, test?: (s: S) => boolean): boolean;
  overlapping(q: Span): S[];
} {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const longest = sorted.reduce((n, s) => Math.max(n, s.end - s.start), 0);
  const some = (from: number, to: number, test: (s: S) => boolean): boolean => {
    for (let i = firstStartingAt(sorted, from); i < sorted.length && sorted[i]!.start < to; i++) if (test(sorted[i]!)) return true;
    return false;
  };
  return {
    /** Whether a span overlaps q (and passes `test`). */
    overlaps: (q, test = () => true) => some(q.start - longest, q.end, (s) => overlaps(s, q) && test(s)),
    /** Whether a span lies inside q (and passes `test`). */
    containsAny: (q, test = () => true) => some(q.start, q.end, (s) => s.end <= q.end && test(s)),
    /** The spans that overlap q, by start. */
    overlapping: (q) => {
      const out: S[] = [];
      some(q.start - longest, q.end, (s) => {
        if (overlaps(s, q)) out.push(s);
        return false;
      });
      return out;
    },
  };
}
