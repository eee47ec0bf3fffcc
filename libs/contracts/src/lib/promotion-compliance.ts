import { type ActivityKind, DOCKING_KINDS } from './reference/promotion';
import { LOCALITIES } from './reference/reference-data';

/**
 * 集中招商、集中对接 compliance (§25 「每季度由市级领导带队外出招商…县（市）区、开发区领导每月组织一次招商活动」;
 * §26 「每季度开展资金、人才、技术对接活动」): for every month of the year that has ended (or is under
 * way), the localities that held no promotion activity; for every quarter, whether a city
 * leader led a trip and whether each docking kind was held. Only an activity held (its results
 * recorded) counts; one planned or cancelled does not. A period still under way is `pending`,
 * a missing activity in it not yet a warning; on its last day it is complete (`ended`).
 */
export interface HeldActivity {
  kind: ActivityKind;
  localityCode: string | null;
  held: { date: string } | null;
}

export interface MonthCompliance {
  month: string;
  status: 'ended' | 'pending';
  /** Localities with no 招商活动 held in the month (a warning once the month has ended). */
  missing: string[];
}

export interface QuarterCompliance {
  quarter: string;
  status: 'ended' | 'pending';
  leadersTrips: number;
  /** Docking kinds (funds, talent, technology) not held in the quarter. */
  missingDocking: ActivityKind[];
}

export interface Compliance {
  year: number;
  months: MonthCompliance[];
  quarters: QuarterCompliance[];
}

const pad = (n: number) => String(n).padStart(2, '0');
/** The last day (YYYY-MM-DD) of a month of the year. */
const monthEnd = (year: number, month: number) => `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;

/** The year's compliance on `today` (the city's date): periods that have not begun are left out. */
export function activityCompliance(year: number, today: string, activities: readonly HeldActivity[]): Compliance {
  const held = activities.filter((a) => a.held !== null && a.held.date.startsWith(`${year}-`) && a.held.date <= today);
  const months: MonthCompliance[] = [];
  for (let m = 1; m <= 12; m++) {
    const month = `${year}-${pad(m)}`;
    if (`${month}-01` > today) break;
    const active = new Set(held.filter((a) => a.kind === 'locality-trip' && a.held?.date.startsWith(month)).map((a) => a.localityCode));
    months.push({
      month,
      // A view as of a month's last day counts that day: the month is complete.
      status: monthEnd(year, m) <= today ? 'ended' : 'pending',
      missing: LOCALITIES.map((l) => l.code).filter((code) => !active.has(code)),
    });
  }
  const quarters: QuarterCompliance[] = [];
  for (let q = 1; q <= 4; q++) {
    const from = `${year}-${pad(q * 3 - 2)}-01`;
    if (from > today) break;
    const to = monthEnd(year, q * 3);
    const inQuarter = held.filter((a) => (a.held?.date ?? '') >= from && (a.held?.date ?? '') <= to);
    quarters.push({
      quarter: `${year}-Q${q}`,
      status: to <= today ? 'ended' : 'pending',
      leadersTrips: inQuarter.filter((a) => a.kind === 'leaders-trip').length,
      missingDocking: DOCKING_KINDS.filter((kind) => !inQuarter.some((a) => a.kind === kind)),
    });
  }
  return { year, months, quarters };
}
