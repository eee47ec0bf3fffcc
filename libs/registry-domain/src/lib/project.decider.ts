import {
  categoryByCode, departmentByCode, type EventData, localityByCode, NATIONAL_CODE, type PlanKind, type RegistryEvents as E,
  REFERENCE_VERSION, type ReserveLevel, sourceByCode, type Stage, STAGE_LABELS, THRESHOLDS,
} from '@ccpc/contracts';
import { type Decider, DomainError } from '@ccpc/eventsourcing';

// ---------------------------------------------------------------------------------------------
// Events of the Project stream (the contracts in @ccpc/contracts, typed here)

type Ev<T extends string, D> = { type: T; data: D };
export type ProjectEvent =
  | Ev<'ProjectRegistered', EventData<typeof E.ProjectRegistered>>
  | Ev<'ProjectDetailsRevised', EventData<typeof E.ProjectDetailsRevised>>
  | Ev<'ProjectNationalCodeAssigned', EventData<typeof E.ProjectNationalCodeAssigned>>
  | Ev<'ProjectStageAdvanced', EventData<typeof E.ProjectStageAdvanced>>
  | Ev<'ProjectSiteReadied', EventData<typeof E.ProjectSiteReadied>>
  | Ev<'ProjectConstructionStarted', EventData<typeof E.ProjectConstructionStarted>>
  | Ev<'ProjectConstructionResumed', EventData<typeof E.ProjectConstructionResumed>>
  | Ev<'ProjectCompleted', EventData<typeof E.ProjectCompleted>>
  | Ev<'ProjectSuspended', EventData<typeof E.ProjectSuspended>>
  | Ev<'ProjectReactivated', EventData<typeof E.ProjectReactivated>>
  | Ev<'ProjectCancelled', EventData<typeof E.ProjectCancelled>>
  | Ev<'ProjectStageCorrected', EventData<typeof E.ProjectStageCorrected>>
  | Ev<'ProjectAddedToAnnualPlan', EventData<typeof E.ProjectAddedToAnnualPlan>>
  | Ev<'MonthlyInvestmentReported', EventData<typeof E.MonthlyInvestmentReported>>
  | Ev<'InvestmentCorrected', EventData<typeof E.InvestmentCorrected>>
  | Ev<'StatisticsInclusionRecorded', EventData<typeof E.StatisticsInclusionRecorded>>
  | Ev<'CityLeaderAssigned', EventData<typeof E.CityLeaderAssigned>>
  | Ev<'ProjectSecretaryAssigned', EventData<typeof E.ProjectSecretaryAssigned>>
  | Ev<'FrontEndFundingGranted', EventData<typeof E.FrontEndFundingGranted>>;

// ---------------------------------------------------------------------------------------------
// Commands

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
}
export interface ReviseDetails { type: 'ReviseDetails'; name?: string; investor?: string | null; totalInvestmentWan?: number; leading?: boolean; landmark?: boolean; threeEarly?: boolean; reserveLevels?: ReserveLevel[] }
export interface AssignNationalCode { type: 'AssignNationalCode'; nationalCode: string }
export interface StartDocking { type: 'StartDocking'; date: string }
export interface RecordSiteReady { type: 'RecordSiteReady'; date: string }
export interface Land { type: 'Land'; date: string; investor: string }
export interface EnterPreparation { type: 'EnterPreparation'; date: string }
export interface StartConstruction { type: 'StartConstruction'; date: string }
export interface ResumeConstruction { type: 'ResumeConstruction'; date: string }
export interface Complete { type: 'Complete'; date: string }
export interface Suspend { type: 'Suspend'; date: string; reason: string }
export interface Reactivate { type: 'Reactivate'; date: string }
export interface Cancel { type: 'Cancel'; date: string; reason: string }
export interface CorrectStage { type: 'CorrectStage'; stage: Stage; reason: string }
export interface AddToAnnualPlan { type: 'AddToAnnualPlan'; year: number; kind: PlanKind; plannedStartMonth?: string | null; annualInvestmentWan: number }
export interface ReportMonthlyInvestment { type: 'ReportMonthlyInvestment'; month: string; cumulativeWan: number; progressNote?: string | null }
export interface CorrectInvestment { type: 'CorrectInvestment'; month: string; cumulativeWan: number; reason: string }
export interface RecordStatisticsInclusion { type: 'RecordStatisticsInclusion'; registeredOn: string; includedAmountWan: number; evidence: string[] }
export interface AssignCityLeader { type: 'AssignCityLeader'; leaderId: string; leaderName: string; from: string; to?: string | null }
export interface AssignSecretary { type: 'AssignSecretary'; secretaryId: string; secretaryName: string; from: string; to?: string | null }
export interface GrantFrontEndFunding { type: 'GrantFrontEndFunding'; amountWan: number; date: string; designCompleted: boolean }

export type ProjectCommand =
  | RegisterProject | ReviseDetails | AssignNationalCode | StartDocking | RecordSiteReady | Land | EnterPreparation
  | StartConstruction | ResumeConstruction | Complete | Suspend | Reactivate | Cancel | CorrectStage | AddToAnnualPlan
  | ReportMonthlyInvestment | CorrectInvestment | RecordStatisticsInclusion | AssignCityLeader | AssignSecretary | GrantFrontEndFunding;

// ---------------------------------------------------------------------------------------------
// State

export interface ProjectState {
  registered: boolean;
  projectId: string;
  name: string;
  localityCode: string;
  departmentCode: string;
  categoryCode: string;
  industrial: boolean;
  totalInvestmentWan: number;
  nationalCode: string | null;
  stage: Stage;
  /** The stage a suspended project returns to. */
  stageBeforeSuspension: Stage | null;
  siteInDevelopmentZone: boolean;
  siteReady: boolean;
  firstStartDate: string | null;
  completedDate: string | null;
  plans: Record<string, { kind: PlanKind; annualInvestmentWan: number }>;
  resumedYears: number[];
  /** Latest cumulative completed investment and its month. */
  cumulativeWan: number;
  lastReportedMonth: string | null;
  leaderId: string | null;
  secretaryId: string | null;
  frontEndFundingWan: number;
}

export const initialProjectState = (): ProjectState => ({
  registered: false, projectId: '', name: '', localityCode: '', departmentCode: '', categoryCode: '', industrial: false,
  totalInvestmentWan: 0, nationalCode: null, stage: 'reserve', stageBeforeSuspension: null, siteInDevelopmentZone: false,
  siteReady: false, firstStartDate: null, completedDate: null, plans: {}, resumedYears: [], cumulativeWan: 0,
  lastReportedMonth: null, leaderId: null, secretaryId: null, frontEndFundingWan: 0,
});

// ---------------------------------------------------------------------------------------------
// Rules

const refuse = (rule: string, message: string, field?: string, status: 400 | 404 | 409 | 422 = 422): never => {
  throw new DomainError(rule, message, { field, status });
};

/** The forward path; suspended and cancelled are side states. */
const PATH: readonly Stage[] = ['reserve', 'docking', 'landed', 'preparing', 'under-construction', 'completed'];
/** Amounts above this (1万亿) are typing errors, not projects. */
export const MAX_WAN = 100_000_000;

const yearOf = (date: string) => Number(date.slice(0, 4));

function checkAmount(value: number, field: string): void {
  if (!Number.isInteger(value) || value < 0) refuse('amount.nonNegativeInteger', `${field} must be a whole number of 万元, 0 or more`, field, 400);
  if (value > MAX_WAN) refuse('amount.absurd', `${field} ${value}万元 is over 1万亿元; amounts are in 万元`, field, 400);
}

function checkNationalCode(code: string): void {
  if (!NATIONAL_CODE.test(code)) refuse('nationalCode.format', `nationalCode must look like YYYY-AAAAAA-II-TT-NNNNNN (国家投资项目代码), got "${code}"`, 'nationalCode', 400);
}

function mustExist(state: ProjectState): void {
  if (!state.registered) refuse('project.notFound', 'no such project', 'projectId', 404);
}

function mustBeActive(state: ProjectState): void {
  mustExist(state);
  if (state.stage === 'cancelled') refuse('project.cancelled', `project ${state.projectId} is cancelled; no command applies to it`, undefined, 409);
}

function advance(state: ProjectState, to: Stage, date: string, extra: { investor?: string | null } = {}): ProjectEvent[] {
  mustBeActive(state);
  const from = state.stage;
  if (from === 'suspended') refuse('stage.suspended', `project is ${STAGE_LABELS.suspended}; reactivate it first`, 'stage', 409);
  const expected = PATH[PATH.indexOf(to) - 1];
  if (from !== expected) {
    refuse('stage.order', `${STAGE_LABELS[to]} follows ${STAGE_LABELS[expected as Stage]}; the project is ${STAGE_LABELS[from]}. Stages move forward one at a time (only the project office corrects a stage)`, 'stage', 409);
  }
  return [{ type: 'ProjectStageAdvanced', data: { from, to, date, ...extra } }];
}

function decideRegister(c: RegisterProject, state: ProjectState): ProjectEvent[] {
  if (state.registered) refuse('project.exists', `project ${c.projectId} is already registered`, 'projectId', 409);
  const locality = localityByCode.get(c.localityCode) ?? refuse('reference.locality', `unknown localityCode "${c.localityCode}"`, 'localityCode', 400);
  if (!departmentByCode.has(c.departmentCode)) refuse('reference.department', `unknown departmentCode "${c.departmentCode}"`, 'departmentCode', 400);
  const category = categoryByCode.get(c.categoryCode) ?? refuse('reference.category', `unknown categoryCode "${c.categoryCode}"`, 'categoryCode', 400);
  const subKind = c.subKindCode ?? null;
  if (subKind !== null && !category.subKinds.some((s) => s.code === subKind)) {
    refuse('reference.subKind', `subKindCode "${subKind}" is not a sub-kind of ${category.name} (${category.subKinds.map((s) => s.code).join(', ') || 'none'})`, 'subKindCode', 400);
  }
  if (!sourceByCode.has(c.sourceCode)) refuse('reference.source', `unknown sourceCode "${c.sourceCode}"`, 'sourceCode', 400);
  checkAmount(c.totalInvestmentWan, 'totalInvestmentWan');
  if (c.totalInvestmentWan === 0) refuse('amount.positive', 'totalInvestmentWan must be more than 0', 'totalInvestmentWan', 400);
  if (c.nationalCode) checkNationalCode(c.nationalCode);
  if (c.reserveLevels.length === 0) refuse('reserve.level', 'reserveLevels needs city, locality or both', 'reserveLevels', 400);
  return [{
    type: 'ProjectRegistered',
    data: {
      projectId: c.projectId, name: c.name, localityCode: c.localityCode, departmentCode: c.departmentCode, categoryCode: c.categoryCode,
      subKindCode: subKind, industrial: category.industrial, sourceCode: c.sourceCode, investor: c.investor ?? null,
      totalInvestmentWan: c.totalInvestmentWan, nationalCode: c.nationalCode ?? null, leading: c.leading ?? false, landmark: c.landmark ?? false,
      threeEarly: c.threeEarly ?? false, reserveLevels: [...new Set(c.reserveLevels)],
      // A development-zone site needs 五通一平 before landing (§23); elsewhere as the officer says.
      siteInDevelopmentZone: c.siteInDevelopmentZone ?? locality.kind === 'development-zone',
      referenceVersion: REFERENCE_VERSION,
    },
  }];
}

function decideStart(c: StartConstruction, state: ProjectState): ProjectEvent[] {
  mustBeActive(state);
  if (state.firstStartDate) refuse('start.once', `project started on ${state.firstStartDate}; a continuing project resumes instead (ResumeConstruction)`, 'date', 409);
  const year = yearOf(c.date);
  const plan = state.plans[String(year)];
  if (plan?.kind === 'continuing') refuse('start.plannedContinuing', `the ${year} plan lists the project as 续建; record its resumption instead`, 'date', 409);
  advance(state, 'under-construction', c.date);
  return [{ type: 'ProjectConstructionStarted', data: { date: c.date, year, plannedAsNewStart: plan?.kind === 'new-start' } }];
}

function decideResume(c: ResumeConstruction, state: ProjectState): ProjectEvent[] {
  mustBeActive(state);
  const year = yearOf(c.date);
  if (!state.firstStartDate || state.stage !== 'under-construction') refuse('resume.notUnderConstruction', `only a project under construction resumes; this one is ${STAGE_LABELS[state.stage]}`, 'date', 409);
  if (yearOf(state.firstStartDate as string) >= year) refuse('resume.sameYear', `the project first started in ${yearOf(state.firstStartDate as string)}; resumption is for the following years`, 'date', 409);
  if (state.resumedYears.includes(year)) refuse('resume.once', `resumption of ${year} is already recorded`, 'date', 409);
  return [{ type: 'ProjectConstructionResumed', data: { date: c.date, year } }];
}

function decideInvestment(c: ReportMonthlyInvestment, state: ProjectState): ProjectEvent[] {
  mustBeActive(state);
  checkAmount(c.cumulativeWan, 'cumulativeWan');
  if (state.lastReportedMonth && c.month < state.lastReportedMonth) {
    refuse('investment.monthOrder', `${c.month} is before the last reported month ${state.lastReportedMonth}; use a correction`, 'month', 409);
  }
  if (c.cumulativeWan < state.cumulativeWan) {
    refuse('investment.decreasing', `cumulative investment cannot fall from ${state.cumulativeWan} to ${c.cumulativeWan}万元 without a reasoned correction`, 'cumulativeWan', 422);
  }
  if (c.cumulativeWan > state.totalInvestmentWan * 2) {
    refuse('investment.overTotal', `cumulative ${c.cumulativeWan}万元 is more than twice the total investment ${state.totalInvestmentWan}万元; revise the total first`, 'cumulativeWan', 422);
  }
  return [{ type: 'MonthlyInvestmentReported', data: { month: c.month, cumulativeWan: c.cumulativeWan, monthWan: c.cumulativeWan - state.cumulativeWan, progressNote: c.progressNote ?? null } }];
}

export function decideProject(command: ProjectCommand, state: ProjectState): ProjectEvent[] {
  switch (command.type) {
    case 'RegisterProject':
      return decideRegister(command, state);
    case 'ReviseDetails': {
      mustBeActive(state);
      const { type: _t, ...given } = command;
      const changes = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as Omit<ReviseDetails, 'type'>;
      if (changes.totalInvestmentWan !== undefined) checkAmount(changes.totalInvestmentWan, 'totalInvestmentWan');
      if (changes.reserveLevels?.length === 0) refuse('reserve.level', 'reserveLevels needs city, locality or both', 'reserveLevels', 400);
      if (Object.keys(changes).length === 0) refuse('revise.empty', 'nothing to revise', undefined, 400);
      return [{ type: 'ProjectDetailsRevised', data: changes }];
    }
    case 'AssignNationalCode':
      mustBeActive(state);
      checkNationalCode(command.nationalCode);
      if (state.nationalCode) refuse('nationalCode.assigned', `the project already has code ${state.nationalCode}`, 'nationalCode', 409);
      return [{ type: 'ProjectNationalCodeAssigned', data: { nationalCode: command.nationalCode } }];
    case 'StartDocking':
      return advance(state, 'docking', command.date);
    case 'RecordSiteReady':
      mustBeActive(state);
      if (state.siteReady) refuse('site.ready', '五通一平 is already recorded', 'date', 409);
      return [{ type: 'ProjectSiteReadied', data: { date: command.date } }];
    case 'Land':
      if (state.registered && state.siteInDevelopmentZone && !state.siteReady) {
        refuse('land.siteNotReady', 'a project in a development zone lands only on a site with 五通一平 done (§23); record it first', 'siteReady', 422);
      }
      return advance(state, 'landed', command.date, { investor: command.investor });
    case 'EnterPreparation':
      return advance(state, 'preparing', command.date);
    case 'StartConstruction':
      return decideStart(command, state);
    case 'ResumeConstruction':
      return decideResume(command, state);
    case 'Complete':
      if (state.firstStartDate && command.date < state.firstStartDate) refuse('date.order', `completion ${command.date} is before the start ${state.firstStartDate}`, 'date', 422);
      advance(state, 'completed', command.date);
      return [{ type: 'ProjectCompleted', data: { date: command.date } }];
    case 'Suspend':
      mustBeActive(state);
      if (state.stage === 'suspended' || state.stage === 'completed') refuse('suspend.stage', `a ${STAGE_LABELS[state.stage]} project cannot be suspended`, 'stage', 409);
      return [{ type: 'ProjectSuspended', data: { date: command.date, reason: command.reason, stageBefore: state.stage } }];
    case 'Reactivate':
      mustBeActive(state);
      if (state.stage !== 'suspended') refuse('reactivate.notSuspended', `the project is ${STAGE_LABELS[state.stage]}, not suspended`, 'stage', 409);
      return [{ type: 'ProjectReactivated', data: { date: command.date, stage: state.stageBeforeSuspension ?? 'reserve' } }];
    case 'Cancel':
      mustBeActive(state);
      if (state.stage === 'completed') refuse('cancel.completed', 'a completed project cannot be cancelled', 'stage', 409);
      return [{ type: 'ProjectCancelled', data: { date: command.date, reason: command.reason, stageBefore: state.stage } }];
    case 'CorrectStage':
      mustExist(state);
      if (command.stage === state.stage) refuse('correct.same', `the project is already ${STAGE_LABELS[state.stage]}`, 'stage', 409);
      return [{ type: 'ProjectStageCorrected', data: { from: state.stage, to: command.stage, reason: command.reason } }];
    case 'AddToAnnualPlan': {
      mustBeActive(state);
      checkAmount(command.annualInvestmentWan, 'annualInvestmentWan');
      if (command.annualInvestmentWan > state.totalInvestmentWan) {
        refuse('plan.annualOverTotal', `annual investment ${command.annualInvestmentWan}万元 exceeds the total ${state.totalInvestmentWan}万元`, 'annualInvestmentWan', 422);
      }
      if (state.plans[String(command.year)]) refuse('plan.once', `the project is already in the ${command.year} plan`, 'year', 409);
      if (command.plannedStartMonth && !command.plannedStartMonth.startsWith(`${command.year}-`)) {
        refuse('plan.startMonthYear', `plannedStartMonth ${command.plannedStartMonth} is not in ${command.year}`, 'plannedStartMonth', 400);
      }
      const startedBefore = state.firstStartDate !== null && yearOf(state.firstStartDate) < command.year;
      if (command.kind === 'new-start' && state.firstStartDate) refuse('plan.newStartStarted', `the project started on ${state.firstStartDate}; plan it as 续建`, 'kind', 422);
      if (command.kind === 'continuing' && !startedBefore) refuse('plan.continuingNotStarted', `a 续建 project started in an earlier year; this one has not`, 'kind', 422);
      if (command.kind === 'new-start' && !command.plannedStartMonth) refuse('plan.startMonth', 'a 新开工 project needs its plannedStartMonth', 'plannedStartMonth', 400);
      return [{ type: 'ProjectAddedToAnnualPlan', data: { year: command.year, kind: command.kind, plannedStartMonth: command.plannedStartMonth ?? null, annualInvestmentWan: command.annualInvestmentWan } }];
    }
    case 'ReportMonthlyInvestment':
      return decideInvestment(command, state);
    case 'CorrectInvestment':
      mustBeActive(state);
      checkAmount(command.cumulativeWan, 'cumulativeWan');
      if (command.cumulativeWan === state.cumulativeWan) refuse('correct.same', 'the cumulative investment is already that amount', 'cumulativeWan', 409);
      return [{ type: 'InvestmentCorrected', data: { month: command.month, cumulativeWan: command.cumulativeWan, previousCumulativeWan: state.cumulativeWan, reason: command.reason } }];
    case 'RecordStatisticsInclusion':
      mustBeActive(state);
      checkAmount(command.includedAmountWan, 'includedAmountWan');
      if (command.includedAmountWan > state.cumulativeWan) {
        refuse('statistics.overCompleted', `included ${command.includedAmountWan}万元 exceeds the completed investment ${state.cumulativeWan}万元`, 'includedAmountWan', 422);
      }
      return [{ type: 'StatisticsInclusionRecorded', data: { registeredOn: command.registeredOn, includedAmountWan: command.includedAmountWan, evidence: command.evidence } }];
    case 'AssignCityLeader':
      mustBeActive(state);
      if (state.totalInvestmentWan < THRESHOLDS.leaderPackageWan) {
        refuse('leader.threshold', `a city leader packages projects of 20亿元 or more (§30); this one is ${state.totalInvestmentWan}万元`, 'leaderId', 422);
      }
      if (command.to && command.to < command.from) refuse('date.order', `to ${command.to} is before from ${command.from}`, 'to', 400);
      return [{ type: 'CityLeaderAssigned', data: { leaderId: command.leaderId, leaderName: command.leaderName, from: command.from, to: command.to ?? null } }];
    case 'AssignSecretary':
      mustBeActive(state);
      if (state.totalInvestmentWan < THRESHOLDS.secretaryWan) {
        refuse('secretary.threshold', `project secretaries serve projects of 5,000万元 or more (§31); this one is ${state.totalInvestmentWan}万元`, 'secretaryId', 422);
      }
      if (command.to && command.to < command.from) refuse('date.order', `to ${command.to} is before from ${command.from}`, 'to', 400);
      return [{ type: 'ProjectSecretaryAssigned', data: { secretaryId: command.secretaryId, secretaryName: command.secretaryName, from: command.from, to: command.to ?? null } }];
    case 'GrantFrontEndFunding':
      mustBeActive(state);
      checkAmount(command.amountWan, 'amountWan');
      if (!command.designCompleted) refuse('funding.design', 'front-end funding goes to projects whose design is complete (§36)', 'designCompleted', 422);
      if (!['reserve', 'docking', 'landed', 'preparing'].includes(state.stage)) {
        refuse('funding.stage', `front-end funding is for planned projects, not ${STAGE_LABELS[state.stage]} ones`, 'stage', 409);
      }
      return [{ type: 'FrontEndFundingGranted', data: { amountWan: command.amountWan, date: command.date } }];
  }
}

export function evolveProject(state: ProjectState, event: ProjectEvent): ProjectState {
  switch (event.type) {
    case 'ProjectRegistered': {
      const d = event.data;
      return { ...state, registered: true, projectId: d.projectId, name: d.name, localityCode: d.localityCode, departmentCode: d.departmentCode, categoryCode: d.categoryCode, industrial: d.industrial, totalInvestmentWan: d.totalInvestmentWan, nationalCode: d.nationalCode, siteInDevelopmentZone: d.siteInDevelopmentZone, stage: 'reserve' };
    }
    case 'ProjectDetailsRevised':
      return { ...state, name: event.data.name ?? state.name, totalInvestmentWan: event.data.totalInvestmentWan ?? state.totalInvestmentWan };
    case 'ProjectNationalCodeAssigned':
      return { ...state, nationalCode: event.data.nationalCode };
    case 'ProjectStageAdvanced':
      return { ...state, stage: event.data.to };
    case 'ProjectSiteReadied':
      return { ...state, siteReady: true };
    case 'ProjectConstructionStarted':
      return { ...state, stage: 'under-construction', firstStartDate: event.data.date };
    case 'ProjectConstructionResumed':
      return { ...state, resumedYears: [...state.resumedYears, event.data.year] };
    case 'ProjectCompleted':
      return { ...state, stage: 'completed', completedDate: event.data.date };
    case 'ProjectSuspended':
      return { ...state, stage: 'suspended', stageBeforeSuspension: event.data.stageBefore };
    case 'ProjectReactivated':
      return { ...state, stage: event.data.stage, stageBeforeSuspension: null };
    case 'ProjectCancelled':
      return { ...state, stage: 'cancelled' };
    case 'ProjectStageCorrected':
      return { ...state, stage: event.data.to, ...(PATH.indexOf(event.data.to) < PATH.indexOf('under-construction') && event.data.to !== 'suspended' && event.data.to !== 'cancelled' ? { firstStartDate: null } : {}) };
    case 'ProjectAddedToAnnualPlan':
      return { ...state, plans: { ...state.plans, [String(event.data.year)]: { kind: event.data.kind, annualInvestmentWan: event.data.annualInvestmentWan } } };
    case 'MonthlyInvestmentReported':
      return { ...state, cumulativeWan: event.data.cumulativeWan, lastReportedMonth: event.data.month };
    case 'InvestmentCorrected':
      return { ...state, cumulativeWan: event.data.cumulativeWan };
    case 'StatisticsInclusionRecorded':
      return state;
    case 'CityLeaderAssigned':
      return { ...state, leaderId: event.data.leaderId };
    case 'ProjectSecretaryAssigned':
      return { ...state, secretaryId: event.data.secretaryId };
    case 'FrontEndFundingGranted':
      return { ...state, frontEndFundingWan: state.frontEndFundingWan + event.data.amountWan };
    default:
      return state;
  }
}

export const projectDecider: Decider<ProjectCommand, ProjectEvent, ProjectState> = {
  initialState: initialProjectState,
  evolve: evolveProject,
  decide: decideProject,
};
