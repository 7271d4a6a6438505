/** Calendar arithmetic on plain year/month/day numbers, in UTC, so no time zone can shift a date. */

export interface Ymd {
  year: number;
  month: number; // 1-12
  day: number;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function parseIsoDate(s: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const d = new Date(Date.UTC(ymd.year, ymd.month - 1, ymd.day));
  return d.getUTCMonth() === ymd.month - 1 && d.getUTCDate() === ymd.day ? ymd : null;
}

const toDate = (d: Ymd): Date => new Date(Date.UTC(d.year, d.month - 1, d.day));
const fromDate = (d: Date): Ymd => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });

export const addDays = (d: Ymd, n: number): Ymd => fromDate(new Date(toDate(d).getTime() + n * 86_400_000));
export const weekday = (d: Ymd): number => toDate(d).getUTCDay();
/** Days since 1970-01-01: the difference of two is the number of days between them. */
export const dayNumber = (d: Ymd): number => Math.round(toDate(d).getTime() / 86_400_000);

export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const total = year * 12 + (month - 1) + n;
  return { year: Math.floor(total / 12), month: (total % 12) + 1 };
}

export const isoDay = (d: Ymd): string => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
export const isoMonth = (year: number, month: number): string => `${pad(year, 4)}-${pad(month)}`;

/** ISO 8601 week: "2014-W36" (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(d: Ymd): string {
  const thursday = toDate(d);
  thursday.setUTCDate(thursday.getUTCDate() - ((thursday.getUTCDay() + 6) % 7) + 3); // Thursday of this ISO week
  const weekYear = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(weekYear, 0, 1)) / 86_400_000 / 7);
  return `${weekYear}-W${pad(week)}`;
}

export const isValidDay = (year: number, month: number, day: number): boolean => {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
};

/**
 * The days an ISO 8601 date denotes, as day numbers [first, last]: a day is itself, a week Monday to
 * Sunday, a month or a year its first to its last day. Null for anything else.
 */
export function isoInterval(iso: string): [number, number] | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m) {
    const d = parseIsoDate(iso);
    return d ? [dayNumber(d), dayNumber(d)] : null;
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(iso))) {
    // Week 1 holds January 4th; its Monday opens the ISO year.
    const jan4 = { year: Number(m[1]), month: 1, day: 4 };
    const monday = dayNumber(jan4) - ((weekday(jan4) + 6) % 7) + (Number(m[2]) - 1) * 7;
    return [monday, monday + 6];
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(iso))) {
    const [year, month] = [Number(m[1]), Number(m[2])];
    if (month < 1 || month > 12) return null;
    const next = addMonths(year, month, 1);
    return [dayNumber({ year, month, day: 1 }), dayNumber({ year: next.year, month: next.month, day: 1 }) - 1];
  }
  if ((m = /^(\d{4})$/.exec(iso))) {
    const year = Number(m[1]);
    return [dayNumber({ year, month: 1, day: 1 }), dayNumber({ year: year + 1, month: 1, day: 1 }) - 1];
  }
  return null;
}

/**
 * Orders ISO dates by the days they denote: by the first day, then the longer span first, so that a
 * year comes before its first month, a month before its first week and a week before its Monday
 * ("2014" < "2014-09" < "2014-W36" < "2014-09-01" < "2014-09-02"). What is not an ISO date follows, in
 * string order.
 */
export function compareIsoDates(a: string, b: string): number {
  const x = isoInterval(a);
  const y = isoInterval(b);
  if (x && y) return x[0] - y[0] || y[1] - x[1];
  if (x || y) return x ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
