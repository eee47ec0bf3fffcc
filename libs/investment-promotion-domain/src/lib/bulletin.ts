import {
  type ActivityKind,
  categoryByCode,
  type Deal,
  type Enterprise,
  endOfCityDay,
  localityByCode,
  departmentByCode,
} from '@ccpc/contracts';

/**
 * 每月发布全市谋划信息、招商动态 (四(二) 「定期调度发布全市谋划信息、招商动态」): the month's new
 * projects in the reserve by industry, its new leads by chain, the contracts signed and the
 * projects landed with their amounts, and the activities held. Every figure counts the facts
 * dated in the month as they were known at the end of its last day (city time): a past month's
 * bulletin is the same document whenever it is asked for; facts recorded later for it are
 * counted apart (LateFacts), never folded in.
 */
/** A lead event's type, written out (not taken from the contracts' inferred union) so that the response schemas' generator reads it. */
export type LeadFactType =
  'LeadIdentified' | 'LeadFollowedUp' | 'LeadAdvanced' | 'LeadSigned' | 'LeadLanded' | 'LeadProjectRegistered' | 'LeadLost';

export interface BulletinLead {
  leadId: string;
  enterprise: Enterprise;
  localityCode: string;
  categoryCode: string;
  chainNode: string;
  intendedInvestmentWan: number;
  contract: { amountWan: number; date: string } | null;
  landing: { date: string; projectName: string; totalInvestmentWan: number } | null;
  timeline: ReadonlyArray<{ type: LeadFactType; date: string; recordedAt: string }>;
}

export interface BulletinActivity {
  activityId: string;
  kind: ActivityKind;
  title: string;
  localityCode: string | null;
  departmentCode: string | null;
  leaderName: string | null;
  destination: string;
  held: { date: string; attendance: number; leadIds: string[]; deals: Deal[] } | null;
  concludedAt: string | null;
}

export interface BulletinProject {
  projectId: string;
  name: string;
  localityCode: string;
  categoryCode: string;
  sourceCode: string;
  totalInvestmentWan: number;
  registeredOn: string;
  recordedAt: string;
}

export interface CategoryLine {
  categoryCode: string;
  categoryName: string;
  count: number;
  amountWan: number;
}

export interface ChainLine extends CategoryLine {
  /** The chain nodes the month's leads fill. */
  nodes: string[];
}

export interface DealLine {
  leadId: string;
  enterprise: string;
  localityCode: string;
  localityName: string;
  categoryName: string;
  amountWan: number;
  date: string;
  projectName: string | null;
}

export interface ActivityLine {
  activityId: string;
  kind: ActivityKind;
  title: string;
  organizer: string;
  leaderName: string | null;
  destination: string;
  date: string;
  attendance: number;
  leads: number;
  deals: number;
  dealAmountWan: number;
}

export interface Bulletin {
  month: string;
  from: string;
  to: string;
  /** The month has ended: the bulletin is as known at the end of its last day and never changes. */
  final: boolean;
  knownAt: string;
  planning: { projects: number; investmentWan: number; byCategory: CategoryLine[] };
  leads: { identified: number; intendedWan: number; byChain: ChainLine[] };
  signed: { count: number; amountWan: number; items: DealLine[] };
  landed: { count: number; investmentWan: number; items: DealLine[] };
  activities: { held: number; attendance: number; leads: number; deals: number; dealAmountWan: number; items: ActivityLine[] };
}

/** What was recorded for a month after its bulletin's cut-off (late reports): never folded into the bulletin itself. */
export interface LateFacts {
  month: string;
  knownAt: string;
  /** Facts dated in the month but recorded after `knownAt`. */
  recordedLater: number;
}

const lastDay = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

/**
 * The month's span and the instant it is known at: its last day's end once it is over, else now —
 * or, re-issued, as known at a later instant the project office names (`knownAt`, never after now).
 */
export function bulletinPeriod(
  month: string,
  now: string,
  knownAt?: string,
): { from: string; to: string; final: boolean; knownAt: string } {
  const to = lastDay(month);
  const end = endOfCityDay(to);
  const asKnown = knownAt !== undefined && knownAt < now ? knownAt : now;
  return { from: `${month}-01`, to, final: now > end, knownAt: knownAt !== undefined ? asKnown : now > end ? end : now };
}

const categoryName = (code: string) => categoryByCode.get(code)?.name ?? code;
const unitName = (code: string | null) => (code && (localityByCode.get(code)?.name ?? departmentByCode.get(code)?.name)) || '';

function byCategory<T>(items: readonly T[], category: (t: T) => string, amount: (t: T) => number): CategoryLine[] {
  const lines = new Map<string, CategoryLine>();
  for (const item of items) {
    const code = category(item);
    const line = lines.get(code) ?? { categoryCode: code, categoryName: categoryName(code), count: 0, amountWan: 0 };
    line.count += 1;
    line.amountWan += amount(item);
    lines.set(code, line);
  }
  return [...lines.values()].sort((a, b) => b.amountWan - a.amountWan || a.categoryCode.localeCompare(b.categoryCode));
}

const sum = <T>(items: readonly T[], of: (t: T) => number) => items.reduce((total, t) => total + of(t), 0);

export function buildBulletin(
  month: string,
  now: string,
  input: { leads: readonly BulletinLead[]; activities: readonly BulletinActivity[]; projects: readonly BulletinProject[] },
  knownAt?: string,
): { bulletin: Bulletin; late: LateFacts } {
  const period = bulletinPeriod(month, now, knownAt);
  const inMonth = (date: string) => date >= period.from && date <= period.to;
  let recordedLater = 0;
  /** Whether a fact dated in the month counts: known by then (a later one is counted apart). */
  const known = (date: string, recordedAt: string): boolean => {
    if (!inMonth(date)) return false;
    if (recordedAt <= period.knownAt) return true;
    recordedLater += 1;
    return false;
  };
  const fact = (lead: BulletinLead, type: LeadFactType) => lead.timeline.find((f) => f.type === type && known(f.date, f.recordedAt));

  const projects = input.projects.filter((p) => known(p.registeredOn, p.recordedAt));
  const identified = input.leads.filter((l) => fact(l, 'LeadIdentified'));
  const deal = (lead: BulletinLead, amountWan: number, date: string, projectName: string | null): DealLine => ({
    leadId: lead.leadId,
    enterprise: lead.enterprise.name,
    localityCode: lead.localityCode,
    localityName: unitName(lead.localityCode),
    categoryName: categoryName(lead.categoryCode),
    amountWan,
    date,
    projectName,
  });
  const signed = input.leads.flatMap((l) =>
    l.contract && fact(l, 'LeadSigned') ? [deal(l, l.contract.amountWan, l.contract.date, null)] : [],
  );
  const landed = input.leads.flatMap((l) =>
    l.landing && fact(l, 'LeadLanded') ? [deal(l, l.landing.totalInvestmentWan, l.landing.date, l.landing.projectName)] : [],
  );
  const held = input.activities.flatMap((a) =>
    a.held && a.concludedAt && known(a.held.date, a.concludedAt) ? [{ activity: a, held: a.held }] : [],
  );
  const chains = byCategory(
    identified,
    (l) => l.categoryCode,
    (l) => l.intendedInvestmentWan,
  ).map((line) => ({
    ...line,
    nodes: [...new Set(identified.filter((l) => l.categoryCode === line.categoryCode).map((l) => l.chainNode))].sort(),
  }));
  const items: ActivityLine[] = held
    .map(({ activity: a, held: h }) => ({
      activityId: a.activityId,
      kind: a.kind,
      title: a.title,
      organizer: unitName(a.localityCode) || unitName(a.departmentCode),
      leaderName: a.leaderName,
      destination: a.destination,
      date: h.date,
      attendance: h.attendance,
      leads: h.leadIds.length,
      deals: h.deals.length,
      dealAmountWan: sum(h.deals, (d) => d.amountWan),
    }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.activityId.localeCompare(b.activityId));
  const byDate = (a: DealLine, b: DealLine) => a.date.localeCompare(b.date) || a.leadId.localeCompare(b.leadId);
  const bulletin: Bulletin = {
    month,
    ...period,
    planning: {
      projects: projects.length,
      investmentWan: sum(projects, (p) => p.totalInvestmentWan),
      byCategory: byCategory(
        projects,
        (p) => p.categoryCode,
        (p) => p.totalInvestmentWan,
      ),
    },
    leads: { identified: identified.length, intendedWan: sum(identified, (l) => l.intendedInvestmentWan), byChain: chains },
    signed: { count: signed.length, amountWan: sum(signed, (d) => d.amountWan), items: signed.sort(byDate) },
    landed: { count: landed.length, investmentWan: sum(landed, (d) => d.amountWan), items: landed.sort(byDate) },
    activities: {
      held: items.length,
      attendance: sum(items, (a) => a.attendance),
      leads: sum(items, (a) => a.leads),
      deals: sum(items, (a) => a.deals),
      dealAmountWan: sum(items, (a) => a.dealAmountWan),
      items,
    },
  };
  return { bulletin, late: { month, knownAt: period.knownAt, recordedLater } };
}
