import { evolveProjectRecord, planFor, type ProjectRecord, type RegistryEvent, STAGE_LABELS, THRESHOLDS } from '@ccpc/contracts';
import type { Decider } from '@ccpc/eventsourcing';
import { advance, checkAmount, checkStageDate, checkNationalCode, mustBeActive, mustExist, refuse, yearOf } from './project.rules';
import { checkNotBeforeRegistration } from './project.dates';
import { decideInvestment, decideRegister, decideResume, decideStart } from './project.steps';
import type { ProjectCommand, ReviseDetails } from './project.commands';

/** The Project stream's events: the registry's contracts, typed. */
export type ProjectEvent = RegistryEvent;

/** The decider's state is the shared project record; null until the project is registered. */
export type ProjectState = ProjectRecord | null;

export function decideProject(command: ProjectCommand, state: ProjectState): ProjectEvent[] {
  checkNotBeforeRegistration(command, state);
  switch (command.type) {
    case 'RegisterProject':
      return decideRegister(command, state);
    case 'ReviseDetails': {
      mustBeActive(state);
      const { type: _t, date, ...given } = command;
      const changes = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as Omit<ReviseDetails, 'type' | 'date'>;
      if (changes.totalInvestmentWan !== undefined) checkAmount(changes.totalInvestmentWan, 'totalInvestmentWan');
      if (changes.reserveLevels?.length === 0) refuse('reserve.level', 'reserveLevels needs city, locality or both', 'reserveLevels', 400);
      if (Object.keys(changes).length === 0) refuse('revise.empty', '没有需要修订的内容（除生效日期外至少修订一项）', undefined, 422);
      return [{ type: 'ProjectDetailsRevised', data: { ...(date ? { date } : {}), ...changes } }];
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
      checkStageDate(state, command.date);
      if (state.stage === 'suspended' || state.stage === 'completed')
        refuse('suspend.stage', `a ${STAGE_LABELS[state.stage]} project cannot be suspended`, 'stage', 409);
      return [{ type: 'ProjectSuspended', data: { date: command.date, reason: command.reason, stageBefore: state.stage } }];
    case 'Reactivate':
      mustBeActive(state);
      checkStageDate(state, command.date);
      if (state.stage !== 'suspended')
        refuse('reactivate.notSuspended', `the project is ${STAGE_LABELS[state.stage]}, not suspended`, 'stage', 409);
      return [{ type: 'ProjectReactivated', data: { date: command.date, stage: state.stageBeforeSuspension ?? 'reserve' } }];
    case 'Cancel':
      mustBeActive(state);
      checkStageDate(state, command.date);
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
        refuse('plan.startMonthYear', `plannedStartMonth ${command.plannedStartMonth} is not in ${command.year}`, 'plannedStartMonth', 422);
      }
      const startedBefore = state.firstStartDate !== null && yearOf(state.firstStartDate) < command.year;
      if (command.kind === 'new-start' && state.firstStartDate)
        refuse('plan.newStartStarted', `the project started on ${state.firstStartDate}; plan it as 续建`, 'kind', 422);
      if (command.kind === 'continuing' && !startedBefore)
        refuse('plan.continuingNotStarted', `a 续建 project started in an earlier year; this one has not`, 'kind', 422);
      if (command.kind === 'new-start' && !command.plannedStartMonth)
        refuse('plan.startMonth', 'a 新开工 project needs its plannedStartMonth', 'plannedStartMonth', 422);
      return [
        {
          type: 'ProjectAddedToAnnualPlan',
          data: {
            ...(command.date ? { date: command.date } : {}),
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
      if (command.to && command.to < command.from) refuse('date.order', `to ${command.to} is before from ${command.from}`, 'to', 422);
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
      if (command.to && command.to < command.from) refuse('date.order', `to ${command.to} is before from ${command.from}`, 'to', 422);
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
    case 'RecordApprovalsCompleted': {
      if (!state) return refuse('project.notFound', 'no such project', 'projectId', 404);
      // The same completion told twice (a redelivery the key did not catch) records nothing new.
      if (state.approvalsCompleted?.date === command.date) return [];
      const { type: _type, ...data } = command;
      return [{ type: 'ProjectApprovalsCompleted', data }];
    }
  }
}

export const projectDecider: Decider<ProjectCommand, ProjectEvent, ProjectState> = {
  initialState: () => null,
  evolve: evolveProjectRecord,
  decide: decideProject,
};
