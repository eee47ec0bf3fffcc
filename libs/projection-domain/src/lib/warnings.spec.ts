import { projectAt } from './timeline';
import { EVER, fact, history, plan, registration, start, toPreparing } from './testing/given-projects';
import { monthsEnded, WARNING_RULES, warningsFor } from './warnings';

const warn = (t: ReturnType<typeof history>, asOf: string) => {
  const p = projectAt(t, { asOf, knownAt: EVER });
  if (!p) throw new Error('the project should exist');
  return warningsFor(p, asOf);
};
const rules = (t: ReturnType<typeof history>, asOf: string) => warn(t, asOf)?.reasons.map((r) => `${r.rule}:${r.light}`) ?? [];
const staffed = [
  fact('CityLeaderAssigned', { leaderId: 'l-1', leaderName: '张', from: '2017-02-01', to: null }),
  fact('ProjectSecretaryAssigned', { secretaryId: 's-1', secretaryName: '李', from: '2017-02-01', to: null }),
];

describe('the early-warning rules (GET /warnings/rules)', () => {
  it('give each rule one colour, and every rule is exercised below', () => {
    expect(new Set(WARNING_RULES.map((r) => r.code)).size).toBe(WARNING_RULES.length);
  });

  describe('leader and secretary (§30, §31)', () => {
    it('given a 30亿 project preparing without either, then two yellow rules; once under construction, the two red ones', () => {
      const preparing = history(registration({ totalInvestmentWan: 300_000 }), ...toPreparing(2018));
      expect(rules(preparing, '2018-07-15')).toEqual(['leader-missing:yellow', 'secretary-missing:yellow']);
      const building = history(registration({ totalInvestmentWan: 300_000 }), ...toPreparing(2018), start('2018-07-20'));
      expect(rules(building, '2018-07-31')).toEqual(['leader-missing-under-construction:red', 'secretary-missing-under-construction:red']);
      expect(warn(building, '2018-07-31')?.light).toBe('red');
    });
  });

  describe('a planned new start not begun (planned for April)', () => {
    const t = () =>
      history(
        registration(),
        ...staffed,
        fact('ProjectStageAdvanced', { from: 'reserve', to: 'docking', date: '2017-11-01' }),
        fact('ProjectStageAdvanced', { from: 'docking', to: 'landed', date: '2017-12-01' }),
        fact('ProjectStageAdvanced', { from: 'landed', to: 'preparing', date: '2018-01-05' }),
        plan('new-start'),
      );
    it('given April itself, then none; in May, yellow (one month); from June, red (two months or more)', () => {
      expect([rules(t(), '2018-04-30'), rules(t(), '2018-05-15'), rules(t(), '2018-06-01')]).toEqual([
        [],
        ['start-overdue:yellow'],
        ['start-overdue-long:red'],
      ]);
    });
  });

  describe('a stage that stalls (preparing since July 2017)', () => {
    const t = () => history(registration(), ...staffed, ...toPreparing());
    it('given six months, then none; seven to twelve, yellow; thirteen, red', () => {
      expect([rules(t(), '2018-01-31'), rules(t(), '2018-02-01'), rules(t(), '2018-07-31'), rules(t(), '2018-08-01')]).toEqual([
        [],
        ['stage-stalled:yellow'],
        ['stage-stalled:yellow'],
        ['stage-stalled-long:red'],
      ]);
    });
  });

  describe('investment against 序时进度 (annual plan 12,000万, so 1,000万 a month)', () => {
    const building = (cumulative2018: number) =>
      history(
        registration(),
        ...staffed,
        ...toPreparing(2016),
        start('2016-09-01'),
        plan('continuing'),
        fact('MonthlyInvestmentReported', { month: '2017-12', cumulativeWan: 9_000, monthWan: 0, progressNote: null }),
        fact('MonthlyInvestmentReported', { month: '2018-06', cumulativeWan: 9_000 + cumulative2018, monthWan: 0, progressNote: null }),
      );
    it('given 30 June (six months ended, schedule 6,000万): 3,000 on schedule-half is none, 2,400 (40%) yellow, 1,400 (23%) red', () => {
      expect([rules(building(3_000), '2018-06-30'), rules(building(2_400), '2018-06-30'), rules(building(1_400), '2018-06-30')]).toEqual([
        [],
        ['investment-behind:yellow'],
        ['investment-behind-far:red'],
      ]);
      expect(warn(building(2_400), '2018-06-30')?.reasons[0]?.text).toBe('年度投资完成20%，为序时进度（50%）的40%');
    });
    it('given mid-June, then only the five months that have ended are expected', () => {
      expect(monthsEnded('2018-06-15')).toBe(5);
      expect(monthsEnded('2018-06-30')).toBe(6);
      // June's report counts from 30 June: by mid-June nothing of 2018 is reported (last year's 9,000 is not this year's).
      expect(rules(building(2_400), '2018-06-15')).toEqual(['investment-behind-far:red']);
    });
    it('given only February ended, then no investment warning yet (from the end of the first quarter)', () => {
      expect(rules(building(0), '2018-02-28')).toEqual([]);
    });
  });

  it('given a completed or cancelled project, then no warning at all', () => {
    const done = history(
      registration({ totalInvestmentWan: 300_000 }),
      ...toPreparing(),
      start('2018-03-01'),
      fact('ProjectCompleted', { date: '2018-05-01' }),
    );
    expect(warn(done, '2018-06-30')).toBeUndefined();
  });

  describe('未批先建: started before the construction permit (§27)', () => {
    const building = () => history(registration(), ...staffed, ...toPreparing(2018), start('2018-05-10'));
    const permitRules = (approval: Parameters<typeof warningsFor>[2], asOf: string) => {
      const p = projectAt(building(), { asOf, knownAt: EVER });
      return (p && warningsFor(p, asOf, approval)?.reasons.map((r) => `${r.rule}:${r.light}`)) ?? [];
    };

    it('given a case without the permit, then red from the start date on, and not before it', () => {
      expect(permitRules({}, '2018-05-09')).toEqual([]);
      expect(permitRules({}, '2018-05-10')).toEqual(['started-before-permit:red']);
    });

    it('given the permit approved before the start, then none', () => {
      expect(permitRules({ constructionPermitOn: '2018-05-02' }, '2018-06-30')).toEqual([]);
    });

    it('given no approval case at all (a project recorded as already under way), then it is not judged on its permit', () => {
      expect(permitRules(undefined, '2018-06-30')).toEqual([]);
    });
  });
});
