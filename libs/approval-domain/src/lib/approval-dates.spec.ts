import { datedCommand } from '@ccpc/eventsourcing';
import { approvalCaseDates, approvalRoundDates } from './approval-dates';

describe('the business dates of approval commands', () => {
  describe('given today is 3 March 2018 (city time)', () => {
    it.each([
      ['a week ahead', '2018-03-10'],
      ['in a year the working-day calendar does not cover', '2031-03-03'],
    ])('when an item is submitted %s, then it is refused as date.future naming date', (_what, date) => {
      expect(() =>
        datedCommand(approvalCaseDates, { type: 'SubmitItem', itemCode: 'site-selection', date, documents: ['申请表'] }, '2018-03-03'),
      ).toThrow(expect.objectContaining({ rule: 'date.future', options: { field: 'date', status: 422 } }));
    });
    it('when a department decides today, then it is taken', () => {
      expect(
        datedCommand(approvalCaseDates, { type: 'ApproveItem', itemCode: 'site-selection', date: '2018-03-03' }, '2018-03-03'),
      ).toMatchObject({
        date: '2018-03-03',
      });
    });
    it('when a round is opened tomorrow, then it is refused as date.future', () => {
      expect(() =>
        datedCommand(approvalRoundDates, { type: 'OpenRound', year: 2018, date: '2018-03-04', projects: [] }, '2018-03-03'),
      ).toThrow(expect.objectContaining({ rule: 'date.future' }));
    });
  });
});
