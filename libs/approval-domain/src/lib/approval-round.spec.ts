import type { ApprovalRoundEvent } from '@ccpc/contracts';
import { deciderSpec } from '@ccpc/eventsourcing';
import { approvalRoundDecider } from './approval-round';

const spec = deciderSpec(approvalRoundDecider);
const project = { projectId: 'p-1', name: '一汽红旗新能源工厂', localityCode: 'qikai', totalInvestmentWan: 1_200_000 };
const opened: ApprovalRoundEvent = { type: 'ApprovalRoundOpened', data: { year: 2018, date: '2018-01-15', projects: [project] } };
const stated: ApprovalRoundEvent = {
  type: 'ApprovalRoundProceduresStated',
  data: { projectId: 'p-1', departmentCode: 'hbj', procedures: ['环境影响评价'], deadline: '2018-03-20', date: '2018-01-20' },
};

describe('the concentrated approval round (集中审批, §27)', () => {
  it('given none, when the project office opens it in the first quarter with the year’s big new starts, then it is opened', () => {
    spec
      .given([])
      .when({ type: 'OpenRound', year: 2018, date: '2018-01-15', projects: [project] })
      .then([opened]);
  });
  it('when it is opened after the first quarter, then 422 round.first-quarter; a second time, 409 round.exists', () => {
    spec.given([]).when({ type: 'OpenRound', year: 2018, date: '2018-04-02', projects: [] }).thenThrows('round.first-quarter');
    spec.given([opened]).when({ type: 'OpenRound', year: 2018, date: '2018-02-01', projects: [] }).thenThrows('round.exists');
  });
  it('given an open round, when a department states the missing procedures of a project, then it is recorded once (一次性明确)', () => {
    const { type: _t, ...command } = { type: 'x', ...stated.data };
    spec
      .given([opened])
      .when({ type: 'StateProcedures', ...command })
      .then([stated]);
    spec
      .given([opened, stated])
      .when({ type: 'StateProcedures', ...command, procedures: ['排污许可'] })
      .thenThrows('round.already-stated');
  });
  it('when the project is not in the round, the deadline is before the statement, or the date before the round, then refused', () => {
    const base = {
      type: 'StateProcedures' as const,
      departmentCode: 'hbj',
      procedures: ['环境影响评价'],
      deadline: '2018-03-20',
      date: '2018-01-20',
    };
    spec
      .given([opened])
      .when({ ...base, projectId: 'p-9' })
      .thenThrows('round.project-unknown');
    spec
      .given([opened])
      .when({ ...base, projectId: 'p-1', deadline: '2018-01-10' })
      .thenThrows('date.order');
    spec
      .given([opened])
      .when({ ...base, projectId: 'p-1', date: '2018-01-10' })
      .thenThrows('date.before-round');
    spec
      .given([])
      .when({ ...base, projectId: 'p-1' })
      .thenThrows('round.notFound');
  });
});
