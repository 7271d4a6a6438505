/** Dates and numbers as the contract shows them: one fact per mention, in text order. */
import type { DateFact, Mention, NumberFact } from '../model/types.js';

const pad = (n: number): string => String(n).padStart(2, '0');

export function toDateFact(m: Mention<'date'>): DateFact {
  const r = m.value.resolved ?? { iso: null, precision: null, reason: 'not resolved' };
  const fact: DateFact = { text: m.text, start: m.start, end: m.end, value: r.iso, precision: r.precision, relative: m.value.relative ?? null, rule: m.rule };
  if (r.iso === null && r.reason) fact.unresolved = r.reason;
  if (r.end) fact.rangeEnd = r.end;
  if (m.value.hasTime && m.value.parts.hour !== undefined) fact.time = `${pad(m.value.parts.hour)}:${pad(m.value.parts.minute ?? 0)}`;
  return fact;
}

export function toNumberFact(m: Mention<'number'>): NumberFact {
  const v = m.value;
  const fact: NumberFact = { text: m.text, start: m.start, end: m.end, value: v.value, unit: v.unit, rule: m.rule };
  if (v.low !== undefined) fact.low = v.low;
  if (v.high !== undefined) fact.high = v.high;
  if (v.qualifier) fact.qualifier = v.qualifier;
  if (v.vague) fact.vague = true;
  if (v.measure) fact.measure = v.measure;
  if (v.category) fact.category = v.category;
  if (v.side) fact.side = v.side;
  if (v.party) fact.party = v.party;
  if (v.implicit) fact.implicit = true;
  if (v.unitImplied) fact.unitImplied = true;
  return fact;
}
