import { type ApprovalRoundEvent, unhandledEvent, type RefusalRule } from '@ccpc/contracts';
import { checkNotBefore, type Decider, DomainError } from '@ccpc/eventsourcing';
import { approvalRoundDates } from './approval-dates';

/**
 * 集中审批 (§27): in the first quarter the project office gathers the year's planned new starts
 * of 10亿 or more; each approving department states once per project the procedures still
 * missing and its deadline (一次性明确). Progress is read beside the projects' approval cases.
 */
export interface RoundProject {
  projectId: string;
  name: string;
  localityCode: string;
  totalInvestmentWan: number;
}

export interface RoundStatement {
  projectId: string;
  departmentCode: string;
  procedures: string[];
  deadline: string;
  date: string;
}

export interface ApprovalRound {
  year: number;
  openedOn: string;
  projects: RoundProject[];
  statements: RoundStatement[];
}

export type ApprovalRoundCommand =
  | { type: 'OpenRound'; year: number; date: string; projects: RoundProject[] }
  | { type: 'StateProcedures'; projectId: string; departmentCode: string; procedures: string[]; deadline: string; date: string };

export function evolveApprovalRound(state: ApprovalRound | null, event: ApprovalRoundEvent): ApprovalRound | null {
  switch (event.type) {
    case 'ApprovalRoundOpened':
      return { year: event.data.year, openedOn: event.data.date, projects: event.data.projects.map((p) => ({ ...p })), statements: [] };
    case 'ApprovalRoundProceduresStated':
      return state && { ...state, statements: [...state.statements, { ...event.data, procedures: [...event.data.procedures] }] };
    default:
      return unhandledEvent(event);
  }
}

const refuse = (rule: RefusalRule, message: string, field?: string, status: 404 | 409 | 422 = 422): never => {
  throw new DomainError(rule, message, { field, status });
};

export function decideApprovalRound(command: ApprovalRoundCommand, state: ApprovalRound | null): ApprovalRoundEvent[] {
  switch (command.type) {
    case 'OpenRound': {
      if (state) return refuse('round.exists', `${command.year} 年度集中审批已于 ${state.openedOn} 开启`, 'year', 409);
      if (command.date < `${command.year}-01-01` || command.date > `${command.year}-03-31`)
        refuse(
          'round.first-quarter',
          `集中审批在一季度开启（§27：利用一季度集中审批）：${command.date} 不在 ${command.year} 年一季度`,
          'date',
        );
      const { type: _type, ...data } = command;
      return [{ type: 'ApprovalRoundOpened', data }];
    }
    case 'StateProcedures': {
      if (!state) return refuse('round.notFound', '本年度集中审批尚未开启', 'year', 404);
      if (!state.projects.some((p) => p.projectId === command.projectId))
        refuse('round.project-unknown', `项目 ${command.projectId} 不在本年度集中审批范围内`, 'projectId', 404);
      const stated = state.statements.find((s) => s.projectId === command.projectId && s.departmentCode === command.departmentCode);
      if (stated)
        refuse(
          'round.already-stated',
          `一次性明确：该部门已于 ${stated.date} 明确此项目需补充的手续及时限，不再另行要求`,
          'departmentCode',
          409,
        );
      checkNotBefore(approvalRoundDates, state, command);
      if (command.deadline < command.date) refuse('date.order', `时限 ${command.deadline} 早于明确之日 ${command.date}`, 'deadline');
      const { type: _type, ...data } = command;
      return [{ type: 'ApprovalRoundProceduresStated', data }];
    }
  }
}

export const approvalRoundDecider: Decider<ApprovalRoundCommand, ApprovalRoundEvent, ApprovalRound | null> = {
  initialState: () => null,
  evolve: evolveApprovalRound,
  decide: decideApprovalRound,
};
