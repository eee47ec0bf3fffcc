import { isWorkday } from 'chinese-days';
import calendar from 'chinese-days/dist/chinese-days.json';
import { DomainError } from '@ccpc/eventsourcing';

/**
 * China's working days (工作日): Monday to Friday, except the statutory holidays the State
 * Council publishes each year, plus the weekend days it makes working days (调休). The data are
 * npm `chinese-days`'; this module is the one place that reads them.
 *
 * The library answers "working day" for any weekday of a year it has no data for, which would
 * silently count holidays as working days. So the years it covers are read from its data, and a
 * date outside them is an error that names the year (rule `calendar.year-not-covered`, 422).
 *
 * The library is asked once per day of the covered years, at load (about 8,000 days): the clock
 * then answers from a table of running counts — a span's working days are two lookups, the nth
 * working day a binary search — instead of walking the days and asking the library each time.
 */
const years = (days: Record<string, unknown>) => Object.keys(days).map((d) => Number(d.slice(0, 4)));
export const COVERED_YEARS: ReadonlySet<number> = new Set(years((calendar as { holidays: Record<string, unknown> }).holidays));

const DAY = 86_400_000;
const toTime = (date: string) => Date.parse(`${date}T00:00:00Z`);
const toDate = (time: number) => new Date(time).toISOString().slice(0, 10);
export const nextDay = (date: string) => toDate(toTime(date) + DAY);

export function checkCovered(date: string, field = 'date'): void {
  const year = Number(date.slice(0, 4));
  if (!COVERED_YEARS.has(year)) {
    const covered = [...COVERED_YEARS].sort();
    throw new DomainError(
      'calendar.year-not-covered',
      `${date}: 工作日历没有 ${year} 年的法定节假日数据（已有 ${covered[0]}–${covered.at(-1)} 年），无法按工作日计算`,
      { field, status: 422 },
    );
  }
}

/** Day numbers from the first covered 1 January; `counts[i]` = working days on days 0..i. */
const table = (() => {
  const sorted = [...COVERED_YEARS].sort((a, b) => a - b);
  const first = sorted[0] as number;
  const last = sorted.at(-1) as number;
  const start = Date.UTC(first, 0, 1) / DAY;
  const days = Date.UTC(last, 11, 31) / DAY - start + 1;
  const counts = new Int32Array(days);
  const working = new Uint8Array(days);
  let running = 0;
  for (let i = 0; i < days; i++) {
    const date = toDate((start + i) * DAY);
    if (COVERED_YEARS.has(Number(date.slice(0, 4))) && isWorkday(date)) {
      working[i] = 1;
      running++;
    }
    counts[i] = running;
  }
  return { start, days, counts, working, first, last };
})();

/** The day's number in the table (may lie outside it). */
const indexOf = (date: string) => toTime(date) / DAY - table.start;
/** Working days on days 0..i of the table (0 before it). */
const countTo = (i: number) => (i < 0 ? 0 : (table.counts[Math.min(i, table.days - 1)] as number));

/** Every year from the one after `from`'s day to `to`'s is covered, or the first that is not throws. */
function checkSpan(from: string, to: string): void {
  const firstDay = nextDay(from);
  for (let year = Number(firstDay.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    checkCovered(year === Number(firstDay.slice(0, 4)) ? firstDay : `${year}-01-01`);
  }
}

export function isWorkingDay(date: string): boolean {
  checkCovered(date);
  return table.working[indexOf(date)] === 1;
}

/** The `n`th working day after `date` (day 1 is the first working day after it). */
export function addWorkingDays(date: string, n: number): string {
  if (n <= 0) return date;
  checkCovered(nextDay(date));
  const target = countTo(indexOf(date)) + n;
  if (target > countTo(table.days - 1)) checkCovered(`${table.last + 1}-01-01`);
  // The first day whose running count reaches the target: a working day, the nth.
  let lo = Math.max(0, indexOf(date) + 1);
  let hi = table.days - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((table.counts[mid] as number) >= target) hi = mid;
    else lo = mid + 1;
  }
  const day = toDate((table.start + lo) * DAY);
  checkSpan(date, day);
  return day;
}

/** Working days in (from, to]: how many days of the clock ran from the day after `from` to `to`, both counted. */
export function workingDaysBetween(from: string, to: string): number {
  if (to <= from) return 0;
  checkSpan(from, to);
  return countTo(indexOf(to)) - countTo(indexOf(from));
}

/** A span of the clock: it runs on the working days in (from, to]. */
export interface Span {
  from: string;
  to: string;
}

/** Working days covered by at least one of the spans (parallel reviews count a day once). */
export function workingDaysIn(spans: readonly Span[]): number {
  const ranges = spans
    .filter(({ from, to }) => to > from)
    .map(({ from, to }) => {
      checkSpan(from, to);
      return [indexOf(from) + 1, indexOf(to)] as const;
    })
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let open: [number, number] | undefined;
  for (const [a, b] of ranges) {
    if (open && a <= open[1] + 1) open[1] = Math.max(open[1], b);
    else {
      if (open) total += countTo(open[1]) - countTo(open[0] - 1);
      open = [a, b];
    }
  }
  if (open) total += countTo(open[1]) - countTo(open[0] - 1);
  return total;
}
