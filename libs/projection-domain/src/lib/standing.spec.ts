import { indicatorByCode } from './indicators';
import { periodElapsed, standingOf } from './standing';

const indicator = (code: string) => {
  const found = indicatorByCode.get(code);
  if (!found) throw new Error(code);
  return found;
};
const value = (target: number | null, actual: number, rule: 'at-least' | 'more-than' = 'at-least') => ({
  target,
  reached: target === null ? null : actual / target,
  met: target === null ? null : rule === 'more-than' ? actual > target : actual >= target,
});

describe('where a target stands: by its own period, not the calendar year', () => {
  it('given 30 June, the half-year has ended and the year is 181 of 365 days along', () => {
    expect(periodElapsed('h1', 2018, '2018-06-30')).toEqual({ days: 181, gone: 181 });
    expect(periodElapsed('year', 2018, '2018-06-30')).toEqual({ days: 365, gone: 181 });
    expect(periodElapsed('q1-q3', 2018, '2018-03-31')).toEqual({ days: 273, gone: 90 });
  });

  describe('上半年开工亿元以上项目 (h1, target 1,000)', () => {
    it('given 523 on 30 June, when judged, then the half-year is over and it is 未完成, red — not 正常', () => {
      const s = standingOf(indicator('h1-starts'), value(1000, 523), 2018, '2018-06-30');
      expect(s).toMatchObject({ light: 'red', label: '未完成' });
      expect(s.reason).toBe('上半年（1月1日至6月30日）已于 2018-06-30 结束，完成目标的 52.3%，目标未完成。');
    });

    it('given 523 on 31 March, when judged, then it is ahead of the half-year’s pace (90 of 181 days): 正常', () => {
      const s = standingOf(indicator('h1-starts'), value(1000, 523), 2018, '2018-03-31');
      expect(s).toMatchObject({ light: 'green', label: '正常' });
      expect(s.reason).toContain('已过 90/181 天（时间进度 49.7%）');
    });

    it('given 1,000 reached on 30 June, when judged, then 已完成, and still so on 31 December', () => {
      expect(standingOf(indicator('h1-starts'), value(1000, 1000), 2018, '2018-06-30')).toMatchObject({ light: 'green', label: '已完成' });
      expect(standingOf(indicator('h1-starts'), value(1000, 1000), 2018, '2018-12-31')).toMatchObject({ label: '已完成' });
    });
  });

  describe('新开工亿元以上项目 (the year, target more than 500)', () => {
    it('given 439 with the year closed, when judged, then 未完成 (red), not 关注', () => {
      expect(standingOf(indicator('new-starts'), value(500, 439, 'more-than'), 2018, '2018-12-31')).toMatchObject({
        light: 'red',
        label: '未完成',
      });
    });

    it('given exactly 500 with the year closed, when judged, then 未完成: 「超过」 means more than', () => {
      expect(standingOf(indicator('new-starts'), value(500, 500, 'more-than'), 2018, '2018-12-31').label).toBe('未完成');
    });

    it('given 30 June, when judged against the year’s pace (181/365 ≈ 49.6%), then 正常 from 49.6%, 关注 from 39.7%, 滞后 below', () => {
      const at = (n: number) => standingOf(indicator('new-starts'), value(500, n, 'more-than'), 2018, '2018-06-30');
      expect(at(248).label).toBe('正常');
      expect(at(247).label).toBe('关注');
      expect(at(199).label).toBe('关注');
      expect(at(198)).toMatchObject({ light: 'red', label: '滞后' });
    });
  });

  describe('rates', () => {
    it('given a start rate of 25% in April (target 80%), when judged, then it is on the year’s pace, not red', () => {
      // 新开工项目开工率 grows through the year against the plan's fixed list: judged by pace.
      const s = standingOf(indicator('start-rate'), value(0.8, 0.25), 2018, '2018-04-20');
      expect(s.light).not.toBe('red');
      expect(s.label).toBe('正常');
    });

    it('given an industrial share of 45% in April (target 50%), when judged, then against the target itself: 关注', () => {
      // A ratio means the same on any date: the calendar does not excuse it.
      const s = standingOf(indicator('industrial-share'), value(0.5, 0.45), 2018, '2018-04-20');
      expect(s).toMatchObject({ light: 'yellow', label: '关注' });
      expect(s.reason).toContain('不按时间进度衡量');
      expect(standingOf(indicator('industrial-share'), value(0.5, 0.4), 2018, '2018-04-20').label).toBe('滞后');
      expect(standingOf(indicator('industrial-share'), value(0.5, 0.55), 2018, '2018-04-20').label).toBe('已达标');
    });

    it('given a count at the date (储备, more than 1,000), when the year has closed below it, then 未完成', () => {
      expect(standingOf(indicator('rolling-reserve'), value(1000, 950, 'more-than'), 2018, '2018-12-31').label).toBe('未完成');
      expect(standingOf(indicator('rolling-reserve'), value(1000, 950, 'more-than'), 2018, '2018-06-30').label).toBe('关注');
    });
  });

  it('given no target, or a target without a figure yet, then no light', () => {
    expect(standingOf(indicator('under-construction-now'), value(null, 700), 2018, '2018-06-30')).toMatchObject({
      light: 'none',
      label: '无目标',
    });
    expect(
      standingOf(indicator('fixed-asset-investment-growth'), { target: 0.1, reached: null, met: null }, 2018, '2018-06-30'),
    ).toMatchObject({ light: 'none', label: '暂无数据' });
  });
});
