import { evolveProjectRecord, planFor, type ProjectRecord, type RegistryEvent, STAGE_LABELS, THRESHOLDS } from '@ccpc/contracts';
import type { Decider } from '@ccpc/eventsourcing';
import { advance, checkAmount, checkStageDate, checkNationalCode, mustBeActive, mustExist, refuse, yearOf } from './project.rules';
import { checkNotBeforeRegistration } from './project.dates';
import { decideInvestment, decideLandedLead, decideRegister, decideResume, decideStart } from './project.steps';
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
    case 'RegisterLandedLead':
      return decideLandedLead(command, state);
    case 'ReviseDetails': {
      mustBeActive(state);
      const { type: _t, date, ...given } = command;
      const changes = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as Omit<ReviseDetails, 'type' | 'date'>;
      if (changes.totalInvestmentWan !== undefined) checkAmount(changes.totalInvestmentWan, 'totalInvestmentWan');
      if (changes.reserveLevels?.length === 0) refuse('reserve.level', '储备级别至少选择市级或县（市）区级之一', 'reserveLevels', 400);
      if (Object.keys(changes).length === 0) refuse('revise.empty', '没有需要修订的内容（除生效日期外至少修订一项）', undefined, 422);
      return [{ type: 'ProjectDetailsRevised', data: { ...(date ? { date } : {}), ...changes } }];
    }
    case 'AssignNationalCode':
      mustBeActive(state);
      checkNationalCode(command.nationalCode);
      if (state.nationalCode) refuse('nationalCode.assigned', `项目已有国家投资项目代码 ${state.nationalCode}`, 'nationalCode', 409);
      return [{ type: 'ProjectNationalCodeAssigned', data: { nationalCode: command.nationalCode } }];
    case 'StartDocking':
      return advance(state, 'docking', command.date);
    case 'RecordSiteReady':
      mustBeActive(state);
      if (state.siteReady) refuse('site.ready', '五通一平已登记', 'date', 409);
      return [{ type: 'ProjectSiteReadied', data: { date: command.date } }];
    case 'Land':
      if (state?.siteInDevelopmentZone && !state.siteReady) {
        refuse('land.siteNotReady', '开发区内的项目须在完成五通一平的地块上落位（第二十三条），请先登记五通一平', 'siteReady', 422);
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
        refuse('date.order', `竣工日期 ${command.date} 早于开工日期 ${state.firstStartDate}`, 'date', 422);
      advance(state, 'completed', command.date);
      return [{ type: 'ProjectCompleted', data: { date: command.date } }];
    case 'Suspend':
      mustBeActive(state);
      checkStageDate(state, command.date);
      if (state.stage === 'suspended' || state.stage === 'completed')
        refuse('suspend.stage', `${STAGE_LABELS[state.stage]}的项目不能停缓建`, 'stage', 409);
      return [{ type: 'ProjectSuspended', data: { date: command.date, reason: command.reason, stageBefore: state.stage } }];
    case 'Reactivate':
      mustBeActive(state);
      checkStageDate(state, command.date);
      if (state.stage !== 'suspended')
        refuse('reactivate.notSuspended', `项目现为${STAGE_LABELS[state.stage]}，不在停缓建状态`, 'stage', 409);
      return [{ type: 'ProjectReactivated', data: { date: command.date, stage: state.stageBeforeSuspension ?? 'reserve' } }];
    case 'Cancel':
      mustBeActive(state);
      checkStageDate(state, command.date);
      if (state.stage === 'completed') refuse('cancel.completed', '已竣工的项目不能取消', 'stage', 409);
      return [{ type: 'ProjectCancelled', data: { date: command.date, reason: command.reason, stageBefore: state.stage } }];
    case 'CorrectStage':
      mustExist(state);
      if (command.stage === state.stage) refuse('correct.same', `项目已是${STAGE_LABELS[state.stage]}`, 'stage', 409);
      return [{ type: 'ProjectStageCorrected', data: { from: state.stage, to: command.stage, reason: command.reason } }];
    case 'AddToAnnualPlan': {
      mustBeActive(state);
      checkAmount(command.annualInvestmentWan, 'annualInvestmentWan');
      if (command.annualInvestmentWan > state.totalInvestmentWan) {
        refuse(
          'plan.annualOverTotal',
          `年度计划投资 ${command.annualInvestmentWan} 万元超过总投资 ${state.totalInvestmentWan} 万元`,
          'annualInvestmentWan',
          422,
        );
      }
      if (planFor(state, command.year)) refuse('plan.once', `项目已列入 ${command.year} 年度计划`, 'year', 409);
      if (command.plannedStartMonth && !command.plannedStartMonth.startsWith(`${command.year}-`)) {
        refuse('plan.startMonthYear', `计划开工月份 ${command.plannedStartMonth} 不在 ${command.year} 年内`, 'plannedStartMonth', 422);
      }
      const startedBefore = state.firstStartDate !== null && yearOf(state.firstStartDate) < command.year;
      if (command.kind === 'new-start' && state.firstStartDate)
        refuse('plan.newStartStarted', `项目已于 ${state.firstStartDate} 开工，请按续建列入计划`, 'kind', 422);
      if (command.kind === 'continuing' && !startedBefore)
        refuse('plan.continuingNotStarted', '续建项目须在往年已开工，该项目尚未开工', 'kind', 422);
      if (command.kind === 'new-start' && !command.plannedStartMonth)
        refuse('plan.startMonth', '新开工项目须填写计划开工月份', 'plannedStartMonth', 422);
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
      if (command.cumulativeWan === state.cumulativeWan) refuse('correct.same', '累计完成投资已是这个数', 'cumulativeWan', 409);
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
          `入统金额 ${command.includedAmountWan} 万元超过累计完成投资 ${state.cumulativeWan} 万元`,
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
          `市级包保领导负责 20 亿元以上项目（第三十条），该项目总投资 ${state.totalInvestmentWan} 万元`,
          'leaderId',
          422,
        );
      }
      if (command.to && command.to < command.from) refuse('date.order', `结束日期 ${command.to} 早于开始日期 ${command.from}`, 'to', 422);
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
          `项目秘书负责 5000 万元以上项目（第三十一条），该项目总投资 ${state.totalInvestmentWan} 万元`,
          'secretaryId',
          422,
        );
      }
      if (command.to && command.to < command.from) refuse('date.order', `结束日期 ${command.to} 早于开始日期 ${command.from}`, 'to', 422);
      return [
        {
          type: 'ProjectSecretaryAssigned',
          data: { secretaryId: command.secretaryId, secretaryName: command.secretaryName, from: command.from, to: command.to ?? null },
        },
      ];
    case 'GrantFrontEndFunding':
      mustBeActive(state);
      checkAmount(command.amountWan, 'amountWan');
      if (!command.designCompleted) refuse('funding.design', '前期经费只用于已完成设计的项目（第三十六条）', 'designCompleted', 422);
      if (!['reserve', 'docking', 'landed', 'preparing'].includes(state.stage)) {
        refuse('funding.stage', `前期经费只用于谋划阶段的项目，该项目现为${STAGE_LABELS[state.stage]}`, 'stage', 409);
      }
      return [{ type: 'FrontEndFundingGranted', data: { amountWan: command.amountWan, date: command.date } }];
    case 'RecordApprovalsCompleted': {
      if (!state) return refuse('project.notFound', '没有这个项目', 'projectId', 404);
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
