import type { EventEnvelope, PlanKind, ReserveLevel, Stage } from '@ccpc/contracts';
import { defineProjection } from '@ccpc/eventsourcing';
import type { ProjectEvent } from '@ccpc/registry-domain';

/** The registry's list of projects, kept from its own topic: what officers search and page through. */
export interface ProjectView {
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
  siteReady: boolean;
  stage: Stage;
  firstStartDate: string | null;
  completedDate: string | null;
  plans: Array<{ year: number; kind: PlanKind; plannedStartMonth: string | null; annualInvestmentWan: number }>;
  resumedYears: number[];
  cumulativeWan: number;
  lastReportedMonth: string | null;
  statisticsIncludedWan: number;
  leader: { id: string; name: string } | null;
  secretary: { id: string; name: string } | null;
  frontEndFundingWan: number;
  /** The project stream's version: send it back as If-Match. */
  version: number;
  updatedAt: string;
}

export const PROJECTS_VIEW = 'registry_projects';

function evolve(doc: ProjectView | undefined, envelope: EventEnvelope): ProjectView | null {
  const event = envelope as unknown as ProjectEvent & EventEnvelope;
  const stamp = { version: envelope.streamVersion, updatedAt: envelope.recordedAt };
  if (event.type === 'ProjectRegistered') {
    const d = event.data;
    return {
      projectId: d.projectId, name: d.name, localityCode: d.localityCode, departmentCode: d.departmentCode, categoryCode: d.categoryCode,
      subKindCode: d.subKindCode, industrial: d.industrial, sourceCode: d.sourceCode, investor: d.investor, totalInvestmentWan: d.totalInvestmentWan,
      nationalCode: d.nationalCode, leading: d.leading, landmark: d.landmark, threeEarly: d.threeEarly, reserveLevels: d.reserveLevels,
      siteInDevelopmentZone: d.siteInDevelopmentZone, siteReady: false, stage: 'reserve', firstStartDate: null, completedDate: null, plans: [],
      resumedYears: [], cumulativeWan: 0, lastReportedMonth: null, statisticsIncludedWan: 0, leader: null, secretary: null, frontEndFundingWan: 0, ...stamp,
    };
  }
  if (!doc) return null; // not registered: nothing to show
  switch (event.type) {
    case 'ProjectDetailsRevised': {
      const { name, investor, totalInvestmentWan, leading, landmark, threeEarly, reserveLevels } = event.data;
      return {
        ...doc, ...stamp, name: name ?? doc.name, investor: investor === undefined ? doc.investor : investor,
        totalInvestmentWan: totalInvestmentWan ?? doc.totalInvestmentWan, leading: leading ?? doc.leading, landmark: landmark ?? doc.landmark,
        threeEarly: threeEarly ?? doc.threeEarly, reserveLevels: reserveLevels ?? doc.reserveLevels,
      };
    }
    case 'ProjectNationalCodeAssigned':
      return { ...doc, ...stamp, nationalCode: event.data.nationalCode };
    case 'ProjectStageAdvanced':
      return { ...doc, ...stamp, stage: event.data.to, investor: event.data.investor ?? doc.investor };
    case 'ProjectSiteReadied':
      return { ...doc, ...stamp, siteReady: true };
    case 'ProjectConstructionStarted':
      return { ...doc, ...stamp, stage: 'under-construction', firstStartDate: event.data.date };
    case 'ProjectConstructionResumed':
      return { ...doc, ...stamp, resumedYears: [...doc.resumedYears, event.data.year] };
    case 'ProjectCompleted':
      return { ...doc, ...stamp, stage: 'completed', completedDate: event.data.date };
    case 'ProjectSuspended':
      return { ...doc, ...stamp, stage: 'suspended' };
    case 'ProjectReactivated':
      return { ...doc, ...stamp, stage: event.data.stage };
    case 'ProjectCancelled':
      return { ...doc, ...stamp, stage: 'cancelled' };
    case 'ProjectStageCorrected':
      return { ...doc, ...stamp, stage: event.data.to };
    case 'ProjectAddedToAnnualPlan':
      return { ...doc, ...stamp, plans: [...doc.plans, event.data].sort((a, b) => a.year - b.year) };
    case 'MonthlyInvestmentReported':
      return { ...doc, ...stamp, cumulativeWan: event.data.cumulativeWan, lastReportedMonth: event.data.month };
    case 'InvestmentCorrected':
      return { ...doc, ...stamp, cumulativeWan: event.data.cumulativeWan };
    case 'StatisticsInclusionRecorded':
      return { ...doc, ...stamp, statisticsIncludedWan: event.data.includedAmountWan };
    case 'CityLeaderAssigned':
      return { ...doc, ...stamp, leader: { id: event.data.leaderId, name: event.data.leaderName } };
    case 'ProjectSecretaryAssigned':
      return { ...doc, ...stamp, secretary: { id: event.data.secretaryId, name: event.data.secretaryName } };
    case 'FrontEndFundingGranted':
      return { ...doc, ...stamp, frontEndFundingWan: doc.frontEndFundingWan + event.data.amountWan };
    default:
      return doc;
  }
}

export const projectsView = defineProjection<ProjectView>({
  name: PROJECTS_VIEW,
  version: 1,
  handles: [
    'ProjectRegistered', 'ProjectDetailsRevised', 'ProjectNationalCodeAssigned', 'ProjectStageAdvanced', 'ProjectSiteReadied',
    'ProjectConstructionStarted', 'ProjectConstructionResumed', 'ProjectCompleted', 'ProjectSuspended', 'ProjectReactivated',
    'ProjectCancelled', 'ProjectStageCorrected', 'ProjectAddedToAnnualPlan', 'MonthlyInvestmentReported', 'InvestmentCorrected',
    'StatisticsInclusionRecorded', 'CityLeaderAssigned', 'ProjectSecretaryAssigned', 'FrontEndFundingGranted',
  ],
  keyOf: (event) => (event.streamId.startsWith('project-') ? event.streamId.slice('project-'.length) : event.streamId),
  evolve,
});
