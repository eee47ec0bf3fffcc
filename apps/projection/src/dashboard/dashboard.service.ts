import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { cityDate, DEPARTMENTS, eventLabel, LOCALITIES, projectScope as scopeOf, type RefusalRule } from '@ccpc/contracts';
import type { Caller } from '@ccpc/auth';
import { type ProjectionStore, ReadModelMirror } from '@ccpc/event-store';
import { CLOCK, readModelToken } from '@ccpc/event-store-nest';
import { paginate } from '@ccpc/service-kit';
import { type Clock, DomainError } from '@ccpc/eventsourcing';
import {
  CITY_STATISTICS,
  type CityStatisticsMonth,
  DASHBOARD_PROJECTS,
  entriesOf,
  ANNUAL_TARGETS,
  evaluate,
  fixedAssetInvestmentAt,
  type IndicatorDefinition,
  indicatorByCode,
  INDICATORS,
  type ProjectIndicator,
  type ProjectInYear,
  projectInYear,
  type ProjectTimeline,
  targetsFor,
  type TimelineEntry,
  type YearIndex,
  yearIndex,
  type YearContext,
  type YearPoint,
} from '@ccpc/projection-domain';
import { ApprovalCases } from './approval-cases';
import type { HistoryEntry, ProjectHistory } from '../responses';

export interface ViewPoint extends YearPoint {
  /** No asOf and no knownAt asked: today, as known now (or the year's last day, for a year that has ended). */
  live: boolean;
  /** The view's date is the year's last day and that day has passed: the year's figures are final. */
  closed: boolean;
  /** As known at an instant the query named (not "now"): folded every time, never kept. */
  knownAtGiven?: boolean;
}

const names = new Map<string, string>([
  ...LOCALITIES.map((l) => [l.code, l.name] as const),
  ...DEPARTMENTS.map((d) => [d.code, d.name] as const),
]);
const refuse = (rule: RefusalRule, message: string, field: string, status: 404 | 422 = 422): never => {
  throw new DomainError(rule, message, { field, status });
};

/**
 * Every leadership view is a fold of the project timelines at a point in time: live (today,
 * as known now) or as of a past business date and/or as known at a past instant. A view of a
 * year is never taken after the year's last day.
 *
 * The timelines are mirrored in memory (this process's applies at once, other replicas' within
 * two seconds, by changed document) with each one's entries parsed once, and each project's
 * year is folded once for all of its dates (a year index): moving the cockpit's date slider to
 * any day is a binary search per project. The projects at a point are kept until the next change
 * (up to 400 points). A view as known at an explicit past instant (knownAt) is folded every time.
 */
@Injectable()
export class DashboardService implements OnModuleDestroy {
  private readonly mirror: ReadModelMirror<ProjectTimeline>;
  /** Per project: its parsed entries and its year indexes, dropped when the project changes. */
  private readonly derived = new Map<string, { entries: TimelineEntry[]; years: Map<number, YearIndex> }>();
  private points = { version: -1, byPoint: new Map<string, ProjectInYear[]>() };
  private static readonly POINTS = 400;

  constructor(
    @Inject(readModelToken(DASHBOARD_PROJECTS)) private readonly timelines: ProjectionStore<ProjectTimeline>,
    @Inject(readModelToken(CITY_STATISTICS)) private readonly statistics: ProjectionStore<CityStatisticsMonth>,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly approvalCases: ApprovalCases,
  ) {
    this.mirror = new ReadModelMirror(timelines);
    this.mirror.onChange(({ keys }) => {
      if (keys === 'all') this.derived.clear();
      else for (const key of keys) this.derived.delete(key);
    });
    // The live board of the year the cockpit opens on (the latest with targets), folded once the
    // applies have gone quiet: the first visit after a start or a load finds it ready.
    this.mirror.keepWarm(undefined, async () => {
      const thisYear = Number(cityDate(this.clock.now()).slice(0, 4));
      const targeted = ANNUAL_TARGETS.map((t) => t.year).filter((y) => y <= thisYear);
      await this.projects(this.point({ year: targeted.length > 0 ? Math.max(...targeted) : thisYear }));
    });
  }

  onModuleDestroy(): void {
    this.mirror.close();
  }

  /** The point a query asks for; its dates were checked as dates by the query's validation. */
  point(query: { asOf?: string; knownAt?: string; year?: number }): ViewPoint {
    const now = this.clock.now();
    const today = cityDate(now);
    let knownAt = now.toISOString();
    if (query.knownAt !== undefined) {
      const t = Date.parse(query.knownAt);
      if (t > now.getTime()) refuse('query.knownAt-future', `知情时点 ${query.knownAt} 晚于现在：视图须可在以后重现`, 'knownAt');
      knownAt = new Date(t).toISOString();
    }
    if (query.asOf !== undefined && query.asOf > today)
      refuse('query.asOf-future', `统计日 ${query.asOf} 晚于今天（${today}）：看板只统计已经发生的事实`, 'asOf');
    const requested = query.asOf ?? today;
    const year = query.year ?? Number(requested.slice(0, 4));
    const yearEnd = `${year}-12-31`;
    const asOf = requested < yearEnd ? requested : yearEnd;
    return {
      year,
      asOf,
      knownAt,
      live: query.asOf === undefined && query.knownAt === undefined,
      knownAtGiven: query.knownAt !== undefined,
      closed: asOf === yearEnd && today > yearEnd,
    };
  }

  async projects(point: ViewPoint): Promise<ProjectInYear[]> {
    const docs = await this.mirror.current();
    if (point.knownAtGiven) return this.fold(docs, point);
    if (this.points.version !== this.mirror.version) this.points = { version: this.mirror.version, byPoint: new Map() };
    const { byPoint } = this.points;
    const key = `${point.year}|${point.asOf}`;
    let projects = byPoint.get(key);
    if (!projects) {
      projects = this.fold(docs, point);
      if (byPoint.size >= DashboardService.POINTS) byPoint.delete(byPoint.keys().next().value as string);
      byPoint.set(key, projects);
    }
    return projects;
  }

  private fold(docs: ReadonlyMap<string, { doc: ProjectTimeline }>, point: ViewPoint): ProjectInYear[] {
    const projects: ProjectInYear[] = [];
    for (const [key, { doc }] of docs) {
      let derived = this.derived.get(key);
      if (!derived) this.derived.set(key, (derived = { entries: entriesOf(doc), years: new Map() }));
      let view: ProjectInYear | undefined;
      if (point.knownAtGiven) view = projectInYear(doc, point, derived.entries);
      else {
        let index = derived.years.get(point.year);
        if (!index || !index.validFor(point.knownAt))
          derived.years.set(point.year, (index = yearIndex(derived.entries, point.year, point.knownAt)));
        view = index.at(point.asOf);
      }
      if (view) projects.push(view);
    }
    return projects;
  }

  private async input(point: ViewPoint) {
    // A few dozen small documents (one per month of figures): read as they are on every query.
    const [projects, months] = await Promise.all([this.projects(point), this.statistics.all()]);
    return { projects, fixedAssetInvestment: fixedAssetInvestmentAt(months, point) };
  }

  async dashboard(point: ViewPoint) {
    const input = await this.input(point);
    const targets = targetsFor(point.year);
    const ctx = await this.context(point);
    return {
      ...this.header(point),
      projects: input.projects.length,
      targets: targets ? { year: targets.year, version: targets.version, source: targets.source } : null,
      indicators: INDICATORS.map((i) => evaluate(i, input, ctx, targets?.values[i.code] ?? null)),
    };
  }

  /**
   * One indicator per locality or department, ranked. Counts and shares are the indicator's own
   * value over the unit's projects; a coverage indicator's value per unit is whether the unit
   * reaches its minimum (1 or 0), with its project count beside — the same meaning as the headline.
   */
  async breakdown(point: ViewPoint, by: 'locality' | 'department', code: string) {
    const indicator = this.projectIndicator(code);
    const { projects } = await this.input(point);
    const key = by === 'locality' ? 'localityCode' : 'departmentCode';
    const ctx = await this.context(point);
    const coverage = indicator.coverage;
    const units =
      coverage && coverage.by === key
        ? coverage.universe(point.year).codes
        : by === 'locality'
          ? LOCALITIES.map((l) => l.code)
          : DEPARTMENTS.map((d) => d.code);
    const rows = units.map((unit) => {
      const own = projects.filter((p) => p.at[key] === unit);
      const { counted } = indicator.select(own, ctx);
      const value = evaluate(indicator, { projects: own, fixedAssetInvestment: undefined }, ctx, null);
      if (coverage && coverage.by === key) {
        const reached = counted.length >= coverage.min ? 1 : 0;
        return { code: unit, name: names.get(unit) ?? unit, actual: reached, numerator: reached, denominator: 1, projects: counted.length };
      }
      return {
        code: unit,
        name: names.get(unit) ?? unit,
        actual: value.actual,
        numerator: value.numerator,
        denominator: value.denominator,
        projects: counted.length,
      };
    });
    rows.sort((a, b) => b.actual - a.actual || b.projects - a.projects || a.code.localeCompare(b.code));
    return {
      indicator: { code: indicator.code, name: indicator.name, definition: indicator.definition },
      by,
      ...this.header(point),
      ...(coverage && coverage.by === key ? { units: coverage.universe(point.year), minimum: coverage.min } : {}),
      // Equal figures share a rank (1, 1, 3): the order among them is only a tiebreak for the list.
      rows: rows.map((r) => ({ rank: rows.findIndex((x) => x.actual === r.actual) + 1, ...r })),
    };
  }

  /** The projects behind a number — only those the caller may see, and nothing about the others. */
  async drillDown(
    caller: Caller,
    point: ViewPoint,
    code: string,
    page: number,
    pageSize: number,
    filter: { localityCode?: string; departmentCode?: string },
  ) {
    const indicator = this.projectIndicator(code);
    const { projects } = await this.input(point);
    const { counted } = indicator.select(projects, await this.context(point));
    const visible = counted
      .map((p) => p.at)
      .filter(
        (p) =>
          caller.sees(scopeOf(p)) &&
          (!filter.localityCode || p.localityCode === filter.localityCode) &&
          (!filter.departmentCode || p.departmentCode === filter.departmentCode),
      )
      .sort((a, b) => b.totalInvestmentWan - a.totalInvestmentWan || a.projectId.localeCompare(b.projectId));
    return {
      indicator: indicator.code,
      ...this.header(point),
      ...paginate(visible, page, pageSize),
    };
  }

  /** A project's whole history, each entry with its business date, in business-date order (recording time second). */
  async history(caller: Caller, projectId: string): Promise<ProjectHistory> {
    const doc = await this.timelines.get(`project-${projectId}`);
    const now = this.point({});
    const current = doc ? projectInYear(doc, now)?.at : undefined;
    if (!doc || !current || !caller.sees(scopeOf(current))) return refuse('project.notFound', `no project ${projectId}`, 'projectId', 404);
    const events = entriesOf(doc)
      .sort((a, b) =>
        a.date < b.date ? -1 : a.date > b.date ? 1 : a.recordedAt < b.recordedAt ? -1 : a.recordedAt > b.recordedAt ? 1 : a.v - b.v,
      )
      .map((e): HistoryEntry => ({ ...e, label: eventLabel(e.type), service: 'registry' }));
    return { projectId, name: current.name, current, events };
  }

  /** What the indicators read at a point besides the projects: the approval cases still open then (§22). */
  async context(point: ViewPoint): Promise<YearContext> {
    return { year: point.year, asOf: point.asOf, openApprovalDays: await this.approvalCases.openDaysAt(point) };
  }

  /** The fields every view starts with: which year, as of and as known at which point, live or closed. */
  header(point: ViewPoint) {
    return { year: point.year, asOf: point.asOf, knownAt: point.knownAt, live: point.live, closed: point.closed };
  }

  private projectIndicator(code: string): ProjectIndicator {
    const indicator: IndicatorDefinition = indicatorByCode.get(code) ?? refuse('indicator.unknown', `没有指标“${code}”`, 'indicator', 404);
    if (indicator.basis !== 'projects')
      refuse('indicator.notProjects', `“${code}”来自统计数字，不是项目计数，没有项目清单可列或排名`, 'indicator');
    return indicator as ProjectIndicator;
  }
}
