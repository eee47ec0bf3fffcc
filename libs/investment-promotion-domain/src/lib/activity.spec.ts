import type { ActivityEvent } from '@ccpc/contracts';
import { datedCommand, deciderSpec } from '@ccpc/eventsourcing';
import { activityDates, activityDecider, horizonEnd, type PlanActivity } from './activity';

const spec = deciderSpec(activityDecider);
const plan: PlanActivity = {
  type: 'PlanActivity',
  activityId: 'a-1',
  kind: 'leaders-trip',
  title: '市领导带队赴长三角招商',
  localityCode: null,
  departmentCode: 'swj',
  leaderName: '李副市长',
  destination: '上海、杭州',
  regionCode: 'yangtze-delta',
  date: '2018-04-10',
  participants: ['swj', 'gxj', 'jingkai'],
};
const { type: _t, ...plannedData } = plan;
const planned: ActivityEvent = { type: 'ActivityPlanned', data: plannedData };
const dated = (command: PlanActivity, today: string) => datedCommand(activityDates, command, today);

describe('Activity (招商/对接活动)', () => {
  describe('the planning horizon', () => {
    it('is three months from today, clamped to the month end', () => {
      expect(horizonEnd('2018-03-15')).toBe('2018-06-15');
      expect(horizonEnd('2018-11-30')).toBe('2019-02-28');
    });
  });

  describe('given nothing yet', () => {
    it('is planned ahead within the horizon', () => {
      spec.given([]).when(dated(plan, '2018-03-01')).then([planned]);
    });
    it('refuses a plan beyond the horizon', () => {
      spec
        .given([])
        .when(dated({ ...plan, date: '2018-07-01' }, '2018-03-01'))
        .thenThrows('activity.horizon');
    });
    it("refuses a leaders' trip without the leader, a locality's trip without the locality", () => {
      spec
        .given([])
        .when(dated({ ...plan, leaderName: null }, '2018-03-01'))
        .thenThrows('activity.organizer');
      spec
        .given([])
        .when(dated({ ...plan, kind: 'locality-trip' }, '2018-03-01'))
        .thenThrows('activity.organizer');
    });
    it('refuses participants that are neither localities nor departments', () => {
      spec
        .given([])
        .when(dated({ ...plan, participants: ['acme'] }, '2018-03-01'))
        .thenThrows('lead.reference');
    });
  });

  describe('given a planned activity', () => {
    it('is held once with its results', () => {
      const held = {
        date: '2018-04-11',
        attendance: 86,
        leadIds: ['l-1'],
        deals: [{ enterprise: '某新能源公司', amountWan: 200_000, leadId: null }],
        note: null,
      };
      spec
        .given([planned])
        .when({ type: 'RecordActivityHeld', ...held })
        .then([{ type: 'ActivityHeld', data: held }]);
      spec
        .given([planned, { type: 'ActivityHeld', data: held }])
        .when({ type: 'CancelActivity', reason: '天气', date: '2018-04-12' })
        .thenThrows('activity.state');
    });
    it('is cancelled with a reason', () => {
      spec
        .given([planned])
        .when({ type: 'CancelActivity', reason: '行程调整', date: '2018-04-01' })
        .then([{ type: 'ActivityCancelled', data: { reason: '行程调整', date: '2018-04-01' } }]);
    });
    it('what happened is never dated after today', () => {
      expect(() =>
        datedCommand(
          activityDates,
          { type: 'RecordActivityHeld', date: '2018-04-20', attendance: 1, leadIds: [], deals: [], note: null },
          '2018-04-11',
        ),
      ).toThrow(expect.objectContaining({ rule: 'date.future' }));
    });
  });
});
