import { type Period, PERIOD_LABELS, periodEnd } from './year-view';

/**
 * Where a target stands on the view's date — the cockpit's light and the words on hover. Judged
 * by the target's own period, never by the calendar year alone:
 *
 * - a period that has ended (its last day is on or before the view's date) is judged met or not
 *   met: 已完成 (green) or 未完成 (red), whatever the pace was;
 * - while it runs, a **cumulative** figure (a count over the period, or a rate whose numerator
 *   only grows against the plan's fixed base) is judged against the share of the period gone by:
 *   on pace or ahead 正常 (green), from 80% of pace 关注 (yellow), below 滞后 (red);
 * - a **level** figure (a count at the date, a ratio, a growth rate, a coverage) means the same on
 *   any date and is judged against the target itself: met 已达标 (green), from 90% 关注 (yellow),
 *   below 滞后 (red).
 */
export type StandingLight = 'green' | 'yellow' | 'red' | 'none';

/** The words of a light: a period ended (已完成, 未完成), running (已达标, 正常, 关注, 滞后), or no light (无目标, 暂无数据). */
export type StandingLabel = '已完成' | '未完成' | '已达标' | '正常' | '关注' | '滞后' | '无目标' | '暂无数据';

/**
 * 目标在视图日期的状态（驾驶舱的灯），按目标自身的时段衡量：时段已结束为已完成 / 未完成；进行中的累计指标按时间进度为
 * 正常 / 关注（进度的80%以上）/ 滞后；比例、时点类直接与目标比较为已达标 / 关注（目标的90%以上）/ 滞后。
 */
export interface Standing {
  light: StandingLight;
  label: StandingLabel;
  /** Why, in a sentence a project officer can check against the card. */
  reason: string;
}

/** How an indicator's progress is judged while its period runs (see Standing). */
export type Progress = 'cumulative' | 'level';

/** Below this share of pace a cumulative figure is 滞后; from it, 关注. */
export const PACE_WATCH = 0.8;
/** Below this share of its target a level figure is 滞后; from it, 关注. */
export const LEVEL_WATCH = 0.9;

const DAY = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;
const pct = (x: number) => `${(Math.round(x * 1000) / 10).toFixed(1)}%`;

/** The days of a period from 1 January to its last day, and how many of them have gone by on `asOf` (inclusive). */
export function periodElapsed(period: Period, year: number, asOf: string): { days: number; gone: number } {
  const first = dayNumber(`${year}-01-01`);
  const days = dayNumber(periodEnd(period, year)) - first + 1;
  return { days, gone: Math.max(0, Math.min(days, dayNumber(asOf) - first + 1)) };
}

export function standingOf(
  indicator: { period: Period | 'date'; progress: Progress },
  value: { target: number | null; reached: number | null; met: boolean | null },
  year: number,
  asOf: string,
): Standing {
  if (value.target === null) return { light: 'none', label: '无目标', reason: '本年度没有这项目标。' };
  if (value.reached === null || value.met === null)
    return { light: 'none', label: '暂无数据', reason: '目标已定，但还没有可用于衡量的数字（如统计局尚未发布本年数据）。' };
  // A count at the date belongs to the year: it is judged met or not once the year has ended.
  const period: Period = indicator.period === 'date' ? 'year' : indicator.period;
  const end = periodEnd(period, year);
  const closed = asOf >= end;
  const reached = `完成目标的 ${pct(value.reached)}`;
  const span = PERIOD_LABELS[period];
  if (closed)
    return value.met
      ? { light: 'green', label: '已完成', reason: `${span}已于 ${end} 结束，${reached}，目标已完成。` }
      : { light: 'red', label: '未完成', reason: `${span}已于 ${end} 结束，${reached}，目标未完成。` };
  if (value.met) return { light: 'green', label: '已达标', reason: `${reached}，已达到目标（${span}到 ${end} 结束）。` };
  if (indicator.progress === 'level') {
    const watch = value.reached >= LEVEL_WATCH;
    return {
      light: watch ? 'yellow' : 'red',
      label: watch ? '关注' : '滞后',
      reason: `比例、时点类指标不按时间进度衡量，直接与目标比较：${reached}（${pct(LEVEL_WATCH)}以上为关注，以下为滞后）。`,
    };
  }
  const { days, gone } = periodElapsed(period, year, asOf);
  const pace = gone / days;
  const light: StandingLight = value.reached >= pace ? 'green' : value.reached >= pace * PACE_WATCH ? 'yellow' : 'red';
  const verdict =
    light === 'green' ? '达到进度' : light === 'yellow' ? `不足进度，但在进度的 ${pct(PACE_WATCH)}以上` : `低于进度的 ${pct(PACE_WATCH)}`;
  return {
    light,
    label: light === 'green' ? '正常' : light === 'yellow' ? '关注' : '滞后',
    reason: `${span}已过 ${gone}/${days} 天（时间进度 ${pct(pace)}），${reached}：${verdict}。`,
  };
}
