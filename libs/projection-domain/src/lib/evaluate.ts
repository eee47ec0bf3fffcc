import type { FixedAssetInvestmentFigure } from './city-statistics';
import type { IndicatorDefinition, ProjectIndicator, TargetRule, UnitList, YearContext } from './indicators';
import { type Standing, standingOf } from './standing';
import type { ProjectInYear } from './year-view';

export interface IndicatorValue {
  code: string;
  name: string;
  definition: string;
  /** count; share or coverage in [0, 1]; growth as a fraction (0.1 = 10%). */
  actual: number;
  numerator: number;
  denominator: number | null;
  target: number | null;
  targetRule: TargetRule | null;
  /** actual / target, null without a target. */
  reached: number | null;
  /** Whether the target is met by the rule the opinions use (超过: more than; 达到/以上: at least). */
  met: boolean | null;
  /** For figures that are not project counts: where the number comes from. */
  source?: { month: string; publishedOn: string; cumulativeWan: number; samePeriodLastYearWan: number } | null;
  /** For coverage indicators: the units that count, and the edition of their list. */
  units?: UnitList;
  /** Where the target stands on the view's date, judged by its own period (the cockpit's light). */
  standing: Standing;
}

/** What an indicator is evaluated on: the projects of the year and the statistics bureau's latest figure. */
export interface EvaluationInput {
  projects: readonly ProjectInYear[];
  fixedAssetInvestment: FixedAssetInvestmentFigure | undefined;
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

/** Coverage: how many of the units have at least `min` counted projects. */
export function coverageOf(indicator: ProjectIndicator, counted: readonly ProjectInYear[], year: number) {
  const rule = indicator.coverage as NonNullable<ProjectIndicator['coverage']>;
  const units = rule.universe(year);
  const perUnit = new Map<string, number>();
  for (const p of counted) perUnit.set(p.at[rule.by], (perUnit.get(p.at[rule.by]) ?? 0) + 1);
  const covered = units.codes.filter((c) => (perUnit.get(c) ?? 0) >= rule.min);
  return { units, perUnit, covered: covered.length, of: units.codes.length };
}

export function evaluate(indicator: IndicatorDefinition, input: EvaluationInput, ctx: YearContext, target: number | null): IndicatorValue {
  let actual: number;
  let numerator: number;
  let denominator: number | null = null;
  let extra: Pick<IndicatorValue, 'source' | 'units'> = {};
  if (indicator.basis === 'statistics') {
    const f = input.fixedAssetInvestment;
    numerator = f?.cumulativeWan ?? 0;
    denominator = f?.samePeriodLastYearWan ?? null;
    actual = f && f.samePeriodLastYearWan > 0 ? f.cumulativeWan / f.samePeriodLastYearWan - 1 : 0;
    extra = {
      source: f
        ? { month: f.month, publishedOn: f.publishedOn, cumulativeWan: f.cumulativeWan, samePeriodLastYearWan: f.samePeriodLastYearWan }
        : null,
    };
  } else {
    const { counted, base } = indicator.select(input.projects, ctx);
    numerator = counted.length;
    if (indicator.coverage) {
      const c = coverageOf(indicator, counted, ctx.year);
      numerator = c.covered;
      denominator = c.of;
      actual = c.of === 0 ? 0 : c.covered / c.of;
      extra = { units: c.units };
    } else if (base) {
      denominator = base.length;
      actual = denominator ? numerator / denominator : 0;
    } else {
      actual = numerator;
    }
  }
  const noFigure = indicator.basis === 'statistics' && !input.fixedAssetInvestment;
  const reached = target && !noFigure ? round(actual / target) : null;
  const met =
    target === null || !indicator.targetRule || noFigure
      ? null
      : indicator.targetRule === 'more-than'
        ? actual > target
        : actual >= target - 1e-9;
  return {
    code: indicator.code,
    name: indicator.name,
    definition: indicator.definition,
    actual: round(actual),
    numerator,
    denominator,
    target,
    targetRule: indicator.targetRule,
    reached,
    met,
    ...extra,
    standing: standingOf(indicator, { target, reached, met }, ctx.year, ctx.asOf),
  };
}
