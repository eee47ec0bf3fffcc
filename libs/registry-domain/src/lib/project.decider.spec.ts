import { deciderSpec } from '@ccpc/eventsourcing';
import type { RegisterProject } from './project.commands';
import { type ProjectEvent, projectDecider } from './project.decider';
import { advanced, inZone, registered, started, toPreparing } from './project.fixtures';

const spec = deciderSpec(projectDecider);

const register: RegisterProject = {
  type: 'RegisterProject',
  projectId: 'p-1',
  name: '一汽解放智能工厂',
  localityCode: 'lvyuan',
  departmentCode: 'gxj',
  categoryCode: 'auto',
  subKindCode: 'tech-upgrade',
  sourceCode: 'enterprise',
  investor: '一汽解放',
  totalInvestmentWan: 250_000,
  reserveLevels: ['city'],
};
describe('Project', () => {
  describe('registration', () => {
    it('records every attribute, derives the industrial flag from the category, and stamps the reference edition', () => {
      spec.given([]).when(register).then([registered]);
    });

    it('takes a development-zone locality as a development-zone site unless told otherwise', () => {
      spec
        .given([])
        .when({ ...register, localityCode: 'jingkai' })
        .then([inZone]);
    });

    it.each([
      [{ localityCode: 'shanghai' }, 'reference.locality'],
      [{ departmentCode: 'nasa' }, 'reference.department'],
      [{ categoryCode: 'casino' }, 'reference.category'],
      [{ subKindCode: 'straw' }, 'reference.subKind'],
      [{ sourceCode: 'rumour' }, 'reference.source'],
      [{ totalInvestmentWan: -5 }, 'amount.nonNegativeInteger'],
      [{ totalInvestmentWan: 12.5 }, 'amount.nonNegativeInteger'],
      [{ totalInvestmentWan: 0 }, 'amount.positive'],
      [{ totalInvestmentWan: 500_000_000 }, 'amount.absurd'],
      [{ nationalCode: '2018-12345' }, 'nationalCode.format'],
      [{ reserveLevels: [] }, 'reserve.level'],
    ])('refuses %j (%s)', (change, rule) => {
      spec
        .given([])
        .when({ ...register, ...change } as RegisterProject)
        .thenThrows(rule);
    });

    it('refuses to register the same project twice', () => {
      spec.given([registered]).when(register).thenThrows('project.exists');
    });
  });

  describe('lifecycle', () => {
    it('moves forward one stage at a time', () => {
      spec
        .given([registered])
        .when({ type: 'StartDocking', date: '2018-02-01' })
        .then([advanced('reserve', 'docking', '2018-02-01')]);
      spec
        .given([registered])
        .when({ type: 'EnterPreparation', date: '2018-02-01' })
        .thenThrows('stage.order', /前期须在已落位之后/);
    });

    it('lands a development-zone project only on a site with 五通一平 (§23)', () => {
      const docking = [inZone, advanced('reserve', 'docking')];
      spec.given(docking).when({ type: 'Land', date: '2018-03-01', investor: '华为' }).thenThrows('land.siteNotReady');
      spec
        .given([...docking, { type: 'ProjectSiteReadied', data: { date: '2018-02-20' } }])
        .when({ type: 'Land', date: '2018-03-01', investor: '华为' })
        .then([{ type: 'ProjectStageAdvanced', data: { from: 'docking', to: 'landed', date: '2018-03-01', investor: '华为' } }]);
    });

    it('starts a prepared project once, marking whether the year planned it as a new start', () => {
      const planned: ProjectEvent = {
        type: 'ProjectAddedToAnnualPlan',
        data: { year: 2018, kind: 'new-start', plannedStartMonth: '2018-04', annualInvestmentWan: 80_000 },
      };
      spec
        .given([...toPreparing, planned])
        .when({ type: 'StartConstruction', date: '2018-04-16' })
        .then([started]);
      spec
        .given([...toPreparing, planned, started])
        .when({ type: 'StartConstruction', date: '2018-05-01' })
        .thenThrows('start.once');
      spec.given([registered]).when({ type: 'StartConstruction', date: '2018-04-16' }).thenThrows('stage.order');
    });

    it('records resumption of a continuing project once a year, from the year after its start', () => {
      spec
        .given([...toPreparing, started])
        .when({ type: 'ResumeConstruction', date: '2018-09-01' })
        .thenThrows('resume.sameYear');
      spec
        .given([...toPreparing, started])
        .when({ type: 'ResumeConstruction', date: '2019-03-20' })
        .then([{ type: 'ProjectConstructionResumed', data: { date: '2019-03-20', year: 2019 } }]);
      spec
        .given([...toPreparing, started, { type: 'ProjectConstructionResumed', data: { date: '2019-03-20', year: 2019 } }])
        .when({ type: 'ResumeConstruction', date: '2019-04-01' })
        .thenThrows('resume.once');
    });

    it('completes after the start, not before', () => {
      spec
        .given([...toPreparing, started])
        .when({ type: 'Complete', date: '2018-01-01' })
        .thenThrows('date.order');
      spec
        .given([...toPreparing, started])
        .when({ type: 'Complete', date: '2019-10-30' })
        .then([{ type: 'ProjectCompleted', data: { date: '2019-10-30' } }]);
    });

    it('suspends and reactivates to the stage it left', () => {
      const suspended: ProjectEvent = {
        type: 'ProjectSuspended',
        data: { date: '2018-06-01', reason: '资金未到位', stageBefore: 'preparing' },
      };
      spec.given(toPreparing).when({ type: 'Suspend', date: '2018-06-01', reason: '资金未到位' }).then([suspended]);
      spec
        .given([...toPreparing, suspended])
        .when({ type: 'StartConstruction', date: '2018-07-01' })
        .thenThrows('stage.suspended');
      spec
        .given([...toPreparing, suspended])
        .when({ type: 'Reactivate', date: '2018-08-01' })
        .then([{ type: 'ProjectReactivated', data: { date: '2018-08-01', stage: 'preparing' } }]);
    });

    it('refuses every command on a cancelled project, but lets the project office correct it', () => {
      const cancelled: ProjectEvent = {
        type: 'ProjectCancelled',
        data: { date: '2018-05-01', reason: '投资方撤资', stageBefore: 'reserve' },
      };
      spec.given([registered, cancelled]).when({ type: 'StartDocking', date: '2018-06-01' }).thenThrows('project.cancelled');
      spec
        .given([registered, cancelled])
        .when({ type: 'ReportMonthlyInvestment', month: '2018-06', cumulativeWan: 1 })
        .thenThrows('project.cancelled');
      spec
        .given([registered, cancelled])
        .when({ type: 'CorrectStage', stage: 'reserve', reason: '误操作取消' })
        .then([{ type: 'ProjectStageCorrected', data: { from: 'cancelled', to: 'reserve', reason: '误操作取消' } }]);
    });

    it('answers 404 for a project never registered', () => {
      spec.given([]).when({ type: 'StartDocking', date: '2018-02-01' }).thenThrows('project.notFound');
    });
  });

  describe('annual plan', () => {
    it('plans an unstarted project as a new start with its start month, a started one as continuing', () => {
      spec
        .given(toPreparing)
        .when({ type: 'AddToAnnualPlan', year: 2018, kind: 'new-start', plannedStartMonth: '2018-04', annualInvestmentWan: 80_000 })
        .then([
          {
            type: 'ProjectAddedToAnnualPlan',
            data: { year: 2018, kind: 'new-start', plannedStartMonth: '2018-04', annualInvestmentWan: 80_000 },
          },
        ]);
      spec
        .given(toPreparing)
        .when({ type: 'AddToAnnualPlan', year: 2018, kind: 'continuing', annualInvestmentWan: 1 })
        .thenThrows('plan.continuingNotStarted');
      spec
        .given([...toPreparing, started])
        .when({ type: 'AddToAnnualPlan', year: 2019, kind: 'new-start', plannedStartMonth: '2019-04', annualInvestmentWan: 1 })
        .thenThrows('plan.newStartStarted');
      spec
        .given(toPreparing)
        .when({ type: 'AddToAnnualPlan', year: 2018, kind: 'new-start', plannedStartMonth: '2019-04', annualInvestmentWan: 1 })
        .thenThrows('plan.startMonthYear');
      spec
        .given(toPreparing)
        .when({ type: 'AddToAnnualPlan', year: 2018, kind: 'new-start', plannedStartMonth: '2018-04', annualInvestmentWan: 300_000 })
        .thenThrows('plan.annualOverTotal');
    });
  });

  describe('monthly investment', () => {
    const may: ProjectEvent = {
      type: 'MonthlyInvestmentReported',
      data: { month: '2018-05', cumulativeWan: 12_000, monthWan: 12_000, progressNote: '主体结构施工' },
    };
    it('records the cumulative amount and the month’s share', () => {
      spec
        .given([...toPreparing, started])
        .when({ type: 'ReportMonthlyInvestment', month: '2018-05', cumulativeWan: 12_000, progressNote: '主体结构施工' })
        .then([may]);
      spec
        .given([...toPreparing, started, may])
        .when({ type: 'ReportMonthlyInvestment', month: '2018-06', cumulativeWan: 20_000 })
        .then([
          { type: 'MonthlyInvestmentReported', data: { month: '2018-06', cumulativeWan: 20_000, monthWan: 8_000, progressNote: null } },
        ]);
    });

    it('never lets the cumulative amount fall without a reasoned correction', () => {
      spec
        .given([...toPreparing, started, may])
        .when({ type: 'ReportMonthlyInvestment', month: '2018-06', cumulativeWan: 11_000 })
        .thenThrows('investment.decreasing');
      spec
        .given([...toPreparing, started, may])
        .when({ type: 'ReportMonthlyInvestment', month: '2018-04', cumulativeWan: 13_000 })
        .thenThrows('investment.monthOrder');
      spec
        .given([...toPreparing, started, may])
        .when({ type: 'CorrectInvestment', month: '2018-05', cumulativeWan: 11_000, reason: '统计口径调整' })
        .then([
          {
            type: 'InvestmentCorrected',
            data: { month: '2018-05', cumulativeWan: 11_000, previousCumulativeWan: 12_000, reason: '统计口径调整' },
          },
        ]);
    });

    it('includes in statistics no more than was completed (§29)', () => {
      spec
        .given([...toPreparing, started, may])
        .when({ type: 'RecordStatisticsInclusion', registeredOn: '2018-06-05', includedAmountWan: 15_000, evidence: ['发票-001'] })
        .thenThrows('statistics.overCompleted');
    });
  });

  describe('assignments', () => {
    it('packages only projects of 20亿 or more to a city leader (§30) and gives secretaries to those of 5,000万 or more (§31)', () => {
      spec
        .given([registered])
        .when({ type: 'AssignCityLeader', leaderId: 'leader-1', leaderName: '张副市长', from: '2018-03-01' })
        .then([{ type: 'CityLeaderAssigned', data: { leaderId: 'leader-1', leaderName: '张副市长', from: '2018-03-01', to: null } }]);
      const small = { type: 'ProjectRegistered', data: { ...registered.data, totalInvestmentWan: 4_000 } } as ProjectEvent;
      spec
        .given([small])
        .when({ type: 'AssignSecretary', secretaryId: 'secretary-1', secretaryName: '李秘书', from: '2018-03-01' })
        .thenThrows('secretary.threshold');
      spec
        .given([small])
        .when({ type: 'AssignCityLeader', leaderId: 'leader-1', leaderName: '张副市长', from: '2018-03-01' })
        .thenThrows('leader.threshold');
    });

    it('grants front-end funding to planned projects with a completed design (§36)', () => {
      spec
        .given([registered])
        .when({ type: 'GrantFrontEndFunding', amountWan: 200, date: '2018-03-01', designCompleted: false })
        .thenThrows('funding.design');
      spec
        .given([...toPreparing, started])
        .when({ type: 'GrantFrontEndFunding', amountWan: 200, date: '2018-05-01', designCompleted: true })
        .thenThrows('funding.stage');
    });
  });

  describe('approvals (the approval service tells, by ApprovalCaseCompleted)', () => {
    const told = { type: 'RecordApprovalsCompleted', date: '2018-03-22', workingDays: 26, approvalEventId: 'e-1' } as const;
    const recorded: ProjectEvent = {
      type: 'ProjectApprovalsCompleted',
      data: { date: '2018-03-22', workingDays: 26, approvalEventId: 'e-1' },
    };
    it('given a project, when its approvals are completed, then the fact is recorded with its date and working days', () => {
      spec.given([registered]).when(told).then([recorded]);
    });
    it('given the completion recorded, when it is told again (a redelivery), then nothing new; and no project, no record (404)', () => {
      spec
        .given([registered, recorded])
        .when({ ...told, approvalEventId: 'e-2' })
        .then([]);
      spec.given([]).when(told).thenThrows('project.notFound');
    });
  });
});
