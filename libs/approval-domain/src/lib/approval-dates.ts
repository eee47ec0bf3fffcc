import type { BusinessDates } from '@ccpc/eventsourcing';
import type { ApprovalCaseCommand } from './approval-case.decider';
import type { ApprovalCase } from './approval-case.state';
import type { ApprovalRound, ApprovalRoundCommand } from './approval-round';

const dateOf = (command: { date?: string }) => (command.date === undefined ? [] : [{ field: 'date', date: command.date }]);

/** An approval fact is dated by the day it happened: never after today, never before the case opened. */
export const approvalCaseDates: BusinessDates<ApprovalCaseCommand, ApprovalCase | null> = {
  of: (command) => (command.type === 'MarkOverdue' ? [] : dateOf(command)),
  notBefore: (state, command) =>
    state && command.type !== 'OpenApprovalCase' ? { date: state.openedOn, rule: 'date.before-case', what: '案件立案日' } : undefined,
};

/** A round's facts alike: never after today, a statement never before the round opened. */
export const approvalRoundDates: BusinessDates<ApprovalRoundCommand, ApprovalRound | null> = {
  of: dateOf,
  notBefore: (state, command) =>
    state && command.type !== 'OpenRound' ? { date: state.openedOn, rule: 'date.before-round', what: '集中审批开启日' } : undefined,
};
