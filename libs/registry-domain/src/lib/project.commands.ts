import type { PlanKind, ReserveLevel, Stage } from '@ccpc/contracts';

/** The commands of the Project aggregate (项目储备库): what an officer or the project office asks for. */

export interface RegisterProject {
  type: 'RegisterProject';
  projectId: string;
  name: string;
  localityCode: string;
  departmentCode: string;
  categoryCode: string;
  subKindCode?: string | null;
  sourceCode: string;
  investor?: string | null;
  totalInvestmentWan: number;
  nationalCode?: string | null;
  leading?: boolean;
  landmark?: boolean;
  threeEarly?: boolean;
  reserveLevels: ReserveLevel[];
  siteInDevelopmentZone?: boolean;
  /** 入库日期; the service fills in today when the officer gives none. */
  registeredOn?: string;
}
export interface ReviseDetails {
  type: 'ReviseDetails';
  /** The date the revision takes effect; the service fills in today when none is given. */
  date?: string;
  name?: string;
  investor?: string | null;
  totalInvestmentWan?: number;
  leading?: boolean;
  landmark?: boolean;
  threeEarly?: boolean;
  reserveLevels?: ReserveLevel[];
}
export interface AssignNationalCode {
  type: 'AssignNationalCode';
  nationalCode: string;
}
export interface StartDocking {
  type: 'StartDocking';
  date: string;
}
export interface RecordSiteReady {
  type: 'RecordSiteReady';
  date: string;
}
export interface Land {
  type: 'Land';
  date: string;
  investor: string;
}
export interface EnterPreparation {
  type: 'EnterPreparation';
  date: string;
}
export interface StartConstruction {
  type: 'StartConstruction';
  date: string;
}
export interface ResumeConstruction {
  type: 'ResumeConstruction';
  date: string;
}
export interface Complete {
  type: 'Complete';
  date: string;
}
export interface Suspend {
  type: 'Suspend';
  date: string;
  reason: string;
}
export interface Reactivate {
  type: 'Reactivate';
  date: string;
}
export interface Cancel {
  type: 'Cancel';
  date: string;
  reason: string;
}
export interface CorrectStage {
  type: 'CorrectStage';
  stage: Stage;
  reason: string;
}
export interface AddToAnnualPlan {
  type: 'AddToAnnualPlan';
  /** The date the project joined the plan; the service fills in today when none is given. */
  date?: string;
  year: number;
  kind: PlanKind;
  plannedStartMonth?: string | null;
  annualInvestmentWan: number;
}
export interface ReportMonthlyInvestment {
  type: 'ReportMonthlyInvestment';
  month: string;
  cumulativeWan: number;
  progressNote?: string | null;
}
export interface CorrectInvestment {
  type: 'CorrectInvestment';
  month: string;
  cumulativeWan: number;
  reason: string;
}
export interface RecordStatisticsInclusion {
  type: 'RecordStatisticsInclusion';
  registeredOn: string;
  includedAmountWan: number;
  evidence: string[];
}
export interface AssignCityLeader {
  type: 'AssignCityLeader';
  leaderId: string;
  leaderName: string;
  from: string;
  to?: string | null;
}
export interface AssignSecretary {
  type: 'AssignSecretary';
  secretaryId: string;
  secretaryName: string;
  from: string;
  to?: string | null;
}
export interface GrantFrontEndFunding {
  type: 'GrantFrontEndFunding';
  amountWan: number;
  date: string;
  designCompleted: boolean;
}

/** The approval service said every approval of the project's case is done (a reaction, not an officer's command). */
export interface RecordApprovalsCompleted {
  type: 'RecordApprovalsCompleted';
  date: string;
  workingDays: number;
  approvalEventId: string;
}

/**
 * A landed investment-promotion lead registered as a project (a reaction to LeadLanded, not an
 * officer's command): source 招商引进, the locality's reserve, docking done, and landed unless the
 * site lies in a development zone, where 五通一平 comes first (§23).
 */
export interface RegisterLandedLead {
  type: 'RegisterLandedLead';
  projectId: string;
  leadId: string;
  name: string;
  localityCode: string;
  departmentCode: string;
  categoryCode: string;
  investor: string;
  totalInvestmentWan: number;
  siteInDevelopmentZone: boolean;
  date: string;
}

export type ProjectCommand =
  | RegisterProject
  | RegisterLandedLead
  | ReviseDetails
  | AssignNationalCode
  | StartDocking
  | RecordSiteReady
  | Land
  | EnterPreparation
  | StartConstruction
  | ResumeConstruction
  | Complete
  | Suspend
  | Reactivate
  | Cancel
  | CorrectStage
  | AddToAnnualPlan
  | ReportMonthlyInvestment
  | CorrectInvestment
  | RecordStatisticsInclusion
  | AssignCityLeader
  | AssignSecretary
  | GrantFrontEndFunding
  | RecordApprovalsCompleted;
