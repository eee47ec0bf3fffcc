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

export function isWorkingDay(date: string): boolean {
  checkCovered(date);
  return isWorkday(date);
}

/** The `n`th working day after `date` (day 1 is the first working day after it). */
export function addWorkingDays(date: string, n: number): string {
  let day = date;
  for (let counted = 0; counted < n;) {
    day = nextDay(day);
    if (isWorkingDay(day)) counted++;
  }
  return day;
}

/** Working days in (from, to]: how many days of the clock ran from the day after `from` to `to`, both counted. */
export function workingDaysBetween(from: string, to: string): number {
  let count = 0;
  for (let day = nextDay(from); day <= to; day = nextDay(day)) if (isWorkingDay(day)) count++;
  return count;
}

/** A span of the clock: it runs on the working days in (from, to]. */
export interface Span {
  from: string;
  to: string;
}

/** Working days covered by at least one of the spans (parallel reviews count a day once). */
export function workingDaysIn(spans: readonly Span[]): number {
  const days = new Set<string>();
  for (const { from, to } of spans) for (let day = nextDay(from); day <= to; day = nextDay(day)) if (isWorkingDay(day)) days.add(day);
  return days.size;
}
