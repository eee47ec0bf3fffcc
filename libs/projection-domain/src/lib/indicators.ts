import { DEPARTMENTS, LOCALITIES, planFor, resumptionIn, THRESHOLDS } from '@ccpc/contracts';
import type { ProjectAt } from './timeline';

/**
 * The registry-derived targets of the year (docs/domain.md → Leadership views). Each is a
 * named indicator with its definition in code and in words; the dashboard shows its actual
 * against the target. Pure: the same projects and date give the same numbers.
 */
export type IndicatorKind = 'count' | 'share' | 'coverage';

export interface IndicatorDefinition {
  code: string;
  name: string;
  definition: string;
  kind: IndicatorKind;
  /** The projects behind the number (for drill-down) and, for shares, the base. */
  select: (projects: readonly ProjectAt[], ctx: YearContext) => { counted: ProjectAt[]; base?: ProjectAt[] };
}

export interface YearContext {
  year: number;
  asOf: string;
}

const YI = THRESHOLDS.targetUnitWan;
const big = (p: ProjectAt) => p.totalInvestmentWan >= YI;
const live = (p: ProjectAt) => p.stage !== 'cancelled';
const inYear = (date: string | null, year: number) => date !== null && date.startsWith(`${year}-`);
const between = (date: string | null, from: string, to: string) => date !== null && date >= from && date <= to;
const newStartsOf = (ps: readonly ProjectAt[], y: number) => ps.filter((p) => live(p) && big(p) && inYear(p.firstStartDate, y));

export const INDICATORS: readonly IndicatorDefinition[] = [
  {
    code: 'under-construction',
    name: '亿元以上在建项目',
    definition: '总投资 ≥ 1亿元、当前阶段为"在建"的项目数。',
    kind: 'count',
    select: (ps) => ({ counted: ps.filter((p) => big(p) && p.stage === 'under-construction') }),
  },
  {
    code: 'new-starts',
    name: '亿元以上新开工项目',
    definition: '总投资 ≥ 1亿元、首次开工日期在本年度内（截至统计日）的项目数（已取消的除外）。',
    kind: 'count',
    select: (ps, c) => ({ counted: newStartsOf(ps, c.year) }),
  },
  {
    code: 'industrial-share',
    name: '新开工项目中产业项目占比',
    definition: '亿元以上新开工项目中产业项目（三大主导、战略性新兴、现代服务业、三新）所占比例。',
    kind: 'share',
    select: (ps, c) => {
      const base = newStartsOf(ps, c.year);
      return { counted: base.filter((p) => p.industrial), base };
    },
  },
  {
    code: 'h1-starts',
    name: '上半年开复工亿元以上项目',
    definition: '总投资 ≥ 1亿元、本年 1月1日至6月30日间首次开工或复工的项目数。',
    kind: 'count',
    select: (ps, c) => ({
      counted: ps.filter(
        (p) =>
          live(p) &&
          big(p) &&
          (between(p.firstStartDate, `${c.year}-01-01`, `${c.year}-06-30`) ||
            between(resumptionIn(p, c.year) ?? null, `${c.year}-01-01`, `${c.year}-06-30`)),
      ),
    }),
  },
  {
    code: 'resumption-rate',
    name: '续建项目复工率',
    definition: '列入本年度计划的续建项目中，已记录本年复工的比例。',
    kind: 'share',
    select: (ps, c) => {
      const base = ps.filter((p) => live(p) && planFor(p, c.year)?.kind === 'continuing');
      return { counted: base.filter((p) => resumptionIn(p, c.year) !== undefined), base };
    },
  },
  {
    code: 'start-rate',
    name: '计划新开工项目开工率',
    definition: '列入本年度计划的新开工项目中，本年已首次开工的比例。',
    kind: 'share',
    select: (ps, c) => {
      const base = ps.filter((p) => planFor(p, c.year)?.kind === 'new-start');
      return { counted: base.filter((p) => inYear(p.firstStartDate, c.year)), base };
    },
  },
  {
    code: 'rolling-reserve',
    name: '亿元以上滚动储备项目',
    definition: '总投资 ≥ 1亿元、处于谋划储备、对接中、已落位或前期阶段的项目数。',
    kind: 'count',
    select: (ps) => ({ counted: ps.filter((p) => big(p) && ['reserve', 'docking', 'landed', 'preparing'].includes(p.stage)) }),
  },
  {
    code: 'leading-per-locality',
    name: '各县（市）区龙头项目',
    definition: '拥有不少于 2 个龙头项目（未取消）的县（市）区、开发区所占比例；目标为全部。',
    kind: 'coverage',
    select: (ps) => ({ counted: ps.filter((p) => live(p) && p.leading) }),
  },
  {
    code: 'landmark-per-department',
    name: '各部门标志性项目',
    definition: '负责不少于 2 个标志性项目（未取消）的市直部门所占比例；目标为全部。',
    kind: 'coverage',
    select: (ps) => ({ counted: ps.filter((p) => live(p) && p.landmark) }),
  },
  {
    code: 'spring-campaign',
    name: '春季集中开工（亿元以上新开工）',
    definition: '总投资 ≥ 1亿元、首次开工日期在本年 4月1日至6月30日间的项目数（§28 春季集中开工，至上半年末）。',
    kind: 'count',
    select: (ps, c) => ({
      counted: ps.filter((p) => live(p) && big(p) && between(p.firstStartDate, `${c.year}-04-01`, `${c.year}-06-30`)),
    }),
  },
  {
    code: 'autumn-campaign',
    name: '秋季集中开工（至三季度末累计亿元以上新开工）',
    definition: '总投资 ≥ 1亿元、首次开工日期在本年 1月1日至9月30日间的项目数（§28 秋季集中开工，至三季度末累计）。',
    kind: 'count',
    select: (ps, c) => ({
      counted: ps.filter((p) => live(p) && big(p) && between(p.firstStartDate, `${c.year}-01-01`, `${c.year}-09-30`)),
    }),
  },
];

export const indicatorByCode = new Map(INDICATORS.map((i) => [i.code, i]));

export interface IndicatorValue {
  code: string;
  name: string;
  definition: string;
  /** count, or share in [0, 1]. */
  actual: number;
  numerator: number;
  denominator: number | null;
  target: number | null;
  /** actual / target, null without a target. */
  reached: number | null;
}

/** For coverage indicators: which localities / departments reach 2. */
function coverage(counted: readonly ProjectAt[], by: 'localityCode' | 'departmentCode'): { covered: number; of: number } {
  const universe =
    by === 'localityCode' ? LOCALITIES.map((l) => l.code) : DEPARTMENTS.filter((d) => !['tjj', 'dxmb'].includes(d.code)).map((d) => d.code);
  const counts = new Map<string, number>();
  for (const p of counted) counts.set(p[by], (counts.get(p[by]) ?? 0) + 1);
  return { covered: universe.filter((c) => (counts.get(c) ?? 0) >= 2).length, of: universe.length };
}

export function evaluate(
  indicator: IndicatorDefinition,
  projects: readonly ProjectAt[],
  ctx: YearContext,
  target: number | null,
): IndicatorValue {
  const { counted, base } = indicator.select(projects, ctx);
  let actual: number;
  let numerator = counted.length;
  let denominator: number | null = base ? base.length : null;
  if (indicator.kind === 'coverage') {
    const c = coverage(counted, indicator.code === 'leading-per-locality' ? 'localityCode' : 'departmentCode');
    numerator = c.covered;
    denominator = c.of;
    actual = c.of === 0 ? 0 : c.covered / c.of;
  } else if (indicator.kind === 'share') {
    actual = denominator ? numerator / denominator : 0;
  } else {
    actual = numerator;
  }
  return {
    code: indicator.code,
    name: indicator.name,
    definition: indicator.definition,
    actual: round(actual),
    numerator,
    denominator,
    target,
    reached: target ? round(actual / target) : null,
  };
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;
