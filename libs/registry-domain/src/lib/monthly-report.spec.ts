import { monthlyReportDue, owesMonthlyReport } from './monthly-report';

describe('the monthly investment report', () => {
  it('given 7 December, then November’s report is due by 5 December', () => {
    expect(monthlyReportDue('2026-12-07')).toEqual({ month: '2026-11', dueOn: '2026-12-05' });
  });

  it('given January, then December of the year before is due', () => {
    expect(monthlyReportDue('2019-01-03')).toEqual({ month: '2018-12', dueOn: '2019-01-05' });
  });

  it('given a project under construction that reported October, then it owes November; having reported November, it owes nothing', () => {
    expect(owesMonthlyReport({ stage: 'under-construction', lastReportedMonth: '2026-10' }, '2026-11')).toBe(true);
    expect(owesMonthlyReport({ stage: 'under-construction', lastReportedMonth: '2026-11' }, '2026-11')).toBe(false);
    expect(owesMonthlyReport({ stage: 'under-construction', lastReportedMonth: null }, '2026-11')).toBe(true);
  });

  it('given a project not under construction, then it owes no report', () => {
    expect(owesMonthlyReport({ stage: 'preparing', lastReportedMonth: null }, '2026-11')).toBe(false);
  });
});
