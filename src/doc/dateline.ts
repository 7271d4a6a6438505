/**
 * The publication date an article states about itself: a dateline or byline in its first lines.
 *   "September 10, 2014 12:26 AM EDT"       (a line that is only a date)
 *   "Published 5 May 2023" / "Updated: 14:20 GMT, 3 March 2022"
 *   "MOSCOW, Feb 24 (Reuters) -"             (year from the reference date, if one is given)
 * Watch out for: dates inside the first sentences or photo captions ("... Friday, Sept. 5, 2014,
 * shortly after ...") — a dateline stands nearly alone on its line.
 */
import * as chrono from 'chrono-node';
import { isValidDay } from '../util/calendar.js';

const REFERENCE = new Date(Date.UTC(2000, 0, 5, 12));
const HEAD_LINES = 12;
const LABEL = /^(?:published|updated|posted|last updated|first published|date|on)\b[\s:]*/i;
const AGENCY_DATELINE = /^\s*[\p{Lu}][\p{Lu} .,'-]{1,40},\s*(?<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2})\s*\((?:Reuters|AP|AFP|Xinhua|TASS|Interfax|UNIAN|Ukrinform|dpa|IANS|PTI|ANI)\)/u;
const FILLER = /[\s,|•·:–—()-]|\b(?:am|pm|a\.m\.|p\.m\.|gmt|utc|edt|est|bst|cet|cest|msk|eet|eest|pdt|pst|by|at|on)\b/gi;

export interface Dateline {
  date: string; // YYYY-MM-DD
  start: number;
  end: number;
}

const iso = (y: number, m: number, d: number): string => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** A year written out, which a dateline's date must have ("yesterday" is certain to chrono, but relative). */
const WRITTEN_YEAR = /\b(?:1[89]|20)\d\d\b/;
/** WRITTEN_YEAR's digits without its word boundaries: chrono reads only the lines that have them somewhere. */
const YEAR_DIGITS = /(?:1[89]|20)\d\d/;

export function findDateline(text: string, referenceYear?: number): Dateline | null {
  // The first HEAD_LINES lines, cut one at a time (an article may have thousands).
  for (let next = 0, n = 0; n < HEAD_LINES && next <= text.length; n++) {
    const at0 = next;
    const newline = text.indexOf('\n', at0);
    const line = text.slice(at0, newline < 0 ? text.length : newline);
    next = at0 + line.length + 1;
    if (line.length > 160 || line.trim() === '') continue;
    const agency = AGENCY_DATELINE.exec(line);
    if (agency && referenceYear !== undefined) {
      const r = chrono.casual.parse(`${agency.groups!.date} ${referenceYear}`, { instant: REFERENCE, timezone: 0 })[0];
      const at = line.indexOf(agency.groups!.date!);
      if (r?.start.isCertain('day')) return { date: iso(referenceYear, r.start.get('month')!, r.start.get('day')!), start: at0 + at, end: at0 + at + agency.groups!.date!.length };
    }
    if (!YEAR_DIGITS.test(line)) continue;
    for (const r of chrono.casual.parse(line, { instant: REFERENCE, timezone: 0 })) {
      // Only an absolute date written with its year.
      if (!r.start.isCertain('year') || !r.start.isCertain('month') || !r.start.isCertain('day') || !WRITTEN_YEAR.test(r.text)) continue;
      const rest = (line.slice(0, r.index) + line.slice(r.index + r.text.length)).replace(LABEL, '').replace(FILLER, '');
      if (rest.length > 12) continue;
      const [y, m, d] = [r.start.get('year')!, r.start.get('month')!, r.start.get('day')!];
      if (!isValidDay(y, m, d)) continue;
      return { date: iso(y, m, d), start: at0 + r.index, end: at0 + r.index + r.text.length };
    }
  }
  return null;
}

/** Publication date from input metadata ("2014-09-10", "2014-09-10T04:26:00Z", "10 September 2014"). */
export function normalizePublished(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = value.trim();
  const isoMatch = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (isoMatch) return isValidDay(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3])) ? isoMatch[0] : null;
  const compact = /^(\d{4})(\d{2})(\d{2})(?:\D|$)/.exec(s);
  if (compact) return isValidDay(Number(compact[1]), Number(compact[2]), Number(compact[3])) ? `${compact[1]}-${compact[2]}-${compact[3]}` : null;
  const r = chrono.casual.parse(s, { instant: REFERENCE, timezone: 0 })[0];
  if (r && r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day')) {
    return iso(r.start.get('year')!, r.start.get('month')!, r.start.get('day')!);
  }
  return null;
}
