import { entriesOf, foldTimeline, type ProjectAt, type ProjectTimeline, type TimelineEntry } from './timeline';

/**
 * A view of one target year: the business date it is taken at (never after the year's last
 * day: a view of a year that has ended is the view of its last day) and the recording instant
 * it is known at.
 */
export interface YearPoint {
  year: number;
  asOf: string;
  knownAt: string;
}

/** The periods the 2018 opinions set targets for. */
export type Period = 'h1' | 'q1-q3' | 'year';
export const PERIOD_LABELS: Record<Period, string> = {
  h1: '上半年（1月1日至6月30日）',
  'q1-q3': '前三季度（1月1日至9月30日）',
  year: '全年',
};

export const periodEnd = (period: Period, year: number) =>
  period === 'h1' ? `${year}-06-30` : period === 'q1-q3' ? `${year}-09-30` : `${year}-12-31`;

/**
 * A project as each of the year's figures needs it: as of the view's date, as of the end of
 * each period (if it ended before the view's date: a period that has ended is counted on the
 * project as it stood on its last day, so later events cannot change it), and whether it was
 * under construction at any time from 1 January to the view's date.
 */
export interface ProjectInYear {
  at: ProjectAt;
  /** The project at the end of each period, or at the view's date while the period runs. */
  ofPeriod: Record<Period, ProjectAt | undefined>;
  underConstructionInYear: boolean;
}

export function projectInYear(
  timeline: Pick<ProjectTimeline, 'log'>,
  point: YearPoint,
  entries: readonly TimelineEntry[] = entriesOf(timeline),
): ProjectInYear | undefined {
  const h1 = minDate(periodEnd('h1', point.year), point.asOf);
  const q3 = minDate(periodEnd('q1-q3', point.year), point.asOf);
  const cutoffs = [...new Set([h1, q3, point.asOf])].sort();
  const fold = foldTimeline(entries, point.knownAt, cutoffs, { from: `${point.year}-01-01` });
  const recordAt = (date: string) => fold.at[cutoffs.indexOf(date)];
  const at = recordAt(point.asOf);
  if (!at) return undefined;
  return {
    at,
    ofPeriod: { h1: recordAt(h1), 'q1-q3': recordAt(q3), year: at },
    underConstructionInYear: fold.underConstructionIn,
  };
}

const minDate = (a: string, b: string) => (a < b ? a : b);

/**
 * A project's year folded once for every date of the year: what the cockpit's date slider asks
 * for, day after day. The project only changes on the dates of its entries, so one pass with a
 * cutoff at each such date (and at each period's end) gives the project as of any date by a
 * binary search. `at(asOf)` equals `projectInYear(timeline, { year, asOf, knownAt })` for every
 * `asOf` of the year; `validFor(knownAt)` tells whether another instant knows the same entries.
 */
export interface YearIndex {
  at(asOf: string): ProjectInYear | undefined;
  validFor(knownAt: string): boolean;
}

export function yearIndex(entries: readonly TimelineEntry[], year: number, knownAt: string): YearIndex {
  const from = `${year}-01-01`;
  const end = periodEnd('year', year);
  const recorded = entries.map((e) => e.recordedAt).sort();
  const knownCount = (instant: string) => countUpTo(recorded, instant);
  const known = knownCount(knownAt);
  const cutoffs = [
    ...new Set([
      from,
      periodEnd('h1', year),
      periodEnd('q1-q3', year),
      end,
      ...entries.map((e) => e.date).filter((d) => d > from && d < end),
    ]),
  ].sort();
  const fold = foldTimeline(entries, knownAt, cutoffs, { from });
  const indexOf = (date: string) => countUpTo(cutoffs, date) - 1;
  return {
    validFor: (instant) => knownCount(instant) === known,
    at(asOf) {
      const i = indexOf(asOf);
      const record = fold.at[i];
      if (i < 0 || asOf > end) return projectInYear({ log: '' }, { year, asOf, knownAt }, entries);
      if (!record) return undefined;
      return {
        at: record,
        ofPeriod: {
          h1: fold.at[indexOf(minDate(periodEnd('h1', year), asOf))],
          'q1-q3': fold.at[indexOf(minDate(periodEnd('q1-q3', year), asOf))],
          year: record,
        },
        underConstructionInYear: fold.underConstructionUntil[i] as boolean,
      };
    },
  };
}

/** How many of the sorted strings are ≤ `value`. */
function countUpTo(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
