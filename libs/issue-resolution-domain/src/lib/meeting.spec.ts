import type { IssueCycleEvent, MeetingEvent } from '@ccpc/contracts';
import { deciderSpec } from '@ccpc/eventsourcing';
import { meetingDecider } from './meeting';
import { monthlyCycleDecider } from './monthly-cycle';

const meetings = deciderSpec(meetingDecider);
const held: MeetingEvent = {
  type: 'MeetingHeld',
  data: {
    meetingId: 'm-1',
    kind: 'dispatch',
    title: '5月项目建设调度会',
    date: '2018-05-28',
    chair: '市项目建设领导小组办公室',
    attendees: ['gtj', 'qikai'],
  },
};
const decision: MeetingEvent = {
  type: 'MeetingDecisionRecorded',
  data: {
    decisionId: '1',
    subject: '汽开区配套道路',
    owner: { kind: 'department', code: 'jw' },
    measures: '6月底前开工',
    deadline: '2018-06-30',
  },
};

describe('Meeting', () => {
  it('its decisions are numbered in the minutes, each with an owner and a deadline after the meeting', () => {
    const { decisionId: _id, ...asked } = (decision as Extract<MeetingEvent, { type: 'MeetingDecisionRecorded' }>).data;
    meetings
      .given([held])
      .when({ type: 'RecordDecision', ...asked })
      .then([decision]);
    meetings
      .given([held, decision])
      .when({ type: 'RecordDecision', ...asked })
      .then([{ type: 'MeetingDecisionRecorded', data: { ...asked, decisionId: '2' } }]);
    meetings
      .given([held])
      .when({ type: 'RecordDecision', ...asked, deadline: '2018-05-28' })
      .thenThrows('issue.deadline');
  });
  it('a decision is tracked until done: overdue once past its deadline, then completed', () => {
    const overdue: MeetingEvent = {
      type: 'MeetingDecisionOverdue',
      data: { decisionId: '1', dueOn: '2018-06-30', detectedOn: '2018-07-02' },
    };
    meetings.given([held, decision]).when({ type: 'MarkDecisionsOverdue', today: '2018-06-30' }).then([]);
    meetings.given([held, decision]).when({ type: 'MarkDecisionsOverdue', today: '2018-07-02' }).then([overdue]);
    meetings.given([held, decision, overdue]).when({ type: 'MarkDecisionsOverdue', today: '2018-07-03' }).then([]);
    meetings
      .given([held, decision, overdue])
      .when({ type: 'CompleteDecision', decisionId: '1', date: '2018-07-05', note: '已开工' })
      .then([{ type: 'MeetingDecisionCompleted', data: { decisionId: '1', date: '2018-07-05', note: '已开工' } }]);
  });
  it('there is no decision outside a meeting', () => {
    meetings
      .given([])
      .when({ type: 'CompleteDecision', decisionId: '1', date: '2018-07-05', note: '已开工' })
      .thenThrows('meeting.notFound');
    meetings
      .given([held])
      .when({ type: 'CompleteDecision', decisionId: '9', date: '2018-07-05', note: '已开工' })
      .thenThrows('meeting.decisionUnknown');
  });
});

describe('MonthlyCycle', () => {
  const cycles = deciderSpec(monthlyCycleDecider);
  const pending = { reporting: 3, distribution: 2, meeting: 1 };
  const passed = (
    milestone: 'reporting' | 'distribution' | 'meeting',
    deadline: string,
    detectedOn: string,
    n: number,
  ): IssueCycleEvent => ({
    type: 'IssueCycleDeadlinePassed',
    data: { cycle: '2018-03', milestone, deadline, detectedOn, pending: n },
  });
  it('records each milestone once, the day after its (working-day) deadline at the earliest', () => {
    cycles.given([]).when({ type: 'RecordMilestones', cycle: '2018-03', today: '2018-03-12', pending }).then([]);
    cycles
      .given([])
      .when({ type: 'RecordMilestones', cycle: '2018-03', today: '2018-03-13', pending })
      .then([passed('reporting', '2018-03-12', '2018-03-13', 3)]);
    cycles
      .given([passed('reporting', '2018-03-12', '2018-03-13', 3)])
      .when({ type: 'RecordMilestones', cycle: '2018-03', today: '2018-03-27', pending })
      .then([passed('distribution', '2018-03-15', '2018-03-27', 2), passed('meeting', '2018-03-26', '2018-03-27', 1)]);
  });
});
