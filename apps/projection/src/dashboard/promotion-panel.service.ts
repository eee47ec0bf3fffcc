import { Injectable } from '@nestjs/common';
import type { Caller } from '@ccpc/auth';
import {
  ACTIVITY_KIND_LABELS,
  ACTIVITY_KINDS,
  activityCompliance,
  DOCKING_CHANNEL_LABELS,
  ENTERPRISE_CLASS_LABELS,
  ORIGIN_REGION_LABELS,
} from '@ccpc/contracts';
import { type LeadAt, promotionFigures, promotionFiguresBy } from '@ccpc/projection-domain';
import { DashboardService, type ViewPoint } from './dashboard.service';
import { unitName } from './issues-panel.service';
import { PromotionReadModels } from './promotion-read-models';
import type { PromotionPanel, PromotionWarning } from '../promotion-responses';

const labelled = (labels: Record<string, string>) => (rows: Array<{ code: string }>) =>
  rows.map((r) => ({ ...r, name: labels[r.code] ?? r.code }));

/**
 * The leadership's promotion panel at a point like every view. A locality sees its own leads and
 * activities, a department those it follows or organises; city-wide readers all. Compliance and
 * its warnings are the city's (§25, §26), for the periods ended by the view's date.
 */
@Injectable()
export class PromotionPanelService {
  constructor(
    private readonly read: PromotionReadModels,
    private readonly dashboard: DashboardService,
  ) {}

  async panel(caller: Caller, point: ViewPoint): Promise<PromotionPanel> {
    const [allLeads, allActivities] = await Promise.all([
      this.read.leadsAt(point.asOf, point.knownAt),
      this.read.activitiesAt(point.asOf, point.knownAt),
    ]);
    const sees = (x: { localityCode: string | null; departmentCode: string | null }) =>
      caller.sees({ localityCode: x.localityCode, departmentCode: x.departmentCode });
    const leads = allLeads.filter(sees);
    const activities = allActivities.filter(sees);
    const by = (key: (l: LeadAt) => string) => promotionFiguresBy(leads, point.year, key);
    const held = activities.filter((a) => a.held?.date.startsWith(`${point.year}-`));
    const compliance = activityCompliance(point.year, point.asOf, allActivities);
    return {
      ...this.dashboard.header(point),
      totals: promotionFigures(leads, point.year),
      byLocality: by((l) => l.localityCode).map((r) => ({ ...r, name: unitName(r.code) })),
      byClass: labelled(ENTERPRISE_CLASS_LABELS)(by((l) => l.classCode)) as PromotionPanel['byClass'],
      byRegion: labelled(ORIGIN_REGION_LABELS)(by((l) => l.regionCode)) as PromotionPanel['byRegion'],
      byChannel: labelled(DOCKING_CHANNEL_LABELS)(by((l) => l.channelCode)) as PromotionPanel['byChannel'],
      activities: {
        held: held.length,
        attendance: held.reduce((s, a) => s + (a.held?.attendance ?? 0), 0),
        deals: held.reduce((s, a) => s + (a.held?.deals ?? 0), 0),
        dealAmountWan: held.reduce((s, a) => s + (a.held?.dealAmountWan ?? 0), 0),
        byKind: ACTIVITY_KINDS.map((kind) => ({
          kind,
          name: ACTIVITY_KIND_LABELS[kind],
          held: held.filter((a) => a.kind === kind).length,
        })),
      },
      compliance,
      warnings: warningsOf(compliance),
    };
  }
}

/** §25/§26 duties not met in periods that have ended: a locality's month without an activity, a quarter without a leaders' trip or a docking kind. */
function warningsOf(compliance: ReturnType<typeof activityCompliance>): PromotionWarning[] {
  const out: PromotionWarning[] = [];
  for (const m of compliance.months.filter((m) => m.status === 'ended'))
    for (const code of m.missing)
      out.push({
        rule: 'locality-activity-missing',
        period: m.month,
        code,
        message: `${unitName(code)} ${m.month} 未组织招商活动（第二十五条：每月一次）`,
      });
  for (const q of compliance.quarters.filter((q) => q.status === 'ended')) {
    if (q.leadersTrips === 0)
      out.push({
        rule: 'leaders-trip-missing',
        period: q.quarter,
        code: null,
        message: `${q.quarter} 无市级领导带队外出招商（第二十五条：每季度）`,
      });
    for (const kind of q.missingDocking)
      out.push({
        rule: 'docking-missing',
        period: q.quarter,
        code: kind,
        message: `${q.quarter} 未开展${ACTIVITY_KIND_LABELS[kind]}（第二十六条：每季度）`,
      });
  }
  return out;
}
