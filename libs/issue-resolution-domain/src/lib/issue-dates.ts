import type { BusinessDates } from '@ccpc/eventsourcing';
import type { IssueCommand } from './issue.decider';
import type { Issue } from './issue.state';
import type { Meeting, MeetingCommand } from './meeting';

const dateOf = (command: { date?: string }) => (command.date === undefined ? [] : [{ field: 'date', date: command.date }]);

/** An issue's facts are dated by the day they happened: never after today, never before it was reported. */
export const issueDates: BusinessDates<IssueCommand, Issue | null> = {
  of: (command) => (command.type === 'MarkOverdue' || command.type === 'WithdrawIssue' ? [] : dateOf(command)),
  notBefore: (state, command) =>
    state && command.type !== 'ReportIssue' && command.type !== 'WithdrawIssue'
      ? { date: state.reportedOn, rule: 'date.order', what: '问题上报日' }
      : undefined,
};

/** A meeting is recorded on or after the day it was held; nothing in its minutes is dated in the future. */
export const meetingDates: BusinessDates<MeetingCommand, Meeting | null> = {
  of: (command) => ('date' in command ? dateOf(command) : []),
};
