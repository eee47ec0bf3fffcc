import { unhandledEvent } from '../event-definition';
import type { PlanKind, ReserveLevel, Stage } from '../reference/reference-data';
import type { RegistryEvent } from './registry';

/**
 * What the registry's events say about one project, folded: the one meaning of those facts
 * that every context shares. The registry decides on it, keeps its project list with it, and
 * the leadership views fold it at any date — so a stage correction, say, means the same
 * everywhere. A new registry event fails to compile here until it is folded.
 */
export interface ProjectRecord {
  projectId: string;
  name: string;
  localityCode: string;
  departmentCode: string;
  categoryCode: string;
  subKindCode: string | null;
  industrial: boolean;
  sourceCode: string;
  investor: string | null;
  totalInvestmentWan: number;
  nationalCode: string | null;
  leading: boolean;
  landmark: boolean;
  threeEarly: boolean;
  reserveLevels: ReserveLevel[];
  siteInDevelopmentZone: boolean;
  /** 五通一平 recorded (§23). */
  siteReady: boolean;
  /** The reference-data edition the codes were checked against. */
  referenceVersion: string;
  /** The date the project entered the reserve (null on projects registered before the date was recorded). */
  registeredOn: string | null;
  /** The investment-promotion lead it landed from (null for a project entered by hand). */
  leadId: string | null;
  stage: Stage;
  /** Business date of the last dated stage change (none for a correction). */
  stageSince: string | null;
  /** The stage a suspended project returns to. */
  stageBeforeSuspension: Stage | null;
  firstStartDate: string | null;
  completedDate: string | null;
  /** One entry per plan year, in year order. */
  plans: AnnualPlanEntry[];
  /** Yearly resumptions of a continuing project, in year order. */
  resumptions: Array<{ year: number; date: string }>;
  /** Latest cumulative completed investment (万元) and the month it was reported for. */
  cumulativeWan: number;
  lastReportedMonth: string | null;
  /** Every cumulative report and correction in order: the year's investment is read from it. */
  reports: Array<{ month: string; cumulativeWan: number }>;
  statisticsIncludedWan: number;
  leader: Assignment | null;
  secretary: Assignment | null;
  frontEndFundingWan: number;
  /** Every approval of the project's case done (the approval service's word): when, and in how many working days. */
  approvalsCompleted: { date: string; workingDays: number } | null;
}

export interface AnnualPlanEntry {
  year: number;
  kind: PlanKind;
  plannedStartMonth: string | null;
  annualInvestmentWan: number;
}

export interface Assignment {
  id: string;
  name: string;
  from: string;
  to: string | null;
}

/** Stages before construction: a correction back to one of them undoes the first start. */
const BEFORE_CONSTRUCTION: readonly Stage[] = ['reserve', 'docking', 'landed', 'preparing'];

/**
 * The fold: no record before `ProjectRegistered`, and events of an unregistered project change
 * nothing. Pure and total over `RegistryEvent`.
 */
export function evolveProjectRecord(record: ProjectRecord | null, event: RegistryEvent): ProjectRecord | null {
  if (event.type === 'ProjectRegistered') {
    return {
      ...event.data,
      registeredOn: event.data.registeredOn ?? null,
      leadId: event.data.leadId ?? null,
      siteReady: false,
      stage: 'reserve',
      stageSince: null,
      stageBeforeSuspension: null,
      firstStartDate: null,
      completedDate: null,
      approvalsCompleted: null,
      plans: [],
      resumptions: [],
      cumulativeWan: 0,
      lastReportedMonth: null,
      reports: [],
      statisticsIncludedWan: 0,
      leader: null,
      secretary: null,
      frontEndFundingWan: 0,
    };
  }
  if (record === null) return null;
  switch (event.type) {
    case 'ProjectDetailsRevised': {
      const { date: _date, ...revised } = event.data;
      const changes = Object.fromEntries(Object.entries(revised).filter(([, value]) => value !== undefined));
      return { ...record, ...changes };
    }
    case 'ProjectNationalCodeAssigned':
      return { ...record, nationalCode: event.data.nationalCode };
    case 'ProjectStageAdvanced':
      return { ...record, stage: event.data.to, stageSince: event.data.date, investor: event.data.investor ?? record.investor };
    case 'ProjectSiteReadied':
      return { ...record, siteReady: true };
    case 'ProjectConstructionStarted':
      return { ...record, stage: 'under-construction', stageSince: event.data.date, firstStartDate: event.data.date };
    case 'ProjectConstructionResumed':
      return {
        ...record,
        resumptions: [...record.resumptions, { year: event.data.year, date: event.data.date }].sort((a, b) => a.year - b.year),
      };
    case 'ProjectCompleted':
      return { ...record, stage: 'completed', stageSince: event.data.date, completedDate: event.data.date };
    case 'ProjectSuspended':
      return { ...record, stage: 'suspended', stageSince: event.data.date, stageBeforeSuspension: event.data.stageBefore };
    case 'ProjectReactivated':
      return { ...record, stage: event.data.stage, stageSince: event.data.date, stageBeforeSuspension: null };
    case 'ProjectCancelled':
      return { ...record, stage: 'cancelled', stageSince: event.data.date };
    case 'ProjectStageCorrected': {
      // A correction says an earlier stage change did not happen: back before construction
      // there was no start, and anything but 'completed' has no completion.
      const to = event.data.to;
      return {
        ...record,
        stage: to,
        firstStartDate: BEFORE_CONSTRUCTION.includes(to) ? null : record.firstStartDate,
        completedDate: to === 'completed' ? record.completedDate : null,
      };
    }
    case 'ProjectAddedToAnnualPlan':
      return {
        ...record,
        plans: [
          ...record.plans.filter((p) => p.year !== event.data.year),
          {
            year: event.data.year,
            kind: event.data.kind,
            plannedStartMonth: event.data.plannedStartMonth,
            annualInvestmentWan: event.data.annualInvestmentWan,
          },
        ].sort((a, b) => a.year - b.year),
      };
    case 'MonthlyInvestmentReported':
      return {
        ...record,
        cumulativeWan: event.data.cumulativeWan,
        lastReportedMonth: event.data.month,
        reports: [...record.reports, { month: event.data.month, cumulativeWan: event.data.cumulativeWan }],
      };
    case 'InvestmentCorrected':
      return {
        ...record,
        cumulativeWan: event.data.cumulativeWan,
        reports: [...record.reports, { month: event.data.month, cumulativeWan: event.data.cumulativeWan }],
      };
    case 'StatisticsInclusionRecorded':
      return { ...record, statisticsIncludedWan: event.data.includedAmountWan };
    case 'CityLeaderAssigned': {
      const { leaderId: id, leaderName: name, from, to } = event.data;
      return { ...record, leader: { id, name, from, to } };
    }
    case 'ProjectSecretaryAssigned': {
      const { secretaryId: id, secretaryName: name, from, to } = event.data;
      return { ...record, secretary: { id, name, from, to } };
    }
    case 'FrontEndFundingGranted':
      return { ...record, frontEndFundingWan: record.frontEndFundingWan + event.data.amountWan };
    case 'ProjectApprovalsCompleted':
      return { ...record, approvalsCompleted: { date: event.data.date, workingDays: event.data.workingDays } };
    default:
      return unhandledEvent(event);
  }
}

/** The project's plan for a year, if it is in that year's plan. */
export const planFor = (record: Pick<ProjectRecord, 'plans'>, year: number): AnnualPlanEntry | undefined =>
  record.plans.find((plan) => plan.year === year);

/** The date the project resumed construction in a year, if it did. */
export const resumptionIn = (record: Pick<ProjectRecord, 'resumptions'>, year: number): string | undefined =>
  record.resumptions.find((r) => r.year === year)?.date;

/** Whose project it is, in the shape access checks take: its locality, department, leader and secretary. */
export const projectScope = (record: Pick<ProjectRecord, 'localityCode' | 'departmentCode' | 'leader' | 'secretary'>) => ({
  localityCode: record.localityCode,
  departmentCode: record.departmentCode,
  leaderIds: record.leader ? [record.leader.id] : [],
  secretaryIds: record.secretary ? [record.secretary.id] : [],
});
