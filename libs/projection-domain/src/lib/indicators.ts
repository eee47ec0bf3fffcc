import { landmarkDepartmentsFor, LOCALITIES, planFor, resumptionIn, THRESHOLDS } from '@ccpc/contracts';
import type { ProjectAt } from './timeline';
import type { Progress } from './standing';
import type { Period, ProjectInYear } from './year-view';

/**
 * The targets of the year (第二条 and 第二十八条 of the 2018 opinions) as named indicators. Each
 * says which words of the opinions it counts, over which period, and which later events may
 * still remove a project it counted; `GET /indicators` serves all of it. Pure: the same
 * projects, figures and date give the same numbers.
 */
export type IndicatorKind = 'count' | 'share' | 'coverage' | 'growth';
/** 「超过」: more than the target; 「达到」/「以上」: at least the target. */
export type TargetRule = 'more-than' | 'at-least';

export interface YearContext {
  year: number;
  asOf: string;
  /** The working days a project's approval case still open on `asOf` has taken by then (undefined: none open). */
  openApprovalDays?: (projectId: string) => number | undefined;
}

interface IndicatorBase {
  code: string;
  name: string;
  /** The article and its words, quoted. */
  article: string;
  quote: string;
  /** What is counted, in our words. */
  definition: string;
  kind: IndicatorKind;
  /** The period whose figure it is; 'date' for a count at the view's date. */
  period: Period | 'date';
  /**
   * How it is judged while its period runs: 'cumulative' grows through the period (a count of
   * starts, a rate whose numerator only grows against the plan's fixed base) and is judged against
   * the share of the period gone by; 'level' means the same on any date (a count at the date, a
   * ratio, a growth rate, a coverage) and is judged against the target itself. See standingOf.
   */
  progress: Progress;
  targetRule: TargetRule | null;
  /** The later events (if any) that may still remove a project once counted, and why. */
  removedBy: string;
}

export interface ProjectIndicator extends IndicatorBase {
  basis: 'projects';
  /** The projects behind the number (for drill-down) and, for shares, the base. */
  select: (projects: readonly ProjectInYear[], ctx: YearContext) => { counted: ProjectInYear[]; base?: ProjectInYear[] };
  /** Coverage indicators: the units that must each have `min` counted projects. */
  coverage?: { by: 'localityCode' | 'departmentCode'; min: number; universe: (year: number) => UnitList };
}

export interface StatisticsIndicator extends IndicatorBase {
  basis: 'statistics';
}

export type IndicatorDefinition = ProjectIndicator | StatisticsIndicator;

export interface UnitList {
  codes: readonly string[];
  version: string | null;
  source: string;
}

const YI = THRESHOLDS.targetUnitWan;
const big = (p: ProjectAt) => p.totalInvestmentWan >= YI;
const between = (date: string | null | undefined, from: string, to: string) => !!date && date >= from && date <= to;
const periodOf = (p: ProjectInYear, period: Period) => p.ofPeriod[period];
const startsIn = (ps: readonly ProjectInYear[], period: Period, c: YearContext, bigOnly: boolean, withResumptions: boolean) =>
  ps.filter((p) => {
    const r = periodOf(p, period);
    if (!r || (bigOnly && !big(r))) return false;
    const from = `${c.year}-01-01`;
    return between(r.firstStartDate, from, '9999') || (withResumptions && between(resumptionIn(r, c.year), from, '9999'));
  });
const inYear = (date: string | null | undefined, year: number) => !!date && date.startsWith(`${year}-`);

const STARTS_STAY =
  '开工后停缓建、取消均不影响已计入的开工；只有市大项目办的阶段更正（认定该次开工并未发生）会将其移出，包括已结束时段的数字。投资规模以时段末（或统计日）的总投资为准。';
const PERIOD_CLOSED = '时段结束后以该时段最后一天的项目状态为准，其后的事件不再改变该数字（阶段更正除外）。';

export const INDICATORS: readonly IndicatorDefinition[] = [
  {
    code: 'fixed-asset-investment-growth',
    name: '全社会固定资产投资增长',
    article: '第二条（扩总量）',
    quote: '全社会固定资产投资计划增长10%以上',
    definition:
      '市统计局公布的本年全社会固定资产投资（入统）累计数比上年同期累计数的增长率，取截至统计日已公布的最近月份；统计局修订数据以其修订公布日起生效。',
    kind: 'growth',
    period: 'year',
    progress: 'level',
    targetRule: 'at-least',
    removedBy: '不适用（统计数据）；修订只影响修订公布日及以后的看板。',
    basis: 'statistics',
  },
  {
    code: 'built-in-year',
    name: '建设亿元以上项目（年内在建）',
    article: '第二条（扩总量）',
    quote: '建设亿元以上项目超过1200个',
    definition: '总投资 ≥ 1亿元、本年1月1日至统计日之间任一时刻处于在建阶段的项目数（年内竣工、停缓建的项目同样计入）。',
    kind: 'count',
    period: 'year',
    progress: 'cumulative',
    targetRule: 'more-than',
    removedBy: STARTS_STAY,
    basis: 'projects',
    select: (ps) => ({ counted: ps.filter((p) => big(p.at) && p.underConstructionInYear) }),
  },
  {
    code: 'under-construction-now',
    name: '亿元以上在建项目（时点数）',
    article: '第二条（扩总量）',
    quote: '建设亿元以上项目超过1200个',
    definition: '总投资 ≥ 1亿元、统计日当天处于在建阶段的项目数。时点数，仅供参考，不对应目标（目标见"年内在建"）。',
    kind: 'count',
    period: 'date',
    progress: 'level',
    targetRule: null,
    removedBy: '时点数：竣工、停缓建、取消后即不再计入。',
    basis: 'projects',
    select: (ps) => ({ counted: ps.filter((p) => big(p.at) && p.at.stage === 'under-construction') }),
  },
  {
    code: 'new-starts',
    name: '新开工亿元以上项目',
    article: '第二条（调结构）',
    quote: '新开工亿元以上项目超过500个',
    definition: '总投资 ≥ 1亿元、首次开工日期在本年1月1日至统计日之间的项目数。',
    kind: 'count',
    period: 'year',
    progress: 'cumulative',
    targetRule: 'more-than',
    removedBy: STARTS_STAY,
    basis: 'projects',
    select: (ps, c) => ({ counted: startsIn(ps, 'year', c, true, false) }),
  },
  {
    code: 'industrial-share',
    name: '新开工产业项目占新开工项目比重',
    article: '第二条（调结构）',
    quote: '新开工产业项目占新开工项目50%以上',
    definition:
      '本年新开工项目（首次开工日期在本年，不论投资规模）中产业项目（三大主导、战略性新兴、现代服务业、"三新"）所占比例。原文未限定投资规模，故不设1亿元门槛。',
    kind: 'share',
    period: 'year',
    progress: 'level',
    targetRule: 'at-least',
    removedBy: STARTS_STAY,
    basis: 'projects',
    select: (ps, c) => {
      const base = startsIn(ps, 'year', c, false, false);
      return { counted: base.filter((p) => p.at.industrial), base };
    },
  },
  {
    code: 'h1-starts',
    name: '上半年开工亿元以上项目',
    article: '第二条（提进度）',
    quote: '上半年开工亿元以上项目1000个',
    definition: '总投资 ≥ 1亿元、本年1月1日至6月30日间首次开工或续建复工的项目数（"开工"含新开工与续建复工）。' + PERIOD_CLOSED,
    kind: 'count',
    period: 'h1',
    progress: 'cumulative',
    targetRule: 'at-least',
    removedBy: STARTS_STAY,
    basis: 'projects',
    select: (ps, c) => ({ counted: startsIn(ps, 'h1', c, true, true) }),
  },
  {
    code: 'resumption-rate',
    name: '续建项目复工率',
    article: '第二条（提进度）',
    quote: '续建项目复工率达到90%',
    definition: '列入本年度计划的续建项目（以计划为准，其后取消的仍在分母中）中，本年已复工的比例。',
    kind: 'share',
    period: 'year',
    progress: 'cumulative',
    targetRule: 'at-least',
    removedBy: '复工一经记录即计入；只有阶段更正可将其移出。',
    basis: 'projects',
    select: (ps, c) => {
      const base = ps.filter((p) => planFor(p.at, c.year)?.kind === 'continuing');
      return { counted: base.filter((p) => resumptionIn(p.at, c.year) !== undefined), base };
    },
  },
  {
    code: 'start-rate',
    name: '新开工项目开工率',
    article: '第二条（提进度）',
    quote: '新开工项目开工率达到80%',
    definition: '列入本年度计划的新开工项目（以计划为准，其后取消的仍在分母中）中，本年已首次开工的比例。',
    kind: 'share',
    period: 'year',
    progress: 'cumulative',
    targetRule: 'at-least',
    removedBy: STARTS_STAY,
    basis: 'projects',
    select: (ps, c) => {
      const base = ps.filter((p) => planFor(p.at, c.year)?.kind === 'new-start');
      return { counted: base.filter((p) => inYear(p.at.firstStartDate, c.year)), base };
    },
  },
  {
    code: 'rolling-reserve',
    name: '滚动谋划储备亿元以上项目',
    article: '第二条（增后劲）',
    quote: '滚动谋划储备亿元以上项目超过1000个',
    definition: '总投资 ≥ 1亿元、统计日处于谋划储备、对接中、已落位或前期阶段的项目数（时点数）。',
    kind: 'count',
    period: 'date',
    progress: 'level',
    targetRule: 'more-than',
    removedBy: '时点数：开工、取消或停缓建后即不再计入储备。',
    basis: 'projects',
    select: (ps) => ({ counted: ps.filter((p) => big(p.at) && ['reserve', 'docking', 'landed', 'preparing'].includes(p.at.stage)) }),
  },
  {
    code: 'leading-per-locality',
    name: '各县（市）区、开发区"龙头"项目',
    article: '第二条（增后劲）',
    quote: '各县(市)区、开发区谋划建设2个以上能够发挥本地优势、体现区域特色的"龙头"项目',
    definition:
      '拥有不少于2个"龙头"项目（未取消，且总投资 ≥ 1亿元：第二条说的是亿元以上储备项目"其中"的龙头项目）的县（市）区、开发区占全部17个的比例；目标为全部。分解表中每个单位的实际值为是否达标（1/0），并列出其龙头项目数。',
    kind: 'coverage',
    period: 'date',
    progress: 'level',
    targetRule: 'at-least',
    removedBy: '时点数：项目取消或取消"龙头"标志后不再计入。',
    basis: 'projects',
    select: (ps) => ({ counted: ps.filter((p) => p.at.stage !== 'cancelled' && p.at.leading && big(p.at)) }),
    coverage: {
      by: 'localityCode',
      min: 2,
      universe: () => ({ codes: LOCALITIES.map((l) => l.code), version: null, source: '全部县（市）区、开发区' }),
    },
  },
  {
    code: 'landmark-per-department',
    name: '市直部门"标志性"项目',
    article: '第二条（增后劲）',
    quote: '市直各相关部门按照职能重点谋划2个以上引领产业发展方向、经济带动能力强的"标志性"项目',
    definition:
      '负责不少于2个"标志性"项目（未取消，且总投资 ≥ 1亿元：亿元以上储备项目"其中"的标志性项目）的相关部门占相关部门名单的比例；目标为全部。名单为版本化参考数据（GET /indicators 的 units）。分解表中每个部门的实际值为是否达标（1/0），并列出其标志性项目数。',
    kind: 'coverage',
    period: 'date',
    progress: 'level',
    targetRule: 'at-least',
    removedBy: '时点数：项目取消或取消"标志性"标志后不再计入。',
    basis: 'projects',
    select: (ps) => ({ counted: ps.filter((p) => p.at.stage !== 'cancelled' && p.at.landmark && big(p.at)) }),
    coverage: {
      by: 'departmentCode',
      min: 2,
      universe: (year) => {
        const list = landmarkDepartmentsFor(year);
        return { codes: list.codes, version: list.version, source: list.source };
      },
    },
  },
  {
    code: 'spring-campaign',
    name: '春季集中开工：上半年新开工亿元以上项目',
    article: '第二十八条（集中开工）',
    quote: '4月中旬左右开展春季开工……力争上半年全市新开工亿元以上项目超过400个',
    definition: '总投资 ≥ 1亿元、首次开工日期在本年1月1日至6月30日间的项目数（目标针对整个上半年，不只是4月中旬之后）。' + PERIOD_CLOSED,
    kind: 'count',
    period: 'h1',
    progress: 'cumulative',
    targetRule: 'more-than',
    removedBy: STARTS_STAY,
    basis: 'projects',
    select: (ps, c) => ({ counted: startsIn(ps, 'h1', c, true, false) }),
  },
  {
    code: 'autumn-campaign',
    name: '秋季集中开工：前三季度开工亿元以上项目',
    article: '第二十八条（集中开工）',
    quote: '9月中旬左右开展秋季开工，力争前三季度开工亿元以上项目超过1100个',
    definition:
      '总投资 ≥ 1亿元、本年1月1日至9月30日间首次开工或续建复工的项目数（"开工"与第二条"上半年开工"同义，含续建复工）。' + PERIOD_CLOSED,
    kind: 'count',
    period: 'q1-q3',
    progress: 'cumulative',
    targetRule: 'more-than',
    removedBy: STARTS_STAY,
    basis: 'projects',
    select: (ps, c) => ({ counted: startsIn(ps, 'q1-q3', c, true, true) }),
  },
  {
    code: 'approvals-within-51-days',
    name: '审批时限压缩到51个工作日以内的项目占比',
    article: '第二十二条（审批提效）',
    quote: '确保80%的项目审批时限压缩到51个工作日以内',
    definition:
      '本年1月1日至统计日办结全部审批手续的项目（审批服务的"审批案件办结"，记入项目储备库），加上统计日仍未办结、用时已超过51个工作日的项目（无论何时办结都已超限，计为未达到）中，办结且案件用时 ≤ 51个工作日的比例。用时按中国法定工作日（节假日不计、调休上班日计入）计算，只计至少一个事项在审批部门手中的日子（并联办理的同一天计一次），不含等待申请人申报或补正的时间。',
    kind: 'share',
    period: 'year',
    progress: 'level',
    targetRule: 'at-least',
    removedBy: '办结即计入，其后的事件不改变它。',
    basis: 'projects',
    select: (ps, c) => {
      const completed = ps.filter((p) => between(p.at.approvalsCompleted?.date, `${c.year}-01-01`, c.asOf));
      const done = new Set(completed);
      // Still open past 51 working days on the date: over the limit whenever it completes (a case stuck there would otherwise count nowhere).
      const overLimit = ps.filter((p) => !done.has(p) && (c.openApprovalDays?.(p.at.projectId) ?? 0) > 51);
      return {
        counted: completed.filter((p) => (p.at.approvalsCompleted?.workingDays ?? Infinity) <= 51),
        base: [...completed, ...overLimit],
      };
    },
  },
];

export const indicatorByCode = new Map(INDICATORS.map((i) => [i.code, i]));
