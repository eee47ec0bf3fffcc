import { LANDMARK_DEPARTMENTS } from '@ccpc/contracts';
import { evaluate } from './evaluate';
import { indicatorByCode, INDICATORS } from './indicators';
import { fact, history, plan, registration, resume, start, toPreparing, valueOf } from './testing/given-projects';

const count = (code: string, ...args: Parameters<typeof valueOf> extends [string, ...infer R] ? R : never) => valueOf(code, ...args).actual;
const newStart = (date: string, overrides: Record<string, unknown> = {}) =>
  history(registration(overrides), ...toPreparing(), plan('new-start'), start(date));
const continuing = (resumed?: string, overrides: Record<string, unknown> = {}) =>
  history(registration(overrides), ...toPreparing(2016), start('2016-09-01'), plan('continuing'), ...(resumed ? [resume(resumed)] : []));

describe('the indicators of the 2018 opinions', () => {
  it('each quotes the words of its article, and says which later events may remove a counted project', () => {
    for (const i of INDICATORS) {
      expect(i.article).toMatch(/^第[二十八]+条/);
      expect(i.quote.length).toBeGreaterThan(8);
      expect(i.removedBy.length).toBeGreaterThan(4);
    }
    expect(indicatorByCode.get('spring-campaign')?.quote).toContain('力争上半年全市新开工亿元以上项目超过400个');
  });

  describe('new-starts 「新开工亿元以上项目超过500个」', () => {
    it('given a 3亿 project started in January, 0.5亿 started in May, and one started in 2017, when counted at the year end, then 1', () => {
      const small = newStart('2018-05-10', { totalInvestmentWan: 5_000 });
      const earlier = history(registration(), ...toPreparing(2016), start('2017-04-01'));
      expect(count('new-starts', [newStart('2018-01-20'), small, earlier], '2018-12-31')).toBe(1);
    });
    it('given a start on 25 April cancelled on 10 August, when counted at the year end, then it stays counted', () => {
      const t = history(
        registration(),
        ...toPreparing(),
        plan('new-start'),
        start('2018-04-25'),
        fact('ProjectCancelled', { date: '2018-08-10', reason: '撤资', stageBefore: 'under-construction' }),
      );
      expect(count('new-starts', [t], '2018-12-31')).toBe(1);
    });
  });

  describe('spring-campaign 「力争上半年全市新开工亿元以上项目超过400个」', () => {
    it('given starts on 20 January, 16 April and 1 July, when counted at 30 June and at the year end, then 2 both times (from 1 January, not 1 April)', () => {
      const ts = [newStart('2018-01-20'), newStart('2018-04-16'), newStart('2018-07-01')];
      expect([count('spring-campaign', ts, '2018-06-30'), count('spring-campaign', ts, '2018-12-31')]).toEqual([2, 2]);
    });
  });

  describe('h1-starts 「上半年开工亿元以上项目1000个」', () => {
    it('given a new start in March, a resumption in May and a resumption in July, when counted after the half-year, then 2 (开工 = new start or resumption)', () => {
      const ts = [newStart('2018-03-15'), continuing('2018-05-02'), continuing('2018-07-03')];
      expect(count('h1-starts', ts, '2018-09-30')).toBe(2);
    });
  });

  describe('autumn-campaign 「力争前三季度开工亿元以上项目超过1100个」', () => {
    it('given a new start in March, a resumption in May and a start in October, when counted at the year end, then 2 (the same 开工 as h1-starts, to 30 September)', () => {
      const ts = [newStart('2018-03-15'), continuing('2018-05-02'), newStart('2018-10-08')];
      expect(count('autumn-campaign', ts, '2018-12-31')).toBe(2);
    });
  });

  describe('built-in-year 「建设亿元以上项目超过1200个」', () => {
    it('given a project completed in May, one started in 2017 still building, one started in August and one only preparing, when counted at the year end, then 3', () => {
      const completedInMay = history(
        registration(),
        ...toPreparing(2016),
        start('2016-08-01'),
        fact('ProjectCompleted', { date: '2018-05-20' }),
      );
      const building = continuing('2018-03-01');
      const august = newStart('2018-08-08');
      const preparing = history(registration(), ...toPreparing());
      expect(count('built-in-year', [completedInMay, building, august, preparing], '2018-12-31')).toBe(3);
      expect(count('under-construction-now', [completedInMay, building, august, preparing], '2018-12-31')).toBe(2);
    });
    it('given a project completed in 2017, when counted for 2018, then it is not built in 2018', () => {
      const done = history(registration(), ...toPreparing(2016), start('2016-08-01'), fact('ProjectCompleted', { date: '2017-11-20' }));
      expect(count('built-in-year', [done], '2018-12-31')).toBe(0);
    });
  });

  describe('industrial-share 「新开工产业项目占新开工项目50%以上」', () => {
    it('given an industrial start of 0.5亿 and an infrastructure start of 3亿, when counted, then 1 of 2: no 1亿 threshold the opinions do not have', () => {
      const ts = [
        newStart('2018-05-01', { totalInvestmentWan: 5_000 }),
        newStart('2018-06-01', { industrial: false, categoryCode: 'infrastructure' }),
      ];
      expect(valueOf('industrial-share', ts, '2018-12-31')).toMatchObject({ actual: 0.5, numerator: 1, denominator: 2 });
    });
  });

  describe('start-rate 「新开工项目开工率达到80%」 and resumption-rate 「续建项目复工率达到90%」', () => {
    it('given four planned new starts of which two started and one was cancelled unstarted, when counted, then 2 of 4 (the plan as adopted)', () => {
      const cancelled = history(
        registration(),
        ...toPreparing(),
        plan('new-start'),
        fact('ProjectCancelled', { date: '2018-06-01', reason: '撤资', stageBefore: 'preparing' }),
      );
      const ts = [newStart('2018-04-01'), newStart('2018-05-01'), history(registration(), ...toPreparing(), plan('new-start')), cancelled];
      expect(valueOf('start-rate', ts, '2018-12-31')).toMatchObject({ numerator: 2, denominator: 4, actual: 0.5 });
    });
    it('given three continuing projects of which two resumed, when counted, then 2 of 3', () => {
      expect(valueOf('resumption-rate', [continuing('2018-03-01'), continuing('2018-04-01'), continuing()], '2018-12-31')).toMatchObject({
        numerator: 2,
        denominator: 3,
      });
    });
    it('given no planned projects, then the share is 0 of 0, not NaN', () => {
      expect(valueOf('resumption-rate', [], '2018-06-30')).toMatchObject({ actual: 0, numerator: 0, denominator: 0 });
    });
  });

  describe('rolling-reserve 「滚动谋划储备亿元以上项目超过1000个」', () => {
    it('given a 2亿 project preparing, a 0.5亿 one docking and a 2亿 one under construction, then 1 at that date', () => {
      const ts = [
        history(registration(), ...toPreparing()),
        history(registration({ totalInvestmentWan: 5_000 }), ...toPreparing().slice(0, 1)),
        newStart('2018-03-01'),
      ];
      expect(count('rolling-reserve', ts, '2018-06-30')).toBe(1);
    });
  });

  describe('leading-per-locality and landmark-per-department 「…2个以上…"龙头"/"标志性"项目」', () => {
    it('given two 龙头 projects in 绿园区 and one in 南关区, then 1 of the 17 localities', () => {
      const ts = [
        history(registration({ leading: true })),
        history(registration({ leading: true })),
        history(registration({ leading: true, localityCode: 'nanguan' })),
      ];
      expect(valueOf('leading-per-locality', ts, '2018-06-30')).toMatchObject({ numerator: 1, denominator: 17 });
    });
    it('given 南关区’s second 龙头 project of 9,999万元, then it does not count: §2 places them 其中 among the ≥ 1亿 reserve', () => {
      const ts = [
        history(registration({ leading: true, localityCode: 'nanguan' })),
        history(registration({ leading: true, localityCode: 'nanguan', totalInvestmentWan: 9_999 })),
        history(registration({ landmark: true, totalInvestmentWan: 9_999 })),
        history(registration({ landmark: true })),
      ];
      expect(valueOf('leading-per-locality', ts, '2018-06-30')).toMatchObject({ numerator: 0 });
      expect(valueOf('landmark-per-department', ts, '2018-06-30')).toMatchObject({ numerator: 0 });
    });
    it('given two 标志性 projects of 市工信局 and two of 市统计局 (not on the list), then 1 of the listed departments, and the list is shown', () => {
      const ts = [
        history(registration({ landmark: true })),
        history(registration({ landmark: true })),
        history(registration({ landmark: true, departmentCode: 'tjj' })),
        history(registration({ landmark: true, departmentCode: 'tjj' })),
      ];
      const listed = LANDMARK_DEPARTMENTS[0]?.codes.length;
      expect(valueOf('landmark-per-department', ts, '2018-06-30')).toMatchObject({
        numerator: 1,
        denominator: listed,
        units: { version: '2018.1', codes: LANDMARK_DEPARTMENTS[0]?.codes },
      });
    });
  });

  describe('fixed-asset-investment-growth 「全社会固定资产投资计划增长10%以上」', () => {
    const indicator = indicatorByCode.get('fixed-asset-investment-growth');
    if (!indicator) throw new Error('missing');
    it('given June published at 2,345.6亿 against 2,100亿 a year before, then 11.7% growth, met (at least 10%)', () => {
      const figure = {
        month: '2018-06',
        cumulativeWan: 23_456_000,
        samePeriodLastYearWan: 21_000_000,
        publishedOn: '2018-07-15',
        recordedAt: '2018-07-15T02:00:00.000Z',
      };
      expect(evaluate(indicator, { projects: [], fixedAssetInvestment: figure }, { year: 2018, asOf: '2018-07-31' }, 0.1)).toMatchObject({
        actual: 0.117,
        met: true,
        source: { month: '2018-06', publishedOn: '2018-07-15' },
      });
    });
    it('given nothing published yet, then no figure: 0 with met and reached null, not a miss', () => {
      expect(evaluate(indicator, { projects: [], fixedAssetInvestment: undefined }, { year: 2018, asOf: '2018-01-31' }, 0.1)).toMatchObject(
        {
          met: null,
          reached: null,
          source: null,
        },
      );
    });
  });

  describe('targets are met by the rule of the words', () => {
    it('「超过400个」 is not met by exactly 400; 「达到80%」 is met by exactly 80%', () => {
      const spring = indicatorByCode.get('spring-campaign');
      const rate = indicatorByCode.get('start-rate');
      if (!spring || !rate) throw new Error('missing');
      expect(spring.targetRule).toBe('more-than');
      expect(rate.targetRule).toBe('at-least');
    });
  });

  describe('approvals-within-51-days 「确保80%的项目审批时限压缩到51个工作日以内」', () => {
    const approved = (date: string, workingDays: number) =>
      history(
        registration(),
        ...toPreparing(),
        fact('ProjectApprovalsCompleted', { date, workingDays, approvalEventId: `a-${date}-${workingDays}` }),
      );
    const ts = () => [
      approved('2018-03-22', 26),
      approved('2018-05-10', 51),
      approved('2018-07-02', 60),
      approved('2017-12-01', 20),
      history(registration(), ...toPreparing()),
    ];
    it('given cases completed in 26, 51 and 60 working days in 2018 (and one in 2017), when counted at the year end, then 2 of 3 (51 counts: 以内)', () => {
      expect(valueOf('approvals-within-51-days', ts(), '2018-12-31')).toMatchObject({
        numerator: 2,
        denominator: 3,
        actual: 0.6667,
        met: null,
      });
    });
    it('when counted as of 30 June, then 2 of 2; as of 1 March, then none completed (0 of 0)', () => {
      expect(valueOf('approvals-within-51-days', ts(), '2018-06-30')).toMatchObject({ numerator: 2, denominator: 2, actual: 1 });
      expect(valueOf('approvals-within-51-days', ts(), '2018-03-01')).toMatchObject({ numerator: 0, denominator: 0, actual: 0 });
    });
    it('given a case still open after 60 working days on 30 June, then it counts as not within (it is over the limit whenever it completes); one open after 30 days does not count yet', () => {
      const stuck = history(registration({ projectId: 'p-stuck' }), ...toPreparing());
      const young = history(registration({ projectId: 'p-young' }), ...toPreparing());
      const open = (id: string) => ({ 'p-stuck': 60, 'p-young': 30 })[id];
      expect(valueOf('approvals-within-51-days', [...ts(), stuck, young], '2018-06-30', 2018, open)).toMatchObject({
        numerator: 2,
        denominator: 3,
      });
    });
  });
});
