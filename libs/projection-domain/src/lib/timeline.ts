import type { EventEnvelope, PlanKind, Stage } from '@ccpc/contracts';

/**
 * A project as the leadership views see it: every registry event of the project, in stream
 * order, with its business date (the date the fact is about) and its recording time (when the
 * board could first have shown it). Any state "as of" a business date and "as known at" a
 * recording time is a fold over a prefix-filter of this list: no daily snapshots.
 */
export interface TimelineEntry {
  v: number;
  type: string;
  /** Business date YYYY-MM-DD, or null for undated facts (registration, revisions, plans, assignments). */
  date: string | null;
  recordedAt: string;
  data: Record<string, unknown>;
  actor: { id: string; role: string; scope: string | null };
  eventId: string;
}

export interface ProjectTimeline {
  projectId: string;
  /** Current values, for filtering lists without folding. */
  localityCode: string;
  departmentCode: string;
  name: string;
  /**
   * The entries as one JSON string: a MongoDB-protocol server hands a string back far faster
   * than the same entries as nested documents (FerretDB: ~10×), and every view reads them all.
   */
  log: string;
}

export const entriesOf = (timeline: Pick<ProjectTimeline, 'log'>): TimelineEntry[] => JSON.parse(timeline.log) as TimelineEntry[];

const lastDayOf = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

/** The business date an event is about. */
export function businessDate(type: string, data: Record<string, unknown>): string | null {
  if (typeof data['date'] === 'string') return data['date'];
  if (type === 'MonthlyInvestmentReported' || type === 'InvestmentCorrected') return lastDayOf(data['month'] as string);
  if (type === 'StatisticsInclusionRecorded') return data['registeredOn'] as string;
  return null;
}

export const projectIdOf = (streamId: string) => (streamId.startsWith('project-') ? streamId.slice('project-'.length) : streamId);

/** evolve of the `dashboard_projects` projection: one document per project stream. */
export function evolveTimeline(doc: ProjectTimeline | undefined, event: EventEnvelope): ProjectTimeline | null {
  const data = event.data as Record<string, unknown>;
  if (!doc && event.type !== 'ProjectRegistered') return null;
  const entry: TimelineEntry = {
    v: event.streamVersion, type: event.type, date: businessDate(event.type, data), recordedAt: event.recordedAt, data, actor: event.actor, eventId: event.eventId,
  };
  const base: ProjectTimeline = doc ?? { projectId: projectIdOf(event.streamId), localityCode: '', departmentCode: '', name: '', log: '[]' };
  return {
    ...base,
    localityCode: (event.type === 'ProjectRegistered' ? (data['localityCode'] as string) : base.localityCode),
    departmentCode: (event.type === 'ProjectRegistered' ? (data['departmentCode'] as string) : base.departmentCode),
    name: typeof data['name'] === 'string' ? (data['name'] as string) : base.name,
    log: JSON.stringify([...entriesOf(base), entry]),
  };
}

/** The project at a point in business time, as known at a point in recording time. */
export interface ProjectAt {
  projectId: string;
  name: string;
  localityCode: string;
  departmentCode: string;
  categoryCode: string;
  industrial: boolean;
  totalInvestmentWan: number;
  leading: boolean;
  landmark: boolean;
  stage: Stage;
  firstStartDate: string | null;
  completedDate: string | null;
  plans: Record<number, { kind: PlanKind; plannedStartMonth: string | null; annualInvestmentWan: number }>;
  resumptions: Record<number, string>;
  cumulativeWan: number;
  /** Monthly cumulative reports (and corrections) in order, for the year's investment against plan. */
  reports: Array<{ month: string; cumulativeWan: number }>;
  /** Business date of the last stage change, when it had one. */
  stageSince: string | null;
  leaderId: string | null;
  secretaryId: string | null;
}

export interface PointInTime {
  /** Business date YYYY-MM-DD: dated facts after it are not counted. */
  asOf: string;
  /** ISO instant: facts recorded after it were not known yet. */
  knownAt: string;
}

export function projectAt(timeline: ProjectTimeline, at: PointInTime, entries: readonly TimelineEntry[] = entriesOf(timeline)): ProjectAt | undefined {
  let p: ProjectAt | undefined;
  for (const e of entries) {
    if (e.recordedAt > at.knownAt) break; // entries are in stream order, which is recording order
    if (e.date !== null && e.date > at.asOf) continue;
    const d = e.data;
    if (e.type === 'ProjectRegistered') {
      p = {
        projectId: timeline.projectId, name: d['name'] as string, localityCode: d['localityCode'] as string, departmentCode: d['departmentCode'] as string,
        categoryCode: d['categoryCode'] as string, industrial: d['industrial'] as boolean, totalInvestmentWan: d['totalInvestmentWan'] as number,
        leading: d['leading'] as boolean, landmark: d['landmark'] as boolean, stage: 'reserve', firstStartDate: null, completedDate: null, plans: {},
        resumptions: {}, cumulativeWan: 0, reports: [], stageSince: null, leaderId: null, secretaryId: null,
      };
      continue;
    }
    if (!p) continue;
    switch (e.type) {
      case 'ProjectDetailsRevised':
        p = { ...p, name: (d['name'] as string) ?? p.name, totalInvestmentWan: (d['totalInvestmentWan'] as number) ?? p.totalInvestmentWan, leading: (d['leading'] as boolean) ?? p.leading, landmark: (d['landmark'] as boolean) ?? p.landmark };
        break;
      case 'ProjectStageAdvanced':
        p = { ...p, stage: d['to'] as Stage, stageSince: e.date };
        break;
      case 'ProjectConstructionStarted':
        p = { ...p, stage: 'under-construction', firstStartDate: d['date'] as string, stageSince: e.date };
        break;
      case 'ProjectConstructionResumed':
        p = { ...p, resumptions: { ...p.resumptions, [d['year'] as number]: d['date'] as string } };
        break;
      case 'ProjectCompleted':
        p = { ...p, stage: 'completed', completedDate: d['date'] as string, stageSince: e.date };
        break;
      case 'ProjectSuspended':
        p = { ...p, stage: 'suspended', stageSince: e.date };
        break;
      case 'ProjectReactivated':
        p = { ...p, stage: d['stage'] as Stage, stageSince: e.date };
        break;
      case 'ProjectCancelled':
        p = { ...p, stage: 'cancelled' };
        break;
      case 'ProjectStageCorrected': {
        const to = d['to'] as Stage;
        const beforeStart = ['reserve', 'docking', 'landed', 'preparing'].includes(to);
        p = { ...p, stage: to, ...(beforeStart ? { firstStartDate: null } : {}) };
        break;
      }
      case 'ProjectAddedToAnnualPlan':
        p = { ...p, plans: { ...p.plans, [d['year'] as number]: { kind: d['kind'] as PlanKind, plannedStartMonth: d['plannedStartMonth'] as string | null, annualInvestmentWan: d['annualInvestmentWan'] as number } } };
        break;
      case 'MonthlyInvestmentReported':
      case 'InvestmentCorrected':
        p = { ...p, cumulativeWan: d['cumulativeWan'] as number, reports: [...p.reports, { month: d['month'] as string, cumulativeWan: d['cumulativeWan'] as number }] };
        break;
      case 'CityLeaderAssigned':
        p = { ...p, leaderId: d['leaderId'] as string };
        break;
      case 'ProjectSecretaryAssigned':
        p = { ...p, secretaryId: d['secretaryId'] as string };
        break;
      default:
        break;
    }
  }
  return p;
}
