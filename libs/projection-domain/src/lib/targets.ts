/**
 * The year's target values until the assessment service publishes them: a versioned
 * configuration, seeded with the 2018 plan (docs/domain.md → Leadership views). Shares are in [0, 1];
 * coverage targets are 1 (every locality / department).
 */
export interface AnnualTargets {
  year: number;
  version: string;
  source: string;
  values: Record<string, number>;
}

export const ANNUAL_TARGETS: readonly AnnualTargets[] = [
  {
    year: 2018,
    version: '2018.3', // 2018.2: the fixed-asset investment target; 建设亿元以上项目 as the year's count (built-in-year); 2018.3: approvals within 51 working days (§22)
    source: '长春市 2018 年加强项目建设实施意见（第二条、第二十八条 2018 年目标，见 docs/domain.md）',
    values: {
      'fixed-asset-investment-growth': 0.1,
      'built-in-year': 1200,
      'new-starts': 500,
      'industrial-share': 0.5,
      'h1-starts': 1000,
      'resumption-rate': 0.9,
      'start-rate': 0.8,
      'rolling-reserve': 1000,
      'leading-per-locality': 1,
      'landmark-per-department': 1,
      'spring-campaign': 400,
      'autumn-campaign': 1100,
      'approvals-within-51-days': 0.8,
    },
  },
];

/** The targets of a year; a year without its own uses the latest earlier one, labelled as such. */
export function targetsFor(year: number): AnnualTargets | undefined {
  return [...ANNUAL_TARGETS].filter((t) => t.year <= year).sort((a, b) => b.year - a.year)[0];
}
