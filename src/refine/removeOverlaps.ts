/**
 * Within one kind, of two overlapping mentions the longer wins; a tie keeps the earlier
 * ("2014" inside "Aug. 24, 2014": the full date). Mentions of other kinds pass through.
 */
import type { AnyMention, Kind, Refiner } from '../model/types.js';
import { byStartThenLongest, spanLength } from '../util/spans.js';

export function removeOverlapsOf(kind: Kind): Refiner {
  return (_doc, mentions, ctx) => {
    const kept: AnyMention[] = [];
    const others: AnyMention[] = [];
    for (const m of [...mentions].sort(byStartThenLongest)) {
      if (m.kind !== kind) { others.push(m); continue; }
      const prev = kept.at(-1);
      if (!prev || m.start >= prev.end) { kept.push(m); continue; }
      const loser = spanLength(m) > spanLength(prev) ? prev : m;
      ctx.debug(() => `removeOverlaps: dropped ${loser.rule} "${loser.text}"`);
      if (loser === prev) kept[kept.length - 1] = m;
    }
    return [...others, ...kept].sort(byStartThenLongest);
  };
}
