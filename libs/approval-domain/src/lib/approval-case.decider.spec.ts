import type { ApprovalCaseEvent } from '@ccpc/contracts';
import { deciderSpec, fold } from '@ccpc/eventsourcing';
import { approvalCaseDecider } from './approval-case.decider';
import { standardItems } from '@ccpc/contracts';
import { itemDueOn, itemLimitDate, itemWorkingDays } from './approval-case.state';

const spec = deciderSpec(approvalCaseDecider);
const opened = (date = '2018-03-01', categoryCode = 'auto'): ApprovalCaseEvent => ({
  type: 'ApprovalCaseOpened',
  data: {
    projectId: 'p-1',
    projectName: '一汽零部件产业园',
    localityCode: 'lvyuan',
    categoryCode,
    totalInvestmentWan: 150_000,
    date,
    referenceVersion: '2018.1',
    items: standardItems(categoryCode).map((i) => ({
      code: i.code,
      departmentCode: i.departmentCode,
      limitDays: i.limitDays,
      prerequisites: [...i.prerequisites],
    })),
  },
});
const submitted = (itemCode: string, date: string): ApprovalCaseEvent => ({
  type: 'ApprovalItemSubmitted',
  data: { itemCode, date, documents: ['申请表'] },
});
const approved = (itemCode: string, date: string, workingDays: number): ApprovalCaseEvent => ({
  type: 'ApprovalItemApproved',
  data: { itemCode, date, workingDays },
});
const requested = (itemCode: string, date: string, documents: string[]): ApprovalCaseEvent => ({
  type: 'ApprovalSupplementsRequested',
  data: { itemCode, date, documents },
});
const resubmitted = (itemCode: string, date: string): ApprovalCaseEvent => ({
  type: 'ApprovalItemResubmitted',
  data: { itemCode, date, documents: ['补正材料'] },
});
const stateOf = (events: ApprovalCaseEvent[]) => fold(approvalCaseDecider, events);
const item = (events: ApprovalCaseEvent[], code: string) => stateOf(events)?.items.find((i) => i.code === code);

describe('ApprovalCase (审批案件)', () => {
  describe('given nothing yet', () => {
    it('when a project enters preparing, then its case opens with the standard items of its category, each with its department, limit and prerequisites', () => {
      spec
        .given([])
        .when({
          type: 'OpenApprovalCase',
          projectId: 'p-1',
          projectName: '一汽零部件产业园',
          localityCode: 'lvyuan',
          categoryCode: 'auto',
          totalInvestmentWan: 150_000,
          date: '2018-03-01',
        })
        .then([opened()]);
    });
    it('when an infrastructure project opens its case, then it has no separate survey-design review', () => {
      const codes = standardItems('infrastructure').map((i) => i.code);
      expect(codes).not.toContain('survey-design');
      expect(standardItems('infrastructure').find((i) => i.code === 'planning-permit')?.prerequisites).toEqual(['project-decision']);
    });
    it('when anything else is asked, then there is no case (404)', () => {
      spec
        .given([])
        .when({ type: 'SubmitItem', itemCode: 'site-selection', date: '2018-03-02', documents: ['申请表'] })
        .thenThrows('approvalCase.notFound');
    });
  });

  describe('given an open case', () => {
    it('when it is opened again (a redelivered message), then it is refused as existing (the reaction treats that as done)', () => {
      spec
        .given([opened()])
        .when({
          type: 'OpenApprovalCase',
          projectId: 'p-1',
          projectName: 'x',
          localityCode: 'lvyuan',
          categoryCode: 'auto',
          totalInvestmentWan: 1,
          date: '2018-03-02',
        })
        .thenThrows('approvalCase.exists');
    });
    it('when an item without prerequisites is submitted, then its clock starts; items whose prerequisites are not approved are refused', () => {
      spec
        .given([opened()])
        .when({ type: 'SubmitItem', itemCode: 'site-selection', date: '2018-03-02', documents: ['申请表'] })
        .then([{ type: 'ApprovalItemSubmitted', data: { itemCode: 'site-selection', date: '2018-03-02', documents: ['申请表'] } }]);
      spec
        .given([opened()])
        .when({ type: 'SubmitItem', itemCode: 'project-decision', date: '2018-03-02', documents: ['可研报告'] })
        .thenThrows('approval.prerequisites', /前置事项未办结：规划选址、用地预审/);
    });
    it('when an unknown item code is used, then 404 names the items the case has', () => {
      spec
        .given([opened()])
        .when({ type: 'SubmitItem', itemCode: 'mining-licence', date: '2018-03-02', documents: ['x'] })
        .thenThrows('approval.item-unknown', /规划选址/);
    });
    it('when a date before the case opened is given, then 422; a date in a year the calendar does not cover, 422 naming the year', () => {
      spec
        .given([opened()])
        .when({ type: 'SubmitItem', itemCode: 'site-selection', date: '2018-02-28', documents: ['x'] })
        .thenThrows('date.before-case');
      spec
        .given([opened()])
        .when({ type: 'SubmitItem', itemCode: 'site-selection', date: '2031-03-03', documents: ['x'] })
        .thenThrows('calendar.year-not-covered', /2031/);
    });
    it('when a decision or a request for supplements comes before the submission, then 409', () => {
      spec
        .given([opened()])
        .when({ type: 'ApproveItem', itemCode: 'site-selection', date: '2018-03-05' })
        .thenThrows('approval.not-submitted');
      spec
        .given([opened()])
        .when({ type: 'RequestSupplements', itemCode: 'site-selection', date: '2018-03-05', documents: ['x'] })
        .thenThrows('approval.not-submitted');
      spec
        .given([opened()])
        .when({ type: 'ResubmitItem', itemCode: 'site-selection', date: '2018-03-05', documents: ['x'] })
        .thenThrows('approval.no-open-request');
    });
  });

  describe('one-time notice (一次性告知)', () => {
    const asked = [
      opened(),
      submitted('site-selection', '2018-03-02'),
      requested('site-selection', '2018-03-06', ['选址论证报告', '用地红线图']),
    ];
    it('given a first request naming two documents and a resubmission, when a second request names one of them, then it is accepted', () => {
      spec
        .given([...asked, resubmitted('site-selection', '2018-03-09')])
        .when({ type: 'RequestSupplements', itemCode: 'site-selection', date: '2018-03-12', documents: ['用地红线图'] })
        .then([requested('site-selection', '2018-03-12', ['用地红线图'])]);
    });
    it('when a second request names a document the first did not, then 409 approval.one-time-notice naming it', () => {
      spec
        .given([...asked, resubmitted('site-selection', '2018-03-09')])
        .when({ type: 'RequestSupplements', itemCode: 'site-selection', date: '2018-03-12', documents: ['用地红线图', '地质勘察报告'] })
        .thenThrows('approval.one-time-notice', /地质勘察报告/);
    });
    it('when a request comes while the applicant has not resubmitted, then 409; a resubmission closes the wait', () => {
      spec
        .given(asked)
        .when({ type: 'RequestSupplements', itemCode: 'site-selection', date: '2018-03-07', documents: ['用地红线图'] })
        .thenThrows('approval.awaiting-supplements');
      spec
        .given(asked)
        .when({ type: 'ResubmitItem', itemCode: 'site-selection', date: '2018-03-09', documents: ['补正材料'] })
        .then([{ type: 'ApprovalItemResubmitted', data: { itemCode: 'site-selection', date: '2018-03-09', documents: ['补正材料'] } }]);
    });
    it('given a rejected item submitted anew, then the new submission gets a notice of its own', () => {
      const rejected: ApprovalCaseEvent = {
        type: 'ApprovalItemRejected',
        data: { itemCode: 'site-selection', date: '2018-03-20', reasons: '选址不符合总体规划' },
      };
      spec
        .given([...asked, resubmitted('site-selection', '2018-03-09'), rejected, submitted('site-selection', '2018-04-02')])
        .when({ type: 'RequestSupplements', itemCode: 'site-selection', date: '2018-04-03', documents: ['新选址论证报告'] })
        .then([requested('site-selection', '2018-04-03', ['新选址论证报告'])]);
    });
  });

  describe('the working-day clock of an item', () => {
    it('given an item decided after a wait, then its due date is still known (for whether it was decided within its limit); while it waits, none', () => {
      const waiting = [opened(), submitted('site-selection', '2018-03-05'), requested('site-selection', '2018-03-07', ['用地红线图'])];
      expect(itemLimitDate(item(waiting, 'site-selection') as NonNullable<ReturnType<typeof item>>)).toBeNull();
      const decided = [...waiting, resubmitted('site-selection', '2018-03-16'), approved('site-selection', '2018-03-20', 4)];
      const site = item(decided, 'site-selection') as NonNullable<ReturnType<typeof item>>;
      expect(itemDueOn(site)).toBeNull(); // nothing runs any more
      expect(itemLimitDate(site)).toBe('2018-03-28'); // 5 Mar + 10 + 7 working days: decided on the 20th, within it
    });
    it('given an item submitted on Friday 28 September 2018 with a 5-day limit, then it is due on 10 October (make-up days 29–30 Sep, holidays 1–7 Oct)', () => {
      const events = [opened('2018-09-01'), { ...submitted('site-selection', '2018-09-28') }];
      const site = { ...(item(events, 'site-selection') as NonNullable<ReturnType<typeof item>>), limitDays: 5 };
      expect(itemDueOn(site)).toBe('2018-10-10');
    });
    it('given a wait for supplements, then its working days are excluded from the time taken and the due date moves by as many', () => {
      // Submitted Mon 5 Mar; supplements asked Wed 7 Mar (2 days used); resubmitted Fri 16 Mar (7 working days waited); approved Tue 20 Mar.
      const events = [
        opened(),
        submitted('site-selection', '2018-03-05'),
        requested('site-selection', '2018-03-07', ['用地红线图']),
        resubmitted('site-selection', '2018-03-16'),
      ];
      const site = item(events, 'site-selection') as NonNullable<ReturnType<typeof item>>;
      expect(itemDueOn(site)).toBe('2018-03-28'); // 5 Mar + 10 + 7 working days
      expect(itemWorkingDays(site, '2018-03-20')).toBe(4); // 6, 7 | 19, 20
      spec
        .given(events)
        .when({ type: 'ApproveItem', itemCode: 'site-selection', date: '2018-03-20' })
        .then([approved('site-selection', '2018-03-20', 4)]);
    });
    it('given an item across the Spring Festival 2018, then 15–21 February count nothing and 11 and 24 February count', () => {
      const events = [opened('2018-02-01'), submitted('site-selection', '2018-02-09')];
      spec
        .given(events)
        .when({ type: 'ApproveItem', itemCode: 'site-selection', date: '2018-02-26' })
        .then([approved('site-selection', '2018-02-26', 8)]);
    });
  });

  describe('decisions', () => {
    const base = [opened(), submitted('site-selection', '2018-03-02')];
    it('when a decided item is decided again or asked for supplements, then 409 approval.decided', () => {
      const done = [...base, approved('site-selection', '2018-03-06', 2)];
      spec.given(done).when({ type: 'ApproveItem', itemCode: 'site-selection', date: '2018-03-07' }).thenThrows('approval.decided');
      spec
        .given(done)
        .when({ type: 'RejectItem', itemCode: 'site-selection', date: '2018-03-07', reasons: '不符合规划' })
        .thenThrows('approval.decided');
      spec
        .given(done)
        .when({ type: 'RequestSupplements', itemCode: 'site-selection', date: '2018-03-07', documents: ['x'] })
        .thenThrows('approval.decided');
    });
    it('when a decision is dated before the submission, then 422 date.order', () => {
      spec.given(base).when({ type: 'ApproveItem', itemCode: 'site-selection', date: '2018-02-28' }).thenThrows('date.before-case');
      spec
        .given([opened('2018-02-01'), submitted('site-selection', '2018-03-02')])
        .when({ type: 'ApproveItem', itemCode: 'site-selection', date: '2018-03-01' })
        .thenThrows('date.order');
    });
    it('when the last item is approved, then the case completes with its working days: days any item was with a department, parallel days once', () => {
      const codes = standardItems('infrastructure').map((i) => i.code);
      // Everything runs on consecutive working weeks of March–April 2018 (no holidays but Qingming, 5–7 April).
      const history: ApprovalCaseEvent[] = [
        opened('2018-03-01', 'infrastructure'),
        submitted('site-selection', '2018-03-02'),
        submitted('land-pre-review', '2018-03-02'),
        approved('site-selection', '2018-03-09', 5), // 5–9 Mar
        approved('land-pre-review', '2018-03-13', 7), // 5–13 Mar
        submitted('environmental-impact', '2018-03-13'),
        submitted('project-decision', '2018-03-13'),
        approved('project-decision', '2018-03-20', 5), // 14–20 Mar
        submitted('planning-permit', '2018-03-20'),
        submitted('fire-design', '2018-03-20'),
        approved('environmental-impact', '2018-03-27', 10), // 14–27 Mar
        approved('planning-permit', '2018-03-26', 4),
        approved('fire-design', '2018-03-28', 6), // 21–28 Mar
        submitted('construction-permit', '2018-03-28'),
      ];
      expect(codes).toHaveLength(7);
      spec
        .given(history)
        .when({ type: 'ApproveItem', itemCode: 'construction-permit', date: '2018-04-03' })
        .then([
          approved('construction-permit', '2018-04-03', 4), // 29, 30 Mar, 2, 3 Apr
          { type: 'ApprovalCaseCompleted', data: { projectId: 'p-1', date: '2018-04-03', workingDays: 22 } }, // 5 Mar – 3 Apr: 22 working days
        ]);
    });
  });

  describe("the applicant's visits (最多跑一次)", () => {
    it('when the applicant comes a second time for one step, then the visit is recorded and flagged', () => {
      const once: ApprovalCaseEvent = {
        type: 'ApprovalVisitRecorded',
        data: { itemCode: 'site-selection', step: 'submission', date: '2018-03-02', repeat: false },
      };
      spec.given([opened()]).when({ type: 'RecordVisit', itemCode: 'site-selection', step: 'submission', date: '2018-03-02' }).then([once]);
      spec
        .given([opened(), once])
        .when({ type: 'RecordVisit', itemCode: 'site-selection', step: 'submission', date: '2018-03-05' })
        .then([
          { type: 'ApprovalVisitRecorded', data: { itemCode: 'site-selection', step: 'submission', date: '2018-03-05', repeat: true } },
        ]);
    });
  });

  describe('overdue', () => {
    const running = [opened(), submitted('site-selection', '2018-03-02')]; // 10 working days: due 16 March
    it('when the scheduler runs on the due date, then nothing; the day after, then once per item, and never again', () => {
      spec.given(running).when({ type: 'MarkOverdue', today: '2018-03-16' }).then([]);
      const overdue: ApprovalCaseEvent = {
        type: 'ApprovalItemOverdue',
        data: { itemCode: 'site-selection', dueOn: '2018-03-16', detectedOn: '2018-03-17' },
      };
      spec.given(running).when({ type: 'MarkOverdue', today: '2018-03-17' }).then([overdue]);
      spec
        .given([...running, overdue])
        .when({ type: 'MarkOverdue', today: '2018-03-20' })
        .then([]);
    });
    it('when the item waits on the applicant, then its clock is stopped and it is not overdue', () => {
      spec
        .given([...running, requested('site-selection', '2018-03-05', ['用地红线图'])])
        .when({ type: 'MarkOverdue', today: '2018-04-20' })
        .then([]);
    });
  });
});

describe('opening a case', () => {
  it('given a project that entered 前期 in 2001, before the working-day calendar’s first year, when its case opens, then it opens', () => {
    deciderSpec(approvalCaseDecider)
      .given([])
      .when({
        type: 'OpenApprovalCase',
        projectId: 'p-2001',
        projectName: '伊通河水环境治理项目',
        localityCode: 'nanguan',
        categoryCode: 'ecology',
        totalInvestmentWan: 30_000,
        date: '2001-06-01',
      })
      .then([expect.objectContaining({ type: 'ApprovalCaseOpened', data: expect.objectContaining({ date: '2001-06-01' }) })]);
  });
});
