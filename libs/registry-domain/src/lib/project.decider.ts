import {
  categoryByCode,
  departmentByCode,
  evolveProjectRecord,
  localityByCode,
  NATIONAL_CODE,
  planFor,
  type ProjectRecord,
  REFERENCE_VERSION,
  type RegistryEvent,
  resumptionIn,
  sourceByCode,
  type Stage,
  STAGE_LABELS,
  THRESHOLDS,
} from '@ccpc/contracts';
import { type Decider, DomainError } from '@ccpc/eventsourcing';
import type {
  ProjectCommand,
  RegisterProject,
  ReportMonthlyInvestment,
  ResumeConstruction,
  ReviseDetails,
  StartConstruction,
} from './project.commands';

/** The Project stream's events: the registry's contracts, typed. */
export type ProjectEvent = RegistryEvent;

/** The decider's state is the shared project record; null until the project is registered. */
export type ProjectState = ProjectRecord | null;

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
  if (!Number.isInteger(value) || value < 0)
    refuse('amount.nonNegativeInteger', `${field} must be a whole number of 万元, 0 or more`, field, 400);
  if (value > MAX_WAN) refuse('amount.absurd', `${field} ${value}万元 is over 1万亿元; amounts are in 万元`, field, 400);
}

function checkNationalCode(code: string): void {
  if (!NATIONAL_CODE.test(code))
    refuse(
      'nationalCode.format',
      `nationalCode must look like YYYY-AAAAAA-II-TT-NNNNNN (国家投资项目代码), got "${code}"`,
      'nationalCode',
      400,
    );
}

function mustExist(state: ProjectState): asserts state is ProjectRecord {
  if (state === null) refuse('project.notFound', 'no such project', 'projectId', 404);
}

function mustBeActive(state: ProjectState): asserts state is ProjectRecord {
  mustExist(state);
  if (state.stage === 'cancelled')
    refuse('project.cancelled', `project ${state.projectId} is cancelled; no command applies to it`, undefined, 409);
}

function advance(state: ProjectState, to: Stage, date: string, extra: { investor?: string | null } = {}): ProjectEvent[] {
  mustBeActive(state);
  const from = state.stage;
  if (from === 'suspended') refuse('stage.suspended', `project is ${STAGE_LABELS.suspended}; reactivate it first`, 'stage', 409);
  const expected = PATH[PATH.indexOf(to) - 1];
  if (from !== expected) {
    refuse(
      'stage.order',
      `${STAGE_LABELS[to]} follows ${STAGE_LABELS[expected as Stage]}; the project is ${STAGE_LABELS[from]}. Stages move forward one at a time (only the project office corrects a stage)`,
      'stage',
      409,
    );
  }
  return [{ type: 'ProjectStageAdvanced', data: { from, to, date, ...extra } }];
}

function decideRegister(c: RegisterProject, state: ProjectState): ProjectEvent[] {
  if (state !== null) refuse('project.exists', `project ${c.projectId} is already registered`, 'projectId', 409);
  const locality =
    localityByCode.get(c.localityCode) ?? refuse('reference.locality', `unknown localityCode "${c.localityCode}"`, 'localityCode', 400);
  if (!departmentByCode.has(c.departmentCode))
    refuse('reference.department', `unknown departmentCode "${c.departmentCode}"`, 'departmentCode', 400);
  const category =
    categoryByCode.get(c.categoryCode) ?? refuse('reference.category', `unknown categoryCode "${c.categoryCode}"`, 'categoryCode', 400);
  const subKind = c.subKindCode ?? null;
  if (subKind !== null && !category.subKinds.some((s) => s.code === subKind)) {
    refuse(
      'reference.subKind',
      `subKindCode "${subKind}" is not a sub-kind of ${category.name} (${category.subKinds.map((s) => s.code).join(', ') || 'none'})`,
      'subKindCode',
      400,
    );
  }
  if (!sourceByCode.has(c.sourceCode)) refuse('reference.source', `unknown sourceCode "${c.sourceCode}"`, 'sourceCode', 400);
  checkAmount(c.totalInvestmentWan, 'totalInvestmentWan');
  if (c.totalInvestmentWan === 0) refuse('amount.positive', 'totalInvestmentWan must be more than 0', 'totalInvestmentWan', 400);
  if (c.nationalCode) checkNationalCode(c.nationalCode);
  if (c.reserveLevels.length === 0) refuse('reserve.level', 'reserveLevels needs city, locality or both', 'reserveLevels', 400);
  return [
    {
      type: 'ProjectRegistered',
      data: {
        projectId: c.projectId,
        name: c.name,
        localityCode: c.localityCode,
        departmentCode: c.departmentCode,
        categoryCode: c.categoryCode,
        subKindCode: subKind,
        industrial: category.industrial,
        sourceCode: c.sourceCode,
        investor: c.investor ?? null,
        totalInvestmentWan: c.totalInvestmentWan,
        nationalCode: c.nationalCode ?? null,
        leading: c.leading ?? false,
        landmark: c.landmark ?? false,
        threeEarly: c.threeEarly ?? false,
        reserveLevels: [...new Set(c.reserveLevels)],
        // A development-zone site needs 五通一平 before landing (§23); elsewhere as the officer says.
        siteInDevelopmentZone: c.siteInDevelopmentZone ?? locality.kind === 'development-zone',
        referenceVersion: REFERENCE_VERSION,
      },
    },
  ];
}

function decideStart(c: StartConstruction, state: ProjectState): ProjectEvent[] {
  mustBeActive(state);
  if (state.firstStartDate)
    refuse(
      'start.once',
      `project started on ${state.firstStartDate}; a continuing project resumes instead (ResumeConstruction)`,
      'date',
      409,
    );
  const year = yearOf(c.date);
  const plan = planFor(state, year);
  if (plan?.kind === 'continuing')
    refuse('start.plannedContinuing', `the ${year} plan lists the project as 续建; record its resumption instead`, 'date', 409);
  advance(state, 'under-construction', c.date);
  return [{ type: 'ProjectConstructionStarted', data: { date: c.date, year, plannedAsNewStart: plan?.kind === 'new-start' } }];
}

function decideResume(c: ResumeConstruction, state: ProjectState): ProjectEvent[] {
  mustBeActive(state);
  const year = yearOf(c.date);
  if (!state.firstStartDate || state.stage !== 'under-construction')
    refuse(
      'resume.notUnderConstruction',
      `only a project under construction resumes; this one is ${STAGE_LABELS[state.stage]}`,
      'date',
      409,
    );
  if (yearOf(state.firstStartDate as string) >= year)
    refuse(
      'resume.sameYear',
      `the project first started in ${yearOf(state.firstStartDate as string)}; resumption is for the following years`,
      'date',
      409,
    );
  if (resumptionIn(state, year) !== undefined) refuse('resume.once', `resumption of ${year} is already recorded`, 'date', 409);
  return [{ type: 'ProjectConstructionResumed', data: { date: c.date, year } }];
}

function decideInvestment(c: ReportMonthlyInvestment, state: ProjectState): ProjectEvent[] {
  mustBeActive(state);
  checkAmount(c.cumulativeWan, 'cumulativeWan');
  if (state.lastReportedMonth && c.month < state.lastReportedMonth) {
    refuse(
      'investment.monthOrder',
      `${c.month} is before the last reported month ${state.lastReportedMonth}; use a correction`,
      'month',
      409,
    );
  }
  if (c.cumulativeWan < state.cumulativeWan) {
    refuse(
      'investment.decreasing',
      `cumulative investment cannot fall from ${state.cumulativeWan} to ${c.cumulativeWan}万元 without a reasoned correction`,
      'cumulativeWan',
      422,
    );
  }
  if (c.cumulativeWan > state.totalInvestmentWan * 2) {
    refuse(
      'investment.overTotal',
      `cumulative ${c.cumulativeWan}万元 is more than twice the total investment ${state.totalInvestmentWan}万元; revise the total first`,
      'cumulativeWan',
      422,
    );
  }
  return [
    {
      type: 'MonthlyInvestmentReported',
      data: {
        month: c.month,
        cumulativeWan: c.cumulativeWan,
        monthWan: c.cumulativeWan - state.cumulativeWan,
        progressNote: c.progressNote ?? null,
      },
    },
  ];
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
      if (state?.siteInDevelopmentZone && !state.siteReady) {
        refuse(
          'land.siteNotReady',
          'a project in a development zone lands only on a site with 五通一平 done (§23); record it first',
          'siteReady',
          422,
        );
      }
      return advance(state, 'landed', command.date, { investor: command.investor });
    case 'EnterPreparation':
      return advance(state, 'preparing', command.date);
    case 'StartConstruction':
      return decideStart(command, state);
    case 'ResumeConstruction':
      return decideResume(command, state);
    case 'Complete':
      if (state?.firstStartDate && command.date < state.firstStartDate)
        refuse('date.order', `completion ${command.date} is before the start ${state.firstStartDate}`, 'date', 422);
      advance(state, 'completed', command.date);
      return [{ type: 'ProjectCompleted', data: { date: command.date } }];
    case 'Suspend':
      mustBeActive(state);
      if (state.stage === 'suspended' || state.stage === 'completed')
        refuse('suspend.stage', `a ${STAGE_LABELS[state.stage]} project cannot be suspended`, 'stage', 409);
      return [{ type: 'ProjectSuspended', data: { date: command.date, reason: command.reason, stageBefore: state.stage } }];
    case 'Reactivate':
      mustBeActive(state);
      if (state.stage !== 'suspended')
        refuse('reactivate.notSuspended', `the project is ${STAGE_LABELS[state.stage]}, not suspended`, 'stage', 409);
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
        refuse(
          'plan.annualOverTotal',
          `annual investment ${command.annualInvestmentWan}万元 exceeds the total ${state.totalInvestmentWan}万元`,
          'annualInvestmentWan',
          422,
        );
      }
      if (planFor(state, command.year)) refuse('plan.once', `the project is already in the ${command.year} plan`, 'year', 409);
      if (command.plannedStartMonth && !command.plannedStartMonth.startsWith(`${command.year}-`)) {
        refuse('plan.startMonthYear', `plannedStartMonth ${command.plannedStartMonth} is not in ${command.year}`, 'plannedStartMonth', 400);
      }
      const startedBefore = state.firstStartDate !== null && yearOf(state.firstStartDate) < command.year;
      if (command.kind === 'new-start' && state.firstStartDate)
        refuse('plan.newStartStarted', `the project started on ${state.firstStartDate}; plan it as 续建`, 'kind', 422);
      if (command.kind === 'continuing' && !startedBefore)
        refuse('plan.continuingNotStarted', `a 续建 project started in an earlier year; this one has not`, 'kind', 422);
      if (command.kind === 'new-start' && !command.plannedStartMonth)
        refuse('plan.startMonth', 'a 新开工 project needs its plannedStartMonth', 'plannedStartMonth', 400);
      return [
        {
          type: 'ProjectAddedToAnnualPlan',
          data: {
            year: command.year,
            kind: command.kind,
            plannedStartMonth: command.plannedStartMonth ?? null,
            annualInvestmentWan: command.annualInvestmentWan,
          },
        },
      ];
    }
    case 'ReportMonthlyInvestment':
      return decideInvestment(command, state);
    case 'CorrectInvestment':
      mustBeActive(state);
      checkAmount(command.cumulativeWan, 'cumulativeWan');
      if (command.cumulativeWan === state.cumulativeWan)
        refuse('correct.same', 'the cumulative investment is already that amount', 'cumulativeWan', 409);
      return [
        {
          type: 'InvestmentCorrected',
          data: {
            month: command.month,
            cumulativeWan: command.cumulativeWan,
            previousCumulativeWan: state.cumulativeWan,
            reason: command.reason,
          },
        },
      ];
    case 'RecordStatisticsInclusion':
      mustBeActive(state);
      checkAmount(command.includedAmountWan, 'includedAmountWan');
      if (command.includedAmountWan > state.cumulativeWan) {
        refuse(
          'statistics.overCompleted',
          `included ${command.includedAmountWan}万元 exceeds the completed investment ${state.cumulativeWan}万元`,
          'includedAmountWan',
          422,
        );
      }
      return [
        {
          type: 'StatisticsInclusionRecorded',
          data: { registeredOn: command.registeredOn, includedAmountWan: command.includedAmountWan, evidence: command.evidence },
        },
      ];
    case 'AssignCityLeader':
      mustBeActive(state);
      if (state.totalInvestmentWan < THRESHOLDS.leaderPackageWan) {
        refuse(
          'leader.threshold',
          `a city leader packages projects of 20亿元 or more (§30); this one is ${state.totalInvestmentWan}万元`,
          'leaderId',
          422,
        );
      }
      if (command.to && command.to < command.from) refuse('date.order', `to ${command.to} is before from ${command.from}`, 'to', 400);
      return [
        {
          type: 'CityLeaderAssigned',
          data: { leaderId: command.leaderId, leaderName: command.leaderName, from: command.from, to: command.to ?? null },
        },
      ];
    case 'AssignSecretary':
      mustBeActive(state);
      if (state.totalInvestmentWan < THRESHOLDS.secretaryWan) {
        refuse(
          'secretary.threshold',
          `project secretaries serve projects of 5,000万元 or more (§31); this one is ${state.totalInvestmentWan}万元`,
          'secretaryId',
          422,
        );
      }
      if (command.to && command.to < command.from) refuse('date.order', `to ${command.to} is before from ${command.from}`, 'to', 400);
      return [
        {
          type: 'ProjectSecretaryAssigned',
          data: { secretaryId: command.secretaryId, secretaryName: command.secretaryName, from: command.from, to: command.to ?? null },
        },
      ];
    case 'GrantFrontEndFunding':
      mustBeActive(state);
      checkAmount(command.amountWan, 'amountWan');
      if (!command.designCompleted)
        refuse('funding.design', 'front-end funding goes to projects whose design is complete (§36)', 'designCompleted', 422);
      if (!['reserve', 'docking', 'landed', 'preparing'].includes(state.stage)) {
        refuse('funding.stage', `front-end funding is for planned projects, not ${STAGE_LABELS[state.stage]} ones`, 'stage', 409);
      }
      return [{ type: 'FrontEndFundingGranted', data: { amountWan: command.amountWan, date: command.date } }];
  }
}

export const projectDecider: Decider<ProjectCommand, ProjectEvent, ProjectState> = {
  initialState: () => null,
  evolve: evolveProjectRecord,
  decide: decideProject,
};
