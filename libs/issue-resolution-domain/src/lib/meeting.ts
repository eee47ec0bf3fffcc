import type { MeetingEvent, MeetingKind, RefusalRule } from '@ccpc/contracts';
import { unhandledEvent } from '@ccpc/contracts';
import { type Decider, DomainError } from '@ccpc/eventsourcing';

export type DecisionOwner = { kind: 'locality' | 'department'; code: string };

/** A decision of the minutes that is not about one reported issue: tracked until its owner completes it. */
export interface MeetingDecision {
  decisionId: string;
  subject: string;
  owner: DecisionOwner;
  measures: string;
  deadline: string;
  status: 'open' | 'done';
  doneOn: string | null;
  note: string | null;
  overdueReported: boolean;
}

/** A meeting (联席会议, 调度会议, 协调对接会议, 现场协调会) and its minutes. */
export interface Meeting {
  meetingId: string;
  kind: MeetingKind;
  title: string;
  date: string;
  chair: string;
  attendees: string[];
  summary: string | null;
  decisions: MeetingDecision[];
}

export type MeetingCommand =
  | {
      type: 'HoldMeeting';
      meetingId: string;
      kind: MeetingKind;
      title: string;
      date: string;
      chair: string;
      attendees: string[];
      summary?: string;
    }
  /** A decision's id is its number in the minutes (1, 2, …), given by the decider. */
  | { type: 'RecordDecision'; subject: string; owner: DecisionOwner; measures: string; deadline: string }
  | { type: 'CompleteDecision'; decisionId: string; date: string; note: string }
  | { type: 'MarkDecisionsOverdue'; today: string };

export function evolveMeeting(state: Meeting | null, event: MeetingEvent): Meeting | null {
  if (event.type === 'MeetingHeld') {
    const { summary, ...d } = event.data;
    return { ...d, summary: summary ?? null, decisions: [] };
  }
  if (!state) return null;
  const update = (id: string, change: (d: MeetingDecision) => MeetingDecision) => ({
    ...state,
    decisions: state.decisions.map((d) => (d.decisionId === id ? change(d) : d)),
  });
  switch (event.type) {
    case 'MeetingDecisionRecorded':
      return {
        ...state,
        decisions: [...state.decisions, { ...event.data, status: 'open', doneOn: null, note: null, overdueReported: false }],
      };
    case 'MeetingDecisionCompleted':
      return update(event.data.decisionId, (d) => ({ ...d, status: 'done', doneOn: event.data.date, note: event.data.note }));
    case 'MeetingDecisionOverdue':
      return update(event.data.decisionId, (d) => ({ ...d, overdueReported: true }));
    default:
      return unhandledEvent(event);
  }
}

const refuse = (rule: RefusalRule, message: string, field?: string, status: 404 | 409 | 422 = 422): never => {
  throw new DomainError(rule, message, { field, status });
};

export function decideMeeting(command: MeetingCommand, state: Meeting | null): MeetingEvent[] {
  if (command.type === 'HoldMeeting') {
    if (state) return refuse('meeting.exists', `会议 ${command.meetingId} 的纪要已登记`, 'meetingId', 409);
    const { type: _type, summary, ...data } = command;
    return [{ type: 'MeetingHeld', data: { ...data, ...(summary ? { summary } : {}) } }];
  }
  if (!state) return refuse('meeting.notFound', '没有这次会议', 'id', 404);
  switch (command.type) {
    case 'RecordDecision': {
      if (command.deadline <= state.date) refuse('issue.deadline', `完成时限 ${command.deadline} 须晚于会议日期 ${state.date}`, 'deadline');
      const { type: _type, ...data } = command;
      return [{ type: 'MeetingDecisionRecorded', data: { decisionId: String(state.decisions.length + 1), ...data } }];
    }
    case 'CompleteDecision': {
      const decision = state.decisions.find((d) => d.decisionId === command.decisionId);
      if (!decision) return refuse('meeting.decisionUnknown', `纪要中没有决定 ${command.decisionId}`, 'decisionId', 404);
      if (decision.status === 'done')
        refuse('meeting.decisionDone', `决定 ${command.decisionId} 已于 ${decision.doneOn} 办结`, undefined, 409);
      if (command.date < state.date) refuse('date.order', `${command.date} 早于会议日期 ${state.date}`, 'date');
      return [{ type: 'MeetingDecisionCompleted', data: { decisionId: command.decisionId, date: command.date, note: command.note } }];
    }
    case 'MarkDecisionsOverdue':
      return state.decisions
        .filter((d) => d.status === 'open' && !d.overdueReported && d.deadline < command.today)
        .map((d) => ({
          type: 'MeetingDecisionOverdue' as const,
          data: { decisionId: d.decisionId, dueOn: d.deadline, detectedOn: command.today },
        }));
  }
}

export const meetingDecider: Decider<MeetingCommand, MeetingEvent, Meeting | null> = {
  initialState: () => null,
  evolve: evolveMeeting,
  decide: decideMeeting,
};
